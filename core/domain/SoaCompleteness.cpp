#include "SoaCompleteness.h"

#include "catalogs/Catalog.h"

#include <QHash>

namespace daicho {

QString SoaCompleteness::kindLabel(SoaGap::Kind k)
{
    switch (k) {
    case SoaGap::Kind::Undecided:
        return tr("Not decided whether applicable");
    case SoaGap::Kind::NoJustification:
        return tr("Excluded without a justification");
    case SoaGap::Kind::NoReason:
        return tr("Included without a reason");
    case SoaGap::Kind::NoStatus:
        return tr("Included without an implementation status");
    case SoaGap::Kind::NoTargetDate:
        return tr("Not implemented and no target date");
    case SoaGap::Kind::RiskTreatmentWithoutRisk:
        return tr("Risk treatment named, but no risk linked");
    }
    return {};
}

QString SoaGap::message() const
{
    return SoaCompleteness::tr("%1: %2").arg(controlId, SoaCompleteness::kindLabel(kind));
}

QList<SoaGap> SoaCompleteness::check(const Catalog& catalog, const QList<SoaEntry>& entries,
                                     const LinkedRisks& linkedRisks)
{
    QHash<QString, const SoaEntry*> byId;
    for (const SoaEntry& e : entries)
        byId.insert(e.controlId, &e);
    QList<SoaGap> out;
    for (const CatalogControl& c : catalog.controls()) {
        const SoaEntry* e = byId.value(c.id);
        if (!e || !e->applicable) {
            out.append({c.id, SoaGap::Kind::Undecided});
            continue;
        }
        if (!*e->applicable) {
            if (e->exclusionJustification.trimmed().isEmpty())
                out.append({c.id, SoaGap::Kind::NoJustification});
            continue;
        }
        if (e->reasons.isEmpty())
            out.append({c.id, SoaGap::Kind::NoReason});
        if (!e->status)
            out.append({c.id, SoaGap::Kind::NoStatus});
        else if (*e->status != SoaStatus::Implemented && !e->targetDate.isValid())
            out.append({c.id, SoaGap::Kind::NoTargetDate});
        if (e->hasReason(SoaReason::RiskTreatment) && linkedRisks) {
            const std::optional<int> n = linkedRisks(c.id);
            if (n && *n == 0)
                out.append({c.id, SoaGap::Kind::RiskTreatmentWithoutRisk});
        }
    }
    return out;
}

} // namespace daicho
