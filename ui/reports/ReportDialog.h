#pragma once

#include "reports/PdfReport.h"
#include "reports/ReportKinds.h"
#include "support/Result.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QPrinter;
class QWidget;

namespace daicho {

class Register;

// Reports ▸ a report…: the report's options (language, asset filters, the SoA's catalog), then
// a print preview (print from there) or a PDF file. Long renders show their progress and can
// be cancelled.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    ReportDialog(Register& reg, reports::ReportKind kind, QWidget* parent = nullptr);

    reports::ReportOptions options() const;
    void setLanguage(const QString& language); // "ja", "en", or empty for the UI's
    void setKind(reports::ReportKind kind);

    // Asks for a file name, then writes the PDF; says in the dialog what it wrote.
    void savePdf();
    // Writes the PDF to `path` with a progress dialog; no questions asked.
    Result<reports::PdfSummary> writePdf(const QString& path);
    // QPrintPreviewDialog over the report; Print from there.
    void preview();
    // Lays out and paints the report on a printer (the preview's, or a real one).
    Status paintOn(QPrinter& printer);

private:
    void updateOptions();
    Result<reports::ReportDocument> buildDocument();
    QString suggestedFileName() const;

    Register& m_reg;
    QComboBox* m_kind = nullptr;
    QComboBox* m_language = nullptr;
    QFormLayout* m_form = nullptr; // rows: report, language, classes, priorities, catalog, note
    QHash<int, QCheckBox*> m_classBoxes;
    QHash<int, QCheckBox*> m_priorityBoxes;
    QComboBox* m_catalog = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_result = nullptr; // what the last save wrote
};

} // namespace daicho
