#pragma once

#include "domain/Asset.h"
#include "domain/Soa.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace daicho {

class Register;

// Where the controls leave gaps (issue 6, "coverage"):
// - P1 assets to which no applicable, implemented control is applied;
// - risks above the acceptance band with no planned control (once the risk register exists);
// - applicable controls not implemented and past their target date.
struct CoverageReport
{
    QList<Asset> unprotectedP1;
    QList<SoaEntry> overdue; // of the register's SoA catalog
    // Seam for the risk register: false until risks and their control links exist.
    bool risksAvailable = false;
};

class SoaCoverage
{
    Q_DECLARE_TR_FUNCTIONS(SoaCoverage)

public:
    static Result<CoverageReport> run(Register& reg, const QDate& today);
};

} // namespace daicho
