#include "PageLayout.h"

#include "TextMeasure.h"

#include <QCoreApplication>

namespace daicho::reports {

namespace {

// Geometry in points.
constexpr qreal HeaderHeight = 30;
constexpr qreal FooterHeight = 16;
constexpr qreal CellPadX = 2.5;
constexpr qreal CellPadY = 1.6;
constexpr qreal BlockGap = 8;
constexpr QRgb Ink = 0xff1a1a1a;
constexpr QRgb Grid = 0xff9aa3ad;
constexpr QRgb HeaderFill = 0xffdde3ea;
constexpr QRgb GroupFill = 0xffc9d4e2;
constexpr QRgb SubgroupFill = 0xffeef1f5;
constexpr QRgb StripeFill = 0xfff6f7f9;
constexpr QRgb Muted = 0xff555e68;

class Paginator
{
public:
    Paginator(const ReportDocument& doc, const TextMeasure& m, const QSizeF& area,
              const PageLayout::Progress& progress)
        : m_doc(doc)
        , m_m(m)
        , m_area(area)
        , m_progress(progress)
    {
        m_out.area = area;
        m_top = HeaderHeight;
        m_bottom = area.height() - FooterHeight;
        for (const Section& s : doc.sections) {
            for (const Block& b : s.blocks) {
                if (const auto* t = std::get_if<TableBlock>(&b))
                    m_totalRows += t->rows.size();
            }
        }
    }

    Result<LaidOutDocument> run()
    {
        for (int si = 0; si < m_doc.sections.size(); ++si) {
            m_section = si;
            newPage();
            m_out.sectionFirstPage.append(int(m_out.pages.size()) - 1);
            for (const Block& b : m_doc.sections.at(si).blocks) {
                if (!std::visit([this](const auto& block) { return place(block); }, b))
                    return Error::make(
                        Error::Kind::Cancelled,
                        QCoreApplication::translate("PageLayout", "The report was cancelled."));
            }
        }
        finish();
        return std::move(m_out);
    }

private:
    // --- pages -------------------------------------------------------------------------
    void newPage()
    {
        LaidOutPage p;
        p.section = m_section;
        m_out.pages.append(std::move(p));
        m_y = m_top;
    }
    QList<DrawOp>& ops() { return m_out.pages.last().ops; }
    qreal room() const { return m_bottom - m_y; }
    bool pageIsFresh() const { return m_y <= m_top + 0.01; }

    void text(const QRectF& r, TextRole role, QStringList lines,
              Qt::Alignment align = Qt::AlignLeft, QRgb color = Ink)
    {
        DrawOp op;
        op.kind = DrawOp::Kind::Text;
        op.role = role;
        op.align = align;
        op.color = color;
        op.rect = r;
        op.lines = std::move(lines);
        ops().append(std::move(op));
    }
    void fill(const QRectF& r, QRgb color)
    {
        DrawOp op;
        op.kind = DrawOp::Kind::Fill;
        op.color = color;
        op.rect = r;
        ops().append(std::move(op));
    }
    void frame(const QRectF& r, qreal pen = 0.5, QRgb color = Grid)
    {
        DrawOp op;
        op.kind = DrawOp::Kind::Frame;
        op.color = color;
        op.pen = pen;
        op.rect = r;
        ops().append(std::move(op));
    }
    void line(QPointF a, QPointF b, qreal pen = 0.3, QRgb color = Grid)
    {
        DrawOp op;
        op.kind = DrawOp::Kind::Line;
        op.color = color;
        op.pen = pen;
        op.rect = QRectF(a, b);
        ops().append(std::move(op));
    }

    qreal linesHeight(TextRole role, qsizetype n) const { return m_m.lineHeight(role) * qreal(n); }

