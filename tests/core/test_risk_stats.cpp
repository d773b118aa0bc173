#include "risks/RiskStats.h"
#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RegisterStats.h"
#include "services/RiskService.h"
#include "support/TestSupport.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("stats count risks by band, treatment, status and attention", "[risk][stats]")
{
    ClockGuard clock; // 2026-04-01
    auto created = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(created);
    Register& reg = **created;

    auto empty = RiskStats::compute(reg);
    REQUIRE(empty);
    CHECK(empty->value(QStringLiteral("total")).toInteger() == 0);
    CHECK(empty->value(QStringLiteral("method")).toObject().value(QStringLiteral("kind")) ==
          QStringLiteral("ipa"));

    auto asset = reg.assets().create(
        makeAsset(QStringLiteral("A-1"), AssetClass::Internal, AssetSubtype::Data, 3, 1, 1));
    REQUIRE(asset);
    auto risk = [&](const QString& code, int threat, int vulnerability) {
        Risk r;
        r.code = code;
        r.title = code;
        r.assetIds = {asset->id};
        r.scores.threat = threat;
        r.scores.vulnerability = vulnerability;
        return r;
    };
    // 3 × (3,3 → 3) = 9: treat, no treatment chosen.
    REQUIRE(reg.risks().create(risk(QStringLiteral("R-1"), 3, 3)));
    // 3 × (1,1 → 1) = 3: accept under management; reduced, one overdue action.
    Risk reduced = risk(QStringLiteral("R-2"), 1, 1);
    reduced.treatment = RiskTreatment::Reduce;
    reduced.status = RiskStatus::InProgress;
    for (int day : {1, 2}) {
        RiskAction a;
        a.description = QStringLiteral("Action %1").arg(day);
        a.owner = QStringLiteral("IT");
        a.due = QDate(2026, 3, day);
        reduced.actions.append(a);
    }
    reduced.residualScores.threat = 1;
    reduced.residualScores.vulnerability = 1;
    REQUIRE(reg.risks().create(reduced));
    // Not scored at all.
    REQUIRE(reg.risks().create(risk(QStringLiteral("R-3"), 0, 0)));

    auto s = RiskStats::compute(reg);
    REQUIRE(s);
    CHECK(s->value(QStringLiteral("total")).toInteger() == 3);
    const QJsonObject inherent = s->value(QStringLiteral("by_inherent_band")).toObject();
    auto m = reg.risks().method();
    REQUIRE(m);
    REQUIRE(m->bands.size() == 3);
    CHECK(inherent.value(m->bands.at(0).key).toInteger() == 0);
    CHECK(inherent.value(m->bands.at(1).key).toInteger() == 1);
    CHECK(inherent.value(m->bands.at(2).key).toInteger() == 1);
    CHECK(inherent.value(QStringLiteral("not_assessed")).toInteger() == 1);
    const QJsonObject residual = s->value(QStringLiteral("by_residual_band")).toObject();
    CHECK(residual.value(m->bands.at(1).key).toInteger() == 1);
    CHECK(residual.value(QStringLiteral("not_assessed")).toInteger() == 2);
    const QJsonObject treatment = s->value(QStringLiteral("by_treatment")).toObject();
    CHECK(treatment.value(QStringLiteral("reduce")).toInteger() == 1);
    CHECK(treatment.value(QStringLiteral("none")).toInteger() == 2);
    CHECK(s->value(QStringLiteral("by_status")).toObject().value(QStringLiteral("in-progress")) ==
          1);
    const QJsonObject attention = s->value(QStringLiteral("attention")).toObject();
    CHECK(attention.value(QStringLiteral("untreated_above_acceptance")).toInteger() == 1);
    // Two overdue actions of one risk count once.
    CHECK(attention.value(QStringLiteral("actions_overdue")).toInteger() == 1);
    CHECK(attention.value(QStringLiteral("not_assessed")).toInteger() == 1);
    CHECK(attention.value(QStringLiteral("risks")).toInteger() == 3);
    CHECK(s->value(QStringLiteral("asset_links")).toInteger() == 3);
    CHECK(s->value(QStringLiteral("assets_with_risks")).toInteger() == 1);
    CHECK(s->value(QStringLiteral("actions")).toInteger() == 2);
}

TEST_CASE("daicho-cli stats of the demo register includes its risks", "[risk][stats][demo]")
{
    QTemporaryDir dir;
    auto reg = DemoRegister::create(dir.filePath(QStringLiteral("d.daicho")));
    REQUIRE(reg);
    auto all = (*reg)->risks().all();
    REQUIRE(all);
    auto stats = RegisterStats::compute(**reg);
    REQUIRE(stats);
    const QJsonObject risks = stats->value(QStringLiteral("risks")).toObject();
    CHECK(risks.value(QStringLiteral("total")).toInteger() == all->size());
    CHECK(risks.value(QStringLiteral("threats")).toObject().value(QStringLiteral("builtin")) == 18);
    qint64 sum = 0;
    for (const QJsonValue v : risks.value(QStringLiteral("by_treatment")).toObject())
        sum += v.toInteger();
    CHECK(sum == all->size());
}
