#include "AssetCounts.h"

#include "assets/AssetTableModel.h"

namespace daicho {

AssetCounts AssetCounts::of(const AssetTableModel& model)
{
    AssetCounts c;
    const QDate today = model.today();
    const PrioritySnapshot& prio = model.priorities();
    for (int r = 0; r < model.rowCount(); ++r) {
        const Asset* a = model.assetAt(r);
        const PriorityResult pr = prio.results.value(a->id);
        ++c.total;
        ++c.byClassAndPriority[qMakePair(a->assetClass, pr.effective)];
        ++c.byClass[a->assetClass];
        ++c.byPriority[pr.effective];
        ++c.bySubtype[a->subtype];
        if (a->reviewOverdue(today))
            ++c.overdue;
        if (a->owner.trimmed().isEmpty())
            ++c.missingOwner;
        if (a->holdsPersonalData())
            ++c.personalData;
        if (pr.overridden)
            ++c.overridden;
    }
    return c;
}

} // namespace daicho
