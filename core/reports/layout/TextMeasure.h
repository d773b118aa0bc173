#pragma once

#include "ReportDocument.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>

class QPaintDevice;

namespace daicho::reports {

// Fonts and text measurement for one paint device, in points (1/72 inch) whatever the device's
// resolution. Widths are cached per role and string (most cells repeat: owners, locations,
// labels), and per character for wrapping, so laying out 10,000 rows measures each distinct
// string once.
class TextMeasure
{
public:
    // The family every report uses: it holds Japanese and Latin, and is embedded in PDFs.
    static QString fontFamily();

    explicit TextMeasure(const QPaintDevice* device);
    ~TextMeasure();

    // Device units per point.
    qreal scale() const { return m_scale; }
    const QFont& font(TextRole role) const;
    qreal width(TextRole role, const QString& text) const;
    qreal lineHeight(TextRole role) const;
    qreal ascent(TextRole role) const;
    // Lines of at most `width` points: breaks at spaces and between Japanese characters, never
    // before closing punctuation; a word longer than a line is cut. Explicit newlines are kept.
    QStringList wrap(TextRole role, const QString& text, qreal width) const;
    // Like wrap(), but at most `maxLines` lines, the last ending in "…" when text was cut.
    QStringList wrap(TextRole role, const QString& text, qreal width, int maxLines) const;
    QString elide(TextRole role, const QString& text, qreal width) const;

private:
    struct RoleData;
    RoleData& data(TextRole role) const;
    qreal charWidth(RoleData& d, QChar c) const;
    void wrapParagraph(RoleData& d, TextRole role, const QString& text, qreal width,
                       QStringList& out) const;

    qreal m_scale = 1;
    std::array<std::unique_ptr<RoleData>, 9> m_roles;
};

} // namespace daicho::reports
