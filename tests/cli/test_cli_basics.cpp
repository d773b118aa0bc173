#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace daicho::test;

namespace {

// Edits a register the way someone with the sqlite3 tool would, behind Daicho's back.
void plainSql(const QString& path, const QString& statement)
{
    const QString name = QStringLiteral("tamper");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("help, version and usage errors", "[cli]")
{
    auto help = runCli({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* verb : {"init", "stats", "check"})
        CHECK(help.out.contains(QLatin1String(verb)));
    CHECK(help.out.contains(QStringLiteral("Usage: daicho-cli")));

    auto version = runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.startsWith(QStringLiteral("daicho-cli ")));
    CHECK(version.out.contains(QStringLiteral("SQLite")));

    auto initHelp = runCli({QStringLiteral("init"), QStringLiteral("--help")});
    CHECK(initHelp.exitCode == 0);
    CHECK(initHelp.out.contains(QStringLiteral("--demo")));

    auto none = runCli({});
    CHECK(none.exitCode == 2);
    auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("frobnicate")));
    auto badOption =
        runCli({QStringLiteral("stats"), QStringLiteral("x.daicho"), QStringLiteral("--verbose")});
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.err.contains(QStringLiteral("--verbose")));
    auto missing = runCli({QStringLiteral("stats")});
    CHECK(missing.exitCode == 2);
}

TEST_CASE("messages follow the locale and --lang", "[cli][i18n]")
{
    auto ja = runCli({QStringLiteral("--help")}, QStringLiteral("ja_JP.UTF-8"));
    CHECK(ja.exitCode == 0);
    CHECK(ja.out.contains(QStringLiteral("使い方")));
    CHECK(ja.out.contains(QStringLiteral("台帳")));

    auto forcedEn =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")},
               QStringLiteral("ja_JP.UTF-8"));
    CHECK(forcedEn.out.contains(QStringLiteral("Usage")));
    auto forcedJa = runCli({QStringLiteral("--help"), QStringLiteral("--lang=ja")});
    CHECK(forcedJa.out.contains(QStringLiteral("使い方")));

    QTemporaryDir dir;
    auto err = runCli({QStringLiteral("stats"), dir.filePath(QStringLiteral("none.daicho"))},
                      QStringLiteral("ja_JP.UTF-8"));
    CHECK(err.exitCode == 2);
    CHECK(err.err.contains(QStringLiteral("ファイル")));
}

TEST_CASE("init creates a private register and never overwrites", "[cli][init]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("reg.daicho"));
    auto r = runCli({QStringLiteral("init"), path, QStringLiteral("--org"),
                     QStringLiteral("株式会社テスト"), QStringLiteral("--scope"),
                     QStringLiteral("東京センター")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains(path));
    REQUIRE(QFileInfo::exists(path));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadOther));
    CHECK_FALSE(QFileInfo(path).permissions().testFlag(QFileDevice::ReadGroup));

    const QByteArray before = readBytes(path);
    auto again = runCli({QStringLiteral("init"), path});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(readBytes(path) == before);

    auto stats = runCli({QStringLiteral("stats"), path});
    REQUIRE(stats.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(stats.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("organisation")).toString() == QStringLiteral("株式会社テスト"));
    CHECK(o.value(QStringLiteral("scope")).toString() == QStringLiteral("東京センター"));
    CHECK(o.value(QStringLiteral("assets")).toObject().value(QStringLiteral("total")).toInt() == 0);
}

TEST_CASE("init --demo, stats and check on the demo register", "[cli][demo]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.daicho"));
    auto init = runCli({QStringLiteral("init"), path, QStringLiteral("--demo")});
    REQUIRE(init.exitCode == 0);

    auto stats = runCli({QStringLiteral("stats"), path});
    REQUIRE(stats.exitCode == 0);
    QJsonParseError perr;
    const QJsonObject o = QJsonDocument::fromJson(stats.out.toUtf8(), &perr).object();
    REQUIRE(perr.error == QJsonParseError::NoError);
    CHECK(o.value(QStringLiteral("schema_version")).toInt() >= 1);
    const QJsonObject assets = o.value(QStringLiteral("assets")).toObject();
    const int total = assets.value(QStringLiteral("total")).toInt();
    CHECK(total >= 25);
    int sumClass = 0, sumSubtype = 0, sumPriority = 0;
    for (const auto& v : assets.value(QStringLiteral("by_class")).toObject())
        sumClass += v.toInt();
    for (const auto& v : assets.value(QStringLiteral("by_subtype")).toObject())
        sumSubtype += v.toInt();
    for (const auto& v : assets.value(QStringLiteral("by_priority")).toObject())
        sumPriority += v.toInt();
    CHECK(sumClass == total);
    CHECK(sumSubtype == total);
    CHECK(sumPriority == total);
    CHECK(assets.value(QStringLiteral("by_subtype"))
              .toObject()
              .value(QStringLiteral("media"))
              .toInt() > 0);
    CHECK(
        assets.value(QStringLiteral("by_priority")).toObject().value(QStringLiteral("P1")).toInt() >
        0);

    auto check = runCli({QStringLiteral("check"), path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains(QStringLiteral("sound")));
}

TEST_CASE("check names what was changed behind Daicho's back", "[cli][check]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.daicho"));
    REQUIRE(runCli({QStringLiteral("init"), path, QStringLiteral("--demo")}).exitCode == 0);

    SECTION("an asset row")
    {
        plainSql(path,
                 QStringLiteral("UPDATE assets SET availability = 1 WHERE code = 'CUS-DB-001'"));
        auto check = runCli({QStringLiteral("check"), path});
        CHECK(check.exitCode == 1);
        CHECK(check.out.contains(QStringLiteral("CUS-DB-001")));
    }
    SECTION("a history entry")
    {
        plainSql(path, QStringLiteral("UPDATE history SET actor = 'someone' WHERE seq = 10"));
        auto check = runCli({QStringLiteral("check"), path});
        CHECK(check.exitCode == 1);
        CHECK(check.out.contains(QStringLiteral("entry 10")));
    }
}

TEST_CASE("files that are not registers: exit 2 and untouched", "[cli][refuse]")
{
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("ledger.csv"));
    writeBytes(text, "資産ID,資産名\nA-1,サーバ\n");
    const QString newer = dir.filePath(QStringLiteral("newer.daicho"));
    REQUIRE(runCli({QStringLiteral("init"), newer}).exitCode == 0);
    plainSql(newer, QStringLiteral("PRAGMA user_version = 999"));
    const QByteArray textBefore = readBytes(text);
    const QByteArray newerBefore = readBytes(newer);

    for (const char* verb : {"stats", "check"}) {
        auto a = runCli({QLatin1String(verb), text});
        CHECK(a.exitCode == 2);
        CHECK(a.err.contains(QStringLiteral("ledger.csv")));
        auto b = runCli({QLatin1String(verb), newer});
        CHECK(b.exitCode == 2);
        CHECK(b.err.contains(QStringLiteral("newer version")));
    }
    CHECK(readBytes(text) == textBefore);
    CHECK(readBytes(newer) == newerBefore);
}
