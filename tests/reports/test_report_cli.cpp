#include "PdfTools.h"
#include "cli/CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace daicho::test;

namespace {

struct Rendered
{
    QString pdf;
    QString text;
    int pages = 0;
};

Rendered render(const QTemporaryDir& dir, const QString& db, const QString& kind,
                const QString& lang, const QStringList& extra = {})
{
    Rendered r;
    r.pdf = dir.filePath(kind + QLatin1Char('-') + lang + QStringLiteral(".pdf"));
    auto run = runCli(QStringList{QStringLiteral("report"), db, QStringLiteral("--kind"), kind,
                                  QStringLiteral("--out"), r.pdf, QStringLiteral("--lang"), lang} +
                      extra);
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    REQUIRE(QFile::exists(r.pdf));
    r.text = pdfText(r.pdf);
    r.pages = pdfPages(r.pdf);
    return r;
}

QString demo(const QTemporaryDir& dir)
{
    const QString db = dir.filePath(QStringLiteral("demo.daicho"));
    REQUIRE(runCli({QStringLiteral("init"), db, QStringLiteral("--demo")}).exitCode == 0);
    return db;
}

} // namespace

TEST_CASE("the inventory report of the demo register, in Japanese and English", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);

    struct Case
    {
        QString lang;
        QString title;
        QString pageOf; // with %1 and %2
        QString header;
        QString group;
    };
    const QList<Case> cases{
        {QStringLiteral("ja"), QStringLiteral("情報資産管理台帳"), QStringLiteral("%1 / %2 ページ"),
         QStringLiteral("情報資産名称"), QStringLiteral("顧客用")},
        {QStringLiteral("en"), QStringLiteral("Information asset inventory"),
         QStringLiteral("Page %1 of %2"), QStringLiteral("Next review"),
         QStringLiteral("Customer")},
    };
    for (const Case& c : cases) {
        SECTION(c.lang.toStdString())
        {
            const Rendered r = render(dir, db, QStringLiteral("inventory"), c.lang);
            // 37 assets in landscape A4: more than one page, not absurdly many.
            CHECK(r.pages >= 2);
            CHECK(r.pages <= 6);
            CHECK(r.text.contains(c.title));
            CHECK(r.text.contains(QStringLiteral("株式会社日本ケアコミュニケーションズ")));
            CHECK(r.text.contains(QStringLiteral("東京センター")));
            CHECK(r.text.contains(c.group));
            // Known rows, with their cells.
            CHECK(r.text.contains(QStringLiteral("CUS-DB-001")));
            CHECK(r.text.contains(QStringLiteral("Web請求DBサーバ")));
            CHECK(r.text.contains(QStringLiteral("CUS-SV-002")));
            CHECK(r.text.contains(QStringLiteral("国保連伝送サーバ")));
            // Every page says which page it is of how many, and repeats the table header.
            for (int p = 1; p <= r.pages; ++p)
                CHECK(r.text.contains(QString(c.pageOf).arg(p).arg(r.pages)));
            CHECK(r.text.count(c.header) == r.pages);
            CHECK(r.text.count(c.title) >= r.pages);

            const QString fonts = runTool(QStringLiteral("pdffonts"), {r.pdf});
            CHECK(fonts.contains(QStringLiteral("NotoSansCJKjp")));
            // Every font listed is embedded (column "emb" is yes).
            const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
            REQUIRE_FALSE(lines.isEmpty());
            for (const QString& line : lines)
                CHECK(line.contains(QStringLiteral(" yes ")));
        }
    }
}

TEST_CASE("the approval block and register version are on the first page", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);
    const Rendered r = render(dir, db, QStringLiteral("inventory"), QStringLiteral("ja"));
    const QString first = r.text.section(QLatin1Char('\f'), 0, 0);
    for (const char* role : {"作成", "確認", "承認", "氏名", "日付"})
        CHECK(first.contains(QString::fromUtf8(role)));
    CHECK(first.contains(QStringLiteral("台帳リビジョン r")));
    const QString second = r.text.section(QLatin1Char('\f'), 1, 1);
    CHECK_FALSE(second.contains(QStringLiteral("承認")));
    CHECK(second.contains(QStringLiteral("台帳リビジョン r")));
}

TEST_CASE("filters narrow the inventory and say so", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);
    const Rendered r = render(dir, db, QStringLiteral("inventory"), QStringLiteral("en"),
                              {QStringLiteral("--class"), QStringLiteral("internal"),
                               QStringLiteral("--priority"), QStringLiteral("P3")});
    CHECK(r.text.contains(QStringLiteral("class: Internal")));
    CHECK(r.text.contains(QStringLiteral("INT-")));
    CHECK_FALSE(r.text.contains(QStringLiteral("CUS-DB-001")));
    CHECK_FALSE(r.text.contains(QStringLiteral("P1 — ")));
}

TEST_CASE("report refuses what it cannot do and leaves no file", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);
    const QString out = dir.filePath(QStringLiteral("x.pdf"));

    auto badKind = runCli({QStringLiteral("report"), db, QStringLiteral("--kind"),
                           QStringLiteral("nonsense"), QStringLiteral("--out"), out});
    CHECK(badKind.exitCode == 2);
    auto noOut = runCli(
        {QStringLiteral("report"), db, QStringLiteral("--kind"), QStringLiteral("inventory")});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
    auto badClass =
        runCli({QStringLiteral("report"), db, QStringLiteral("--kind"), QStringLiteral("inventory"),
                QStringLiteral("--out"), out, QStringLiteral("--class"), QStringLiteral("secret")});
    CHECK(badClass.exitCode == 2);
    auto notRegister = runCli({QStringLiteral("report"), dir.filePath(QStringLiteral("none")),
                               QStringLiteral("--kind"), QStringLiteral("inventory"),
                               QStringLiteral("--out"), out});
    CHECK(notRegister.exitCode == 2);
    CHECK_FALSE(QFile::exists(out));
}
