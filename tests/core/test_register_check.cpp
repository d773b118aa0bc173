#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

using namespace daicho;
using namespace daicho::test;

namespace {

std::unique_ptr<Register> populated()
{
    auto reg = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    auto a = s.create(makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer,
                                AssetSubtype::Physical, 3, 3, 3));
    auto b = s.create(makeAsset(QStringLiteral("INT-PC-001")));
    REQUIRE((a && b));
    REQUIRE(s.addDependency(a->id, b->id));
    return std::move(*reg);
}

QString joined(const CheckReport& r)
{
    return r.problems().join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("a register written only by Daicho is sound", "[check]")
{
    auto reg = populated();
    auto report = RegisterCheck::run(*reg);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(report->problems().isEmpty());
    CHECK(report->chain.entries > 0);
}

TEST_CASE("changes made with plain SQL are detected", "[check][tamper]")
{
    auto reg = populated();
    const QSqlDatabase db = reg->database().connection();

    SECTION("an asset row edited")
    {
        REQUIRE(sql::run(db, QStringLiteral("UPDATE assets SET confidentiality = 1 WHERE code = "
                                            "'CUS-DB-001'")));
        auto report = RegisterCheck::run(*reg);
        REQUIRE(report);
        CHECK_FALSE(report->ok());
        CHECK(report->chain.ok()); // the history itself is intact
        CHECK(joined(*report).contains(QStringLiteral("CUS-DB-001")));
        CHECK(joined(*report).contains(QStringLiteral("outside Daicho")));
    }
    SECTION("an asset row inserted")
    {
        REQUIRE(sql::run(
            db,
            QStringLiteral("INSERT INTO assets (code, name, asset_class, subtype, "
                           "confidentiality, integrity, availability, created_at, updated_at) "
                           "VALUES ('GHOST-1', 'ghost', 'internal', 'data', 1, 1, 1, 'x', 'x')")));
        auto report = RegisterCheck::run(*reg);
        REQUIRE(report);
        CHECK_FALSE(report->ok());
        CHECK(joined(*report).contains(QStringLiteral("GHOST-1")));
    }
    SECTION("an asset row deleted")
    {
        REQUIRE(sql::run(db, QStringLiteral("DELETE FROM assets WHERE code = 'INT-PC-001'")));
        auto report = RegisterCheck::run(*reg);
        REQUIRE(report);
        CHECK_FALSE(report->ok());
        CHECK(joined(*report).contains(QStringLiteral("INT-PC-001")));
        CHECK(joined(*report).contains(QStringLiteral("missing")));
    }
    SECTION("a dependency removed")
    {
        REQUIRE(sql::run(db, QStringLiteral("DELETE FROM asset_dependencies")));
        auto report = RegisterCheck::run(*reg);
        REQUIRE(report);
        CHECK_FALSE(report->ok());
        CHECK(joined(*report).contains(QStringLiteral("dependency")));
    }
    SECTION("a setting changed")
    {
        REQUIRE(sql::run(db, QStringLiteral("UPDATE register_info SET value = 'Evil' WHERE key = "
                                            "'organisation'")));
        auto report = RegisterCheck::run(*reg);
        REQUIRE(report);
        CHECK_FALSE(report->ok());
        CHECK(joined(*report).contains(QStringLiteral("organisation")));
    }
    SECTION("a history entry edited")
    {
        REQUIRE(sql::run(db, QStringLiteral("UPDATE history SET note = 'x' WHERE seq = 3")));
        auto report = RegisterCheck::run(*reg);
        REQUIRE(report);
        CHECK_FALSE(report->ok());
        CHECK(report->chain.firstBadSeq == 3);
    }
    SECTION("a cycle written behind Daicho's back")
    {
        REQUIRE(sql::run(
            db, QStringLiteral("INSERT INTO asset_dependencies SELECT b.id, a.id FROM assets a, "
                               "assets b WHERE a.code = 'CUS-DB-001' AND b.code = 'INT-PC-001'")));
        auto report = RegisterCheck::run(*reg);
        REQUIRE(report);
        CHECK_FALSE(report->structure.isEmpty());
    }
}

TEST_CASE("settings changed through Daicho stay in step with the history", "[check]")
{
    auto reg = populated();
    REQUIRE(reg->setInfoValue(infokey::Scope, QStringLiteral("東京センター")));
    REQUIRE(reg->setInfoValue(QStringLiteral("custom"), QStringLiteral("v")));
    auto report = RegisterCheck::run(*reg);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK(reg->info().scope == QStringLiteral("東京センター"));
}
