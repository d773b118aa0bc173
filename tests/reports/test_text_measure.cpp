#include "layout/TextMeasure.h"
#include "support/TestSupport.h"

#include <QPdfWriter>
#include <QTemporaryDir>

using namespace daicho::reports;

namespace {

struct Device
{
    QTemporaryDir dir;
    QPdfWriter writer{dir.filePath(QStringLiteral("m.pdf"))};
    Device() { writer.setResolution(1200); }
};

} // namespace

TEST_CASE("measures in points whatever the device resolution", "[reports][layout]")
{
    QTemporaryDir dir;
    QPdfWriter low(dir.filePath(QStringLiteral("a.pdf")));
    low.setResolution(300);
    QPdfWriter high(dir.filePath(QStringLiteral("b.pdf")));
    high.setResolution(1200);
    const TextMeasure a(&low);
    const TextMeasure b(&high);
    const QString s = QStringLiteral("情報資産管理台帳 CUS-DB-001");
    CHECK(a.width(TextRole::Body, s) == Approx(b.width(TextRole::Body, s)).epsilon(0.03));
    CHECK(a.lineHeight(TextRole::Body) == Approx(b.lineHeight(TextRole::Body)).epsilon(0.03));
    // A 7.5 pt Japanese character is about 7.5 pt wide.
    CHECK(b.width(TextRole::Body, QStringLiteral("台")) == Approx(7.5).epsilon(0.1));
    CHECK(TextMeasure(&high).font(TextRole::Body).family() == TextMeasure::fontFamily());
}

TEST_CASE("wraps text to a width with Japanese line-breaking rules", "[reports][layout]")
{
    Device d;
    const TextMeasure m(&d.writer);
    const qreal w = 60;

    struct Row
    {
        const char* text;
        int minLines;
    };
    const QList<Row> table{
        {"short", 1},
        {"顧客(介護事業所)が登録した利用者情報・請求情報を保持するデータベースサーバ。", 4},
        {"A rather long English sentence that has to wrap at spaces only", 3},
        {"ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ", 3},
        {"一行目\n二行目", 2},
    };
    for (const Row& row : table) {
        const QString text = QString::fromUtf8(row.text);
        const QStringList lines = m.wrap(TextRole::Body, text, w);
        INFO(text.toStdString());
        CHECK(lines.size() >= row.minLines);
        QString joined;
        for (const QString& l : lines) {
            // Every line fits (a little slack for rounding), and none starts with closing
            // punctuation.
            CHECK(m.width(TextRole::Body, l) <= w + 0.5);
            if (!l.isEmpty()) {
                CHECK_FALSE(QStringLiteral("、。)」").contains(l.front()));
            }
            joined += l;
        }
        // Nothing is lost but spaces at breaks and newlines.
        QString expected = text;
        expected.remove(QLatin1Char(' ')).remove(QLatin1Char('\n'));
        CHECK(joined.remove(QLatin1Char(' ')) == expected);
    }
    // English breaks at spaces, not inside words.
    const QStringList english =
        m.wrap(TextRole::Body, QStringLiteral("alpha beta gamma delta epsilon"), 40);
    for (const QString& l : english) {
        for (const QString& word : l.split(QLatin1Char(' ')))
            CHECK(QStringLiteral("alpha beta gamma delta epsilon").contains(word));
    }
}

TEST_CASE("elides and limits lines", "[reports][layout]")
{
    Device d;
    const TextMeasure m(&d.writer);
    const QString longText =
        QStringLiteral("データセンター ネットワーク機器(ファイアウォール・L3スイッチ)");
    const QString e = m.elide(TextRole::Body, longText, 40);
    CHECK(e.endsWith(QChar(0x2026)));
    CHECK(m.width(TextRole::Body, e) <= 40.5);
    const QStringList two = m.wrap(TextRole::Body, longText, 40, 2);
    CHECK(two.size() == 2);
    CHECK(two.last().endsWith(QChar(0x2026)));
}

TEST_CASE("codes and dates are not cut at their hyphens", "[reports][layout]")
{
    Device d;
    const TextMeasure m(&d.writer);
    const QString codes = QStringLiteral("CUS-DB-001, CUS-SV-001, INT-RM-001, target 2027-01-24");
    const qreal w = m.width(TextRole::Body, QStringLiteral("CUS-DB-001, CUS-SV-0"));
    const QStringList lines = m.wrap(TextRole::Body, codes, w);
    REQUIRE(lines.size() >= 2);
    for (const QString& l : lines) {
        INFO(l.toStdString());
        CHECK_FALSE(l.endsWith(QLatin1Char('-')));
    }
    CHECK(lines.join(QLatin1Char(' ')).contains(QStringLiteral("2027-01-24")));
    // Between words a hyphen is still a place to break.
    const QStringList words = m.wrap(TextRole::Body, QStringLiteral("risk-based approach"),
                                     m.width(TextRole::Body, QStringLiteral("risk-bas")));
    CHECK(words.first() == QStringLiteral("risk-"));
}