    // --- blocks ------------------------------------------------------------------------
    bool place(const TitleBlock& b)
    {
        const qreal w = m_area.width();
        qreal approvalW = 0;
        qreal approvalH = 0;
        const qreal boxW = 74;
        if (!b.approval.roles.isEmpty()) {
            approvalW = boxW * qreal(b.approval.roles.size());
            approvalH = 14 + 24 + 14;
        }
        const qreal textW = w - approvalW - (approvalW > 0 ? 16 : 0);
        const QStringList title = m_m.wrap(TextRole::SectionTitle, b.title, textW);
        qreal y = m_y;
        text(QRectF(0, y, textW, linesHeight(TextRole::SectionTitle, title.size())),
             TextRole::SectionTitle, title);
        y += linesHeight(TextRole::SectionTitle, title.size()) + 2;
        if (!b.subtitle.isEmpty()) {
            const QStringList sub = m_m.wrap(TextRole::Heading, b.subtitle, textW);
            text(QRectF(0, y, textW, linesHeight(TextRole::Heading, sub.size())), TextRole::Heading,
                 sub, Qt::AlignLeft, Muted);
            y += linesHeight(TextRole::Heading, sub.size()) + 2;
        }
        for (const QString& d : b.details) {
            const QStringList lines = m_m.wrap(TextRole::Body, d, textW);
            text(QRectF(0, y, textW, linesHeight(TextRole::Body, lines.size())), TextRole::Body,
                 lines);
            y += linesHeight(TextRole::Body, lines.size());
        }
        if (approvalW > 0) {
            qreal x = w - approvalW;
            const qreal top = m_y;
            for (const QString& role : b.approval.roles) {
                const QRectF head(x, top, boxW, 14);
                fill(head, HeaderFill);
                text(head.adjusted(0, (14 - m_m.lineHeight(TextRole::TableHeader)) / 2, 0, 0),
                     TextRole::TableHeader, {role}, Qt::AlignHCenter);
                const QRectF name(x, top + 14, boxW, 24);
                text(name.adjusted(CellPadX, 1, 0, 0), TextRole::Small, {b.approval.nameLabel},
                     Qt::AlignLeft, Muted);
                const QRectF date(x, top + 38, boxW, 14);
                text(date.adjusted(CellPadX, 1, 0, 0), TextRole::Small, {b.approval.dateLabel},
                     Qt::AlignLeft, Muted);
                frame(head);
                frame(name);
                frame(date);
                x += boxW;
            }
            y = qMax(y, m_y + approvalH);
        }
        m_y = y + BlockGap;
        return true;
    }

    bool place(const HeadingBlock& b)
    {
        const QStringList lines = m_m.wrap(TextRole::Heading, b.text, m_area.width());
        const qreal h = linesHeight(TextRole::Heading, lines.size());
        if (h + 3 * m_m.lineHeight(TextRole::Body) > room() && !pageIsFresh())
            newPage();
        text(QRectF(0, m_y, m_area.width(), h), TextRole::Heading, lines);
        m_y += h + 3;
        return true;
    }

    bool place(const ParagraphBlock& b)
    {
        const QStringList lines = m_m.wrap(b.role, b.text, m_area.width());
        const qreal lh = m_m.lineHeight(b.role);
        for (const QString& l : lines) {
            if (lh > room())
                newPage();
            text(QRectF(0, m_y, m_area.width(), lh), b.role, {l});
            m_y += lh;
        }
        m_y += BlockGap / 2;
        return true;
    }

    bool place(const FieldsBlock& b)
    {
        qreal labelW = 0;
        for (const auto& f : b.fields)
            labelW = qMax(labelW, m_m.width(TextRole::BodyBold, f.first));
        labelW = qMin(labelW + 8, m_area.width() / 3);
        const qreal valueW = m_area.width() - labelW;
        for (const auto& f : b.fields) {
            const QStringList label = m_m.wrap(TextRole::BodyBold, f.first, labelW - 8);
            const QStringList value = m_m.wrap(TextRole::Body, f.second, valueW);
            const qreal h = linesHeight(TextRole::Body, qMax(label.size(), value.size()));
            if (h > room())
                newPage();
            text(QRectF(0, m_y, labelW, h), TextRole::BodyBold, label);
            text(QRectF(labelW, m_y, valueW, h), TextRole::Body, value);
            m_y += h;
        }
        m_y += BlockGap / 2;
        return true;
    }

