#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/SoaService.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

#include <QSignalSpy>

using namespace daicho;
using namespace daicho::test;

namespace {

std::unique_ptr<Register> makeRegister()
{
    auto reg = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(reg);
    return std::move(*reg);
}

SoaEntry included(const QString& id, SoaStatus status = SoaStatus::Implemented,
                  QList<SoaReason> reasons = {SoaReason::Business})
{
    SoaEntry e;
    e.catalog = catalogkey::Iso2022;
    e.controlId = id;
    e.applicable = true;
    e.reasons = std::move(reasons);
    e.status = status;
    if (status != SoaStatus::Implemented)
        e.targetDate = QDate(2026, 9, 30);
    e.owner = QStringLiteral("情報システム部");
    return e;
}

SoaEntry excluded(const QString& id, const QString& why)
{
    SoaEntry e;
    e.catalog = catalogkey::Iso2022;
    e.controlId = id;
    e.applicable = false;
    e.exclusionJustification = why;
    return e;
}

void requireSound(Register& reg)
{
    auto report = RegisterCheck::run(reg);
    REQUIRE(report);
    INFO(report->problems().join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
}

QList<SoaGap::Kind> gapsOf(const QList<SoaGap>& gaps, const QString& id)
{
    QList<SoaGap::Kind> out;
    for (const SoaGap& g : gaps) {
        if (g.controlId == id)
            out.append(g.kind);
    }
    return out;
}

} // namespace

TEST_CASE("the SoA is kept against 2022 by default, and the register records catalog versions",
          "[soa]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaService& soa = reg->soa();
    CHECK(soa.catalogKey() == catalogkey::Iso2022);
    CHECK(soa.catalog().controls().size() == 93);

    REQUIRE(soa.save(included(QStringLiteral("5.1"))));
    CHECK(*reg->infoValue(infokey::catalogVersion(catalogkey::Iso2022)) ==
          Catalogs::iso2022().version());

    QSignalSpy changed(&soa, &SoaService::catalogChanged);
    REQUIRE(soa.setCatalog(catalogkey::Iso2013));
    CHECK(changed.count() == 1);
    CHECK(soa.catalogKey() == catalogkey::Iso2013);
    CHECK(*reg->infoValue(infokey::catalogVersion(catalogkey::Iso2013)) ==
          Catalogs::iso2013().version());
    REQUIRE(soa.setCatalog(catalogkey::Iso2013)); // unchanged: nothing written
    CHECK(changed.count() == 1);
    CHECK_FALSE(soa.setCatalog(QStringLiteral("nist-800-53")));
    requireSound(*reg);
}

TEST_CASE("saving a decision writes the row and one history entry", "[soa]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaService& soa = reg->soa();
    QSignalSpy spy(&soa, &SoaService::entryChanged);

    SoaEntry e = included(QStringLiteral("8.13"), SoaStatus::Partial,
                          {SoaReason::RiskTreatment, SoaReason::Legal, SoaReason::Legal});
    e.evidence = QStringLiteral("  バックアップ手順書 v3  ");
    e.evidenceLinks = {QStringLiteral("https://intra.example/backup"), QString(),
                       QStringLiteral("/srv/isms/backup-log.xlsx")};
    e.lastReviewed = QDate(2026, 3, 1);
    auto saved = soa.save(e);
    REQUIRE(saved);
    CHECK(saved->reasons == QList<SoaReason>{SoaReason::Legal, SoaReason::RiskTreatment});
    CHECK(saved->evidence == QStringLiteral("バックアップ手順書 v3"));
    CHECK(saved->evidenceLinks.size() == 2);
    CHECK(saved->catalogVersion == Catalogs::iso2022().version());
    CHECK(spy.count() == 1);

    auto found = soa.find(catalogkey::Iso2022, QStringLiteral("8.13"));
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->sameContent(*saved));
    CHECK((*found)->targetDate == QDate(2026, 9, 30));

    auto entries =
        reg->history().entriesFor(history::SoaEntry, catalogkey::Iso2022 + QStringLiteral(":8.13"));
    REQUIRE(entries);
    REQUIRE(entries->size() == 1);
    CHECK(entries->first().action == QStringLiteral("create"));
    CHECK(entries->first().entityLabel == QStringLiteral("8.13"));

    // The same content again writes nothing.
    REQUIRE(soa.save(e));
    CHECK(reg->history()
              .entriesFor(history::SoaEntry, catalogkey::Iso2022 + QStringLiteral(":8.13"))
              ->size() == 1);
    CHECK(spy.count() == 1);

