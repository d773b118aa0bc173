#pragma once

#include "AssetTypes.h"
#include "DependencyGraph.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace daicho {

struct Asset;

// The policy's priority rule (DOMAIN.md §2), applied to the whole register at once because
// raising travels along dependencies:
//  - holds customers' personal data        -> P1
//  - any other customer (data-center) asset -> P2
//  - test and internal assets               -> P3, raised to the highest priority of any asset
//    that depends on them (directly or through other assets)
// A manual override replaces the derived priority of its asset (and is what its dependencies
// see), and needs a written reason.
struct PriorityInput
{
    qint64 id = 0;
    AssetClass assetClass = AssetClass::Internal;
    bool customerPersonalData = false;
    std::optional<Priority> priorityOverride;

    static PriorityInput from(const Asset& a);
};

struct PriorityResult
{
    enum class Basis
    {
        CustomerPersonalData,
        CustomerAsset,
        TestAsset,
        InternalAsset
    };

    Basis basis = Basis::InternalAsset;
    Priority base = Priority::P3;      // from the asset's own attributes
    Priority derived = Priority::P3;   // after raising along dependencies
    Priority effective = Priority::P3; // the override if set, else derived
    bool overridden = false;
    // When raised: the chain of dependents that carries the higher priority, starting with the
    // direct dependent and ending with the asset whose own priority is the source.
    QList<qint64> raisedThrough;

    bool raised() const { return !raisedThrough.isEmpty(); }
    friend bool operator==(const PriorityResult&, const PriorityResult&) = default;
};

class PriorityRule
{
    Q_DECLARE_TR_FUNCTIONS(PriorityRule)

public:
    static PriorityResult::Basis basis(const PriorityInput& in);
    static Priority basePriority(PriorityResult::Basis b);

    static QHash<qint64, PriorityResult> compute(const QList<PriorityInput>& assets,
                                                 const DependencyGraph& graph);

    // What an asset is called in explanations, e.g. "CUS-DB-001 Web請求DB".
    using Describe = std::function<QString(qint64 id)>;

    // "Why this priority", one or two sentences in the UI language.
    static QString explain(const PriorityResult& r, const QHash<qint64, PriorityResult>& all,
                           const Describe& describe, const QString& overrideReason = {});
};

} // namespace daicho
