#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "storage/AssetSnapshot.h"
#include "storage/Database.h"
#include "storage/HistoryLog.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("migrations are numbered 1..N without gaps", "[storage][migrations]")
{
    const auto steps = Migrations::steps();
    REQUIRE_FALSE(steps.isEmpty());
    for (qsizetype i = 0; i < steps.size(); ++i)
        CHECK(steps.at(i).version == i + 1);
    CHECK(Migrations::latestVersion() == steps.last().version);
}

TEST_CASE("statement splitting respects quotes, comments and trigger bodies",
          "[storage][migrations]")
{
    const QString script =
        QStringLiteral("-- a comment; with a semicolon\n"
                       "CREATE TABLE a (x TEXT DEFAULT 'x;y');\n"
                       "/* block; comment */ INSERT INTO a VALUES (\"q;\");\n"
                       "CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                       "  UPDATE a SET x = CASE WHEN x = 'a' THEN 'b' ELSE x END;\n"
                       "  DELETE FROM a WHERE 0;\n"
                       "END;\n"
                       "SELECT 1");
    const QStringList parts = Migrations::splitStatements(script);
    REQUIRE(parts.size() == 4);
    CHECK(parts.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    CHECK(parts.at(0).contains(QStringLiteral("'x;y'")));
    CHECK(parts.at(1).contains(QStringLiteral("\"q;\"")));
    CHECK(parts.at(2).startsWith(QStringLiteral("CREATE TRIGGER")));
    CHECK(parts.at(2).endsWith(QStringLiteral("END")));
    CHECK(parts.at(3) == QStringLiteral("SELECT 1"));
}

TEST_CASE("every migration runs on a fresh in-memory register", "[storage][migrations]")
{
    auto db = Database::createInMemory();
    REQUIRE(db);
    CHECK((*db)->schemaVersion() == Migrations::latestVersion());
    auto tables =
        sql::scalar((*db)->connection(),
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                   "AND name IN ('assets', 'asset_dependencies', "
                                   "'history', 'register_info')"));
    REQUIRE(tables);
    CHECK(tables->toInt() == 4);
}

TEST_CASE("the schema itself refuses what the domain refuses", "[storage][migrations]")
{
    auto db = Database::createInMemory();
    REQUIRE(db);
    const QString insert = QStringLiteral(
        "INSERT INTO assets (code, name, asset_class, subtype, confidentiality, integrity, "
        "availability, created_at, updated_at) VALUES (?, 'n', ?, ?, ?, 1, 1, 't', 't')");
    CHECK(sql::run((*db)->connection(), insert,
                   {QStringLiteral("A"), QStringLiteral("internal"), QStringLiteral("media"), 1}));
    CHECK_FALSE(
        sql::run((*db)->connection(), insert,
                 {QStringLiteral("B"), QStringLiteral("customer"), QStringLiteral("media"), 1}));
    CHECK_FALSE(
        sql::run((*db)->connection(), insert,
                 {QStringLiteral("C"), QStringLiteral("internal"), QStringLiteral("data"), 4}));
    CHECK_FALSE(sql::run((*db)->connection(), insert,
                         {QStringLiteral("a"), QStringLiteral("internal"), QStringLiteral("data"),
                          1})); // codes are unique regardless of case
}

// tests/data/registers/register-v4.daicho was written by Daicho at schema 4 (an update, an
// override, a dependency and a deletion among its entries): every entry has a prev_hash column
// and asset snapshots are objects of named members.
TEST_CASE("a register of schema 4 is migrated to the compact history and stays sound",
          "[storage][migrations][history]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("register-v4.daicho"));
    REQUIRE(QFile::copy(QStringLiteral(DAICHO_TEST_REGISTERS "/register-v4.daicho"), path));
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    FileHeader header;
    REQUIRE(Database::inspect(path, &header));
    REQUIRE(header.userVersion == 4);

    auto opened = Register::open(path);
    REQUIRE(opened);
    Register& reg = **opened;
    CHECK(reg.database().schemaVersion() == Migrations::latestVersion());
    CHECK(QFileInfo(reg.database().migrationBackupPath()).fileName() ==
          u"register-v4.daicho.v4.bak");
    auto prevHash = sql::scalar(reg.database().connection(),
                                QStringLiteral("SELECT count(*) FROM pragma_table_info('history') "
                                               "WHERE name = 'prev_hash'"));
    REQUIRE(prevHash);
    CHECK(prevHash->toInt() == 0);

    // The old entries still chain, and their snapshots still describe the assets.
    auto report = RegisterCheck::run(reg);
    REQUIRE(report);
    INFO(report->problems().join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
    CHECK(report->chain.entries == 12);
    auto updated = reg.assets().findByCode(QStringLiteral("CUS-DT-001"));
    REQUIRE(updated);
    REQUIRE(updated->has_value());
    CHECK((*updated)->name == QStringLiteral("請求データ \"月次\""));
    CHECK((*updated)->notes == QStringLiteral("一行目\n二行目"));
    CHECK((*updated)->confidentiality == 3);
    CHECK((*updated)->nextReview == QDate(2027, 4, 1));
    auto overridden = reg.assets().findByCode(QStringLiteral("INT-NW-001"));
    REQUIRE(overridden);
    REQUIRE(overridden->has_value());
    CHECK((*overridden)->priorityOverride == Priority::P2);
    CHECK_FALSE(reg.assets().findByCode(QStringLiteral("INT-PC-009"))->has_value());
    auto old = reg.history().entriesFor(history::Asset, QString::number((*updated)->id));
    REQUIRE(old);
    REQUIRE(old->size() == 2);
    CHECK(old->last().after->startsWith(u'{'));
    CHECK(AssetSnapshot::members(*old->last().after).value(u"confidentiality").toInt() == 3);

    // New entries chain on from the old ones in the new form.
    Asset edited = **updated;
    edited.availability = 3;
    REQUIRE(reg.assets().update(edited));
    auto entries = reg.history().entriesFor(history::Asset, QString::number(edited.id));
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    CHECK(entries->last().before->startsWith(QStringLiteral("[%1,").arg(edited.id)));
    CHECK(AssetSnapshot::members(*entries->last().before) ==
          AssetSnapshot::members(*old->last().after));
    report = RegisterCheck::run(reg);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->chain.entries == 13);

    // An old entry changed behind Daicho's back is still found.
    REQUIRE(sql::run(reg.database().connection(),
                     QStringLiteral("UPDATE history SET actor = 'mallory' WHERE seq = 9")));
    report = RegisterCheck::run(reg);
    REQUIRE(report);
    CHECK(report->chain.firstBadSeq == 9);
}
