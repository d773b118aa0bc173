#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>

#include <optional>

namespace daicho {

// "A depends on B" between assets (A is the dependent, B the dependency). The register keeps
// this graph acyclic; this class finds the cycle an edge would close so it can be named.
class DependencyGraph
{
public:
    struct Edge
    {
        qint64 dependent = 0;
        qint64 dependency = 0;
        friend bool operator==(const Edge&, const Edge&) = default;
    };

    DependencyGraph() = default;
    explicit DependencyGraph(const QList<Edge>& edges);

    void addEdge(qint64 dependent, qint64 dependency);
    void removeEdge(qint64 dependent, qint64 dependency);
    void removeNode(qint64 id);
    bool hasEdge(qint64 dependent, qint64 dependency) const;

    const QList<qint64>& dependenciesOf(qint64 id) const; // what id depends on
    const QList<qint64>& dependentsOf(qint64 id) const;   // what depends on id
    QList<Edge> edges() const;

    // If adding "dependent depends on dependency" would close a cycle, the cycle as a list of
    // ids that starts and ends with `dependent` (a self-dependency gives {a, a}).
    std::optional<QList<qint64>> cycleIfAdded(qint64 dependent, qint64 dependency) const;

    // Shortest chain from `from` to `to` following "depends on", inclusive; empty if none.
    QList<qint64> path(qint64 from, qint64 to) const;

    // Any cycle present (the graph from a file edited behind Daicho's back may have one).
    std::optional<QList<qint64>> findCycle() const;

private:
    QHash<qint64, QList<qint64>> m_out; // dependent -> dependencies
    QHash<qint64, QList<qint64>> m_in;  // dependency -> dependents
};

} // namespace daicho
