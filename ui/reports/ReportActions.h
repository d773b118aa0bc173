#pragma once

namespace daicho {

class MainWindow;

// The Reports menu: one action per report (object names "report-inventory", "report-soa", …),
// each opening the ReportDialog on the window's register. Called from installStandardViews().
void installReportActions(MainWindow& window);

} // namespace daicho
