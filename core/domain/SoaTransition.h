#pragma once

#include "Soa.h"

#include <QCoreApplication>

namespace daicho {

class Catalog;
class CatalogMapping;

// One proposed 2022 decision, derived from the 2013 decisions that map to it.
struct TransitionProposal
{
    enum class Kind
    {
        Carried,  // one 2013 source
        Merged,   // several 2013 sources, in agreement
        Conflict, // several sources that disagree on applicability: check before confirming
        New,      // new in 2022, no source: the officer decides
        NoSource, // its sources have no decision in the 2013 SoA
    };
    QString controlId;
    Kind kind = Kind::New;
    QStringList sources;             // every 2013 control that maps here, decided or not
    QStringList undecidedSources;    // those of them without a decision
    SoaEntry proposed;               // applicable unset for New / NoSource
    std::optional<SoaEntry> current; // the 2022 decision already in the register, if any
    QStringList notes;               // why the proposal is what it is, for the officer

    bool ready() const { return proposed.applicable.has_value(); }
};

// Turns a 2013 Statement of Applicability into a proposed 2022 one through the mapping
// (ISO/IEC 27002:2022 Annex B). Nothing is written: the officer confirms what to keep.
class SoaTransition
{
    Q_DECLARE_TR_FUNCTIONS(SoaTransition)

public:
    static QList<TransitionProposal> propose(const Catalog& from, const Catalog& to,
                                             const CatalogMapping& mapping,
                                             const QList<SoaEntry>& fromEntries,
                                             const QList<SoaEntry>& toEntries);
    static QString kindLabel(TransitionProposal::Kind k);
    // Several sources' statuses as one: all alike → that; some done → partial; else the
    // least advanced.
    static SoaStatus mergeStatus(const QList<SoaStatus>& statuses);
};

} // namespace daicho
