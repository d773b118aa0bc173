#include "TextMeasure.h"

#include <QPaintDevice>

namespace daicho::reports {

struct TextMeasure::RoleData
{
    QFont font;
    QFontMetricsF metrics;
    QHash<QString, qreal> widths; // in points
    QHash<char16_t, qreal> chars; // in points
    qreal lineHeight = 0;
    qreal ascent = 0;

    RoleData(const QFont& f, const QPaintDevice* device)
        : font(f)
        , metrics(f, device)
    {}
};

namespace {

struct RoleStyle
{
    qreal points;
    bool bold;
};

RoleStyle styleOf(TextRole role)
{
    switch (role) {
    case TextRole::Body:
        return {7.5, false};
    case TextRole::BodyBold:
        return {7.5, true};
    case TextRole::Small:
        return {6.5, false};
    case TextRole::TableHeader:
        return {7, true};
    case TextRole::GroupHeading:
        return {8.5, true};
    case TextRole::SubgroupHeading:
        return {7.5, true};
    case TextRole::SectionTitle:
        return {15, true};
    case TextRole::CoverTitle:
        return {24, true};
    case TextRole::Heading:
        return {10, true};
    }
    return {7.5, false};
}

// Characters a line may not start with (Japanese line-breaking rules, kinsoku), and Latin
// closing punctuation.
bool noLineStart(char16_t c)
{
    static const QString chars =
        QStringLiteral("、。，．・：；？！）」』】〕〉》ー…‥々ゝゞ,.:;?!)]}%");
    return chars.contains(QChar(c));
}

bool noLineEnd(char16_t c)
{
    static const QString chars = QStringLiteral("（「『【〔〈《([{");
    return chars.contains(QChar(c));
}

// Whether a line may break between these two characters.
bool breakAllowed(char16_t before, char16_t after)
{
    if (noLineStart(after) || noLineEnd(before))
        return false;
    if (before == u' ' || before == u'\t' || before == u'/')
        return true;
    // A hyphen breaks between words ("risk-based"), not inside codes and dates (CUS-SV-001,
    // 2027-01-24), which read wrong when cut there.
    if (before == u'-')
        return QChar::isLower(after);
    // Japanese and other wide text breaks between any two characters.
    return before >= 0x2E80 || after >= 0x2E80;
}

} // namespace

QString TextMeasure::fontFamily()
{
    return QStringLiteral("Noto Sans CJK JP");
}

TextMeasure::TextMeasure(const QPaintDevice* device)
{
    m_scale = device->logicalDpiY() / 72.0;
    for (int i = 0; i < int(m_roles.size()); ++i) {
        const RoleStyle s = styleOf(static_cast<TextRole>(i));
        QFont f(fontFamily());
        f.setPointSizeF(s.points);
        f.setBold(s.bold);
        f.setKerning(false); // widths are summed per character when wrapping
        // Without shaping, Qt's PDF output maps every glyph back to its character; shaped Latin
        // runs of this font lose their digits in the PDF's text (copy, search, pdftotext).
        f.setStyleStrategy(QFont::StyleStrategy(QFont::PreferOutline | QFont::PreferNoShaping));
        m_roles[std::size_t(i)] = std::make_unique<RoleData>(f, device);
        RoleData& d = *m_roles[std::size_t(i)];
        d.lineHeight = d.metrics.lineSpacing() / m_scale;
        d.ascent = d.metrics.ascent() / m_scale;
    }
}

TextMeasure::~TextMeasure() = default;

TextMeasure::RoleData& TextMeasure::data(TextRole role) const
{
    return *m_roles[std::size_t(role)];
}

const QFont& TextMeasure::font(TextRole role) const
{
    return data(role).font;
}

qreal TextMeasure::lineHeight(TextRole role) const
{
    return data(role).lineHeight;
}

qreal TextMeasure::ascent(TextRole role) const
{
    return data(role).ascent;
}

qreal TextMeasure::width(TextRole role, const QString& text) const
{
    RoleData& d = data(role);
    auto it = d.widths.constFind(text);
    if (it != d.widths.cend())
        return *it;
    const qreal w = d.metrics.horizontalAdvance(text) / m_scale;
    d.widths.insert(text, w);
    return w;
}

qreal TextMeasure::charWidth(RoleData& d, QChar c) const
{
    auto it = d.chars.constFind(c.unicode());
    if (it != d.chars.cend())
        return *it;
    const qreal w = d.metrics.horizontalAdvance(c) / m_scale;
    d.chars.insert(c.unicode(), w);
    return w;
}

void TextMeasure::wrapParagraph(RoleData& d, TextRole role, const QString& text, qreal width,
                                QStringList& out) const
{
    if (text.isEmpty() || this->width(role, text) <= width) {
        out.append(text);
        return;
    }
    const qsizetype n = text.size();
    qsizetype start = 0;
    while (start < n) {
        // Skip spaces at the start of a continuation line.
        while (start < n && text.at(start) == u' ')
            ++start;
        if (start >= n)
            break;
        qreal w = 0;
        qsizetype i = start;
        qsizetype lastBreak = -1; // break before index lastBreak
        while (i < n) {
            const QChar c = text.at(i);
            const qreal cw = charWidth(d, c);
            if (w + cw > width && i > start)
                break;
            w += cw;
            if (i + 1 < n && breakAllowed(c.unicode(), text.at(i + 1).unicode()))
                lastBreak = i + 1;
            ++i;
        }
        if (i >= n) {
            out.append(text.mid(start));
            break;
        }
        qsizetype end = (lastBreak > start) ? lastBreak : i;
        QString line = text.mid(start, end - start);
        while (line.endsWith(u' '))
            line.chop(1);
        out.append(line);
        start = end;
    }
}

QStringList TextMeasure::wrap(TextRole role, const QString& text, qreal width) const
{
    RoleData& d = data(role);
    QStringList out;
    if (!text.contains(u'\n')) {
        wrapParagraph(d, role, text, width, out);
        return out;
    }
    const QStringList paragraphs = text.split(u'\n');
    for (const QString& p : paragraphs)
        wrapParagraph(d, role, p, width, out);
    return out;
}

QStringList TextMeasure::wrap(TextRole role, const QString& text, qreal width, int maxLines) const
{
    QStringList lines = wrap(role, text, width);
    if (lines.size() <= maxLines)
        return lines;
    lines.resize(qMax(1, maxLines));
    lines.last() = elide(role, lines.last() + QStringLiteral("…"), width);
    return lines;
}

QString TextMeasure::elide(TextRole role, const QString& text, qreal width) const
{
    if (this->width(role, text) <= width)
        return text;
    RoleData& d = data(role);
    const QChar ellipsis(0x2026);
    const qreal ew = charWidth(d, ellipsis);
    qreal w = 0;
    qsizetype i = 0;
    for (; i < text.size(); ++i) {
        const qreal cw = charWidth(d, text.at(i));
        if (w + cw + ew > width)
            break;
        w += cw;
    }
    return text.left(i) + ellipsis;
}

} // namespace daicho::reports
