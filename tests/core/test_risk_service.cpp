#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/RiskService.h"
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

void requireSound(Register& reg)
{
    auto report = RegisterCheck::run(reg);
    REQUIRE(report);
    INFO(report->problems().join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
}

qint64 addAsset(Register& reg, const QString& code, int c, int i = 1, int a = 1)
{
    auto asset =
        reg.assets().create(makeAsset(code, AssetClass::Internal, AssetSubtype::Data, c, i, a));
    REQUIRE(asset);
    return asset->id;
}

Risk ipaRisk(const QString& code, QList<qint64> assets, int threat, int vulnerability)
{
    Risk r;
    r.code = code;
    r.title = QStringLiteral("Risk ") + code;
    r.assetIds = std::move(assets);
    r.scores.threat = threat;
    r.scores.vulnerability = vulnerability;
    r.owner = QStringLiteral("情報システム部長");
    return r;
}

QString levelOf(const Risk& r, const RiskMethod& m)
{
    return r.inherent && r.inherent->band >= 0 ? m.band(r.inherent->band).key : QString();
}

} // namespace

TEST_CASE("a risk is scored by IPA's method from its assets' importance", "[risk][service]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    RiskService& risks = reg->risks();
    const qint64 db = addAsset(*reg, QStringLiteral("DB-1"), 3);
    const qint64 pc = addAsset(*reg, QStringLiteral("PC-1"), 1, 2);

    QSignalSpy added(&risks, &RiskService::riskAdded);
    auto r = risks.create(ipaRisk(QStringLiteral("R-1"), {pc, db}, 3, 2));
    REQUIRE(r);
    CHECK(added.count() == 1);
    REQUIRE(r->inherent);
    CHECK(r->inherent->likelihood == 2);
    CHECK(r->inherent->impact == 3); // the higher importance of the two assets
    CHECK(r->inherent->value == 6);
    auto m = risks.method();
    REQUIRE(m);
    CHECK(m->version == 1); // stored with the first risk
    CHECK(r->methodVersion == 1);
    CHECK(levelOf(*r, *m) == u"treat");
    CHECK(r->assetIds == QList<qint64>{db, pc});

    // Stored as scored; history has one create entry; check is sound.
    auto again = risks.find(r->id);
    REQUIRE(again);
    REQUIRE(again->has_value());
    CHECK((*again)->inherent == r->inherent);
    auto hist = risks.historyOf(r->id);
    REQUIRE(hist);
    REQUIRE(hist->size() == 1);
    CHECK(hist->first().action == u"create");
    requireSound(*reg);
}

TEST_CASE("risk validation names the field, codes are unique", "[risk][service]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    const qint64 a = addAsset(*reg, QStringLiteral("A-1"), 2);
    RiskService& risks = reg->risks();

    auto noAssets = risks.create(ipaRisk(QStringLiteral("R-1"), {}, 2, 2));
    REQUIRE_FALSE(noAssets);
    CHECK(noAssets.error().field == u"assets");
    auto badLevel = risks.create(ipaRisk(QStringLiteral("R-1"), {a}, 4, 2));
    REQUIRE_FALSE(badLevel);
    CHECK(badLevel.error().field == u"threat_level");
    auto ghost = risks.create(ipaRisk(QStringLiteral("R-1"), {a, 999}, 2, 2));
    REQUIRE_FALSE(ghost);
    CHECK(ghost.error().field == u"assets");

    REQUIRE(risks.create(ipaRisk(QStringLiteral("R-1"), {a}, 2, 2)));
    auto dup = risks.create(ipaRisk(QStringLiteral("r-1"), {a}, 2, 2));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(reg->history().count().value() > 0);
    requireSound(*reg);
}

