#include "RiskCommands.h"

#include "services/Register.h"
#include "services/RiskService.h"
#include "undo/RegisterDocument.h"
#include "undo/UndoableSteps.h"

#include <memory>

namespace daicho {

Result<qint64> RiskCommands::create(RegisterDocument& doc, const Risk& risk)
{
    RiskService& service = doc.reg().risks();
    return undoable::create(
        doc, tr("New risk %1").arg(risk.code), [&service, risk] { return service.create(risk); },
        [&service](qint64 id) { return service.remove(id); },
        [&service](const Risk& removed) { return service.restore(removed); });
}

Status RiskCommands::update(RegisterDocument& doc, const Risk& after)
{
    RiskService& service = doc.reg().risks();
    auto found = service.find(after.id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Kind::NotFound, tr("The risk no longer exists."));
    const Risk before = **found;
    if (before.sameContent(RiskRules::normalized(after)))
        return {};
    return undoable::update(doc, tr("Edit risk %1").arg(after.code), before, after,
                            [&service](const Risk& r) { return service.update(r); });
}

Status RiskCommands::remove(RegisterDocument& doc, const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return {};
    RiskService& service = doc.reg().risks();
    auto removed = std::make_shared<QList<Risk>>();
    return doc.execute(
        tr("Delete %n risk(s)", nullptr, int(ids.size())),
        [&service, ids, removed]() -> Status {
            removed->clear();
            for (qint64 id : ids) {
                auto r = service.remove(id);
                if (!r)
                    return r.error();
                removed->append(*r);
            }
            return {};
        },
        [&service, removed]() -> Status {
            for (const Risk& r : std::as_const(*removed)) {
                auto back = service.restore(r);
                if (!back)
                    return back.error();
            }
            return {};
        });
}

Status RiskCommands::applyMethod(RegisterDocument& doc, const RiskMethod& method)
{
    RiskService& service = doc.reg().risks();
    auto current = service.method();
    if (!current)
        return current.error();
    const RiskMethod before = *current;
    return doc.execute(
        tr("Change the assessment method"),
        [&service, method]() -> Status {
            auto v = service.applyMethod(method);
            return v ? Status() : Status(v.error());
        },
        [&service, before]() -> Status {
            auto v = service.applyMethod(before);
            return v ? Status() : Status(v.error());
        });
}

Result<qint64> RiskCommands::createThreat(RegisterDocument& doc, const Threat& threat)
{
    RiskService& service = doc.reg().risks();
    return undoable::create(
        doc, tr("New threat %1").arg(threat.code),
        [&service, threat] { return service.createThreat(threat); },
        [&service](qint64 id) { return service.removeThreat(id); },
        [&service](const Threat& removed) { return service.restoreThreat(removed); });
}

Status RiskCommands::updateThreat(RegisterDocument& doc, const Threat& after)
{
    RiskService& service = doc.reg().risks();
    auto found = service.findThreat(after.id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Kind::NotFound, tr("The threat no longer exists."));
    const Threat before = **found;
    if (before.sameContent(after))
        return {};
    return undoable::update(doc, tr("Edit threat %1").arg(after.code), before, after,
                            [&service](const Threat& t) { return service.updateThreat(t); });
}

Status RiskCommands::removeThreat(RegisterDocument& doc, qint64 id)
{
    RiskService& service = doc.reg().risks();
    return undoable::remove(
        doc, tr("Delete threat"), id, [&service](qint64 i) { return service.removeThreat(i); },
        [&service](const Threat& removed) { return service.restoreThreat(removed); });
}

Result<qint64> RiskCommands::createVulnerability(RegisterDocument& doc, const Vulnerability& v)
{
    VulnerabilityService& service = doc.reg().risks().vulnerabilities();
    return undoable::create(
        doc, tr("New vulnerability %1").arg(v.code), [&service, v] { return service.create(v); },
        [&service](qint64 id) { return service.remove(id); },
        [&service](const Vulnerability& removed) { return service.restore(removed); });
}

Status RiskCommands::updateVulnerability(RegisterDocument& doc, const Vulnerability& after)
{
    VulnerabilityService& service = doc.reg().risks().vulnerabilities();
    auto found = service.find(after.id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error::make(Error::Kind::NotFound, tr("The vulnerability no longer exists."));
    const Vulnerability before = **found;
    if (before.sameContent(after))
        return {};
    const QString label =
        before.retired != after.retired
            ? (after.retired ? tr("Retire vulnerability %1") : tr("Reinstate vulnerability %1"))
                  .arg(after.code)
            : tr("Edit vulnerability %1").arg(after.code);
    return undoable::update(doc, label, before, after,
                            [&service](const Vulnerability& v) { return service.update(v); });
}

Status RiskCommands::removeVulnerability(RegisterDocument& doc, qint64 id)
{
    VulnerabilityService& service = doc.reg().risks().vulnerabilities();
    return undoable::remove(
        doc, tr("Delete vulnerability"), id, [&service](qint64 i) { return service.remove(i); },
        [&service](const Vulnerability& removed) { return service.restore(removed); });
}

} // namespace daicho