    bool place(const ContentsBlock& b)
    {
        const qreal pageW = 60;
        const qreal lh = m_m.lineHeight(TextRole::Heading) + 6;
        text(QRectF(m_area.width() - pageW, m_y, pageW, lh), TextRole::BodyBold,
             {b.pageColumnTitle}, Qt::AlignRight, Muted);
        m_y += lh;
        for (int si = m_section + 1; si < m_doc.sections.size(); ++si) {
            const Section& s = m_doc.sections.at(si);
            if (!s.listedInContents)
                continue;
            if (lh > room())
                newPage();
            text(QRectF(0, m_y, m_area.width() - pageW, lh), TextRole::Heading, {s.title});
            m_contentsPatches.append({int(m_out.pages.size()) - 1, int(ops().size()), si});
            text(QRectF(m_area.width() - pageW, m_y, pageW, lh), TextRole::Heading, {QString()},
                 Qt::AlignRight);
            line(QPointF(0, m_y + lh - 2), QPointF(m_area.width(), m_y + lh - 2), 0.3);
            m_y += lh;
        }
        m_y += BlockGap;
        return true;
    }

    bool place(const PageBreakBlock&)
    {
        if (!pageIsFresh())
            newPage();
        return true;
    }

    // --- tables ------------------------------------------------------------------------
    struct TableGeometry
    {
        QList<qreal> x; // left edge of each column, plus the right edge of the last
        QList<QStringList> headerLines;
        qreal headerHeight = 0;
    };

    TableGeometry geometryOf(const TableBlock& t) const
    {
        TableGeometry g;
        qreal total = 0;
        for (const TableColumn& c : t.columns)
            total += c.weight;
        qreal x = 0;
        qsizetype maxLines = 1;
        for (const TableColumn& c : t.columns) {
            g.x.append(x);
            const qreal w = total > 0 ? m_area.width() * c.weight / total : 0;
            g.headerLines.append(m_m.wrap(TextRole::TableHeader, c.title, w - 2 * CellPadX));
            maxLines = qMax(maxLines, g.headerLines.last().size());
            x += w;
        }
        g.x.append(m_area.width());
        g.headerHeight = linesHeight(TextRole::TableHeader, maxLines) + 2 * CellPadY;
        return g;
    }

    void headerRow(const TableBlock& t, const TableGeometry& g)
    {
        const QRectF r(0, m_y, m_area.width(), g.headerHeight);
        fill(r, HeaderFill);
        for (int c = 0; c < t.columns.size(); ++c) {
            const QRectF cell(g.x.at(c) + CellPadX, m_y + CellPadY,
                              g.x.at(c + 1) - g.x.at(c) - 2 * CellPadX, g.headerHeight);
            Qt::Alignment a = t.columns.at(c).align;
            if (a & Qt::AlignRight)
                a = Qt::AlignHCenter;
            text(cell, TextRole::TableHeader, g.headerLines.at(c), a);
        }
        for (int c = 1; c < t.columns.size(); ++c)
            line(QPointF(g.x.at(c), m_y), QPointF(g.x.at(c), m_y + g.headerHeight));
        frame(r, 0.6);
        m_y += g.headerHeight;
        m_runTop = m_y;
    }

    // Vertical rules of the data rows since the last heading row or page top.
    void closeRun(const TableGeometry& g)
    {
        if (m_y > m_runTop + 0.01) {
            for (int c = 0; c < g.x.size(); ++c)
                line(QPointF(g.x.at(c), m_runTop), QPointF(g.x.at(c), m_y));
        }
        m_runTop = m_y;
    }

    qreal headingHeight(TextRole role) const { return m_m.lineHeight(role) + 2 * CellPadY + 1; }

    void headingRow(const QString& label, TextRole role, QRgb color)
    {
        const qreal h = headingHeight(role);
        const QRectF r(0, m_y, m_area.width(), h);
        fill(r, color);
        text(r.adjusted(CellPadX, CellPadY + 0.5, -CellPadX, 0), role,
             {m_m.elide(role, label, m_area.width() - 2 * CellPadX)});
        frame(r, 0.4);
        m_y += h;
        m_runTop = m_y;
    }

    bool place(const TableBlock& t)
    {
        if (t.columns.isEmpty())
            return true;
        const TableGeometry g = geometryOf(t);
        const qreal bodyLine = m_m.lineHeight(TextRole::Body);
        const qreal minRow = bodyLine + 2 * CellPadY;
        if (g.headerHeight + minRow > room() && !pageIsFresh())
            newPage();
        headerRow(t, g);
        if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
            text(QRectF(CellPadX, m_y + CellPadY, m_area.width(), bodyLine), TextRole::Body,
                 {t.emptyText}, Qt::AlignLeft, Muted);
            // One cell across the table: only the outer rules.
            line(QPointF(0, m_y), QPointF(0, m_y + minRow));
            line(QPointF(m_area.width(), m_y), QPointF(m_area.width(), m_y + minRow));
            m_y += minRow;
            line(QPointF(0, m_y), QPointF(m_area.width(), m_y));
            m_runTop = m_y;
        }

