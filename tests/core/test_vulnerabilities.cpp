#include "risks/ThreatCatalog.h"
#include "risks/VulnerabilityCatalog.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/RiskService.h"
#include "services/VulnerabilityService.h"
#include "storage/Database.h"
#include "storage/FileHeader.h"
#include "storage/Migrations.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

#include <QFileInfo>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

void requireSound(Register& reg)
{
    auto report = RegisterCheck::run(reg);
    REQUIRE(report);
    INFO(report->problems().join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
}

Risk simpleRisk(Register& reg, const QString& code)
{
    auto asset = reg.assets().create(
        makeAsset(QStringLiteral("A-") + code, AssetClass::Internal, AssetSubtype::Data, 2, 2, 2));
    REQUIRE(asset);
    Risk r;
    r.code = code;
    r.title = QStringLiteral("Risk ") + code;
    r.assetIds = {asset->id};
    r.scores.threat = 2;
    r.scores.vulnerability = 2;
    return r;
}

int tableCount(Register& reg, const QString& table)
{
    auto v = sql::scalar(reg.database().connection(),
                         QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                        "AND name = ?"),
                         {table});
    REQUIRE(v);
    return v->toInt();
}

// Turns a register of the current schema back into one of schema version 3 the way Daicho
// before migration 004 wrote it: 004 only adds the `vulnerabilities` table, so a register made
// now without vulnerabilities, minus that table and with user_version 3, is such a file.
void downgradeToVersion3(const QString& path)
{
    const QString name = QStringLiteral("downgrade");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM vulnerabilities")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 0);
        q.finish();
        REQUIRE(q.exec(QStringLiteral("DROP TABLE vulnerabilities")));
        // The history's column schema 5 drops (its values go with it, so they do not matter
        // here; tests/data/registers/register-v4.daicho is a register as schema 4 wrote it).
        REQUIRE(q.exec(
            QStringLiteral("ALTER TABLE history ADD COLUMN prev_hash TEXT NOT NULL DEFAULT ''")));
        REQUIRE(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST_CASE("the built-in vulnerability catalog loads, codes unique, both languages, known threats",
          "[risk][vulnerability][catalog]")
{
    const VulnerabilityCatalog::Contents& c = VulnerabilityCatalog::builtIn();
    CHECK_FALSE(c.version.isEmpty());
    CHECK(c.vulnerabilities.size() >= 20);
    CHECK(c.vulnerabilities.size() <= 30);
    QSet<QString> threatCodes;
    for (const Threat& t : ThreatCatalog::builtIn().threats)
        threatCodes.insert(t.code);
    QSet<QString> codes;
    QSet<QString> categories;
    QSet<QString> pairedThreats;
    for (const Vulnerability& v : c.vulnerabilities) {
        INFO(v.code.toStdString());
        CHECK(v.code.startsWith(QStringLiteral("V-")));
        CHECK_FALSE(codes.contains(v.code.toCaseFolded()));
        codes.insert(v.code.toCaseFolded());
        CHECK_FALSE(v.nameJa.isEmpty());
        CHECK_FALSE(v.nameEn.isEmpty());
        CHECK_FALSE(v.descriptionJa.isEmpty());
        CHECK_FALSE(v.descriptionEn.isEmpty());
        CHECK(VulnerabilityTerms::categories().contains(v.category));
        CHECK(v.builtIn);
        CHECK_FALSE(v.threatCodes.isEmpty());
        for (const QString& t : v.threatCodes) {
            INFO(t.toStdString());
            CHECK(threatCodes.contains(t));
            pairedThreats.insert(t);
        }
        categories.insert(v.category);
    }
    // Every category is used, and every built-in threat has a vulnerability to pair with.
    CHECK(categories.size() == VulnerabilityTerms::categories().size());
    CHECK(pairedThreats == threatCodes);
}

TEST_CASE("a vulnerability catalog file is checked and problems name the file and field",
          "[risk][vulnerability][catalog]")
{
    const QString file = QStringLiteral("mine.json");
    auto dup = VulnerabilityCatalog::parse(
        R"({"format": 1, "version": "x", "vulnerabilities": [
            {"code": "V-A", "ja": "あ", "category": "technical"},
            {"code": "v-a", "en": "A again", "category": "technical"}]})",
        file);
    REQUIRE_FALSE(dup);
    CHECK(dup.error().file == file);
    CHECK(dup.error().field == u"vulnerabilities[1]");
    CHECK(dup.error().message.contains(QStringLiteral("v-a")));

    auto category = VulnerabilityCatalog::parse(
        R"({"format": 1, "version": "x", "vulnerabilities": [
            {"code": "V-A", "ja": "あ", "category": "martian"}]})",
        file);
    REQUIRE_FALSE(category);
    CHECK(category.error().field == u"vulnerabilities[0]");
    CHECK(category.error().message.contains(QStringLiteral("martian")));

    auto threats = VulnerabilityCatalog::parse(
        R"({"format": 1, "version": "x", "vulnerabilities": [
            {"code": "V-A", "ja": "あ", "threats": "T-UNAUTH"}]})",
        file);
    REQUIRE_FALSE(threats);
    CHECK(threats.error().field == u"vulnerabilities[0].threats");

    auto newer = VulnerabilityCatalog::parse(R"({"format": 2, "version": "x"})", file);
    REQUIRE_FALSE(newer);
    CHECK(newer.error().field == u"format");

    auto noName = VulnerabilityCatalog::parse(
        R"({"format": 1, "version": "x", "vulnerabilities": [{"code": "V-A"}]})", file);
    REQUIRE_FALSE(noName);
}

