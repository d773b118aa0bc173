#include "RiskReportData.h"

#include "ReportFrame.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/Clock.h"

#include <QCollator>

#include <algorithm>

namespace daicho::reports {

Result<RiskReportData> RiskReportData::load(Register& reg, const QLocale& locale)
{
    RiskReportData d;
    d.m_locale = locale;
    d.m_collator = QCollator(locale);
    d.m_collator.setNumericMode(true);
    d.today = Clock::current().today();
    RiskService& service = reg.risks();
    auto risks = service.all();
    if (!risks)
        return risks.error();
    d.risks = std::move(*risks);
    QCollator collator(locale);
    collator.setNumericMode(true);
    std::sort(d.risks.begin(), d.risks.end(), [&collator](const Risk& a, const Risk& b) {
        return collator.compare(a.code, b.code) < 0;
    });
    auto method = service.method();
    if (!method)
        return method.error();
    d.current = *method;
    auto versions = service.methodVersions();
    if (!versions)
        return versions.error();
    for (const RiskMethod& m : *versions)
        d.m_methods.insert(m.version, m);

    const QString language =
        locale.language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
    auto threats = service.threats();
    if (!threats)
        return threats.error();
    for (const Threat& t : *threats)
        d.m_threats.insert(t.id, t.name(language));

    if (!d.risks.isEmpty()) {
        auto assets = reg.assets().all();
        if (!assets)
            return assets.error();
        for (const Asset& a : *assets)
            d.m_assets.insert(a.id, a.code);
    }
    return d;
}

const RiskMethod& RiskReportData::methodOf(const Risk& r) const
{
    auto it = m_methods.constFind(r.methodVersion);
    return it == m_methods.cend() ? current : *it;
}

QString RiskReportData::threatName(const Risk& r) const
{
    return r.threatId ? m_threats.value(r.threatId) : QString();
}

QString RiskReportData::assetCodes(const Risk& r) const
{
    QStringList codes;
    for (qint64 id : r.assetIds)
        codes.append(m_assets.value(id));
    return codes.join(QStringLiteral(", "));
}

QString RiskReportData::controls(const Risk& r, const QString& soaCatalog) const
{
    // The SoA's catalog first, then the others, each in natural order ("8.8" before "8.16");
    // another catalog's controls say which (e.g. "A.12.3.1 (2013)").
    QList<RiskControlRef> refs = r.controls;
    std::sort(refs.begin(), refs.end(), [&](const RiskControlRef& a, const RiskControlRef& b) {
        const bool sa = a.catalog == soaCatalog;
        const bool sb = b.catalog == soaCatalog;
        if (sa != sb)
            return sa;
        if (a.catalog != b.catalog)
            return a.catalog < b.catalog;
        return m_collator.compare(a.controlId, b.controlId) < 0;
    });
    QStringList ids;
    for (const RiskControlRef& c : refs) {
        if (c.catalog == soaCatalog) {
            ids.append(c.controlId);
            continue;
        }
        QString shortName = c.catalog;
        if (shortName.startsWith(QLatin1String("iso27001-")))
            shortName = shortName.mid(9);
        else if (shortName == QLatin1String("appi-safety"))
            shortName = tr("APPI");
        ids.append(tr("%1 (%2)").arg(c.controlId, shortName));
    }
    return ids.join(QStringLiteral(", "));
}

QString RiskReportData::level(const Risk& r, const std::optional<RiskAssessment>& a) const
{
    if (!a)
        return QStringLiteral("—");
    return tr("%1 (%2)").arg(methodOf(r).bandLabel(a->band)).arg(a->value);
}

std::optional<RiskDisposition> RiskReportData::disposition(const Risk& r) const
{
    if (!r.inherent)
        return std::nullopt;
    const RiskMethod& m = methodOf(r);
    if (r.inherent->band < 0 || r.inherent->band >= m.bands.size())
        return std::nullopt;
    return m.band(r.inherent->band).disposition;
}

QString RiskReportData::methodLegend() const
{
    QStringList bands;
    for (qsizetype i = current.bands.size() - 1; i >= 0; --i) {
        const RiskBand& b = current.bands.at(i);
        bands.append(tr("%1 %2–%3: %4")
                         .arg(current.bandLabel(int(i)))
                         .arg(b.min)
                         .arg(b.max)
                         .arg(RiskMethodTerms::label(b.disposition)));
    }
    const QString how =
        current.kind == RiskMethodKind::Ipa
            ? tr("likelihood from threat × vulnerability (1–3), impact = the highest importance "
                 "of the risk's assets (1–3), value = likelihood × impact")
            : tr("value = likelihood (1–%1) × impact (1–%2)")
                  .arg(current.likelihoodLevels)
                  .arg(current.impactLevels);
    return tr("%1; %2").arg(how, bands.join(tr("; ")));
}

QString RiskReportData::date(const QDateTime& utc) const
{
    return utc.isValid() ? ReportFrame::date(utc.toLocalTime().date()) : QString();
}

} // namespace daicho::reports
