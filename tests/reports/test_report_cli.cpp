#include "PdfTools.h"
#include "cli/CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
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

// What every report must show, page by page: the organisation and scope, the title, "page X
// of Y" on each page and the table header repeated on each page; and embedded fonts only.
static void checkCommon(const Rendered& r, const QString& title, const QString& pageOf,
                        const QString& header)
{
    CHECK(r.text.contains(title));
    CHECK(r.text.contains(QStringLiteral("株式会社日本ケアコミュニケーションズ")));
    CHECK(r.text.contains(QStringLiteral("東京センター")));
    for (int p = 1; p <= r.pages; ++p)
        CHECK(r.text.contains(QString(pageOf).arg(p).arg(r.pages)));
    const QStringList pages = r.text.split(QLatin1Char('\f'));
    for (int p = 0; p < r.pages; ++p) {
        INFO("page " << p + 1);
        CHECK(pages.value(p).contains(header));
        CHECK(pages.value(p).contains(title));
        CHECK(pages.value(p).contains(QStringLiteral("株式会社日本ケアコミュニケーションズ")));
    }

    const QString fonts = runTool(QStringLiteral("pdffonts"), {r.pdf});
    CHECK(fonts.contains(QStringLiteral("NotoSansCJKjp")));
    // Every font listed is embedded (column "emb" is yes).
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines)
        CHECK(line.contains(QStringLiteral(" yes ")));
}

static const QString jaPageOf = QStringLiteral("%1 / %2 ページ");
static const QString enPageOf = QStringLiteral("Page %1 of %2");

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
        {QStringLiteral("ja"), QStringLiteral("情報資産管理台帳"), jaPageOf,
         QStringLiteral("情報資産名称"), QStringLiteral("顧客用")},
        {QStringLiteral("en"), QStringLiteral("Information asset inventory"), enPageOf,
         QStringLiteral("Next review"), QStringLiteral("Customer")},
    };
    for (const Case& c : cases) {
        SECTION(c.lang.toStdString())
        {
            const Rendered r = render(dir, db, QStringLiteral("inventory"), c.lang);
            // 37 assets in landscape A4: more than one page, not absurdly many.
            CHECK(r.pages >= 2);
            CHECK(r.pages <= 6);
            checkCommon(r, c.title, c.pageOf, c.header);
            CHECK(r.text.count(c.header) == r.pages);
            CHECK(r.text.contains(c.group));
            // Known rows, with their cells.
            CHECK(r.text.contains(QStringLiteral("CUS-DB-001")));
            CHECK(r.text.contains(QStringLiteral("Web請求DBサーバ")));
            CHECK(r.text.contains(QStringLiteral("CUS-SV-002")));
            CHECK(r.text.contains(QStringLiteral("国保連伝送サーバ")));
        }
    }
}

TEST_CASE("the Statement of Applicability of the demo register, in Japanese and English",
          "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);

    struct Case
    {
        QString lang;
        QString title;
        QString pageOf;
        QString header;
        QString theme;    // a group heading
        QString control;  // a known row: id and title
        QString excluded; // "not applicable" as the report says it
        QString planned;  // the status of 5.7
        QString catalog;  // the catalog's title
    };
    const QList<Case> cases{
        {QStringLiteral("ja"), QStringLiteral("適用宣言書"), jaPageOf, QStringLiteral("証跡"),
         QStringLiteral("組織的管理策"), QStringLiteral("脅威情報の収集と活用"),
         QStringLiteral("適用除外"), QStringLiteral("計画中"), QStringLiteral("附属書A")},
        {QStringLiteral("en"), QStringLiteral("Statement of Applicability"), enPageOf,
         QStringLiteral("Evidence"), QStringLiteral("Organizational controls"),
         QStringLiteral("Threat intelligence"), QStringLiteral("Not applicable"),
         QStringLiteral("Planned"), QStringLiteral("Annex A")},
    };
    for (const Case& c : cases) {
        SECTION(c.lang.toStdString())
        {
            const Rendered r = render(dir, db, QStringLiteral("soa"), c.lang);
            // 93 controls with evidence: several pages.
            CHECK(r.pages >= 4);
            CHECK(r.pages <= 12);
            checkCommon(r, c.title, c.pageOf, c.header);
            CHECK(r.text.contains(c.theme));
            CHECK(r.text.contains(c.catalog));
            // Known rows: the first and last controls, 5.7 planned with its target date, an
            // exclusion with its justification, a control with its linked assets.
            CHECK(r.text.contains(QStringLiteral("5.1 ")));
            CHECK(r.text.contains(QStringLiteral("8.34 ")));
            CHECK(r.text.contains(c.control));
            CHECK(r.text.contains(c.planned));
            CHECK(r.text.contains(c.excluded));
            CHECK(r.text.contains(QStringLiteral("テレワークは認めておらず")));
            CHECK(r.text.contains(QStringLiteral("INT-RM-001")));
            CHECK(r.text.contains(QStringLiteral("JPCERT/CC")));
            // The risks each control treats: 8.28 treats R-001.
            CHECK(r.text.contains(QStringLiteral("R-001")));
        }
    }
}