TEST_CASE("the vulnerability catalog arrives with the threat catalog in the first risk write",
          "[risk][vulnerability][service]")
{
    ClockGuard clock;
    auto made = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(made);
    Register& reg = **made;
    VulnerabilityService& vulns = reg.risks().vulnerabilities();
    CHECK(vulns.all()->isEmpty());
    QSignalSpy changed(&vulns, &VulnerabilityService::changed);
    auto r = reg.risks().create(simpleRisk(reg, QStringLiteral("R-1")));
    REQUIRE(r);
    CHECK(changed.count() == 1);
    const qsizetype builtIn = VulnerabilityCatalog::builtIn().vulnerabilities.size();
    CHECK(vulns.all()->size() == builtIn);
    CHECK(reg.risks().threats()->size() == ThreatCatalog::builtIn().threats.size());
    CHECK(*reg.infoValue(infokey::VulnerabilityCatalogVersion) ==
          VulnerabilityCatalog::builtIn().version);
    // Same action as the risk: one op for method, threats, vulnerabilities and the risk.
    auto riskEntries = reg.history().entriesFor(history::Risk, QString::number(r->id));
    REQUIRE(riskEntries);
    auto vulnEntries =
        reg.history().entriesFor(history::Vulnerability, QString::number(vulns.all()->first().id));
    REQUIRE(vulnEntries);
    REQUIRE(vulnEntries->size() == 1);
    CHECK(vulnEntries->first().op == riskEntries->first().op);
    CHECK(vulnEntries->first().action == u"create");

    // A second write adds nothing; neither does installing again.
    REQUIRE(reg.risks().create(simpleRisk(reg, QStringLiteral("R-2"))));
    CHECK(vulns.all()->size() == builtIn);
    CHECK(*vulns.installCatalog() == 0);
    requireSound(reg);
}