        QString group;
        QString subgroup;
        int stripeCount = 0;
        const qreal maxRowHeight = m_bottom - m_top - g.headerHeight -
                                   headingHeight(TextRole::GroupHeading) -
                                   headingHeight(TextRole::SubgroupHeading);
        const int maxLines = qMax(1, int((maxRowHeight - 2 * CellPadY) / bodyLine));
        QList<QStringList> cells(t.columns.size());

        for (qsizetype ri = 0; ri < t.rows.size(); ++ri) {
            const TableRow& row = t.rows.at(ri);
            if (((++m_rowsDone) & 511) == 0 && m_progress && !m_progress(m_rowsDone, m_totalRows))
                return false;
            if (row.kind != TableRow::Kind::Data) {
                const bool isGroup = row.kind == TableRow::Kind::Group;
                const TextRole role = isGroup ? TextRole::GroupHeading : TextRole::SubgroupHeading;
                // Keep the heading with what follows it.
                qreal need = headingHeight(role) + minRow;
                if (isGroup)
                    need += headingHeight(TextRole::SubgroupHeading);
                closeRun(g);
                if (need > room()) {
                    newPage();
                    headerRow(t, g);
                    if (!isGroup && !group.isEmpty())
                        headingRow(group + t.continued, TextRole::GroupHeading, GroupFill);
                }
                const QString label = row.cells.value(0);
                if (isGroup) {
                    group = label;
                    subgroup.clear();
                    headingRow(label, role, GroupFill);
                } else {
                    subgroup = label;
                    headingRow(label, role, SubgroupFill);
                }
                stripeCount = 0;
                continue;
            }

            ++m_out.tableRows;
            qsizetype lines = 1;
            for (int c = 0; c < t.columns.size(); ++c) {
                const qreal w = g.x.at(c + 1) - g.x.at(c) - 2 * CellPadX;
                cells[c] = m_m.wrap(TextRole::Body, row.cells.value(c), w);
                lines = qMax(lines, cells[c].size());
            }
            auto continuePage = [&] {
                closeRun(g);
                newPage();
                headerRow(t, g);
                if (!group.isEmpty())
                    headingRow(group + t.continued, TextRole::GroupHeading, GroupFill);
                if (!subgroup.isEmpty())
                    headingRow(subgroup + t.continued, TextRole::SubgroupHeading, SubgroupFill);
            };
            // A row that fits on a page starts on the next page when it does not fit here; a
            // row taller than a page is split: as many lines as fit, continued on the next.
            const bool stripe = stripeCount++ % 2 == 1;
            qsizetype start = 0;
            while (start < lines) {
                const qsizetype left = lines - start;
                qsizetype take = left;
                if (linesHeight(TextRole::Body, left) + 2 * CellPadY > room()) {
                    const bool fitsOnAPage = left <= maxLines;
                    const auto fitHere = qsizetype((room() - 2 * CellPadY) / bodyLine);
                    if (fitsOnAPage || fitHere < 3) {
                        continuePage();
                        take = qMin(left, qsizetype(maxLines));
                    } else {
                        take = fitHere;
                    }
                }
                const qreal h = linesHeight(TextRole::Body, take) + 2 * CellPadY;
                if (stripe)
                    fill(QRectF(0, m_y, m_area.width(), h), StripeFill);
                for (int c = 0; c < t.columns.size(); ++c) {
                    QStringList part = cells.at(c).mid(start, take);
                    // The part of a row on a later page names its row in the first column.
                    if (c == 0 && start > 0 && part.join(QString()).isEmpty())
                        part = m_m.wrap(TextRole::Body, row.cells.value(0) + t.continued,
                                        g.x.at(1) - g.x.at(0) - 2 * CellPadX, int(take));
                    if (part.isEmpty() || (part.size() == 1 && part.first().isEmpty()))
                        continue;
                    const QRectF cell(g.x.at(c) + CellPadX, m_y + CellPadY,
                                      g.x.at(c + 1) - g.x.at(c) - 2 * CellPadX, h - 2 * CellPadY);
                    text(cell, TextRole::Body, part, t.columns.at(c).align);
                }
                m_y += h;
                start += take;
                // A row cut here is left open at the bottom, to go on at the top of the next.
                if (start >= lines)
                    line(QPointF(0, m_y), QPointF(m_area.width(), m_y));
                else
                    continuePage();
            }
        }
        closeRun(g);
        m_y += BlockGap;
        return true;
    }

