#include "PdfReport.h"

#include "PdfTextLayer.h"
#include "Version.h"
#include "layout/PageLayout.h"
#include "layout/PagePainter.h"
#include "layout/TextMeasure.h"

#include <QBuffer>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace daicho::reports {

QPageLayout PdfReport::pageLayout()
{
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 9, 10, 8),
                       QPageLayout::Millimeter);
}

Result<PdfSummary> PdfReport::write(const ReportDocument& doc, const QString& path,
                                    const Progress& progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write the report: %1").arg(file.errorString()), path);

    // Painted into memory first, so the text layer can be repaired before the file is written.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PdfSummary summary;
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(pageLayout());
        writer.setResolution(1200);
        writer.setCreator(QStringLiteral("Daicho ") + QStringLiteral(DAICHO_VERSION_STRING));
        writer.setTitle(doc.sections.isEmpty() ? QString() : doc.sections.first().title);

        TextMeasure measure(&writer);
        const QSizeF area = writer.pageLayout().paintRect(QPageLayout::Point).size();
        auto laid = PageLayout::layout(doc, measure, area, [&](qsizetype done, qsizetype total) {
            return !progress || progress(int(200 * done / qMax<qsizetype>(1, total)));
        });
        if (!laid) {
            file.cancelWriting();
            return laid.error();
        }
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error::io(tr("Cannot start painting the PDF."), path);
        }
        const Status painted =
            PagePainter::paint(*laid, measure, painter, writer, [&](int done, int total) {
                return !progress || progress(200 + 800 * done / qMax(1, total));
            });
        painter.end();
        if (!painted) {
            file.cancelWriting();
            return painted.error();
        }
        summary.pages = int(laid->pages.size());
        summary.rows = laid->tableRows;
    }
    QByteArray pdf = buffer.buffer();
    buffer.close();
    PdfTextLayer::fixRadicals(pdf);
    if (file.write(pdf) != pdf.size()) {
        file.cancelWriting();
        return Error::io(tr("Cannot write the report: %1").arg(file.errorString()), path);
    }
    if (!file.commit())
        return Error::io(tr("Cannot write the report: %1").arg(file.errorString()), path);
    return summary;
}

} // namespace daicho::reports
