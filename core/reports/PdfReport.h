#pragma once

#include "layout/ReportDocument.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QPageLayout>

#include <functional>

namespace daicho::reports {

struct PdfSummary
{
    int pages = 0;
    qsizetype rows = 0;
};

// Writes a report to a PDF file: A4 landscape, the Japanese font embedded. The file appears
// only when it is complete; a failed or cancelled render leaves no file behind.
class PdfReport
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)

public:
    // Progress over 0..1000 (layout first, then pages); returning false cancels.
    using Progress = std::function<bool(int permille)>;

    static QPageLayout pageLayout();
    static Result<PdfSummary> write(const ReportDocument& doc, const QString& path,
                                    const Progress& progress = {});
};

} // namespace daicho::reports
