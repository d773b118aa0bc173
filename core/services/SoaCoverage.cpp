#include "SoaCoverage.h"

#include "AssetLookup.h"
#include "AssetService.h"
#include "Register.h"
#include "RiskService.h"
#include "SoaService.h"
#include "storage/SoaSnapshot.h"

#include <QSet>

#include <algorithm>

namespace daicho {

Result<CoverageReport> SoaCoverage::run(Register& reg, const QDate& today,
                                        const PrioritySnapshot* known)
{
    CoverageReport report;
    SoaService& soa = reg.soa();

    // Controls that count as protection: applicable and implemented, in any catalog. Controls
    // that count as a plan for a risk: applicable and implemented, partial or planned.
    QSet<QString> implemented;
    QSet<QString> planned;
    for (const QString& key : Catalogs::keys()) {
        auto entries = soa.entries(key);
        if (!entries)
            return entries.error();
        for (const SoaEntry& e : std::as_const(*entries)) {
            if (e.applicable.value_or(false) && e.status == SoaStatus::Implemented)
                implemented.insert(SoaSnapshot::entryKey(e.catalog, e.controlId));
            if (e.applicable.value_or(false) && e.status && *e.status != SoaStatus::NotImplemented)
                planned.insert(SoaSnapshot::entryKey(e.catalog, e.controlId));
            if (key == soa.catalogKey() && e.overdue(today))
                report.overdue.append(e);
        }
    }
    auto links = soa.assetLinks();
    if (!links)
        return links.error();
    QSet<qint64> protectedAssets;
    for (const ControlAssetLink& l : std::as_const(*links)) {
        if (implemented.contains(SoaSnapshot::entryKey(l.catalog, l.controlId)))
            protectedAssets.insert(l.assetId);
    }
    // Priorities come from what the rule needs alone; only the assets listed are read whole
    // (a register of 100,000 assets is not held twice while the GUI shows this).
    Result<PrioritySnapshot> computed =
        known ? Result<PrioritySnapshot>(PrioritySnapshot{}) : reg.assets().priorities();
    if (!computed)
        return computed.error();
    const PrioritySnapshot& priorities = known ? *known : *computed;
    QSet<qint64> unprotected;
    for (auto it = priorities.results.cbegin(); it != priorities.results.cend(); ++it) {
        if (it->effective == Priority::P1 && !protectedAssets.contains(it.key()))
            unprotected.insert(it.key());
    }
    auto assets = AssetLookup::withIds(reg, unprotected);
    if (!assets)
        return assets.error();
    report.unprotectedP1 = std::move(*assets);

    auto method = reg.risks().method();
    if (!method)
        return method.error();
    auto risks = reg.risks().all();
    if (!risks)
        return risks.error();
    for (const Risk& r : std::as_const(*risks)) {
        if (!r.inherent || r.inherent->band < 0 || r.inherent->band >= method->bands.size())
            continue;
        if (method->bands.at(r.inherent->band).disposition != RiskDisposition::Treat)
            continue;
        if (r.status == RiskStatus::Closed || r.accepted())
            continue;
        if (r.treatment && *r.treatment != RiskTreatment::Reduce)
            continue; // accepted, avoided or transferred: no control is expected
        const bool hasPlan = std::any_of(
            r.controls.cbegin(), r.controls.cend(), [&planned](const RiskControlRef& c) {
                return planned.contains(SoaSnapshot::entryKey(c.catalog, c.controlId));
            });
        if (!hasPlan)
            report.unplannedRisks.append(r);
    }
    std::sort(report.unplannedRisks.begin(), report.unplannedRisks.end(),
              [](const Risk& a, const Risk& b) { return a.code < b.code; });
    return report;
}

} // namespace daicho
