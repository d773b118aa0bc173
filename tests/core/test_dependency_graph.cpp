#include "domain/DependencyGraph.h"
#include "support/TestSupport.h"

using namespace daicho;

TEST_CASE("an edge that would close a cycle is found with the whole cycle", "[domain][graph]")
{
    DependencyGraph g;
    g.addEdge(1, 2);
    g.addEdge(2, 3);
    g.addEdge(3, 4);

    CHECK(g.cycleIfAdded(4, 1) == QList<qint64>{4, 1, 2, 3, 4});
    CHECK(g.cycleIfAdded(3, 1) == QList<qint64>{3, 1, 2, 3});
    CHECK(g.cycleIfAdded(2, 2) == QList<qint64>{2, 2});
    CHECK_FALSE(g.cycleIfAdded(1, 4)); // a shortcut, not a cycle
    CHECK_FALSE(g.cycleIfAdded(5, 1));
}

TEST_CASE("graph edits and queries", "[domain][graph]")
{
    DependencyGraph g({{1, 2}, {1, 3}, {3, 4}});
    CHECK(g.hasEdge(1, 2));
    CHECK_FALSE(g.hasEdge(2, 1));
    CHECK(g.dependenciesOf(1) == QList<qint64>{2, 3});
    CHECK(g.dependentsOf(4) == QList<qint64>{3});
    CHECK(g.path(1, 4) == QList<qint64>{1, 3, 4});
    CHECK(g.path(4, 1).isEmpty());

    g.removeNode(3);
    CHECK(g.dependenciesOf(1) == QList<qint64>{2});
    CHECK(g.dependentsOf(4).isEmpty());
    g.removeEdge(1, 2);
    CHECK(g.edges().isEmpty());
}

TEST_CASE("findCycle reports a cycle present in the data", "[domain][graph]")
{
    DependencyGraph g({{1, 2}, {2, 3}});
    CHECK_FALSE(g.findCycle());
    g.addEdge(3, 1);
    const auto cycle = g.findCycle();
    REQUIRE(cycle);
    CHECK(cycle->size() == 4);
    CHECK(cycle->first() == cycle->last());
}
