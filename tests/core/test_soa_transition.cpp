#include "catalogs/Catalogs.h"
#include "domain/SoaTransition.h"
#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/RiskService.h"
#include "services/SoaCoverage.h"
#include "services/SoaService.h"
#include "support/TestSupport.h"

#include <algorithm>

using namespace daicho;
using namespace daicho::test;

namespace {

SoaEntry old(const QString& id, bool applicable, std::optional<SoaStatus> status = {},
             QList<SoaReason> reasons = {}, const QString& text = {})
{
    SoaEntry e;
    e.catalog = catalogkey::Iso2013;
    e.controlId = id;
    e.applicable = applicable;
    e.status = applicable ? status.value_or(SoaStatus::Implemented) : std::optional<SoaStatus>();
    e.reasons = applicable && reasons.isEmpty() ? QList<SoaReason>{SoaReason::Business} : reasons;
    if (applicable)
        e.evidence = text;
    else
        e.exclusionJustification = text;
    e.owner = QStringLiteral("総務部");
    return e;
}

const TransitionProposal& proposalFor(const QList<TransitionProposal>& all, const QString& id)
{
    for (const TransitionProposal& p : all) {
        if (p.controlId == id)
            return p;
    }
    FAIL("no proposal for " << id.toStdString());
    return all.first();
}

QList<TransitionProposal> propose(const QList<SoaEntry>& from, const QList<SoaEntry>& to = {})
{
    return SoaTransition::propose(Catalogs::iso2013(), Catalogs::iso2022(),
                                  Catalogs::mapping2013To2022(), from, to);
}

} // namespace

TEST_CASE("transition: one proposal per 2022 control, merged controls with all sources",
          "[soa][transition]")
{
    SoaEntry planned = old(QStringLiteral("A.5.1.2"), true, SoaStatus::Planned, {SoaReason::Legal},
                           QStringLiteral("見直し手順"));
    planned.targetDate = QDate(2026, 6, 30);
    const QList<SoaEntry> from{
        old(QStringLiteral("A.5.1.1"), true, SoaStatus::Implemented, {SoaReason::Business},
            QStringLiteral("方針書")),
        planned,
        old(QStringLiteral("A.11.1.2"), true),
        old(QStringLiteral("A.11.1.6"), false, {}, {}, QStringLiteral("受渡し場所がない")),
        old(QStringLiteral("A.6.2.2"), false, {}, {}, QStringLiteral("テレワークなし")),
        old(QStringLiteral("A.8.3.1"), false, {}, {}, QStringLiteral("媒体を使わない")),
        old(QStringLiteral("A.8.3.2"), false, {}, {}, QStringLiteral("同上")),
        old(QStringLiteral("A.8.3.3"), false, {}, {}, QStringLiteral("同上")),
        old(QStringLiteral("A.11.2.5"), false, {}, {}, QStringLiteral("持出しなし")),
        old(QStringLiteral("A.18.2.3"), true, SoaStatus::Partial),
        old(QStringLiteral("A.12.6.1"), true),
    };
    const auto all = propose(from);
    REQUIRE(all.size() == 93);

    const auto& p51 = proposalFor(all, QStringLiteral("5.1"));
    CHECK(p51.kind == TransitionProposal::Kind::Merged);
    CHECK(p51.sources == QStringList{QStringLiteral("A.5.1.1"), QStringLiteral("A.5.1.2")});
    CHECK(p51.proposed.applicable == true);
    CHECK(p51.proposed.status == SoaStatus::Partial);
    CHECK(p51.proposed.targetDate == QDate(2026, 6, 30));
    CHECK(p51.proposed.reasons == QList<SoaReason>{SoaReason::Legal, SoaReason::Business});
    CHECK(p51.proposed.evidence.contains(QStringLiteral("A.5.1.1: 方針書")));
    CHECK(p51.proposed.evidence.contains(QStringLiteral("A.5.1.2: 見直し手順")));

    const auto& p72 = proposalFor(all, QStringLiteral("7.2"));
    CHECK(p72.kind == TransitionProposal::Kind::Conflict);
    CHECK(p72.proposed.applicable == true);
    CHECK(p72.notes.join(QLatin1Char('\n')).contains(QStringLiteral("A.11.1.6")));

    const auto& p67 = proposalFor(all, QStringLiteral("6.7"));
    CHECK(p67.kind == TransitionProposal::Kind::Carried);
    CHECK(p67.proposed.applicable == false);
    CHECK(p67.proposed.exclusionJustification == QStringLiteral("テレワークなし"));
    CHECK_FALSE(p67.proposed.status.has_value());

    const auto& p710 = proposalFor(all, QStringLiteral("7.10"));
    CHECK(p710.kind == TransitionProposal::Kind::Merged);
    CHECK(p710.sources.size() == 4);
    CHECK(p710.proposed.applicable == false);
    CHECK(p710.proposed.exclusionJustification.contains(QStringLiteral("A.11.2.5: 持出しなし")));

    // A.18.2.3 went to two 2022 controls.
    CHECK(proposalFor(all, QStringLiteral("5.36")).sources.contains(QStringLiteral("A.18.2.3")));
    const auto& p88 = proposalFor(all, QStringLiteral("8.8"));
    CHECK(p88.sources == QStringList{QStringLiteral("A.12.6.1"), QStringLiteral("A.18.2.3")});
    CHECK(p88.proposed.status == SoaStatus::Partial);
    // 5.36 has a source not decided (A.18.2.2) and says so.
    CHECK(proposalFor(all, QStringLiteral("5.36")).undecidedSources ==
          QStringList{QStringLiteral("A.18.2.2")});

    const auto& p57 = proposalFor(all, QStringLiteral("5.7"));
    CHECK(p57.kind == TransitionProposal::Kind::New);
    CHECK_FALSE(p57.ready());

    const auto& p515 = proposalFor(all, QStringLiteral("5.15"));
    CHECK(p515.kind == TransitionProposal::Kind::NoSource);
    CHECK_FALSE(p515.ready());
}