TEST_CASE("treatment, actions, residual and acceptance are stored and checked", "[risk][service]")
{
    ClockGuard clock; // 2026-04-01
    auto reg = makeRegister();
    const qint64 a = addAsset(*reg, QStringLiteral("A-1"), 3);
    RiskService& risks = reg->risks();
    Risk r = ipaRisk(QStringLiteral("R-1"), {a}, 3, 3);
    r.treatment = RiskTreatment::Reduce;
    r.treatmentPlan = QStringLiteral("MFA for the admin console");
    r.actions = {
        {QStringLiteral("Enable MFA"),
         QStringLiteral("情シス"),
         QDate(2026, 3, 31),
         ActionStatus::Open,
         {}},
        {QStringLiteral("Audit accounts"), {}, QDate(2026, 6, 30), ActionStatus::Open, {}}};
    r.controls = {{QStringLiteral("iso27001-2022"), QStringLiteral("8.5")}};
    r.residualScores.threat = 3;
    r.residualScores.vulnerability = 1;
    r.nextReview = QDate(2026, 10, 1);
    auto stored = risks.create(r);
    REQUIRE(stored);
    REQUIRE(stored->residual);
    CHECK(stored->inherent->value == 9);
    CHECK(stored->residual->value == 3);
    auto found = risks.find(stored->id);
    REQUIRE(found);
    CHECK((*found)->actions == stored->actions);
    CHECK((*found)->controls == stored->controls);
    auto m = risks.method();
    REQUIRE(m);

    // One action is overdue on 2026-04-01.
    auto attention = RiskAttention::of(**found, *m, QDate(2026, 4, 1));
    REQUIRE(attention.size() == 1);
    CHECK(attention.first().kind == RiskAttentionKind::ActionOverdue);

    // The SoA's risk-treatment rule now counts this risk for 8.5.
    auto counts = risks.controlRiskCounts(QStringLiteral("iso27001-2022"));
    REQUIRE(counts);
    CHECK(counts->value(QStringLiteral("8.5")) == 1);
    requireSound(*reg);
}

TEST_CASE("acceptance expires, untreated risks above the acceptance band need attention",
          "[risk][service]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    const qint64 a = addAsset(*reg, QStringLiteral("A-1"), 3);
    RiskService& risks = reg->risks();
    auto m = risks.method();
    REQUIRE(m);

    auto untreated = risks.create(ipaRisk(QStringLiteral("R-1"), {a}, 3, 3));
    REQUIRE(untreated);
    auto att = RiskAttention::of(*untreated, *m, QDate(2026, 4, 1));
    REQUIRE(att.size() == 1);
    CHECK(att.first().kind == RiskAttentionKind::UntreatedAboveAccept);

    Risk acc = ipaRisk(QStringLiteral("R-2"), {a}, 3, 3);
    acc.treatment = RiskTreatment::Accept;
    acc.status = RiskStatus::Accepted;
    acc.acceptanceApprover = QStringLiteral("代表取締役");
    acc.acceptanceDate = QDate(2025, 4, 1);
    acc.acceptanceExpiry = QDate(2026, 3, 31);
    acc.acceptanceReason = QStringLiteral("Replacement planned next year");
    auto accepted = risks.create(acc);
    REQUIRE(accepted);
    struct Row
    {
        QDate today;
        bool expired;
    };
    const Row table[] = {{QDate(2026, 3, 30), false},
                         {QDate(2026, 3, 31), false}, // valid through its expiry date
                         {QDate(2026, 4, 1), true}};
    for (const Row& row : table) {
        INFO(row.today.toString(Qt::ISODate).toStdString());
        CHECK(accepted->acceptanceExpired(row.today) == row.expired);
        const auto kinds = RiskAttention::of(*accepted, *m, row.today);
        const bool flagged = std::any_of(kinds.cbegin(), kinds.cend(), [](const RiskAttention& x) {
            return x.kind == RiskAttentionKind::AcceptanceExpired;
        });
        CHECK(flagged == row.expired);
    }

    Risk backwards = acc;
    backwards.code = QStringLiteral("R-3");
    backwards.acceptanceExpiry = QDate(2025, 1, 1);
    auto refused = risks.create(backwards);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == u"acceptance_expiry");

    Risk unapproved = acc;
    unapproved.code = QStringLiteral("R-4");
    unapproved.acceptanceApprover.clear();
    unapproved.status = RiskStatus::Open;
    auto u = risks.create(unapproved);
    REQUIRE(u);
    auto ua = RiskAttention::of(*u, *m, QDate(2025, 6, 1));
    REQUIRE(ua.size() == 1);
    CHECK(ua.first().kind == RiskAttentionKind::AcceptanceNotApproved);
}

