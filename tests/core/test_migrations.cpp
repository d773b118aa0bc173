#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

using namespace daicho;

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
