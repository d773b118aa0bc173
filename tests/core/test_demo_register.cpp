#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "support/TestSupport.h"

#include <QSet>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("the demo register is the seed company's, across all classes and subtypes", "[demo]")
{
    QTemporaryDir dir;
    auto reg = DemoRegister::create(dir.filePath(QStringLiteral("demo.daicho")));
    REQUIRE(reg);
    const RegisterInfo info = (*reg)->info();
    CHECK(info.organisation.contains(QStringLiteral("日本ケアコミュニケーションズ")));
    CHECK(info.scope.contains(QStringLiteral("東京センター")));

    auto all = (*reg)->assets().all();
    REQUIRE(all);
    CHECK(all->size() >= 25);
    CHECK(all->size() <= 40);

    QSet<AssetClass> classes;
    QSet<AssetSubtype> subtypes;
    QSet<std::pair<AssetClass, AssetSubtype>> combos;
    int specialCare = 0;
    int myNumber = 0;
    for (const Asset& a : std::as_const(*all)) {
        classes.insert(a.assetClass);
        subtypes.insert(a.subtype);
        combos.insert({a.assetClass, a.subtype});
        CHECK(AssetRules::validate(a).isEmpty());
        CHECK_FALSE(a.owner.isEmpty());
        CHECK_FALSE(a.location.isEmpty());
        specialCare += a.personalData == PersonalData::SpecialCare ? 1 : 0;
        myNumber += a.personalData == PersonalData::MyNumber ? 1 : 0;
    }
    CHECK(classes.size() == 3);
    CHECK(subtypes.size() == 5);
    // Every class has every subtype it admits.
    for (AssetClass c : AssetTerms::classes()) {
        for (AssetSubtype s : AssetTerms::subtypesFor(c))
            CHECK(combos.contains({c, s}));
    }
    CHECK(specialCare >= 2); // care billing data
    CHECK(myNumber >= 1);    // staff My Number records

    auto prio = (*reg)->assets().priorities();
    REQUIRE(prio);
    int p1 = 0, raised = 0;
    for (const PriorityResult& r : std::as_const(prio->results)) {
        p1 += r.effective == Priority::P1 ? 1 : 0;
        raised += r.raised() ? 1 : 0;
    }
    CHECK(p1 >= 3);
    CHECK(raised >= 2); // internal assets the service depends on
    CHECK((*reg)->assets().graph()->edges().size() >= 15);

    const QDate today = Clock::current().today();
    const int overdue = int(std::count_if(all->cbegin(), all->cend(),
                                          [&](const Asset& a) { return a.reviewOverdue(today); }));
    CHECK(overdue >= 1);

    auto report = RegisterCheck::run(**reg);
    REQUIRE(report);
    CHECK(report->ok());
}