TEST_CASE("the risk assessment results of the demo register, in Japanese and English", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);

    struct Case
    {
        QString lang;
        QString title;
        QString pageOf;
        QString header;
        QString band;   // the highest band, a group heading
        QString threat; // R-001's threat, as the catalog names it
    };
    const QList<Case> cases{
        {QStringLiteral("ja"), QStringLiteral("リスクアセスメント結果"), jaPageOf,
         QStringLiteral("既存の管理策"), QStringLiteral("対応が必要"),
         QStringLiteral("ソフトウェア")},
        {QStringLiteral("en"), QStringLiteral("Risk assessment results"), enPageOf,
         QStringLiteral("Existing controls"), QStringLiteral("Treatment required"),
         QStringLiteral("Exploitation of")},
    };
    for (const Case& c : cases) {
        SECTION(c.lang.toStdString())
        {
            const Rendered r = render(dir, db, QStringLiteral("risk-assessment"), c.lang);
            CHECK(r.pages >= 2);
            CHECK(r.pages <= 8);
            checkCommon(r, c.title, c.pageOf, c.header);
            CHECK(r.text.contains(c.band));
            CHECK(r.text.contains(c.threat));
            // Every demo risk, with its assets and its vulnerability.
            for (int i = 1; i <= 21; ++i)
                CHECK(r.text.contains(QStringLiteral("R-%1").arg(i, 3, 10, QLatin1Char('0'))));
            CHECK(r.text.contains(QStringLiteral("CUS-SW-001")));
            CHECK(r.text.contains(QStringLiteral("VPN鍵が")));
            CHECK(r.text.contains(QStringLiteral("開発部長")));
            // Highest first: R-002 (3 × 3 = 9) comes before R-003 (low).
            CHECK(r.text.indexOf(QStringLiteral("R-002")) <
                  r.text.indexOf(QStringLiteral("R-003")));
        }
    }
}

TEST_CASE("the PDF's text says the kanji, not the radicals that share their glyphs", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);
    const Rendered r = render(dir, db, QStringLiteral("risk-assessment"), QStringLiteral("ja"));
    const QString raw = pdfRawText(r.pdf);
    CHECK(raw.contains(QStringLiteral("株式会社日本ケアコミュニケーションズ")));
    CHECK(raw.contains(QStringLiteral("開発部長")));
    CHECK(raw.contains(QStringLiteral("評価方法")));
    int radicals = 0;
    for (QChar c : raw) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            ++radicals;
    }
    CHECK(radicals == 0);
}

TEST_CASE("the risk treatment plan of the demo register, in Japanese and English", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);

    struct Case
    {
        QString lang;
        QString title;
        QString pageOf;
        QString header;
        QString reduce; // a group heading
        QString accepted;
        QString expired;
    };
    const QList<Case> cases{
        {QStringLiteral("ja"), QStringLiteral("リスク対応計画"), jaPageOf,
         QStringLiteral("残留リスク"), QStringLiteral("低減"), QStringLiteral("代表取締役"),
         QStringLiteral("期限切れ")},
        {QStringLiteral("en"), QStringLiteral("Risk treatment plan"), enPageOf,
         QStringLiteral("Treatment plan"), QStringLiteral("Reduce"), QStringLiteral("Accepted by"),
         QStringLiteral("expired")},
    };
    for (const Case& c : cases) {
        SECTION(c.lang.toStdString())
        {
            const Rendered r = render(dir, db, QStringLiteral("treatment-plan"), c.lang);
            CHECK(r.pages >= 2);
            CHECK(r.pages <= 8);
            checkCommon(r, c.title, c.pageOf, c.header);
            CHECK(r.text.contains(c.reduce));
            // its plan, its actions with owner, the controls.
            CHECK(r.text.contains(QStringLiteral("R-001")));
            CHECK(r.text.contains(QStringLiteral("依存ライブラリ")));
            CHECK(r.text.contains(QStringLiteral("システム運用部")));
            CHECK(r.text.contains(QStringLiteral("8.28")));
            // R-003 accepted by the CEO; R-011's acceptance has expired.
            CHECK(r.text.contains(c.accepted));
            CHECK(r.text.contains(QStringLiteral("経営管理部長")));
            CHECK(r.text.contains(c.expired));
        }
    }
}

