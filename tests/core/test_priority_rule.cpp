#include "domain/PriorityRule.h"
#include "support/TestSupport.h"

using namespace daicho;

namespace {

PriorityInput input(qint64 id, AssetClass cls, bool customerPd = false,
                    std::optional<Priority> ov = std::nullopt)
{
    return PriorityInput{id, cls, customerPd, ov};
}

QString describe(qint64 id)
{
    return QStringLiteral("A%1").arg(id);
}

} // namespace

TEST_CASE("base priority by the policy's rule", "[domain][priority]")
{
    struct Row
    {
        AssetClass cls;
        bool customerPersonalData;
        Priority expected;
    };
    const Row table[] = {
        {AssetClass::Customer, true, Priority::P1}, {AssetClass::Customer, false, Priority::P2},
        {AssetClass::Test, true, Priority::P1},     {AssetClass::Test, false, Priority::P3},
        {AssetClass::Internal, true, Priority::P1}, {AssetClass::Internal, false, Priority::P3},
    };
    for (const Row& r : table) {
        const auto results = PriorityRule::compute({input(1, r.cls, r.customerPersonalData)}, {});
        INFO(AssetTerms::key(r.cls).toStdString() << " customerPD=" << r.customerPersonalData);
        CHECK(results.value(1).effective == r.expected);
        CHECK_FALSE(results.value(1).raised());
    }
}

TEST_CASE("staff personal data raises importance, not priority", "[domain][priority]")
{
    Asset hr = test::makeAsset(QStringLiteral("INT-HR-1"));
    hr.personalData = PersonalData::MyNumber;
    hr.customerData = false;
    CHECK(hr.importance() == 3);
    const auto r = PriorityRule::compute({PriorityInput::from(hr)}, {});
    CHECK(r.value(hr.id).effective == Priority::P3);
}

TEST_CASE("test and internal assets are raised along dependencies, across hops",
          "[domain][priority]")
{
    // 1 customer DB with customers' personal data (P1) depends on 2 (internal switch),
    // 2 depends on 3 (internal admin PC), 3 depends on 4 (internal key store).
    // 5 is a customer web server (P2) depending on 6 (test server).
    DependencyGraph g;
    g.addEdge(1, 2);
    g.addEdge(2, 3);
    g.addEdge(3, 4);
    g.addEdge(5, 6);
    const QList<PriorityInput> in{
        input(1, AssetClass::Customer, true), input(2, AssetClass::Internal),
        input(3, AssetClass::Internal),       input(4, AssetClass::Internal),
        input(5, AssetClass::Customer),       input(6, AssetClass::Test),
        input(7, AssetClass::Internal),
    };
    const auto r = PriorityRule::compute(in, g);

    CHECK(r.value(1).effective == Priority::P1);
    CHECK(r.value(2).effective == Priority::P1);
    CHECK(r.value(3).effective == Priority::P1);
    CHECK(r.value(4).effective == Priority::P1);
    CHECK(r.value(4).base == Priority::P3);
    CHECK(r.value(4).raisedThrough == QList<qint64>{3, 2, 1});
    CHECK(r.value(6).effective == Priority::P2);
    CHECK(r.value(6).raisedThrough == QList<qint64>{5});
    CHECK(r.value(7).effective == Priority::P3); // nothing depends on it

    const QString why4 = PriorityRule::explain(r.value(4), r, describe);
    CHECK(why4.contains(QStringLiteral("A1")));           // names the origin
    CHECK(why4.contains(QStringLiteral("A1 → A2 → A3"))); // and the chain
    const QString why6 = PriorityRule::explain(r.value(6), r, describe);
    CHECK(why6.contains(QStringLiteral("A5")));
    CHECK(why6.contains(QStringLiteral("P2")));
}

TEST_CASE("customer assets keep their own priority", "[domain][priority]")
{
    // A P2 customer network depended on by a P1 customer DB stays P2: raising is for test and
    // internal assets (DOMAIN.md §2).
    DependencyGraph g;
    g.addEdge(1, 2);
    const auto r = PriorityRule::compute(
        {input(1, AssetClass::Customer, true), input(2, AssetClass::Customer)}, g);
    CHECK(r.value(2).effective == Priority::P2);
    CHECK_FALSE(r.value(2).raised());
}

TEST_CASE("the highest dependent wins, ties go to the smallest id", "[domain][priority]")
{
    DependencyGraph g;
    g.addEdge(9, 1);
    g.addEdge(3, 1);
    g.addEdge(5, 1);
    const auto r = PriorityRule::compute(
        {input(1, AssetClass::Internal), input(9, AssetClass::Customer, true),
         input(3, AssetClass::Customer), input(5, AssetClass::Customer, true)},
        g);
    CHECK(r.value(1).effective == Priority::P1);
    CHECK(r.value(1).raisedThrough == QList<qint64>{5});
}

TEST_CASE("an override replaces the derived priority and is what dependencies see",
          "[domain][priority][override]")
{
    DependencyGraph g;
    g.addEdge(1, 2); // internal 1 (overridden to P1) depends on internal 2
    const auto r = PriorityRule::compute(
        {input(1, AssetClass::Internal, false, Priority::P1), input(2, AssetClass::Internal)}, g);
    CHECK(r.value(1).overridden);
    CHECK(r.value(1).derived == Priority::P3);
    CHECK(r.value(1).effective == Priority::P1);
    CHECK(r.value(2).effective == Priority::P1);
    CHECK(r.value(2).raisedThrough == QList<qint64>{1}); // stops at the overridden asset

    const QString why =
        PriorityRule::explain(r.value(1), r, describe, QStringLiteral("holds the VPN keys"));
    CHECK(why.contains(QStringLiteral("holds the VPN keys")));
    CHECK(why.contains(QStringLiteral("P3"))); // what the rule would give

    SECTION("an override can also lower")
    {
        const auto low =
            PriorityRule::compute({input(3, AssetClass::Customer, true, Priority::P2)}, {});
        CHECK(low.value(3).effective == Priority::P2);
        CHECK(low.value(3).derived == Priority::P1);
    }
}

TEST_CASE("a cycle in a damaged file does not hang the rule", "[domain][priority]")
{
    DependencyGraph g;
    g.addEdge(1, 2);
    g.addEdge(2, 1);
    const auto r =
        PriorityRule::compute({input(1, AssetClass::Internal), input(2, AssetClass::Internal)}, g);
    CHECK(r.size() == 2);
    CHECK(r.value(1).effective == Priority::P3);
}
