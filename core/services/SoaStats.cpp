#include "SoaStats.h"

#include "Register.h"
#include "SoaService.h"
#include "support/Clock.h"

namespace daicho {

Result<QJsonObject> SoaStats::compute(Register& reg)
{
    SoaService& soa = reg.soa();
    const QDate today = Clock::current().today();
    QJsonObject byCatalog;
    for (const QString& key : Catalogs::keys()) {
        auto entries = soa.entries(key);
        if (!entries)
            return entries.error();
        auto gaps = soa.completeness(key);
        if (!gaps)
            return gaps.error();
        qint64 decided = 0, applicable = 0, overdue = 0;
        QJsonObject byStatus;
        for (SoaStatus s : SoaTerms::statuses())
            byStatus.insert(SoaTerms::key(s), 0);
        for (const SoaEntry& e : std::as_const(*entries)) {
            if (!e.applicable)
                continue;
            ++decided;
            applicable += *e.applicable ? 1 : 0;
            overdue += e.overdue(today) ? 1 : 0;
            if (e.status) {
                const QString k = SoaTerms::key(*e.status);
                byStatus.insert(k, byStatus.value(k).toInteger() + 1);
            }
        }
        byCatalog.insert(
            key, QJsonObject{
                     {QStringLiteral("controls"), qint64(Catalogs::get(key).controls().size())},
                     {QStringLiteral("decided"), decided},
                     {QStringLiteral("applicable"), applicable},
                     {QStringLiteral("by_status"), byStatus},
                     {QStringLiteral("overdue"), overdue},
                     {QStringLiteral("to_complete"), qint64(gaps->size())},
                 });
    }
    auto links = soa.assetLinks();
    if (!links)
        return links.error();
    return QJsonObject{{QStringLiteral("soa_catalog"), soa.catalogKey()},
                       {QStringLiteral("by_catalog"), byCatalog},
                       {QStringLiteral("asset_links"), qint64(links->size())}};
}

} // namespace daicho
