#include "ReportKinds.h"

#include "AuditPack.h"
#include "ReportFrame.h"
#include "ReportLanguage.h"
#include "RiskAssessmentReport.h"
#include "SoaReport.h"
#include "TreatmentPlanReport.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "services/SoaService.h"

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
        return RiskAssessmentReport::title();
    case ReportKind::TreatmentPlan:
        return TreatmentPlanReport::title();
    case ReportKind::Soa:
        return SoaReport::title();
    case ReportKind::AuditPack:
        return AuditPack::title();
    }
    return {};
}

bool ReportKinds::available(ReportKind k)
{
    Q_UNUSED(k);
    return true;
}

QString ReportKinds::notAvailableMessage(ReportKind k)
{
    return tr("The report \"%1\" is not available yet: the register does not hold its data in "
              "this version of Daicho.")
        .arg(title(k));
}

namespace {

// Which risk codes treat each control of `catalog`.
Result<QHash<QString, QStringList>> risksByControl(Register& reg, const QString& catalog)
{
    auto risks = reg.risks().all();
    if (!risks)
        return risks.error();
    QHash<QString, QStringList> out;
    for (const Risk& r : *risks) {
        for (const RiskControlRef& c : r.controls) {
            if (c.catalog == catalog)
                out[c.controlId].append(r.code);
        }
    }
    for (QStringList& codes : out)
        codes.sort();
    return out;
}

Result<Section> sectionOf(ReportKind kind, Register& reg, const RegisterState& state,
                          const QLocale& locale, const ReportOptions& options)
{
    switch (kind) {
    case ReportKind::Inventory:
        return InventoryReport::section(reg, state, locale, options.filter);
    case ReportKind::RiskAssessment:
        return RiskAssessmentReport::section(reg, state, locale);
    case ReportKind::TreatmentPlan:
        return TreatmentPlanReport::section(reg, state, locale);
    case ReportKind::Soa: {
        const QString catalog =
            options.catalog.isEmpty() ? reg.soa().catalogKey() : options.catalog;
        auto risks = risksByControl(reg, catalog);
        if (!risks)
            return risks.error();
        return SoaReport::section(reg, state, locale, catalog, *risks);
    }
    case ReportKind::AuditPack:
        break;
    }
    return Error::make(Error::Kind::Usage, ReportKinds::notAvailableMessage(kind));
}

} // namespace

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
    if (options.kind != ReportKind::AuditPack) {
        auto s = sectionOf(options.kind, reg, *state, locale, options);
        if (!s)
            return s.error();
        doc.sections.append(std::move(*s));
        return doc;
    }
    doc.sections.append(AuditPack::cover(*state, locale));
    for (ReportKind k : {ReportKind::Inventory, ReportKind::RiskAssessment,
                         ReportKind::TreatmentPlan, ReportKind::Soa}) {
        auto s = sectionOf(k, reg, *state, locale, options);
        if (!s)
            return s.error();
        doc.sections.append(std::move(*s));
    }
    return doc;
}

} // namespace daicho::reports
