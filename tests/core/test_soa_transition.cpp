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
    CHECK(report->risksWithoutControl.isEmpty());

    // Risks: only one whose band asks for treatment, reduced or undecided, with no control.
    auto risk = [&](const QString& code, int threat, int vulnerability) {
        Risk r;
        r.code = code;
        r.title = code;
        r.assetIds = {p1Bare->id}; // importance 3
        r.scores.threat = threat;
        r.scores.vulnerability = vulnerability;
        return r;
    };
    REQUIRE(reg.risks().create(risk(QStringLiteral("R-3"), 3, 3))); // 9, no control: listed
    Risk treated = risk(QStringLiteral("R-1"), 3, 3);
    treated.treatment = RiskTreatment::Reduce;
    treated.controls = {{catalogkey::Iso2022, QStringLiteral("8.13")}};
    REQUIRE(reg.risks().create(treated)); // a control treats it
    Risk transferred = risk(QStringLiteral("R-2"), 3, 3);
    transferred.treatment = RiskTreatment::Transfer;
    REQUIRE(reg.risks().create(transferred)); // transferred: no control expected
    REQUIRE(reg.risks().create(risk(QStringLiteral("R-4"), 1, 1))); // 3: within management
    Risk reduced = risk(QStringLiteral("R-0"), 2, 3);               // 3 × 2 = 6, reduce
    reduced.treatment = RiskTreatment::Reduce;
    REQUIRE(reg.risks().create(reduced));

    report = SoaCoverage::run(reg, QDate(2026, 4, 1));
    REQUIRE(report);
    QStringList risky;
    for (const Risk& r : report->risksWithoutControl)
        risky.append(r.code);
    CHECK(risky == QStringList{QStringLiteral("R-0"), QStringLiteral("R-3")});
}