TEST_CASE("the audit pack holds the four reports, numbered through, with contents", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);
    const Rendered pack = render(dir, db, QStringLiteral("audit-pack"), QStringLiteral("en"));
    int sum = 0;
    for (const QString& kind : {QStringLiteral("inventory"), QStringLiteral("risk-assessment"),
                                QStringLiteral("treatment-plan"), QStringLiteral("soa")}) {
        const Rendered one = render(dir, db, kind, QStringLiteral("en"));
        sum += one.pages;
    }
    // A cover page with the contents, then each report on pages of its own.
    CHECK(pack.pages == sum + 1);
    for (int p = 1; p <= pack.pages; ++p)
        CHECK(pack.text.contains(QStringLiteral("Page %1 of %2").arg(p).arg(pack.pages)));
    const QString cover = pack.text.section(QLatin1Char('\f'), 0, 0);
    CHECK(cover.contains(QStringLiteral("ISMS audit documents")));
    CHECK(cover.contains(QStringLiteral("Contents")));
    for (const char* title : {"Information asset inventory", "Risk assessment results",
                              "Risk treatment plan", "Statement of Applicability"})
        CHECK(cover.contains(QString::fromLatin1(title)));
    // The contents give the page each report starts on: the inventory on page 2.
    CHECK(
        cover.contains(QRegularExpression(QStringLiteral("Information asset inventory\\s+2\\b"))));
    const Rendered ja = render(dir, db, QStringLiteral("audit-pack"), QStringLiteral("ja"));
    CHECK(ja.text.contains(QStringLiteral("目次")));
    CHECK(ja.text.contains(QStringLiteral("1 / %1 ページ").arg(ja.pages)));
}

TEST_CASE("every report of an empty register", "[reports]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("empty.daicho"));
    REQUIRE(runCli({QStringLiteral("init"), db}).exitCode == 0);
    struct Case
    {
        QString kind;
        QString says;
    };
    const QList<Case> cases{
        {QStringLiteral("inventory"), QStringLiteral("No assets.")},
        {QStringLiteral("risk-assessment"), QStringLiteral("The register holds no risks yet.")},
        {QStringLiteral("treatment-plan"), QStringLiteral("No risk needs treatment.")},
        {QStringLiteral("soa"),
         QStringLiteral("93: 0 applicable, 0 not applicable, 93 not decided")},
        {QStringLiteral("audit-pack"), QStringLiteral("No assets.")},
    };
    for (const Case& c : cases) {
        INFO(c.kind.toStdString());
        const Rendered r = render(dir, db, c.kind, QStringLiteral("en"));
        CHECK(r.text.contains(c.says));
        CHECK(r.text.contains(QStringLiteral("Organisation: (not set)")));
        CHECK(r.text.contains(QStringLiteral("Page 1 of %1").arg(r.pages)));
    }
}

TEST_CASE("the SoA of another catalog", "[reports]")
{
    QTemporaryDir dir;
    const QString db = demo(dir);
    const Rendered r = render(dir, db, QStringLiteral("soa"), QStringLiteral("en"),
                              {QStringLiteral("--catalog"), QStringLiteral("iso27001-2013")});
    CHECK(r.text.contains(QStringLiteral("A.12.3.1")));
    CHECK_FALSE(r.text.contains(QStringLiteral("Threat intelligence")));
    auto bad =
        runCli({QStringLiteral("report"), db, QStringLiteral("--kind"), QStringLiteral("soa"),
                QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf")),
                QStringLiteral("--catalog"), QStringLiteral("nist")});
    CHECK(bad.exitCode == 2);
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