TEST_CASE("changing an asset's CIA or personal data re-scores its risks in the same action",
          "[risk][service]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    const qint64 a = addAsset(*reg, QStringLiteral("A-1"), 1);
    const qint64 other = addAsset(*reg, QStringLiteral("B-1"), 1);
    RiskService& risks = reg->risks();
    auto r = risks.create(ipaRisk(QStringLiteral("R-1"), {a}, 3, 3));
    REQUIRE(r);
    auto unrelated = risks.create(ipaRisk(QStringLiteral("R-2"), {other}, 3, 3));
    REQUIRE(unrelated);
    CHECK(r->inherent->value == 3);

    QSignalSpy reset(&risks, &RiskService::risksReset);
    Asset asset = *reg->assets().find(a).value();
    asset.confidentiality = 2;
    REQUIRE(reg->assets().update(asset));
    CHECK(reset.count() == 1);
    auto after = risks.find(r->id);
    REQUIRE(after);
    CHECK((*after)->inherent->value == 6);

    // Personal data forces importance 3.
    asset.personalData = PersonalData::SpecialCare;
    REQUIRE(reg->assets().update(asset));
    CHECK(risks.find(r->id).value()->inherent->value == 9);

    // The re-score shares the asset update's operation and names why.
    auto hist = risks.historyOf(r->id);
    REQUIRE(hist);
    REQUIRE(hist->size() == 3);
    CHECK(hist->last().action == u"rescore");
    CHECK(hist->last().note.contains(QStringLiteral("A-1")));
    auto assetHist = reg->assets().historyOf(a);
    REQUIRE(assetHist);
    CHECK(assetHist->last().op == hist->last().op);

    // A change that keeps the importance writes nothing for the risk.
    asset.notes = QStringLiteral("moved");
    REQUIRE(reg->assets().update(asset));
    CHECK(risks.historyOf(r->id)->size() == 3);
    CHECK(risks.historyOf(unrelated->id)->size() == 1);
    requireSound(*reg);
}

TEST_CASE("deleting an asset takes it off its risks, restoring puts it back", "[risk][service]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    const qint64 big = addAsset(*reg, QStringLiteral("BIG"), 3);
    const qint64 small = addAsset(*reg, QStringLiteral("SMALL"), 1);
    RiskService& risks = reg->risks();
    auto r = risks.create(ipaRisk(QStringLiteral("R-1"), {big, small}, 3, 3));
    REQUIRE(r);
    CHECK(r->inherent->value == 9);

    auto deleted = reg->assets().remove(big);
    REQUIRE(deleted);
    auto without = risks.find(r->id);
    REQUIRE(without);
    CHECK((*without)->assetIds == QList<qint64>{small});
    CHECK((*without)->inherent->value == 3); // re-scored on what is left
    requireSound(*reg);

    REQUIRE(reg->assets().restore(*deleted));
    auto back = risks.find(r->id);
    REQUIRE(back);
    CHECK((*back)->assetIds == QList<qint64>{big, small});
    CHECK((*back)->inherent->value == 9);
    requireSound(*reg);
}

TEST_CASE("removing and restoring a risk keeps its id, history is sound", "[risk][service]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    const qint64 a = addAsset(*reg, QStringLiteral("A-1"), 2);
    RiskService& risks = reg->risks();
    Risk in = ipaRisk(QStringLiteral("R-1"), {a}, 2, 3);
    in.actions = {{QStringLiteral("Patch"), {}, QDate(2026, 5, 1), ActionStatus::Open, {}}};
    auto r = risks.create(in);
    REQUIRE(r);
    auto removed = risks.remove(r->id);
    REQUIRE(removed);
    CHECK_FALSE(risks.find(r->id)->has_value());
    requireSound(*reg);
    auto back = risks.restore(*removed);
    REQUIRE(back);
    CHECK(back->id == r->id);
    CHECK(back->sameContent(*r));
    requireSound(*reg);

    // Update: unchanged content writes nothing.
    const qint64 before = reg->history().count().value();
    REQUIRE(risks.update(*back));
    CHECK(reg->history().count().value() == before);
    Risk edited = *back;
    edited.treatment = RiskTreatment::Transfer;
    edited.treatmentPlan = QStringLiteral("Cyber insurance");
    auto updated = risks.update(edited);
    REQUIRE(updated);
    CHECK(updated->treatment == RiskTreatment::Transfer);
    CHECK(reg->history().count().value() == before + 1);
    requireSound(*reg);
}

