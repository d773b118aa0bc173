#pragma once

#include "LaidOutDocument.h"
#include "ReportDocument.h"
#include "support/Result.h"

#include <functional>

namespace daicho::reports {

class TextMeasure;

// Cuts a report into pages: measures every cell (wrapping text to its column), fills pages top
// to bottom, repeats table header rows and the current group heading on each new page, keeps a
// group heading with its first row, and then, knowing the page count, adds the running header
// and footer ("page X of Y") to every page and the page numbers to the contents.
class PageLayout
{
public:
    // Called now and then with rows done and rows in all; returning false cancels.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    static Result<LaidOutDocument> layout(const ReportDocument& doc, const TextMeasure& measure,
                                          const QSizeF& area, const Progress& progress = {});
};

} // namespace daicho::reports
