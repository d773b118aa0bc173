#include "SoaTransition.h"

#include "catalogs/Catalog.h"
#include "catalogs/CatalogMapping.h"

#include <QHash>

#include <algorithm>

namespace daicho {

QString SoaTransition::kindLabel(TransitionProposal::Kind k)
{
    switch (k) {
    case TransitionProposal::Kind::Carried:
        return tr("Carried over");
    case TransitionProposal::Kind::Merged:
        return tr("Merged");
    case TransitionProposal::Kind::Conflict:
        return tr("Sources disagree");
    case TransitionProposal::Kind::New:
        return tr("New in 2022");
    case TransitionProposal::Kind::NoSource:
        return tr("Sources not decided");
    }
    return {};
}

SoaStatus SoaTransition::mergeStatus(const QList<SoaStatus>& statuses)
{
    if (statuses.isEmpty())
        return SoaStatus::NotImplemented;
    if (std::all_of(statuses.begin(), statuses.end(),
                    [&](SoaStatus s) { return s == statuses.first(); }))
        return statuses.first();
    if (statuses.contains(SoaStatus::Implemented) || statuses.contains(SoaStatus::Partial))
        return SoaStatus::Partial;
    if (statuses.contains(SoaStatus::Planned))
        return SoaStatus::Planned;
    return SoaStatus::NotImplemented;
}

QList<TransitionProposal> SoaTransition::propose(const Catalog& from, const Catalog& to,
                                                 const CatalogMapping& mapping,
                                                 const QList<SoaEntry>& fromEntries,
                                                 const QList<SoaEntry>& toEntries)
{
    QHash<QString, const SoaEntry*> old;
    for (const SoaEntry& e : fromEntries) {
        if (e.catalog == from.key())
            old.insert(e.controlId, &e);
    }
    QHash<QString, const SoaEntry*> now;
    for (const SoaEntry& e : toEntries) {
        if (e.catalog == to.key())
            now.insert(e.controlId, &e);
    }

    QList<TransitionProposal> out;
    for (const CatalogControl& c : to.controls()) {
        TransitionProposal p;
        p.controlId = c.id;
        p.sources = mapping.sourcesOf(c.id);
        p.proposed.catalog = to.key();
        p.proposed.controlId = c.id;
        if (const SoaEntry* e = now.value(c.id))
            p.current = *e;

        QList<const SoaEntry*> decided;
        for (const QString& s : std::as_const(p.sources)) {
            const SoaEntry* e = old.value(s);
            if (e && e->applicable)
                decided.append(e);
            else
                p.undecidedSources.append(s);
        }
        if (p.sources.isEmpty()) {
            p.kind = TransitionProposal::Kind::New;
            p.notes << tr("New in 2022: decide whether it applies.");
            out.append(p);
            continue;
        }
        if (decided.isEmpty()) {
            p.kind = TransitionProposal::Kind::NoSource;
            p.notes << tr("None of its 2013 sources (%1) is decided.")
                           .arg(p.sources.join(QStringLiteral(", ")));
            out.append(p);
            continue;
        }

        QList<const SoaEntry*> included;
        QList<const SoaEntry*> excluded;
        for (const SoaEntry* e : std::as_const(decided))
            (*e->applicable ? included : excluded).append(e);
        p.kind = !included.isEmpty() && !excluded.isEmpty() ? TransitionProposal::Kind::Conflict
                 : p.sources.size() > 1                     ? TransitionProposal::Kind::Merged
                                                            : TransitionProposal::Kind::Carried;
        SoaEntry& e = p.proposed;
        QStringList owners;
        QStringList evidence;
        for (const SoaEntry* s : std::as_const(decided)) {
            if (!s->owner.isEmpty() && !owners.contains(s->owner))
                owners.append(s->owner);
        }
        e.owner = owners.join(QStringLiteral(" / "));

        if (!included.isEmpty()) {
            // A 2022 control that covers an applicable 2013 control applies.
            e.applicable = true;
            QList<SoaStatus> statuses;
            for (const SoaEntry* s : std::as_const(included)) {
                for (SoaReason r : s->reasons) {
                    if (!e.reasons.contains(r))
                        e.reasons.append(r);
                }
                statuses.append(s->status.value_or(SoaStatus::NotImplemented));
                if (s->targetDate.isValid() && s->status != SoaStatus::Implemented &&
                    (!e.targetDate.isValid() || s->targetDate > e.targetDate))
                    e.targetDate = s->targetDate;
                if (!s->evidence.isEmpty())
                    evidence.append(s->controlId + QStringLiteral(": ") + s->evidence);
                for (const QString& l : s->evidenceLinks) {
                    if (!e.evidenceLinks.contains(l))
                        e.evidenceLinks.append(l);
                }
            }
            std::sort(e.reasons.begin(), e.reasons.end());
            e.status = mergeStatus(statuses);
            if (*e.status == SoaStatus::Implemented)
                e.targetDate = {};
            for (const SoaEntry* s : std::as_const(excluded)) {
                p.notes << tr("%1 was excluded: %2").arg(s->controlId, s->exclusionJustification);
            }
        } else {
            e.applicable = false;
            QStringList why;
            for (const SoaEntry* s : std::as_const(excluded)) {
                why.append(excluded.size() > 1
                               ? s->controlId + QStringLiteral(": ") + s->exclusionJustification
                               : s->exclusionJustification);
            }
            e.exclusionJustification = why.join(QLatin1Char('\n'));
        }
        e.evidence = evidence.join(QLatin1Char('\n'));
        if (!p.undecidedSources.isEmpty()) {
            p.notes << tr("Not decided in 2013: %1.")
                           .arg(p.undecidedSources.join(QStringLiteral(", ")));
        }
        if (p.kind == TransitionProposal::Kind::Merged)
            p.notes << tr("Merges %1.").arg(p.sources.join(QStringLiteral(", ")));
        out.append(p);
    }
    return out;
}

} // namespace daicho