TEST_CASE("a method change preview is exactly what applying it writes", "[risk][service][method]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    RiskService& risks = reg->risks();
    const qint64 hi = addAsset(*reg, QStringLiteral("HI"), 3);
    const qint64 mid = addAsset(*reg, QStringLiteral("MID"), 2);
    const qint64 lo = addAsset(*reg, QStringLiteral("LO"), 1);
    int n = 0;
    for (qint64 asset : {hi, mid, lo}) {
        for (int t = 1; t <= 3; ++t) {
            for (int v = 1; v <= 3; ++v) {
                Risk r = ipaRisk(QStringLiteral("R-%1").arg(++n), {asset}, t, v);
                if (n % 4 == 0) {
                    r.residualScores.threat = 1;
                    r.residualScores.vulnerability = 1;
                }
                REQUIRE(risks.create(r));
            }
        }
    }
    Risk unscored = ipaRisk(QStringLiteral("R-X"), {hi}, 0, 0);
    REQUIRE(risks.create(unscored));

    // First IPA with a stricter band, then a 5x5 matrix, then back to IPA.
    RiskMethod strict = RiskMethod::ipaDefault();
    strict.bands[0].max = 1;
    strict.bands[1].min = 2;
    const QList<RiskMethod> changes{strict, RiskMethod::matrixDefault(5), RiskMethod::ipaDefault()};
    int expectedVersion = 1;
    for (const RiskMethod& next : changes) {
        auto preview = risks.previewMethod(next);
        REQUIRE(preview);
        REQUIRE(preview->size() == n + 1);
        QSignalSpy changed(&risks, &RiskService::methodChanged);
        auto version = risks.applyMethod(next, QStringLiteral("annual review"));
        REQUIRE(version);
        CHECK(*version == ++expectedVersion);
        CHECK(changed.count() == 1);
        auto method = risks.method();
        REQUIRE(method);
        CHECK(method->version == *version);
        for (const MethodChangePreview& p : std::as_const(*preview)) {
            auto r = risks.find(p.riskId);
            REQUIRE(r);
            INFO(p.code.toStdString());
            CHECK((*r)->methodVersion == *version);
            CHECK((*r)->inherent == p.after);
            CHECK((*r)->residual == p.residualAfter);
            CHECK((*r)->scores == p.newScores);
            if (p.after)
                CHECK(method->bandLabel((*r)->inherent->band) == p.afterLevel);
        }
        requireSound(*reg);
    }
    // The round trip through the matrix gives the IPA results back.
    auto all = risks.all();
    REQUIRE(all);
    for (const Risk& r : std::as_const(*all)) {
        if (r.code == u"R-X") {
            CHECK_FALSE(r.inherent);
            continue;
        }
        const int importance = *risks.importanceOf(r.assetIds);
        CHECK(r.inherent->value == importance * RiskMethod::ipaDefault().likelihoodFor(
                                                    r.scores.threat, r.scores.vulnerability));
    }
    // Unchanged method: no new version.
    CHECK(*risks.applyMethod(RiskMethod::ipaDefault()) == expectedVersion);
    CHECK(risks.methodVersions()->size() == expectedVersion);
    // An invalid method is refused and nothing is written.
    RiskMethod broken = RiskMethod::matrixDefault(4);
    broken.bands.removeLast();
    CHECK_FALSE(risks.previewMethod(broken));
    CHECK_FALSE(risks.applyMethod(broken));
    CHECK(risks.methodVersions()->size() == expectedVersion);
}

TEST_CASE("the strict band of a method change moves levels as previewed", "[risk][service][method]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    RiskService& risks = reg->risks();
    const qint64 a = addAsset(*reg, QStringLiteral("A"), 2);
    auto r = risks.create(ipaRisk(QStringLiteral("R-1"), {a}, 1, 1)); // value 2: accept
    REQUIRE(r);
    RiskMethod strict = RiskMethod::ipaDefault();
    strict.bands[0].max = 1;
    strict.bands[1].min = 2;
    auto preview = risks.previewMethod(strict);
    REQUIRE(preview);
    REQUIRE(preview->size() == 1);
    CHECK(preview->first().beforeLevel == RiskMethodTerms::bandKeyLabel(QStringLiteral("accept")));
    CHECK(preview->first().afterLevel == RiskMethodTerms::bandKeyLabel(QStringLiteral("manage")));
}

