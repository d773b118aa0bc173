#include "RiskCommands.h"

#include "services/Register.h"
#include "services/RiskService.h"
#include "undo/RegisterDocument.h"

#include <memory>

namespace daicho {

Result<qint64> RiskCommands::create(RegisterDocument& doc, const Risk& risk)
{
    RiskService& service = doc.reg().risks();
    auto id = std::make_shared<qint64>(0);
    auto removed = std::make_shared<std::optional<Risk>>();
    Status s = doc.execute(
        tr("New risk %1").arg(risk.code),
        [&service, risk, id, removed]() -> Status {
            if (removed->has_value()) {
                auto r = service.restore(**removed);
                if (!r)
                    return r.error();
                removed->reset();
                return {};
            }
            auto r = service.create(risk);
            if (!r)
                return r.error();
            *id = r->id;
            return {};
        },
        [&service, id, removed]() -> Status {
            auto r = service.remove(*id);
            if (!r)
                return r.error();
            *removed = std::move(*r);
            return {};
        });
    if (!s)
        return s.error();
    return *id;
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
    return doc.execute(
        tr("Edit risk %1").arg(after.code),
        [&service, after]() -> Status {
            auto r = service.update(after);
            return r ? Status() : Status(r.error());
        },
        [&service, before]() -> Status {
            auto r = service.update(before);
            return r ? Status() : Status(r.error());
        });
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
    auto id = std::make_shared<qint64>(0);
    auto removed = std::make_shared<std::optional<Threat>>();
    Status s = doc.execute(
        tr("New threat %1").arg(threat.code),
        [&service, threat, id, removed]() -> Status {
            auto t = removed->has_value() ? service.restoreThreat(**removed)
                                          : service.createThreat(threat);
            if (!t)
                return t.error();
            *id = t->id;
            removed->reset();
            return {};
        },
        [&service, id, removed]() -> Status {
            auto t = service.removeThreat(*id);
            if (!t)
                return t.error();
            *removed = *t;
            return {};
        });
    if (!s)
        return s.error();
    return *id;
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
    return doc.execute(
        tr("Edit threat %1").arg(after.code),
        [&service, after]() -> Status {
            auto t = service.updateThreat(after);
            return t ? Status() : Status(t.error());
        },
        [&service, before]() -> Status {
            auto t = service.updateThreat(before);
            return t ? Status() : Status(t.error());
        });
}

Status RiskCommands::removeThreat(RegisterDocument& doc, qint64 id)
{
    RiskService& service = doc.reg().risks();
    auto removed = std::make_shared<std::optional<Threat>>();
    return doc.execute(
        tr("Delete threat"),
        [&service, id, removed]() -> Status {
            auto t = service.removeThreat(id);
            if (!t)
                return t.error();
            *removed = *t;
            return {};
        },
        [&service, removed]() -> Status {
            if (!removed->has_value())
                return {};
            auto t = service.restoreThreat(**removed);
            return t ? Status() : Status(t.error());
        });
}

Result<qint64> RiskCommands::createVulnerability(RegisterDocument& doc, const Vulnerability& v)
{
    VulnerabilityService& service = doc.reg().risks().vulnerabilities();
    auto id = std::make_shared<qint64>(0);
    auto removed = std::make_shared<std::optional<Vulnerability>>();
    Status s = doc.execute(
        tr("New vulnerability %1").arg(v.code),
        [&service, v, id, removed]() -> Status {
            auto made = removed->has_value() ? service.restore(**removed) : service.create(v);
            if (!made)
                return made.error();
            *id = made->id;
            removed->reset();
            return {};
        },
        [&service, id, removed]() -> Status {
            auto gone = service.remove(*id);
            if (!gone)
                return gone.error();
            *removed = *gone;
            return {};
        });
    if (!s)
        return s.error();
    return *id;
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
    return doc.execute(
        label,
        [&service, after]() -> Status {
            auto v = service.update(after);
            return v ? Status() : Status(v.error());
        },
        [&service, before]() -> Status {
            auto v = service.update(before);
            return v ? Status() : Status(v.error());
        });
}

Status RiskCommands::removeVulnerability(RegisterDocument& doc, qint64 id)
{
    VulnerabilityService& service = doc.reg().risks().vulnerabilities();
    auto removed = std::make_shared<std::optional<Vulnerability>>();
    return doc.execute(
        tr("Delete vulnerability"),
        [&service, id, removed]() -> Status {
            auto v = service.remove(id);
            if (!v)
                return v.error();
            *removed = *v;
            return {};
        },
        [&service, removed]() -> Status {
            if (!removed->has_value())
                return {};
            auto v = service.restore(**removed);
            return v ? Status() : Status(v.error());
        });
}

} // namespace daicho
