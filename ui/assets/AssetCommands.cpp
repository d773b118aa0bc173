#include "AssetCommands.h"

#include "services/AssetService.h"
#include "services/Register.h"
#include "undo/RegisterDocument.h"
#include "undo/UndoableSteps.h"

#include <memory>

namespace daicho {

namespace {

Result<Asset> current(RegisterDocument& doc, qint64 id)
{
    auto found = doc.reg().assets().find(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Kind::NotFound, AssetCommands::tr("The asset no longer exists."));
    return **found;
}

} // namespace

Result<qint64> AssetCommands::create(RegisterDocument& doc, const Asset& asset)
{
    AssetService& service = doc.reg().assets();
    // Undo keeps what it deleted (dependencies included), so redo restores the same id.
    return undoable::create(
        doc, tr("New asset %1").arg(asset.code),
        [&service, asset] { return service.create(asset); },
        [&service](qint64 id) { return service.remove(id); },
        [&service](const DeletedAsset& deleted) { return service.restore(deleted); });
}

Status AssetCommands::update(RegisterDocument& doc, const Asset& after)
{
    auto before = current(doc, after.id);
    if (!before)
        return before.error();
    if (before->sameContent(AssetRules::normalized(after)))
        return {};
    AssetService& service = doc.reg().assets();
    const Asset old = *before;
    return undoable::update(doc, tr("Edit asset %1").arg(after.code), old, after,
                            [&service](const Asset& a) { return service.update(a); });
}

Status AssetCommands::remove(RegisterDocument& doc, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return {};
    AssetService& service = doc.reg().assets();
    QString text;
    if (ids.size() == 1) {
        auto a = current(doc, ids.first());
        if (!a)
            return a.error();
        text = tr("Delete asset %1").arg(a->code);
    } else {
        text = tr("Delete %n asset(s)", nullptr, int(ids.size()));
    }
    auto removed = std::make_shared<QList<DeletedAsset>>();
    auto restoreAll = [&service, removed]() -> Status {
        // Newest first: an asset deleted later may be one an earlier one depended on.
        while (!removed->isEmpty()) {
            auto r = service.restore(removed->last());
            if (!r)
                return r.error();
            removed->removeLast();
        }
        return {};
    };
    auto removeAll = [&service, ids, removed, restoreAll]() -> Status {
        for (qint64 id : ids) {
            auto r = service.remove(id);
            if (!r) {
                const Error e = r.error();
                (void)restoreAll(); // all or nothing
                return e;
            }
            removed->append(std::move(*r));
        }
        return {};
    };
    return doc.execute(text, removeAll, restoreAll);
}

Status AssetCommands::addDependency(RegisterDocument& doc, qint64 asset, qint64 dependsOn)
{
    auto a = current(doc, asset);
    auto b = current(doc, dependsOn);
    if (!a || !b)
        return !a ? a.error() : b.error();
    AssetService& service = doc.reg().assets();
    return doc.execute(
        tr("Add dependency %1 → %2").arg(a->code, b->code),
        [&service, asset, dependsOn] { return service.addDependency(asset, dependsOn); },
        [&service, asset, dependsOn] { return service.removeDependency(asset, dependsOn); });
}

Status AssetCommands::removeDependency(RegisterDocument& doc, qint64 asset, qint64 dependsOn)
{
    auto a = current(doc, asset);
    auto b = current(doc, dependsOn);
    if (!a || !b)
        return !a ? a.error() : b.error();
    AssetService& service = doc.reg().assets();
    return doc.execute(
        tr("Remove dependency %1 → %2").arg(a->code, b->code),
        [&service, asset, dependsOn] { return service.removeDependency(asset, dependsOn); },
        [&service, asset, dependsOn] { return service.addDependency(asset, dependsOn); });
}

Status AssetCommands::setOverride(RegisterDocument& doc, qint64 id,
                                  std::optional<Priority> priority, const QString& reason)
{
    auto before = current(doc, id);
    if (!before)
        return before.error();
    AssetService& service = doc.reg().assets();
    const std::optional<Priority> oldPriority = before->priorityOverride;
    const QString oldReason = before->overrideReason;
    const QString text =
        priority ? tr("Set priority of %1 to %2").arg(before->code, AssetTerms::key(*priority))
                 : tr("Clear priority override of %1").arg(before->code);
    return doc.execute(
        text,
        [&service, id, priority, reason]() -> Status {
            auto r = service.setPriorityOverride(id, priority, reason);
            return r ? Status{} : Status{r.error()};
        },
        [&service, id, oldPriority, oldReason]() -> Status {
            auto r = service.setPriorityOverride(id, oldPriority, oldReason);
            return r ? Status{} : Status{r.error()};
        });
}

} // namespace daicho
