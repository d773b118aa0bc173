#pragma once

#include "LaidOutDocument.h"
#include "support/Result.h"

#include <functional>

class QPainter;
class QPagedPaintDevice;

namespace daicho::reports {

class TextMeasure;

// Paints laid-out pages with a QPainter on any paged device: a QPdfWriter, or the QPrinter of
// a print preview. Coordinates are points from the printable area's top-left, scaled to the
// device; fonts are sized by the device itself.
class PagePainter
{
public:
    // Pages done and pages in all; returning false cancels.
    using Progress = std::function<bool(int done, int total)>;

    // `painter` is active on `device`; pages after the first are started with newPage().
    static Status paint(const LaidOutDocument& doc, const TextMeasure& measure, QPainter& painter,
                        QPagedPaintDevice& device, const Progress& progress = {});
    static void paintPage(const LaidOutPage& page, const TextMeasure& measure, QPainter& painter);
};

} // namespace daicho::reports