TEST_CASE("vulnerabilities: add, edit, retire, remove and restore, each with history",
          "[risk][vulnerability][service]")
{
    ClockGuard clock;
    auto made = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(made);
    Register& reg = **made;
    VulnerabilityService& vulns = reg.risks().vulnerabilities();
    REQUIRE(*vulns.installCatalog() == VulnerabilityCatalog::builtIn().vulnerabilities.size());

    Vulnerability v;
    v.code = QStringLiteral(" V-OWN ");
    v.nameJa = QStringLiteral("検証用端末の持ち帰り");
    v.category = QStringLiteral("organisational");
    v.threatCodes = {QStringLiteral("T-LOSS"), QStringLiteral("t-loss"), QStringLiteral("T-ENTRY")};
    v.builtIn = true; // the officer's own are never built-in
    auto created = vulns.create(v);
    REQUIRE(created);
    CHECK(created->code == u"V-OWN");
    CHECK_FALSE(created->builtIn);
    CHECK(created->threatCodes == QStringList{QStringLiteral("T-LOSS"), QStringLiteral("T-ENTRY")});
    const QString key = QString::number(created->id);

    // Refused: a used code (without case), an unknown category, no name.
    Vulnerability dup = v;
    dup.code = QStringLiteral("v-patch");
    auto refused = vulns.create(dup);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    Vulnerability bad = v;
    bad.code = QStringLiteral("V-BAD");
    bad.category = QStringLiteral("martian");
    CHECK_FALSE(vulns.create(bad));
    bad.category.clear();
    bad.nameJa.clear();
    CHECK_FALSE(vulns.create(bad));

    // Edit: before and after in the entry; unchanged writes nothing.
    Vulnerability edited = *created;
    edited.nameEn = QStringLiteral("Test devices taken home");
    auto updated = vulns.update(edited);
    REQUIRE(updated);
    auto entries = reg.history().entriesFor(history::Vulnerability, key);
    REQUIRE(entries);
    REQUIRE(entries->size() == 2);
    CHECK(entries->at(1).action == u"update");
    REQUIRE(entries->at(1).before);
    REQUIRE(entries->at(1).after);
    CHECK_FALSE(entries->at(1).before->contains(QStringLiteral("Test devices taken home")));
    CHECK(entries->at(1).after->contains(QStringLiteral("Test devices taken home")));
    REQUIRE(vulns.update(*updated));
    CHECK(reg.history().entriesFor(history::Vulnerability, key)->size() == 2);

    // Retire: kept, no longer suggested; undo is the reverse update.
    auto retired = vulns.setRetired(created->id, true);
    REQUIRE(retired);
    CHECK(retired->retired);
    int paired = 0;
    auto suggestions = vulns.suggestionsFor(QStringLiteral("T-LOSS"), &paired);
    REQUIRE(suggestions);
    for (const Vulnerability& s : std::as_const(*suggestions))
        CHECK(s.id != created->id);
    REQUIRE(vulns.setRetired(created->id, false));
    suggestions = vulns.suggestionsFor(QStringLiteral("t-loss"), &paired);
    REQUIRE(suggestions);
    REQUIRE(paired >= 2);
    bool suggested = false;
    for (int i = 0; i < paired; ++i) {
        CHECK(suggestions->at(i).pairsWith(QStringLiteral("T-LOSS")));
        suggested = suggested || suggestions->at(i).id == created->id;
    }
    CHECK(suggested);
    for (qsizetype i = paired; i < suggestions->size(); ++i)
        CHECK_FALSE(suggestions->at(i).pairsWith(QStringLiteral("T-LOSS")));

    // Remove and restore (what undo does): same id, entries delete and restore.
    auto removed = vulns.remove(created->id);
    REQUIRE(removed);
    CHECK_FALSE(vulns.find(created->id)->has_value());
    requireSound(reg);
    auto restored = vulns.restore(*removed);
    REQUIRE(restored);
    CHECK(restored->id == created->id);
    CHECK(restored->sameContent(*removed));
    CHECK(restored->updatedAt == removed->updatedAt);
    entries = reg.history().entriesFor(history::Vulnerability, key);
    REQUIRE(entries);
    REQUIRE(entries->size() == 6);
    CHECK(entries->at(4).action == u"delete");
    CHECK(entries->at(5).action == u"restore");

    // A built-in entry is editable and stays built-in.
    Vulnerability patch;
    const auto everything = vulns.all();
    REQUIRE(everything);
    for (const Vulnerability& x : *everything)
        if (x.code == u"V-PATCH")
            patch = x;
    REQUIRE(patch.id > 0);
    patch.descriptionJa = QStringLiteral("毎月第2水曜日の更新を翌週までに適用していない");
    auto patched = vulns.update(patch);
    REQUIRE(patched);
    CHECK(patched->builtIn);
    requireSound(reg);
}

