#pragma once

#include "InventoryReport.h"
#include "layout/ReportDocument.h"
#include "support/Result.h"

#include <QCoreApplication>

#include <optional>

namespace daicho {
class Register;
}

namespace daicho::reports {

enum class ReportKind
{
    Inventory,
    RiskAssessment,
    TreatmentPlan,
    Soa,
    AuditPack,
};

struct ReportOptions
{
    ReportKind kind = ReportKind::Inventory;
    QString language; // "ja", "en", or empty for the UI's
    AssetFilter filter;
    QString catalog; // the SoA's catalog; empty for the register's
};

// The reports Daicho prints, by stable key ("inventory", "soa", …) as the command line names
// them, and the one place that builds a report's document from a register.
class ReportKinds
{
    Q_DECLARE_TR_FUNCTIONS(ReportKinds)

public:
    static const QList<ReportKind>& all();
    static QString key(ReportKind k);
    static std::optional<ReportKind> fromKey(QStringView key);
    static QString title(ReportKind k); // in the current language
    // Whether this version of Daicho can print the report (all of them now; the seam stays for
    // kinds added later).
    static bool available(ReportKind k);
    static QString notAvailableMessage(ReportKind k);

    // The report's document, in options.language, from the register as it is now.
    static Result<ReportDocument> build(Register& reg, const ReportOptions& options);
};

} // namespace daicho::reports
