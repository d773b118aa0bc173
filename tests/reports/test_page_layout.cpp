#include "layout/PageLayout.h"
#include "layout/TextMeasure.h"
#include "support/TestSupport.h"

#include <QPdfWriter>
#include <QTemporaryDir>

using namespace daicho::reports;

namespace {

ReportDocument bigTable(int groups, int rowsPerGroup)
{
    ReportDocument doc;
    doc.running.organisation = QStringLiteral("Org");
    doc.running.scope = QStringLiteral("Scope");
    doc.running.pageOfTemplate = QStringLiteral("Page %1 of %2");
    Section s;
    s.title = QStringLiteral("Big");
    TitleBlock t;
    t.title = QStringLiteral("Big report");
    t.approval.roles = {QStringLiteral("P"), QStringLiteral("R"), QStringLiteral("A")};
    s.blocks.append(t);
    TableBlock table;
    table.continued = QStringLiteral(" (cont.)");
    table.columns = {{QStringLiteral("HeadCode"), 1, Qt::AlignLeft},
                     {QStringLiteral("HeadName"), 3, Qt::AlignLeft},
                     {QStringLiteral("HeadN"), 1, Qt::AlignRight}};
    for (int g = 0; g < groups; ++g) {
        table.rows.append({TableRow::Kind::Group, {QStringLiteral("Group %1").arg(g)}});
        for (int r = 0; r < rowsPerGroup; ++r) {
            // Every seventh row wraps onto several lines.
            const QString name = r % 7 == 0 ? QStringLiteral("長い名前の情報資産 ").repeated(12)
                                            : QStringLiteral("名前 %1").arg(r);
            table.rows.append(
                {TableRow::Kind::Data,
                 {QStringLiteral("C-%1-%2").arg(g).arg(r), name, QString::number(r)}});
        }
    }
    s.blocks.append(table);
    doc.sections.append(s);
    return doc;
}

QStringList textsOf(const LaidOutPage& p)
{
    QStringList out;
    for (const DrawOp& op : p.ops) {
        if (op.kind == DrawOp::Kind::Text)
            out += op.lines;
    }
    return out;
}

} // namespace

TEST_CASE("pages repeat the table header, continue groups and number themselves",
          "[reports][layout]")
{
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("l.pdf")));
    writer.setResolution(1200);
    const TextMeasure m(&writer);
    const QSizeF area(780, 540);
    auto laid = PageLayout::layout(bigTable(3, 150), m, area);
    REQUIRE(laid);
    const int pages = int(laid->pages.size());
    CHECK(pages > 5);
    CHECK(laid->tableRows == 450);

    int dataRows = 0;
    for (int i = 0; i < pages; ++i) {
        const QStringList texts = textsOf(laid->pages.at(i));
        INFO("page " << i + 1);
        CHECK(texts.count(QStringLiteral("HeadCode")) == 1);
        CHECK(texts.contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages)));
        CHECK(texts.contains(QStringLiteral("Org")));
        // Only the first page has the approval boxes.
        CHECK(texts.contains(QStringLiteral("R")) == (i == 0));
        // A page that does not start a group carries the group's name, continued.
        if (i > 0) {
            bool hasGroup = false;
            for (const QString& t : texts)
                hasGroup = hasGroup || t.startsWith(QStringLiteral("Group "));
            CHECK(hasGroup);
        }
        for (const QString& t : texts)
            dataRows += t.startsWith(QStringLiteral("C-")) ? 1 : 0;
        // Nothing is drawn outside the printable area.
        for (const DrawOp& op : laid->pages.at(i).ops) {
            CHECK(op.rect.left() >= -0.01);
            CHECK(op.rect.right() <= area.width() + 0.01);
            CHECK(op.rect.top() >= -0.01);
            if (op.kind == DrawOp::Kind::Text)
                CHECK(op.rect.top() + m.lineHeight(op.role) * op.lines.size() <=
                      area.height() + 0.01);
            else
                CHECK(op.rect.bottom() <= area.height() + 0.01);
        }
    }
    // Every row appears exactly once.
    CHECK(dataRows == 450);
    bool continued = false;
    for (const LaidOutPage& p : laid->pages)
        continued = continued || textsOf(p).contains(QStringLiteral("Group 1 (cont.)"));
    CHECK(continued);
}

TEST_CASE("layout can be cancelled", "[reports][layout]")
{
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("c.pdf")));
    const TextMeasure m(&writer);
    int calls = 0;
    auto laid = PageLayout::layout(bigTable(2, 2000), m, QSizeF(780, 540),
                                   [&calls](qsizetype, qsizetype) { return ++calls < 2; });
    REQUIRE_FALSE(laid);
    CHECK(laid.error().kind == daicho::Error::Kind::Cancelled);
}

TEST_CASE("a row taller than a page goes on over the next pages, nothing cut", "[reports][layout]")
{
    QTemporaryDir dir;
    QPdfWriter writer(dir.filePath(QStringLiteral("t.pdf")));
    writer.setResolution(1200);
    const TextMeasure m(&writer);
    const QSizeF area(780, 540);
    ReportDocument doc = bigTable(1, 3);
    auto& table = std::get<TableBlock>(doc.sections[0].blocks[1]);
    // About 150 lines of evidence in one cell: three pages' worth.
    QStringList paragraphs;
    for (int i = 1; i <= 150; ++i)
        paragraphs.append(QStringLiteral("証跡 %1 行目").arg(i));
    table.rows.insert(
        2, {TableRow::Kind::Data,
            {QStringLiteral("C-LONG"), paragraphs.join(QLatin1Char('\n')), QStringLiteral("7")}});
    auto laid = PageLayout::layout(doc, m, area);
    REQUIRE(laid);
    CHECK(laid->pages.size() >= 3);
    QStringList all;
    for (const LaidOutPage& p : laid->pages) {
        const QStringList texts = textsOf(p);
        CHECK(texts.count(QStringLiteral("HeadCode")) == 1);
        all += texts;
    }
    // Every line once, in order, none elided; the rows around it are there too.
    qsizetype at = -1;
    for (int i = 1; i <= 150; ++i) {
        const qsizetype next = all.indexOf(QStringLiteral("証跡 %1 行目").arg(i));
        INFO(i);
        REQUIRE(next > at);
        at = next;
    }
    for (const QString& t : all)
        CHECK_FALSE(t.endsWith(QChar(0x2026)));
    CHECK(all.contains(QStringLiteral("C-0-0")));
    CHECK(all.contains(QStringLiteral("C-0-2")));
    CHECK(all.count(QStringLiteral("C-LONG")) == 1);
    // Its later parts name it.
    CHECK(all.contains(QStringLiteral("C-LONG (cont.)")));
    CHECK(laid->tableRows == 4);
}