    // A change is an update with before and after.
    e.status = SoaStatus::Implemented;
    REQUIRE(soa.save(e));
    entries =
        reg->history().entriesFor(history::SoaEntry, catalogkey::Iso2022 + QStringLiteral(":8.13"));
    REQUIRE(entries->size() == 2);
    CHECK(entries->last().action == QStringLiteral("update"));
    CHECK(entries->last().before->contains(QStringLiteral("\"partial\"")));
    requireSound(*reg);
}

TEST_CASE("decisions that cannot be stored are refused, naming the field", "[soa]")
{
    ClockGuard clock; // today is 2026-04-01
    auto reg = makeRegister();
    struct Case
    {
        const char* what;
        SoaEntry entry;
        QString field;
    };
    SoaEntry unknown = included(QStringLiteral("5.38"));
    SoaEntry reasonsExcluded = excluded(QStringLiteral("7.4"), QStringLiteral("no site"));
    reasonsExcluded.reasons = {SoaReason::Business};
    SoaEntry statusExcluded = excluded(QStringLiteral("7.4"), QStringLiteral("no site"));
    statusExcluded.status = SoaStatus::Planned;
    SoaEntry justifiedIncluded = included(QStringLiteral("7.4"));
    justifiedIncluded.exclusionJustification = QStringLiteral("because");
    SoaEntry future = included(QStringLiteral("7.4"));
    future.lastReviewed = QDate(2026, 5, 1);
    SoaEntry otherCatalog = included(QStringLiteral("A.5.1.1"));
    SoaEntry noCatalog = included(QStringLiteral("5.1"));
    noCatalog.catalog = QStringLiteral("iso27001-2005");

    const QList<Case> cases{
        {"unknown control", unknown, QStringLiteral("5.38")},
        {"reasons on an excluded control", reasonsExcluded, QStringLiteral("reasons")},
        {"status on an excluded control", statusExcluded, QStringLiteral("status")},
        {"justification on an included control", justifiedIncluded,
         QStringLiteral("exclusion_justification")},
        {"reviewed in the future", future, QStringLiteral("last_reviewed")},
        {"2013 id in the 2022 catalog", otherCatalog, QStringLiteral("A.5.1.1")},
        {"unknown catalog", noCatalog, QStringLiteral("catalog")},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        auto r = reg->soa().save(c.entry);
        REQUIRE_FALSE(r);
        CHECK(r.error().kind == Error::Kind::Invalid);
        CHECK(r.error().field == c.field);
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK(reg->soa().entries(catalogkey::Iso2022)->isEmpty());
    requireSound(*reg);
}

TEST_CASE("completeness: every control decided, exclusions justified, inclusions reasoned",
          "[soa][completeness]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaService& soa = reg->soa();

    auto gaps = soa.completeness();
    REQUIRE(gaps);
    CHECK(gaps->size() == 93);
    for (const SoaGap& g : *gaps)
        CHECK(g.kind == SoaGap::Kind::Undecided);

    SoaEntry noJustification = excluded(QStringLiteral("7.4"), {});
    SoaEntry noReason = included(QStringLiteral("5.1"), SoaStatus::Implemented, {});
    SoaEntry noStatus = included(QStringLiteral("5.2"));
    noStatus.status.reset();
    SoaEntry noTarget = included(QStringLiteral("5.3"), SoaStatus::Planned);
    noTarget.targetDate = {};
    SoaEntry undecided = included(QStringLiteral("5.4"));
    undecided.applicable.reset();
    undecided.reasons.clear();
    undecided.status.reset();
    SoaEntry risk =
        included(QStringLiteral("5.5"), SoaStatus::Implemented, {SoaReason::RiskTreatment});
    for (const SoaEntry& e : {noJustification, noReason, noStatus, noTarget, undecided, risk})
        REQUIRE(soa.save(e));

    gaps = soa.completeness();
    REQUIRE(gaps);
    CHECK(gapsOf(*gaps, QStringLiteral("7.4")) == QList{SoaGap::Kind::NoJustification});
    CHECK(gapsOf(*gaps, QStringLiteral("5.1")) == QList{SoaGap::Kind::NoReason});
    CHECK(gapsOf(*gaps, QStringLiteral("5.2")) == QList{SoaGap::Kind::NoStatus});
    CHECK(gapsOf(*gaps, QStringLiteral("5.3")) == QList{SoaGap::Kind::NoTargetDate});
    CHECK(gapsOf(*gaps, QStringLiteral("5.4")) == QList{SoaGap::Kind::Undecided});
    // No risk treats 5.5 yet (the risk register counts them).
    CHECK(gapsOf(*gaps, QStringLiteral("5.5")) == QList{SoaGap::Kind::RiskTreatmentWithoutRisk});

    // Once a risk register provides the counts, the service applies the rule.
    soa.setLinkedRisks(
        [](const QString& id) { return std::optional<int>(id == QStringLiteral("5.5") ? 0 : 1); });
    gaps = soa.completeness();
    REQUIRE(gaps);
    CHECK(gapsOf(*gaps, QStringLiteral("5.5")) == QList{SoaGap::Kind::RiskTreatmentWithoutRisk});
    soa.setLinkedRisks({});

    // The rule itself, with a risk count supplied.
    const QList<SoaEntry> only{risk};
    const auto noRisks = [](const QString&) {
        return std::optional<int>(0);
    };
    const auto oneRisk = [](const QString&) {
        return std::optional<int>(1);
    };
    CHECK(gapsOf(SoaCompleteness::check(Catalogs::iso2022(), only, noRisks),
                 QStringLiteral("5.5")) == QList{SoaGap::Kind::RiskTreatmentWithoutRisk});
    CHECK(gapsOf(SoaCompleteness::check(Catalogs::iso2022(), only, oneRisk), QStringLiteral("5.5"))
              .isEmpty());

    // A full SoA has no gaps.
    QList<SoaEntry> all;
    for (const CatalogControl& c : Catalogs::iso2022().controls()) {
        all.append(c.id == QStringLiteral("7.4")
                       ? excluded(c.id, QStringLiteral("事務所は共用ビルで監視は管理会社"))
                       : included(c.id));
    }
    auto n =
        soa.saveAll(all, QStringLiteral("test"), QStringLiteral("import"), QStringLiteral("{}"));
    REQUIRE(n);
    gaps = soa.completeness();
    REQUIRE(gaps);
    CHECK(gaps->isEmpty());
    requireSound(*reg);
}

TEST_CASE("clearing and restoring decisions is exact (undo)", "[soa]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaService& soa = reg->soa();
    const SoaEntry first = included(QStringLiteral("6.3"));
    REQUIRE(soa.save(first));
    SoaEntry second = first;
    second.status = SoaStatus::Partial;
    second.targetDate = QDate(2026, 12, 1);

    auto before = soa.find(catalogkey::Iso2022, QStringLiteral("6.3"));
    REQUIRE(soa.save(second));
    REQUIRE(soa.restore(catalogkey::Iso2022, QStringLiteral("6.3"), *before));
    CHECK(soa.find(catalogkey::Iso2022, QStringLiteral("6.3"))->value().sameContent(first));

    auto removed = soa.clear(catalogkey::Iso2022, QStringLiteral("6.3"));
    REQUIRE(removed);
    CHECK_FALSE(soa.find(catalogkey::Iso2022, QStringLiteral("6.3"))->has_value());
    CHECK_FALSE(soa.clear(catalogkey::Iso2022, QStringLiteral("6.3")));
    REQUIRE(soa.restore(catalogkey::Iso2022, QStringLiteral("6.3"), *removed));
    CHECK(soa.find(catalogkey::Iso2022, QStringLiteral("6.3"))->value().sameContent(first));
    REQUIRE(soa.restore(catalogkey::Iso2022, QStringLiteral("6.3"), std::nullopt));
    CHECK_FALSE(soa.find(catalogkey::Iso2022, QStringLiteral("6.3"))->has_value());
    requireSound(*reg);
}

TEST_CASE("many decisions at once are all or nothing", "[soa]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaService& soa = reg->soa();
    const qint64 historyBefore = *reg->history().count();
    QList<SoaEntry> batch{included(QStringLiteral("5.1")), included(QStringLiteral("5.2")),
                          included(QStringLiteral("9.1"))};
    auto r = soa.saveAll(batch, QStringLiteral("import"), QStringLiteral("import"),
                         QStringLiteral("{}"));
    REQUIRE_FALSE(r);
    CHECK(r.error().field == QStringLiteral("9.1"));
    CHECK(soa.entries(catalogkey::Iso2022)->isEmpty());
    CHECK(*reg->history().count() == historyBefore);

    batch.removeLast();
    QSignalSpy reset(&soa, &SoaService::entriesReset);
    r = soa.saveAll(batch, QStringLiteral("import"), QStringLiteral("import"),
                    QStringLiteral("{}"));
    REQUIRE(r);
    CHECK(*r == 2);
    CHECK(reset.count() == 1);
    auto latest = reg->history().latest(1);
    REQUIRE(latest);
    CHECK(latest->first().entityType == history::Event);
    // Nothing changed: nothing written, not even the event.
    r = soa.saveAll(batch, QStringLiteral("import"), QStringLiteral("import"),
                    QStringLiteral("{}"));
    REQUIRE(r);
    CHECK(*r == 0);
    requireSound(*reg);
}

TEST_CASE("overdue: applicable, not implemented, past the target date", "[soa]")
{
    const QDate today(2026, 4, 1);
    SoaEntry e = included(QStringLiteral("8.9"), SoaStatus::Planned);
    e.targetDate = QDate(2026, 3, 31);
    CHECK(e.overdue(today));
    e.targetDate = today;
    CHECK_FALSE(e.overdue(today));
    e.targetDate = QDate(2026, 3, 1);
    e.status = SoaStatus::Implemented;
    CHECK_FALSE(e.overdue(today));
    e.status = SoaStatus::NotImplemented;
    CHECK(e.overdue(today));
    e.targetDate = {};
    CHECK_FALSE(e.overdue(today));
}

TEST_CASE("controls applied to assets, deleting an asset takes its links, undo brings them back",
          "[soa][links]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaService& soa = reg->soa();
    auto db = reg->assets().create(makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer,
                                             AssetSubtype::Physical, 3, 3, 3));
    auto pc = reg->assets().create(makeAsset(QStringLiteral("INT-PC-001")));
    REQUIRE((db && pc));
    REQUIRE(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("8.13"), db->id));
    REQUIRE(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("8.7"), db->id));
    REQUIRE(soa.linkAsset(catalogkey::AppiSafety, QStringLiteral("10-6-1"), db->id));
    REQUIRE(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("8.7"), pc->id));

    auto dup = soa.linkAsset(catalogkey::Iso2022, QStringLiteral("8.7"), pc->id);
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("9.9"), pc->id).error().kind ==
          Error::Kind::Invalid);
    CHECK(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("8.7"), 999).error().kind ==
          Error::Kind::NotFound);
    CHECK(soa.assetLinks({}, {}, db->id)->size() == 3);
    CHECK(soa.assetLinks(catalogkey::Iso2022, QStringLiteral("8.7"))->size() == 2);
    requireSound(*reg);

    QSignalSpy linksChanged(&soa, &SoaService::assetLinksChanged);
    auto deleted = reg->assets().remove(db->id);
    REQUIRE(deleted);
    CHECK(linksChanged.count() >= 1);
    CHECK(soa.assetLinks({}, {}, db->id)->isEmpty());
    CHECK(soa.assetLinks()->size() == 1);
    auto unlinks = reg->history().entriesFor(
        history::ControlAssetLink, QStringLiteral("iso27001-2022:8.13>") + QString::number(db->id));
    REQUIRE(unlinks);
    CHECK(unlinks->last().action == QStringLiteral("unlink"));
    requireSound(*reg);

    REQUIRE(reg->assets().restore(*deleted));
    CHECK(soa.assetLinks({}, {}, db->id)->size() == 3);
    requireSound(*reg);

    REQUIRE(soa.unlinkAsset(catalogkey::Iso2022, QStringLiteral("8.7"), pc->id));
    CHECK(soa.unlinkAsset(catalogkey::Iso2022, QStringLiteral("8.7"), pc->id).error().kind ==
          Error::Kind::NotFound);
    requireSound(*reg);
}