    // --- running header and footer, page numbers ----------------------------------------
    void finish()
    {
        const int total = int(m_out.pages.size());
        const RunningText& rt = m_doc.running;
        const qreal w = m_area.width();
        const qreal l1 = m_m.lineHeight(TextRole::BodyBold);
        const qreal l2 = m_m.lineHeight(TextRole::Small);
        for (int pi = 0; pi < total; ++pi) {
            LaidOutPage& page = m_out.pages[pi];
            QList<DrawOp> running;
            auto add = [&running](const QRectF& r, TextRole role, const QString& s, Qt::Alignment a,
                                  QRgb color) {
                DrawOp op;
                op.kind = DrawOp::Kind::Text;
                op.role = role;
                op.align = a;
                op.color = color;
                op.rect = r;
                op.lines = QStringList{s};
                running.append(std::move(op));
            };
            const QString title = m_doc.sections.value(page.section).title;
            const qreal third = w / 3;
            add(QRectF(0, 0, third, l1), TextRole::BodyBold,
                m_m.elide(TextRole::BodyBold, rt.organisation, third - 4), Qt::AlignLeft, Ink);
            add(QRectF(third, 0, third, l1), TextRole::BodyBold,
                m_m.elide(TextRole::BodyBold, title, third - 4), Qt::AlignHCenter, Ink);
            add(QRectF(2 * third, 0, third, l1), TextRole::Small,
                m_m.elide(TextRole::Small, rt.scope, third), Qt::AlignRight, Ink);
            add(QRectF(0, l1, w / 2, l2), TextRole::Small, rt.asOf, Qt::AlignLeft, Muted);
            add(QRectF(w / 2, l1, w / 2, l2), TextRole::Small, rt.version, Qt::AlignRight, Muted);
            DrawOp rule;
            rule.kind = DrawOp::Kind::Line;
            rule.pen = 0.6;
            rule.color = Ink;
            rule.rect = QRectF(QPointF(0, l1 + l2 + 2), QPointF(w, l1 + l2 + 2));
            running.append(rule);

            const qreal fy = m_area.height() - FooterHeight + 4;
            rule.rect = QRectF(QPointF(0, fy), QPointF(w, fy));
            running.append(rule);
            const QString pageOf = QString(rt.pageOfTemplate).arg(pi + 1).arg(total);
            add(QRectF(0, fy + 2, w * 0.7, l2), TextRole::Small,
                m_m.elide(TextRole::Small, rt.footer, w * 0.7), Qt::AlignLeft, Muted);
            add(QRectF(w * 0.7, fy + 2, w * 0.3, l2), TextRole::Small, pageOf, Qt::AlignRight, Ink);
            page.ops.append(running);
        }
        for (const ContentsPatch& p : m_contentsPatches) {
            const int first = m_out.sectionFirstPage.value(p.section) + 1;
            m_out.pages[p.page].ops[p.op].lines = QStringList{QString::number(first)};
        }
    }

    struct ContentsPatch
    {
        int page;
        int op;
        int section;
    };

    const ReportDocument& m_doc;
    const TextMeasure& m_m;
    QSizeF m_area;
    const PageLayout::Progress& m_progress;
    LaidOutDocument m_out;
    QList<ContentsPatch> m_contentsPatches;
    int m_section = 0;
    qreal m_top = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    qreal m_runTop = 0;
    qsizetype m_rowsDone = 0;
    qsizetype m_totalRows = 0;
};

} // namespace

Result<LaidOutDocument> PageLayout::layout(const ReportDocument& doc, const TextMeasure& measure,
                                           const QSizeF& area, const Progress& progress)
{
    if (area.width() < 100 || area.height() < 100)
        return Error::make(
            Error::Kind::Usage,
            QCoreApplication::translate("PageLayout", "The page is too small for a report."));
    return Paginator(doc, measure, area, progress).run();
}

} // namespace daicho::reports