TEST_CASE("threats: create, edit, refuse removing one in use", "[risk][service][threat]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    RiskService& risks = reg->risks();
    Threat t;
    t.code = QStringLiteral("T-X");
    t.nameJa = QStringLiteral("不正アクセス");
    t.nameEn = QStringLiteral("Unauthorised access");
    t.category = QStringLiteral("deliberate");
    auto created = risks.createThreat(t);
    REQUIRE(created);
    Threat dup = t;
    CHECK_FALSE(risks.createThreat(dup));
    Threat bad = t;
    bad.code = QStringLiteral("T-Y");
    bad.category = QStringLiteral("martian");
    CHECK_FALSE(risks.createThreat(bad));

    const qint64 a = addAsset(*reg, QStringLiteral("A"), 2);
    Risk r = ipaRisk(QStringLiteral("R-1"), {a}, 2, 2);
    r.threatId = created->id;
    REQUIRE(risks.create(r));
    auto refused = risks.removeThreat(created->id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);

    Threat edited = *created;
    edited.nameEn = QStringLiteral("Unauthorized access");
    REQUIRE(risks.updateThreat(edited));
    requireSound(*reg);
}

TEST_CASE("plain-SQL edits of risks, their links and threats are caught by check", "[risk][check]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    RiskService& risks = reg->risks();
    const qint64 a = addAsset(*reg, QStringLiteral("A"), 2);
    const qint64 b = addAsset(*reg, QStringLiteral("B"), 3);
    Threat t;
    t.code = QStringLiteral("T-1");
    t.nameEn = QStringLiteral("Malware");
    REQUIRE(risks.createThreat(t));
    Risk in = ipaRisk(QStringLiteral("R-1"), {a}, 2, 2);
    in.actions = {{QStringLiteral("Patch"), {}, QDate(2026, 5, 1), ActionStatus::Open, {}}};
    REQUIRE(risks.create(in));
    requireSound(*reg);

    struct Edit
    {
        const char* sql;
        const char* expected;
    };
    const Edit edit =
        GENERATE(Edit{"UPDATE risks SET value = 1", "risk R-1 differs"},
                 Edit{"UPDATE risks SET owner = 'someone else'", "risk R-1 differs"},
                 Edit{"INSERT INTO risk_assets (risk_id, asset_id) SELECT id, 2 FROM risks",
                      "risk R-1 differs"},
                 Edit{"UPDATE risk_actions SET status = 'done'", "risk R-1 differs"},
                 Edit{"INSERT INTO risk_controls (risk_id, catalog, control_id) SELECT id, "
                      "'iso27001-2022', '5.1' FROM risks",
                      "risk R-1 differs"},
                 Edit{"DELETE FROM risks", "R-1 is missing"},
                 Edit{"UPDATE threats SET name_en = 'Worms'", "threat T-1 differs"},
                 Edit{"UPDATE risk_method_versions SET definition = replace(definition, "
                      "'\"name\":\"\"', '\"name\":\"x\"')",
                      "risk assessment method"});
    Q_UNUSED(b);
    INFO(edit.sql);
    const QSqlDatabase db = reg->database().connection();
    REQUIRE(sql::run(db, QString::fromLatin1(edit.sql)));
    auto report = RegisterCheck::run(*reg);
    REQUIRE(report);
    CHECK_FALSE(report->ok());
    CHECK(report->chain.ok());
    const QString problems = report->problems().join(QLatin1Char('\n'));
    INFO(problems.toStdString());
    CHECK(problems.contains(QString::fromLatin1(edit.expected)));
}

TEST_CASE("the SoA's risk-treatment rule counts linked risks", "[risk][soa]")
{
    ClockGuard clock;
    auto reg = makeRegister();
    SoaEntry e;
    e.catalog = QStringLiteral("iso27001-2022");
    e.controlId = QStringLiteral("8.7");
    e.applicable = true;
    e.reasons = {SoaReason::RiskTreatment};
    e.status = SoaStatus::Implemented;
    REQUIRE(reg->soa().save(e));
    auto gapsOf87 = [&]() {
        QList<SoaGap::Kind> out;
        auto gaps = reg->soa().completeness();
        REQUIRE(gaps);
        for (const SoaGap& g : std::as_const(*gaps))
            if (g.controlId == u"8.7")
                out.append(g.kind);
        return out;
    };
    CHECK(gapsOf87().contains(SoaGap::Kind::RiskTreatmentWithoutRisk));
    const qint64 a = addAsset(*reg, QStringLiteral("A"), 2);
    Risk r = ipaRisk(QStringLiteral("R-1"), {a}, 3, 3);
    r.controls = {{QStringLiteral("iso27001-2022"), QStringLiteral("8.7")}};
    REQUIRE(reg->risks().create(r));
    CHECK_FALSE(gapsOf87().contains(SoaGap::Kind::RiskTreatmentWithoutRisk));
}
