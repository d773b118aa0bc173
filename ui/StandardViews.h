#pragma once

namespace daicho {

class MainWindow;

// Adds every view of Daicho to the main window's sidebar, in order. One line per view: this is
// where a new view (risks, controls, reports…) plugs in.
void installStandardViews(MainWindow& window);

} // namespace daicho
