#include "services/AssetService.h"
#include "services/DemoControls.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/SoaService.h"
#include "services/SoaStats.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace daicho;
using namespace daicho::test;

namespace {

std::unique_ptr<Register> demo()
{
    auto reg = Register::createInMemory({QStringLiteral("demo"), {}});
    REQUIRE(reg);
    Status s = DemoRegister::populate(**reg);
    INFO((s ? QString() : s.error().toString()).toStdString());
    REQUIRE(s);
    return std::move(*reg);
}

} // namespace

TEST_CASE("the demo register holds the seed company's SoA for 2013, 2022 and APPI", "[demo][soa]")
{
    ClockGuard clock;
    auto reg = demo();
    SoaService& soa = reg->soa();
    CHECK(soa.catalogKey() == catalogkey::Iso2022);

    auto e13 = soa.entries(catalogkey::Iso2013);
    REQUIRE(e13);
    CHECK(e13->size() == 114); // the certified SoA: every control decided
    auto gaps13 = soa.completeness(catalogkey::Iso2013);
    REQUIRE(gaps13);
    CHECK(gaps13->isEmpty());

    auto e22 = soa.entries(catalogkey::Iso2022);
    REQUIRE(e22);
    CHECK(e22->size() == 92); // 8.23 web filtering is not decided yet
    auto gaps22 = soa.completeness();
    REQUIRE(gaps22);
    REQUIRE(gaps22->size() == 1);
    CHECK(gaps22->first().controlId == QStringLiteral("8.23"));
    CHECK(gaps22->first().kind == SoaGap::Kind::Undecided);

    int overdue = 0, excluded = 0, planned = 0, riskTreatment = 0;
    for (const SoaEntry& e : std::as_const(*e22)) {
        overdue += e.overdue(clock.clock().today()) ? 1 : 0;
        excluded += e.applicable == false ? 1 : 0;
        planned += e.status == SoaStatus::Planned ? 1 : 0;
        riskTreatment += e.hasReason(SoaReason::RiskTreatment) ? 1 : 0;
        CHECK_FALSE(e.owner.isEmpty());
        CHECK(e.lastReviewed.isValid());
    }
    CHECK(overdue == 1); // 8.12 data leakage prevention
    CHECK(excluded >= 1);
    CHECK(planned >= 2);
    CHECK(riskTreatment >= 10);

    auto appi = soa.entries(catalogkey::AppiSafety);
    REQUIRE(appi);
    CHECK(appi->size() == Catalogs::appi().controls().size());
    for (const SoaEntry& e : std::as_const(*appi)) {
        INFO(e.controlId.toStdString());
        if (e.applicable == true)
            CHECK(e.evidence.contains(QLatin1Char('['))); // a company measure backs it
    }

    auto stats = SoaStats::compute(*reg);
    REQUIRE(stats);
    const QJsonObject s22 =
        stats->value(QStringLiteral("by_catalog")).toObject().value(catalogkey::Iso2022).toObject();
    CHECK(s22.value(QStringLiteral("controls")).toInteger() == 93);
    CHECK(s22.value(QStringLiteral("decided")).toInteger() == 92);
    CHECK(s22.value(QStringLiteral("overdue")).toInteger() == 1);
    CHECK(s22.value(QStringLiteral("to_complete")).toInteger() == 1);
    CHECK(stats->value(QStringLiteral("soa_catalog")).toString() == catalogkey::Iso2022);

    auto check = RegisterCheck::run(*reg);
    REQUIRE(check);
    INFO(check->problems().join(QLatin1Char('\n')).toStdString());
    CHECK(check->ok());
}

TEST_CASE("every company measure from the seed is mapped to Annex A and, where it is one, to "
          "an APPI item",
          "[demo][soa]")
{
    QFile f(DemoControls::resourcePath());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    const QJsonArray measures = root.value(QStringLiteral("measures")).toArray();
    CHECK(measures.size() >= 10);
    int withAppi = 0;
    for (const QJsonValue& v : measures) {
        const QJsonObject m = v.toObject();
        INFO(m.value(QStringLiteral("id")).toString().toStdString());
        const QJsonArray iso = m.value(catalogkey::Iso2022).toArray();
        CHECK_FALSE(iso.isEmpty());
        for (const QJsonValue& id : iso)
            CHECK(Catalogs::iso2022().contains(id.toString()));
        const QJsonArray appi = m.value(catalogkey::AppiSafety).toArray();
        withAppi += appi.isEmpty() ? 0 : 1;
        for (const QJsonValue& id : appi)
            CHECK(Catalogs::appi().contains(id.toString()));
    }
    CHECK(withAppi >= 10);
}

TEST_CASE("the demo applies controls to its assets", "[demo][links]")
{
    ClockGuard clock;
    auto reg = demo();
    auto links = reg->soa().assetLinks();
    REQUIRE(links);
    CHECK(links->size() >= 30);
    auto room = reg->assets().findByCode(QStringLiteral("INT-RM-001"));
    REQUIRE(room);
    REQUIRE(room->has_value());
    auto roomLinks = reg->soa().assetLinks({}, {}, (*room)->id);
    REQUIRE(roomLinks);
    CHECK(roomLinks->contains(
        ControlAssetLink{catalogkey::Iso2022, QStringLiteral("7.3"), (*room)->id}));
}
