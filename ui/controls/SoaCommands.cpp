#include "SoaCommands.h"

#include "services/Register.h"
#include "services/SoaService.h"
#include "undo/RegisterDocument.h"

#include <memory>

namespace daicho {

Status SoaCommands::save(RegisterDocument& doc, const SoaEntry& after)
{
    SoaService& soa = doc.reg().soa();
    auto before = soa.find(after.catalog, after.controlId);
    if (!before)
        return before.error();
    if (before->has_value() && (*before)->sameContent(SoaRules::normalized(after)))
        return {};
    const std::optional<SoaEntry> old = *before;
    return doc.execute(
        tr("Edit SoA %1").arg(after.controlId),
        [&soa, after]() -> Status {
            auto r = soa.save(after);
            return r ? Status{} : Status{r.error()};
        },
        [&soa, old, after]() -> Status {
            return soa.restore(after.catalog, after.controlId, old);
        });
}

Status SoaCommands::linkAsset(RegisterDocument& doc, const QString& catalog,
                              const QString& controlId, qint64 assetId, const QString& assetCode)
{
    SoaService& soa = doc.reg().soa();
    return doc.execute(
        tr("Apply %1 to %2").arg(controlId, assetCode),
        [&soa, catalog, controlId, assetId] { return soa.linkAsset(catalog, controlId, assetId); },
        [&soa, catalog, controlId, assetId] {
            return soa.unlinkAsset(catalog, controlId, assetId);
        });
}

Status SoaCommands::unlinkAsset(RegisterDocument& doc, const QString& catalog,
                                const QString& controlId, qint64 assetId, const QString& assetCode)
{
    SoaService& soa = doc.reg().soa();
    return doc.execute(
        tr("No longer apply %1 to %2").arg(controlId, assetCode),
        [&soa, catalog, controlId, assetId] {
            return soa.unlinkAsset(catalog, controlId, assetId);
        },
        [&soa, catalog, controlId, assetId] { return soa.linkAsset(catalog, controlId, assetId); });
}

Status SoaCommands::applyTransition(RegisterDocument& doc, const QList<SoaEntry>& confirmed)
{
    SoaService& soa = doc.reg().soa();
    auto before = soa.statesOf(confirmed);
    if (!before)
        return before.error();
    const QList<SoaService::State> old = *before;
    const QString text = tr("Transition 2013 → 2022 (controls: %1)").arg(confirmed.size());
    return doc.execute(
        text,
        [&soa, confirmed]() -> Status {
            auto r = soa.applyTransition(confirmed);
            return r ? Status{} : Status{r.error()};
        },
        [&soa, old, text]() -> Status { return soa.restoreMany(old, tr("Undo: %1").arg(text)); });
}

} // namespace daicho
