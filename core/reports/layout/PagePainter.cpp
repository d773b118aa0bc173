#include "PagePainter.h"

#include "TextMeasure.h"

#include <QCoreApplication>
#include <QPagedPaintDevice>
#include <QPainter>

namespace daicho::reports {

void PagePainter::paintPage(const LaidOutPage& page, const TextMeasure& measure, QPainter& painter)
{
    const qreal s = measure.scale();
    int currentRole = -1;
    QRgb currentPen = 0;
    bool penSet = false;
    for (const DrawOp& op : page.ops) {
        switch (op.kind) {
        case DrawOp::Kind::Fill:
            painter.fillRect(
                QRectF(op.rect.x() * s, op.rect.y() * s, op.rect.width() * s, op.rect.height() * s),
                QColor::fromRgba(op.color));
            break;
        case DrawOp::Kind::Frame:
        case DrawOp::Kind::Line: {
            QPen pen(QColor::fromRgba(op.color));
            pen.setWidthF(op.pen * s);
            pen.setCapStyle(Qt::FlatCap);
            painter.setPen(pen);
            penSet = false;
            if (op.kind == DrawOp::Kind::Frame) {
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(op.rect.x() * s, op.rect.y() * s, op.rect.width() * s,
                                        op.rect.height() * s));
            } else {
                painter.drawLine(QPointF(op.rect.left() * s, op.rect.top() * s),
                                 QPointF(op.rect.right() * s, op.rect.bottom() * s));
            }
            break;
        }
        case DrawOp::Kind::Text: {
            if (int(op.role) != currentRole) {
                painter.setFont(measure.font(op.role));
                currentRole = int(op.role);
            }
            if (!penSet || currentPen != op.color) {
                painter.setPen(QColor::fromRgba(op.color));
                currentPen = op.color;
                penSet = true;
            }
            const qreal lh = measure.lineHeight(op.role);
            qreal baseline = op.rect.top() + measure.ascent(op.role);
            for (const QString& line : op.lines) {
                if (!line.isEmpty()) {
                    qreal x = op.rect.left();
                    if (op.align & (Qt::AlignRight | Qt::AlignHCenter)) {
                        const qreal w = measure.width(op.role, line);
                        x = (op.align & Qt::AlignRight)
                                ? op.rect.right() - w
                                : op.rect.left() + (op.rect.width() - w) / 2;
                    }
                    painter.drawText(QPointF(x * s, baseline * s), line);
                }
                baseline += lh;
            }
            break;
        }
        }
    }
}

Status PagePainter::paint(const LaidOutDocument& doc, const TextMeasure& measure, QPainter& painter,
                          QPagedPaintDevice& device, const Progress& progress)
{
    const int total = int(doc.pages.size());
    for (int i = 0; i < total; ++i) {
        if (progress && !progress(i, total))
            return Error::make(
                Error::Kind::Cancelled,
                QCoreApplication::translate("PageLayout", "The report was cancelled."));
        if (i > 0 && !device.newPage())
            return Error::io(
                QCoreApplication::translate("PagePainter", "Could not start page %1.").arg(i + 1));
        paintPage(doc.pages.at(i), measure, painter);
    }
    if (progress)
        progress(total, total);
    return {};
}

} // namespace daicho::reports
