#include "DependencyGraph.h"

#include <QQueue>

namespace daicho {

namespace {
const QList<qint64> s_none;
}

DependencyGraph::DependencyGraph(const QList<Edge>& edges)
{
    for (const Edge& e : edges)
        addEdge(e.dependent, e.dependency);
}

void DependencyGraph::addEdge(qint64 dependent, qint64 dependency)
{
    if (hasEdge(dependent, dependency))
        return;
    m_out[dependent].append(dependency);
    m_in[dependency].append(dependent);
}

void DependencyGraph::removeEdge(qint64 dependent, qint64 dependency)
{
    if (auto it = m_out.find(dependent); it != m_out.end())
        it->removeAll(dependency);
    if (auto it = m_in.find(dependency); it != m_in.end())
        it->removeAll(dependent);
}

void DependencyGraph::removeNode(qint64 id)
{
    const QList<qint64> deps = m_out.value(id);
    for (qint64 d : deps)
        removeEdge(id, d);
    const QList<qint64> users = m_in.value(id);
    for (qint64 u : users)
        removeEdge(u, id);
    m_out.remove(id);
    m_in.remove(id);
}

bool DependencyGraph::hasEdge(qint64 dependent, qint64 dependency) const
{
    auto it = m_out.constFind(dependent);
    return it != m_out.cend() && it->contains(dependency);
}

const QList<qint64>& DependencyGraph::dependenciesOf(qint64 id) const
{
    auto it = m_out.constFind(id);
    return it == m_out.cend() ? s_none : *it;
}

const QList<qint64>& DependencyGraph::dependentsOf(qint64 id) const
{
    auto it = m_in.constFind(id);
    return it == m_in.cend() ? s_none : *it;
}

QList<DependencyGraph::Edge> DependencyGraph::edges() const
{
    QList<Edge> out;
    for (auto it = m_out.cbegin(); it != m_out.cend(); ++it) {
        for (qint64 d : it.value())
            out.append({it.key(), d});
    }
    return out;
}

QList<qint64> DependencyGraph::path(qint64 from, qint64 to) const
{
    if (from == to)
        return {from};
    QHash<qint64, qint64> cameFrom;
    QQueue<qint64> queue;
    queue.enqueue(from);
    cameFrom.insert(from, from);
    while (!queue.isEmpty()) {
        const qint64 cur = queue.dequeue();
        for (qint64 next : dependenciesOf(cur)) {
            if (cameFrom.contains(next))
                continue;
            cameFrom.insert(next, cur);
            if (next == to) {
                QList<qint64> chain{to};
                for (qint64 at = to; at != from;) {
                    at = cameFrom.value(at);
                    chain.prepend(at);
                }
                return chain;
            }
            queue.enqueue(next);
        }
    }
    return {};
}

std::optional<QList<qint64>> DependencyGraph::cycleIfAdded(qint64 dependent,
                                                           qint64 dependency) const
{
    if (dependent == dependency)
        return QList<qint64>{dependent, dependent};
    // The new edge dependent -> dependency closes a cycle when dependency already reaches
    // dependent.
    QList<qint64> back = path(dependency, dependent);
    if (back.isEmpty())
        return std::nullopt;
    back.prepend(dependent);
    return back;
}

std::optional<QList<qint64>> DependencyGraph::findCycle() const
{
    // Iterative depth-first search with colours; the grey stack is the current path.
    enum Colour : quint8
    {
        White,
        Grey,
        Black
    };
    QHash<qint64, Colour> colour;
    for (auto root = m_out.cbegin(); root != m_out.cend(); ++root) {
        if (colour.value(root.key(), White) != White)
            continue;
        struct Frame
        {
            qint64 node;
            qsizetype next;
        };
        QList<Frame> stack{{root.key(), 0}};
        colour.insert(root.key(), Grey);
        while (!stack.isEmpty()) {
            Frame& top = stack.last();
            const QList<qint64>& deps = dependenciesOf(top.node);
            if (top.next >= deps.size()) {
                colour.insert(top.node, Black);
                stack.removeLast();
                continue;
            }
            const qint64 n = deps.at(top.next++);
            const Colour c = colour.value(n, White);
            if (c == Grey) {
                QList<qint64> cycle;
                qsizetype i = stack.size() - 1;
                while (i >= 0 && stack.at(i).node != n)
                    --i;
                for (qsizetype j = i; j < stack.size(); ++j)
                    cycle.append(stack.at(j).node);
                cycle.append(n);
                return cycle;
            }
            if (c == White) {
                colour.insert(n, Grey);
                stack.append({n, 0});
            }
        }
    }
    return std::nullopt;
}

} // namespace daicho