TEST_CASE("plain-SQL edits of vulnerabilities are caught by check", "[risk][vulnerability][check]")
{
    ClockGuard clock;
    auto made = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(made);
    Register& reg = **made;
    REQUIRE(reg.risks().vulnerabilities().installCatalog());
    requireSound(reg);
    REQUIRE(sql::run(reg.database().connection(),
                     QStringLiteral("UPDATE vulnerabilities SET name_en = 'x' WHERE code = ?"),
                     {QStringLiteral("V-SPOF")}));
    auto report = RegisterCheck::run(reg);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->problems().join(QLatin1Char('\n')).contains(QStringLiteral("V-SPOF")));
}

TEST_CASE("a register of schema version 3 is migrated and receives the vulnerability catalog",
          "[risk][vulnerability][migration]")
{
    ClockGuard clock;
    const auto steps = Migrations::steps();
    REQUIRE(steps.size() >= 4);
    CHECK(steps.at(3).resourcePath.endsWith(QStringLiteral("004_vulnerabilities.sql")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.daicho"));
    {
        auto made = Register::create(path, {QStringLiteral("Org"), {}});
        REQUIRE(made);
        // The register's threat catalog was installed before vulnerabilities existed (what the
        // threat dialog does on a register without risks).
        REQUIRE(*(*made)->risks().installThreatCatalog() > 0);
        REQUIRE((*made)->risks().vulnerabilities().all()->isEmpty());
        REQUIRE((*made)->assets().create(makeAsset(QStringLiteral("DB-1"))));
    }
    downgradeToVersion3(path);

    auto opened = Register::open(path);
    REQUIRE(opened);
    Register& reg = **opened;
    CHECK(reg.database().schemaVersion() == Migrations::latestVersion());
    const QString backup = reg.database().migrationBackupPath();
    CHECK(QFileInfo(backup).fileName() == u"v3.daicho.v3.bak");
    FileHeader old;
    REQUIRE(Database::inspect(backup, &old)); // the copy is the register as it was
    CHECK(old.userVersion == 3);
    CHECK(tableCount(reg, QStringLiteral("vulnerabilities")) == 1);
    CHECK(reg.risks().vulnerabilities().all()->isEmpty());
    CHECK(reg.risks().threats()->size() == ThreatCatalog::builtIn().threats.size());
    requireSound(reg);

    // Its next risk write brings the vulnerabilities; the threats are not installed twice.
    const auto threatsBefore = reg.risks().threats()->size();
    REQUIRE(reg.risks().create(simpleRisk(reg, QStringLiteral("R-1"))));
    CHECK(reg.risks().vulnerabilities().all()->size() ==
          VulnerabilityCatalog::builtIn().vulnerabilities.size());
    CHECK(reg.risks().threats()->size() == threatsBefore);
    requireSound(reg);
}

TEST_CASE("built-in vulnerabilities the officer removed do not come back",
          "[risk][vulnerability][service]")
{
    ClockGuard clock;
    auto made = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(made);
    Register& reg = **made;
    REQUIRE(reg.risks().create(simpleRisk(reg, QStringLiteral("R-1"))));
    VulnerabilityService& vulns = reg.risks().vulnerabilities();
    const qint64 first = vulns.all()->first().id;
    REQUIRE(vulns.remove(first));
    REQUIRE(reg.risks().create(simpleRisk(reg, QStringLiteral("R-2"))));
    CHECK(*vulns.installCatalog() == 0);
    CHECK_FALSE(vulns.find(first)->has_value());
    CHECK(vulns.all()->size() == VulnerabilityCatalog::builtIn().vulnerabilities.size() - 1);
    requireSound(reg);
}
