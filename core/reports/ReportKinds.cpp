#include "ReportKinds.h"

#include "ReportFrame.h"
#include "ReportLanguage.h"
#include "SoaReport.h"

namespace daicho::reports {

const QList<ReportKind>& ReportKinds::all()
{
    static const QList<ReportKind> kinds{ReportKind::Inventory, ReportKind::RiskAssessment,
                                         ReportKind::TreatmentPlan, ReportKind::Soa,
                                         ReportKind::AuditPack};
    return kinds;
}

QString ReportKinds::key(ReportKind k)
{
    switch (k) {
    case ReportKind::Inventory:
        return QStringLiteral("inventory");
    case ReportKind::RiskAssessment:
        return QStringLiteral("risk-assessment");
    case ReportKind::TreatmentPlan:
        return QStringLiteral("treatment-plan");
    case ReportKind::Soa:
        return QStringLiteral("soa");
    case ReportKind::AuditPack:
        return QStringLiteral("audit-pack");
    }
    return {};
}

std::optional<ReportKind> ReportKinds::fromKey(QStringView key)
{
    for (ReportKind k : all()) {
        if (ReportKinds::key(k) == key)
            return k;
    }
    return std::nullopt;
}

QString ReportKinds::title(ReportKind k)
{
    switch (k) {
    case ReportKind::Inventory:
        return InventoryReport::title();
    case ReportKind::RiskAssessment:
        return tr("Risk assessment results");
    case ReportKind::TreatmentPlan:
        return tr("Risk treatment plan");
    case ReportKind::Soa:
        return SoaReport::title();
    case ReportKind::AuditPack:
        return tr("Audit pack");
    }
    return {};
}

bool ReportKinds::available(ReportKind k)
{
    return k == ReportKind::Inventory || k == ReportKind::Soa;
}

QString ReportKinds::notAvailableMessage(ReportKind k)
{
    return tr("The report \"%1\" is not available yet: the register does not hold its data in "
              "this version of Daicho.")
        .arg(title(k));
}

Result<ReportDocument> ReportKinds::build(Register& reg, const ReportOptions& options)
{
    if (!available(options.kind))
        return Error::make(Error::Kind::Usage, notAvailableMessage(options.kind));
    ReportLanguage language(options.language);
    const QLocale locale = language.locale();
    auto state = ReportFrame::stateOf(reg);
    if (!state)
        return state.error();

    ReportDocument doc;
    doc.language = language.code();
    doc.running = ReportFrame::runningText(*state, locale);
    switch (options.kind) {
    case ReportKind::Inventory: {
        auto s = InventoryReport::section(reg, *state, locale, options.filter);
        if (!s)
            return s.error();
        doc.sections.append(std::move(*s));
        break;
    }
    case ReportKind::Soa: {
        auto s = SoaReport::section(reg, *state, locale, options.catalog);
        if (!s)
            return s.error();
        doc.sections.append(std::move(*s));
        break;
    }
    case ReportKind::RiskAssessment:
    case ReportKind::TreatmentPlan:
    case ReportKind::AuditPack:
        return Error::make(Error::Kind::Usage, notAvailableMessage(options.kind));
    }
    return doc;
}

} // namespace daicho::reports
