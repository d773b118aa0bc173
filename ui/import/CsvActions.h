#pragma once

#include <QString>

namespace daicho {

class MainWindow;

// File ▸ Import ▸ Assets from CSV… and File ▸ Export ▸ Assets to CSV…, and a CSV file dropped on
// the main window opens the import wizard with it. Called from installStandardViews().
void installCsvActions(MainWindow& window);

// Opens the import wizard (modal) on the window's register; `path` preselects a file.
void runImportWizard(MainWindow& window, const QString& path = {});
// Asks for a file name and an encoding and writes the assets; problems are shown in a message.
void exportAssetsCsv(MainWindow& window);

} // namespace daicho