TEST_CASE("plain-SQL edits of the SoA and of links are caught by check", "[soa][check]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaService& soa = reg->soa();
    auto a = reg->assets().create(makeAsset(QStringLiteral("CUS-DB-001")));
    REQUIRE(a);
    REQUIRE(soa.save(included(QStringLiteral("5.15"))));
    REQUIRE(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("5.15"), a->id));
    requireSound(*reg);
    const QSqlDatabase db = reg->database().connection();
    QString expected;

    SECTION("an entry edited")
    {
        REQUIRE(sql::run(db, QStringLiteral("UPDATE soa_entries SET status = 'planned'")));
        expected = QStringLiteral("5.15 differs");
    }
    SECTION("an entry inserted")
    {
        REQUIRE(sql::run(db, QStringLiteral("INSERT INTO soa_entries (catalog, control_id, "
                                            "catalog_version, applicable, updated_at) VALUES "
                                            "('iso27001-2022', '5.16', '2022.1', 0, 'x')")));
        expected = QStringLiteral("5.16 exists but its history has no record");
    }
    SECTION("an entry deleted")
    {
        REQUIRE(sql::run(db, QStringLiteral("DELETE FROM soa_entries")));
        expected = QStringLiteral("5.15 is missing");
    }
    SECTION("a link deleted")
    {
        REQUIRE(sql::run(db, QStringLiteral("DELETE FROM control_asset_links")));
        expected = QStringLiteral("control applied to an asset");
    }
    auto report = RegisterCheck::run(*reg);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->chain.ok());
    CHECK(report->problems().join(QLatin1Char('\n')).contains(expected));
}
