#include "PriorityRule.h"

#include "Asset.h"

#include <QQueue>

namespace daicho {

PriorityInput PriorityInput::from(const Asset& a)
{
    return PriorityInput{a.id, a.assetClass, a.holdsCustomerPersonalData(), a.priorityOverride};
}

PriorityResult::Basis PriorityRule::basis(const PriorityInput& in)
{
    if (in.customerPersonalData)
        return PriorityResult::Basis::CustomerPersonalData;
    switch (in.assetClass) {
    case AssetClass::Customer:
        return PriorityResult::Basis::CustomerAsset;
    case AssetClass::Test:
        return PriorityResult::Basis::TestAsset;
    case AssetClass::Internal:
        return PriorityResult::Basis::InternalAsset;
    }
    Q_UNREACHABLE();
    return PriorityResult::Basis::InternalAsset;
}

Priority PriorityRule::basePriority(PriorityResult::Basis b)
{
    switch (b) {
    case PriorityResult::Basis::CustomerPersonalData:
        return Priority::P1;
    case PriorityResult::Basis::CustomerAsset:
        return Priority::P2;
    case PriorityResult::Basis::TestAsset:
    case PriorityResult::Basis::InternalAsset:
        return Priority::P3;
    }
    Q_UNREACHABLE();
    return Priority::P3;
}

QHash<qint64, PriorityResult> PriorityRule::compute(const QList<PriorityInput>& assets,
                                                    const DependencyGraph& graph)
{
    QHash<qint64, PriorityResult> results;
    results.reserve(assets.size());
    QHash<qint64, const PriorityInput*> byId;
    byId.reserve(assets.size());
    for (const PriorityInput& in : assets)
        byId.insert(in.id, &in);

    // Kahn's order over "dependent before dependency": an asset is settled once every asset
    // that depends on it is settled, so raising sees final priorities.
    QHash<qint64, int> unsettledDependents;
    unsettledDependents.reserve(assets.size());
    QQueue<qint64> ready;
    for (const PriorityInput& in : assets) {
        int n = 0;
        for (qint64 d : graph.dependentsOf(in.id))
            n += byId.contains(d) ? 1 : 0;
        unsettledDependents.insert(in.id, n);
        if (n == 0)
            ready.enqueue(in.id);
    }

    auto settle = [&](qint64 id, bool raise) {
        const PriorityInput& in = *byId.value(id);
        PriorityResult r;
        r.basis = basis(in);
        r.base = basePriority(r.basis);
        r.derived = r.base;
        const bool raisable = in.assetClass != AssetClass::Customer;
        if (raise && raisable) {
            Priority best = r.base;
            qint64 bestId = 0;
            for (qint64 d : graph.dependentsOf(id)) {
                auto it = results.constFind(d);
                if (it == results.cend())
                    continue;
                // Only a higher priority raises; among equals the smallest id, for a stable
                // explanation.
                if (rank(it->effective) < rank(best) ||
                    (bestId != 0 && it->effective == best && d < bestId)) {
                    best = it->effective;
                    bestId = d;
                }
            }
            if (bestId != 0) {
                r.derived = best;
                r.raisedThrough.append(bestId);
                const PriorityResult& via = results.value(bestId);
                if (!via.overridden)
                    r.raisedThrough.append(via.raisedThrough);
            }
        }
        r.overridden = in.priorityOverride.has_value();
        r.effective = r.overridden ? *in.priorityOverride : r.derived;
        results.insert(id, r);
    };

    while (!ready.isEmpty()) {
        const qint64 id = ready.dequeue();
        settle(id, true);
        for (qint64 dep : graph.dependenciesOf(id)) {
            auto it = unsettledDependents.find(dep);
            if (it != unsettledDependents.end() && --it.value() == 0)
                ready.enqueue(dep);
        }
    }
    // Only reachable when the graph has a cycle (a file edited behind Daicho's back): those
    // assets keep their own priority rather than guessing.
    for (const PriorityInput& in : assets) {
        if (!results.contains(in.id))
            settle(in.id, false);
    }
    return results;
}

QString PriorityRule::explain(const PriorityResult& r, const QHash<qint64, PriorityResult>& all,
                              const Describe& describe, const QString& overrideReason)
{
    QString basisText;
    switch (r.basis) {
    case PriorityResult::Basis::CustomerPersonalData:
        basisText =
            tr("%1: it holds or processes customers' personal data.").arg(AssetTerms::key(r.base));
        break;
    case PriorityResult::Basis::CustomerAsset:
        basisText = tr("%1: a customer asset at the data center; the service's stable "
                       "operation depends on it.")
                        .arg(AssetTerms::key(r.base));
        break;
    case PriorityResult::Basis::TestAsset:
        basisText = tr("%1: a test-environment asset.").arg(AssetTerms::key(r.base));
        break;
    case PriorityResult::Basis::InternalAsset:
        basisText = tr("%1: an internal asset.").arg(AssetTerms::key(r.base));
        break;
    }

    QString text;
    if (r.raised()) {
        const qint64 direct = r.raisedThrough.first();
        const qint64 origin = r.raisedThrough.last();
        const Priority carried = all.value(direct).effective;
        if (r.raisedThrough.size() == 1) {
            text = tr("%1 — raised from %2: %3 (%4) depends on it.")
                       .arg(AssetTerms::key(r.derived), AssetTerms::key(r.base), describe(direct),
                            AssetTerms::key(carried));
        } else {
            QStringList chain;
            for (auto it = r.raisedThrough.crbegin(); it != r.raisedThrough.crend(); ++it)
                chain.append(describe(*it));
            chain.append(tr("this asset"));
            text = tr("%1 — raised from %2: %3 (%4) depends on it through other assets: %5.")
                       .arg(AssetTerms::key(r.derived), AssetTerms::key(r.base), describe(origin),
                            AssetTerms::key(all.value(origin).effective),
                            chain.join(QStringLiteral(" → ")));
        }
        text += QLatin1Char(' ') + tr("Own basis: %1").arg(basisText);
    } else {
        text = basisText;
    }

    if (r.overridden) {
        QString o = tr("%1, set by hand (the rule gives %2).")
                        .arg(AssetTerms::key(r.effective), AssetTerms::key(r.derived));
        if (!overrideReason.isEmpty())
            o += QLatin1Char(' ') + tr("Reason: %1").arg(overrideReason);
        return o + QLatin1Char(' ') + tr("Rule: %1").arg(text);
    }
    return text;
}

} // namespace daicho
