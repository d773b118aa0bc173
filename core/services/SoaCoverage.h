#pragma once

#include "domain/Asset.h"
#include "domain/Risk.h"
#include "domain/Soa.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace daicho {

class Register;
struct PrioritySnapshot;

// Where the controls leave gaps (issue 6, "coverage"):
// - P1 assets to which no applicable, implemented control is applied;
// - risks above the acceptance band (their band asks for treatment), not closed, accepted,
//   avoided or transferred, with no planned control: none of the controls they name is
//   applicable with status implemented, partial or planned;
// - applicable controls not implemented and past their target date.
struct CoverageReport
{
    QList<Asset> unprotectedP1;
    QList<SoaEntry> overdue;    // of the register's SoA catalog
    QList<Risk> unplannedRisks; // by code
};

class SoaCoverage
{
    Q_DECLARE_TR_FUNCTIONS(SoaCoverage)

public:
    // `priorities`, when given, are the register's current ones (the GUI's asset model keeps
    // them); otherwise they are computed here.
    static Result<CoverageReport> run(Register& reg, const QDate& today,
                                      const PrioritySnapshot* priorities = nullptr);
};

} // namespace daicho
