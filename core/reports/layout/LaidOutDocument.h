#pragma once

#include "ReportDocument.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QStringList>

namespace daicho::reports {

// One thing to draw, in points from the top-left of the page's printable area.
struct DrawOp
{
    enum class Kind : quint8
    {
        Text,  // lines of text, top-aligned in rect
        Fill,  // a filled rectangle
        Frame, // a rectangle's outline
        Line,  // from rect.topLeft() to rect.bottomRight()
    };
    Kind kind = Kind::Text;
    TextRole role = TextRole::Body;
    Qt::Alignment align = Qt::AlignLeft;
    QRgb color = 0xff000000;
    qreal pen = 0.5; // line width in points
    QRectF rect;
    QStringList lines;
};

struct LaidOutPage
{
    int section = 0;
    QList<DrawOp> ops;
};

// A report cut into pages: what the painter draws, page by page. Knowing every page before
// painting is what lets each page say "page X of Y" and the contents give page numbers.
struct LaidOutDocument
{
    QSizeF area; // printable area of a page, in points
    QList<LaidOutPage> pages;
    QList<int> sectionFirstPage; // 0-based page index where each section starts
    qsizetype tableRows = 0;     // data rows laid out, for progress and benchmarks
};

} // namespace daicho::reports