TEST_CASE("merging statuses", "[soa][transition]")
{
    using S = SoaStatus;
    struct Row
    {
        QList<S> in;
        S out;
    };
    const QList<Row> rows{
        {{S::Implemented}, S::Implemented},
        {{S::Implemented, S::Implemented}, S::Implemented},
        {{S::Implemented, S::Planned}, S::Partial},
        {{S::Partial, S::NotImplemented}, S::Partial},
        {{S::Planned, S::NotImplemented}, S::Planned},
        {{S::NotImplemented, S::NotImplemented}, S::NotImplemented},
        {{}, S::NotImplemented},
    };
    for (const Row& r : rows)
        CHECK(SoaTransition::mergeStatus(r.in) == r.out);
}

TEST_CASE("transition from the demo's certified 2013 SoA, confirmed, leaves only the new "
          "controls to decide",
          "[soa][transition][demo]")
{
    ClockGuard clock;
    auto reg = Register::createInMemory({QStringLiteral("demo"), {}});
    REQUIRE(reg);
    REQUIRE(DemoRegister::populate(**reg));
    SoaService& soa = (*reg)->soa();
    auto proposals = soa.proposeTransition();
    REQUIRE(proposals);
    REQUIRE(proposals->size() == 93);
    int ready = 0, fresh = 0, decidedAlready = 0;
    QList<SoaEntry> confirmed;
    for (const TransitionProposal& p : std::as_const(*proposals)) {
        ready += p.ready() ? 1 : 0;
        fresh += p.kind == TransitionProposal::Kind::New ? 1 : 0;
        decidedAlready += p.current ? 1 : 0;
        if (p.ready())
            confirmed.append(p.proposed);
    }
    CHECK(ready == 82);
    CHECK(fresh == 11);
    CHECK(decidedAlready == 92);

    // Into an empty 2022 SoA: clear the demo's 2022 decisions first.
    auto existing = soa.entries(catalogkey::Iso2022);
    REQUIRE(existing);
    for (const SoaEntry& e : std::as_const(*existing))
        REQUIRE(soa.clear(e.catalog, e.controlId));
    auto n = soa.applyTransition(confirmed);
    REQUIRE(n);
    CHECK(*n == 82);
    auto gaps = soa.completeness(catalogkey::Iso2022);
    REQUIRE(gaps);
    QSet<QString> gapIds;
    for (const SoaGap& g : *gaps) {
        CHECK(g.kind == SoaGap::Kind::Undecided);
        gapIds.insert(g.controlId);
    }
    CHECK(gapIds.size() == 11);
    for (const CatalogControl& c : Catalogs::iso2022().controls())
        CHECK(gapIds.contains(c.id) == c.isNew);
    // 6.7 (remote working) stays excluded with the 2013 justification.
    auto p67 = soa.find(catalogkey::Iso2022, QStringLiteral("6.7"));
    REQUIRE(p67->has_value());
    CHECK((*p67)->applicable == false);
    CHECK((*p67)->exclusionJustification.contains(QStringLiteral("テレワーク")));

    auto latest = (*reg)->history().latest(1);
    CHECK(latest->first().action == QStringLiteral("transition"));
    auto check = RegisterCheck::run(**reg);
    REQUIRE(check);
    CHECK(check->ok());

    SoaEntry wrong;
    wrong.catalog = catalogkey::Iso2013;
    wrong.controlId = QStringLiteral("A.5.1.1");
    CHECK_FALSE(soa.applyTransition({wrong}));
}

TEST_CASE("coverage: unprotected P1 assets and overdue controls", "[soa][coverage]")
{
    ClockGuard clock; // today 2026-04-01
    auto created = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(created);
    Register& reg = **created;
    auto p1Protected = reg.assets().create(
        makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer, AssetSubtype::Data));
    auto p1Planned = reg.assets().create(
        makeAsset(QStringLiteral("CUS-DB-002"), AssetClass::Customer, AssetSubtype::Data));
    auto p1Bare = reg.assets().create(
        makeAsset(QStringLiteral("CUS-DB-003"), AssetClass::Customer, AssetSubtype::Data));
    auto p2Bare = reg.assets().create(
        makeAsset(QStringLiteral("CUS-SV-001"), AssetClass::Customer, AssetSubtype::Physical));
    REQUIRE((p1Protected && p1Planned && p1Bare && p2Bare));
    for (const auto& a : {*p1Protected, *p1Planned, *p1Bare}) {
        Asset x = a;
        x.personalData = PersonalData::SpecialCare;
        x.customerData = true;
        REQUIRE(reg.assets().update(x));
    }
    SoaService& soa = reg.soa();
    SoaEntry done;
    done.catalog = catalogkey::Iso2022;
    done.controlId = QStringLiteral("8.13");
    done.applicable = true;
    done.reasons = {SoaReason::Business};
    done.status = SoaStatus::Implemented;
    SoaEntry late = done;
    late.controlId = QStringLiteral("8.12");
    late.status = SoaStatus::Planned;
    late.targetDate = QDate(2026, 3, 1);
    SoaEntry future = late;
    future.controlId = QStringLiteral("8.16");
    future.targetDate = QDate(2026, 5, 1);
    for (const SoaEntry& e : {done, late, future})
        REQUIRE(soa.save(e));
    REQUIRE(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("8.13"), p1Protected->id));
    REQUIRE(soa.linkAsset(catalogkey::Iso2022, QStringLiteral("8.12"), p1Planned->id));

    auto report = SoaCoverage::run(reg, QDate(2026, 4, 1));
    REQUIRE(report);
    QStringList codes;
    for (const Asset& a : report->unprotectedP1)
        codes.append(a.code);
    codes.sort();
    CHECK(codes == QStringList{QStringLiteral("CUS-DB-002"), QStringLiteral("CUS-DB-003")});
    REQUIRE(report->overdue.size() == 1);
    CHECK(report->overdue.first().controlId == QStringLiteral("8.12"));
    CHECK(report->unplannedRisks.isEmpty());
}

TEST_CASE("coverage: risks above the acceptance band with no planned control", "[soa][coverage]")
{
    ClockGuard clock; // today 2026-04-01
    auto created = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(created);
    Register& reg = **created;
    Asset db = makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer, AssetSubtype::Data);
    db.personalData = PersonalData::SpecialCare; // importance 3
    db.customerData = true;
    auto asset = reg.assets().create(db);
    REQUIRE(asset);

    SoaService& soa = reg.soa();
    auto decide = [&soa](const QString& id, bool applicable, std::optional<SoaStatus> status) {
        SoaEntry e;
        e.catalog = catalogkey::Iso2022;
        e.controlId = id;
        e.applicable = applicable;
        if (applicable) {
            e.reasons = {SoaReason::RiskTreatment};
            e.status = status;
            e.targetDate = QDate(2026, 9, 30);
        } else {
            e.exclusionJustification = QStringLiteral("対象業務なし");
        }
        REQUIRE(soa.save(e));
    };
    decide(QStringLiteral("8.13"), true, SoaStatus::Implemented);
    decide(QStringLiteral("8.7"), true, SoaStatus::Partial);
    decide(QStringLiteral("8.12"), true, SoaStatus::Planned);
    decide(QStringLiteral("8.16"), true, SoaStatus::NotImplemented);
    decide(QStringLiteral("7.10"), false, std::nullopt);

    // IPA: threat 3 × vulnerability 2 → likelihood 2; importance 3 → value 6, "treat".
    auto risk = [&](const QString& code, QStringList controls, int threat = 3) {
        Risk r;
        r.code = code;
        r.title = QStringLiteral("リスク ") + code;
        r.assetIds = {asset->id};
        r.scores.threat = threat;
        r.scores.vulnerability = threat == 1 ? 1 : 2;
        r.owner = QStringLiteral("システム運用部長");
        for (const QString& c : controls)
            r.controls.append({catalogkey::Iso2022, c});
        return r;
    };
    QList<Risk> risks = {
        risk(QStringLiteral("R-01"), {}),                       // nothing named: listed
        risk(QStringLiteral("R-02"), {QStringLiteral("8.13")}), // implemented
        risk(QStringLiteral("R-03"), {QStringLiteral("8.7")}),  // partial
        risk(QStringLiteral("R-04"), {QStringLiteral("8.12")}), // planned
        risk(QStringLiteral("R-05"), {QStringLiteral("8.16")}), // not implemented: listed
        risk(QStringLiteral("R-06"), {QStringLiteral("7.10")}), // not applicable: listed
        risk(QStringLiteral("R-07"), {}, 1),                    // value 3: under management
        risk(QStringLiteral("R-08"), {}),                       // closed
        risk(QStringLiteral("R-09"), {}),                       // accepted by its owner
        risk(QStringLiteral("R-10"),
             {QStringLiteral("8.16"), QStringLiteral("8.12")}), // one planned
        risk(QStringLiteral("R-11"), {}),                       // transferred
        risk(QStringLiteral("R-12"), {}),                       // avoided
        risk(QStringLiteral("R-13"), {}),                       // to be reduced, nothing named
    };
    risks[7].status = RiskStatus::Closed;
    risks[8].treatment = RiskTreatment::Accept;
    risks[8].acceptanceApprover = QStringLiteral("代表取締役");
    risks[8].acceptanceDate = QDate(2026, 3, 1);
    risks[8].acceptanceReason = QStringLiteral("費用対効果");
    risks[8].status = RiskStatus::Accepted;
    risks[10].treatment = RiskTreatment::Transfer;
    risks[10].treatmentPlan = QStringLiteral("サイバー保険");
    risks[11].treatment = RiskTreatment::Avoid;
    risks[11].treatmentPlan = QStringLiteral("当該業務を廃止");
    risks[12].treatment = RiskTreatment::Reduce;
    for (const Risk& r : risks)
        REQUIRE(reg.risks().create(r));

    auto report = SoaCoverage::run(reg, QDate(2026, 4, 1));
    REQUIRE(report);
    QStringList codes;
    for (const Risk& r : report->unplannedRisks)
        codes.append(r.code);
    CHECK(codes == QStringList{QStringLiteral("R-01"), QStringLiteral("R-05"),
                               QStringLiteral("R-06"), QStringLiteral("R-13")});

    // Planning a control for R-05 takes it off the list; excluding 8.13 puts R-02 on it.
    decide(QStringLiteral("8.16"), true, SoaStatus::Planned);
    decide(QStringLiteral("8.13"), false, std::nullopt);
    report = SoaCoverage::run(reg, QDate(2026, 4, 1));
    REQUIRE(report);
    codes.clear();
    for (const Risk& r : report->unplannedRisks)
        codes.append(r.code);
    CHECK(codes == QStringList{QStringLiteral("R-01"), QStringLiteral("R-02"),
                               QStringLiteral("R-06"), QStringLiteral("R-13")});
}

TEST_CASE("link integrity: deleting a risk takes its control links, restoring brings them back",
          "[soa][risk][links]")
{
    ClockGuard clock;
    auto created = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(created);
    Register& reg = **created;
    auto asset = reg.assets().create(
        makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer, AssetSubtype::Data));
    REQUIRE(asset);
    SoaEntry e;
    e.catalog = catalogkey::Iso2022;
    e.controlId = QStringLiteral("8.13");
    e.applicable = true;
    e.reasons = {SoaReason::RiskTreatment};
    e.status = SoaStatus::Implemented;
    REQUIRE(reg.soa().save(e));
    auto riskGap = [&reg]() {
        auto gaps = reg.soa().completeness();
        REQUIRE(gaps);
        return std::any_of(gaps->cbegin(), gaps->cend(), [](const SoaGap& g) {
            return g.controlId == u"8.13" && g.kind == SoaGap::Kind::RiskTreatmentWithoutRisk;
        });
    };
    REQUIRE(riskGap()); // chosen for risk treatment, but no risk names it yet

    Risk r;
    r.code = QStringLiteral("R-01");
    r.title = QStringLiteral("バックアップ媒体の紛失");
    r.assetIds = {asset->id};
    r.scores.threat = 2;
    r.scores.vulnerability = 2;
    r.controls = {{catalogkey::Iso2022, QStringLiteral("8.13")},
                  {catalogkey::AppiSafety, QStringLiteral("10-6-1")}};
    auto made = reg.risks().create(r);
    REQUIRE(made);
    CHECK_FALSE(riskGap());

    auto removed = reg.risks().remove(made->id);
    REQUIRE(removed);
    CHECK(riskGap()); // the link went with the risk
    auto check = RegisterCheck::run(reg);
    REQUIRE(check);
    CHECK(check->ok());

    auto back = reg.risks().restore(*removed);
    REQUIRE(back);
    CHECK(back->id == made->id);
    CHECK(back->controls == made->controls);
    CHECK_FALSE(riskGap());
    check = RegisterCheck::run(reg);
    REQUIRE(check);
    CHECK(check->ok());
}
