#include "RiskService.h"

#include "AssetService.h"
#include "Register.h"
#include "SoaService.h"
#include "catalogs/Catalogs.h"
#include "risks/ThreatCatalog.h"
#include "storage/RiskMethodSnapshot.h"
#include "storage/RiskSnapshot.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/Clock.h"
#include "support/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace daicho {

namespace {

const QString kCreate = QStringLiteral("create");
const QString kUpdate = QStringLiteral("update");
const QString kDelete = QStringLiteral("delete");
const QString kRestore = QStringLiteral("restore");
const QString kRescore = QStringLiteral("rescore");
const QString kReferences = QStringLiteral("risk-asset-links");

Error invalidRisk(const QList<RiskIssue>& issues)
{
    QStringList lines;
    for (const RiskIssue& i : issues)
        lines.append(i.message);
    return Error::invalid(lines.join(QLatin1Char('\n')), RiskRules::fieldKey(issues.first().field));
}

std::optional<RiskAssessment> assessOrNone(const RiskMethod& m, RiskScores s, int importance)
{
    if (m.kind == RiskMethodKind::Ipa) {
        if (s.threat == 0 && s.vulnerability == 0)
            return std::nullopt;
        s.impact = importance;
    } else if (s.likelihood == 0 && s.impact == 0) {
        return std::nullopt;
    }
    auto a = m.assess(s);
    if (!a)
        return std::nullopt;
    return *a;
}

// IPA takes impact from the assets: the stored input stays 0 so it never goes stale.
RiskScores inputsFor(const RiskMethod& m, RiskScores s)
{
    if (m.kind == RiskMethodKind::Ipa) {
        s.likelihood = 0;
        s.impact = 0;
    }
    return s;
}

} // namespace

RiskService::RiskService(Register& reg)
    : m_reg(reg)
    , m_repo(reg.database())
    , m_vulnerabilities(std::make_unique<VulnerabilityService>(reg))
{
    reg.addSnapshotSource(history::Risk, [this]() -> Result<QHash<QString, QString>> {
        auto all = m_repo.all();
        if (!all)
            return all.error();
        auto methods = m_repo.methods();
        if (!methods)
            return methods.error();
        QHash<int, RiskMethod> byVersion;
        for (const RiskMethod& m : std::as_const(*methods))
            byVersion.insert(m.version, m);
        QHash<QString, QString> out;
        for (const Risk& r : std::as_const(*all))
            out.insert(RiskSnapshot::key(r.id),
                       RiskSnapshot::toJson(r, byVersion.value(r.methodVersion)));
        return out;
    });
    reg.addSnapshotSource(history::Threat, [this]() -> Result<QHash<QString, QString>> {
        auto all = m_repo.threats();
        if (!all)
            return all.error();
        QHash<QString, QString> out;
        for (const Threat& t : std::as_const(*all))
            out.insert(QString::number(t.id), RiskSnapshot::threatJson(t));
        return out;
    });
    reg.addSnapshotSource(history::RiskMethod, [this]() -> Result<QHash<QString, QString>> {
        return m_repo.methodDefinitions();
    });
    AssetReferences refs;
    refs.detach = [this](qint64 id, HistoryLog::Writer& w) {
        return detachAsset(id, w);
    };
    refs.reattach = [this](qint64 id, const QString& saved, HistoryLog::Writer& w) {
        return reattachAsset(id, saved, w);
    };
    refs.updated = [this](const Asset& before, const Asset& after, HistoryLog::Writer& w) {
        return assetUpdated(before, after, w);
    };
    reg.assets().addReferences(kReferences, std::move(refs));
    // Risks written inside an asset action are announced once that action has committed.
    auto announce = [this]() {
        if (m_touched.isEmpty())
            return;
        m_touched.clear();
        Q_EMIT risksReset();
    };
    connect(&reg.assets(), &AssetService::assetUpdated, this, announce);
    connect(&reg.assets(), &AssetService::assetRemoved, this, announce);
    connect(&reg.assets(), &AssetService::assetAdded, this, announce);
    // A bulk asset import may change importances: re-score as its own action.
    connect(&reg.assets(), &AssetService::assetsReset, this, [this]() {
        auto all = m_repo.all();
        if (!all || all->isEmpty())
            return;
        auto tx = Transaction::begin(m_reg.database());
        if (!tx)
            return;
        auto writer = m_reg.history().writer();
        if (!writer)
            return;
        QList<qint64> ids;
        for (const Risk& r : std::as_const(*all))
            ids.append(r.id);
        auto n = rescoreAssets(ids, *writer, tr("Assets were imported"));
        m_touched.clear();
        if (!n || *n == 0)
            return;
        if (tx->commit())
            Q_EMIT risksReset();
    });
    // The SoA's "risk treatment" rule counts the risks linked to a control. Control ids are
    // distinct across the catalogs, so the id alone finds the links.
    reg.soa().setLinkedRisks([this](const QString& controlId) -> std::optional<int> {
        auto n = m_repo.risksTreatedBy(controlId);
        if (!n)
            return std::nullopt; // unknown: the rule is not applied
        return *n;
    });
}

RiskService::~RiskService()
{
    m_reg.soa().setLinkedRisks({});
}

void RiskService::announceSetup()
{
    m_vulnerabilities->announceInstalled();
    if (!m_threatsAdded)
        return;
    m_threatsAdded = false;
    Q_EMIT threatsChanged();
    Q_EMIT methodChanged();
}

// --- method ---------------------------------------------------------------------------------

Result<RiskMethod> RiskService::method() const
{
    auto m = m_repo.currentMethod();
    if (!m)
        return m.error();
    if (m->has_value())
        return **m;
    return RiskMethod::ipaDefault();
}

Result<QList<RiskMethod>> RiskService::methodVersions() const
{
    return m_repo.methods();
}

Result<RiskMethod> RiskService::methodFor(int version) const
{
    auto m = m_repo.method(version);
    if (!m)
        return m.error();
    if (!m->has_value())
        return method();
    return **m;
}

Result<RiskMethod> RiskService::ensureMethod(HistoryLog::Writer& writer)
{
    auto current = m_repo.currentMethod();
    if (!current)
        return current.error();
    if (current->has_value())
        return **current;
    RiskMethod m = RiskMethod::ipaDefault();
    m.version = 1;
    const QString json = RiskMethodSnapshot::toJson(m);
    if (Status s = m_repo.insertMethod(m, json, Clock::current().nowUtc(), {}); !s)
        return s.error();
    if (Status s = writer.append(history::RiskMethod, QString::number(m.version), m.displayName(),
                                 kCreate, std::nullopt, json);
        !s)
        return s.error();
    // The register's risk part starts here: the built-in threats and vulnerabilities come
    // with it.
    if (auto n = installThreats(writer); !n)
        return n.error();
    if (auto n = m_vulnerabilities->install(writer); !n)
        return n.error();
    return m;
}

Result<RiskMethod> RiskService::ensureSetup(HistoryLog::Writer& writer)
{
    auto m = ensureMethod(writer);
    if (!m)
        return m.error();
    if (auto n = m_vulnerabilities->install(writer); !n)
        return n.error();
    return m;
}

Result<int> RiskService::installThreats(HistoryLog::Writer& writer)
{
    auto installed = m_reg.infoValue(infokey::ThreatCatalogVersion);
    const ThreatCatalog::Contents& catalog = ThreatCatalog::builtIn();
    if (installed && *installed == catalog.version)
        return 0;
    auto existing = m_repo.threats();
    if (!existing)
        return existing.error();
    QSet<QString> codes;
    for (const Threat& t : std::as_const(*existing))
        codes.insert(t.code.toCaseFolded());
    const QDateTime now = Clock::current().nowUtc();
    int added = 0;
    for (Threat t : catalog.threats) {
        if (codes.contains(t.code.toCaseFolded()))
            continue;
        t.updatedAt = now;
        auto id = m_repo.insertThreat(t);
        if (!id)
            return id.error();
        t.id = *id;
        if (Status s = writer.append(history::Threat, QString::number(t.id), t.code, kCreate,
                                     std::nullopt, RiskSnapshot::threatJson(t));
            !s)
            return s.error();
        ++added;
    }
    const std::optional<QString> before =
        installed && !installed->isEmpty()
            ? std::optional<QString>(Register::infoSnapshot(*installed))
            : std::nullopt;
    auto q = sql::run(m_reg.database().connection(),
                      QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {infokey::ThreatCatalogVersion, catalog.version});
    if (!q)
        return q.error();
    if (Status s = writer.append(history::RegisterInfo, infokey::ThreatCatalogVersion,
                                 infokey::ThreatCatalogVersion, before ? kUpdate : kCreate, before,
                                 Register::infoSnapshot(catalog.version));
        !s)
        return s.error();
    m_threatsAdded = m_threatsAdded || added > 0;
    return added;
}

Result<int> RiskService::installThreatCatalog()
{
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    auto n = installThreats(*writer);
    if (!n)
        return n.error();
    if (writer->count() == 0)
        return 0;
    if (Status s = tx->commit(); !s)
        return s.error();
    m_threatsAdded = false;
    Q_EMIT threatsChanged();
    return *n;
}

Result<std::optional<Threat>> RiskService::findThreatByName(const QString& codeOrName) const
{
    const QString wanted = codeOrName.trimmed();
    auto all = m_repo.threats();
    if (!all)
        return all.error();
    for (const Threat& t : std::as_const(*all)) {
        if (t.code.compare(wanted, Qt::CaseInsensitive) == 0 || t.nameJa == wanted ||
            t.nameEn.compare(wanted, Qt::CaseInsensitive) == 0)
            return std::optional<Threat>(t);
    }
    return std::optional<Threat>();
}

Result<QList<MethodChangePreview>> RiskService::previewMethod(const RiskMethod& next) const
{
    if (const QStringList problems = next.validate(); !problems.isEmpty())
        return Error::invalid(problems.join(QLatin1Char('\n')), QStringLiteral("method"));
    auto all = m_repo.all();
    if (!all)
        return all.error();
    auto methods = m_repo.methods();
    if (!methods)
        return methods.error();
    QHash<int, RiskMethod> byVersion;
    for (const RiskMethod& m : std::as_const(*methods))
        byVersion.insert(m.version, m);
    const RiskMethod fallback = RiskMethod::ipaDefault();
    QList<MethodChangePreview> out;
    out.reserve(all->size());
    for (const Risk& r : std::as_const(*all)) {
        const auto it = byVersion.constFind(r.methodVersion);
        const RiskMethod& from = it == byVersion.cend() ? fallback : *it;
        auto importance = importanceOf(r.assetIds);
        if (!importance)
            return importance.error();
        MethodChangePreview p;
        p.riskId = r.id;
        p.code = r.code;
        p.before = r.inherent;
        p.beforeLevel = r.inherent ? from.bandLabel(r.inherent->band) : QString();
        p.newScores = inputsFor(next, RiskMethod::carryOver(r.scores, from, next, *importance));
        p.newResidualScores =
            r.hasResidualScores()
                ? inputsFor(next, RiskMethod::carryOver(r.residualScores, from, next, *importance))
                : RiskScores{};
        p.after = assessOrNone(next, p.newScores, *importance);
        p.afterLevel = p.after ? next.bandLabel(p.after->band) : QString();
        p.residualAfter = assessOrNone(next, p.newResidualScores, *importance);
        out.append(p);
    }
    return out;
}

Result<int> RiskService::applyMethod(RiskMethod next, const QString& note)
{
    auto preview = previewMethod(next);
    if (!preview)
        return preview.error();
    auto current = m_repo.currentMethod();
    if (!current)
        return current.error();
    if (current->has_value() && (*current)->sameDefinition(next))
        return (*current)->version;

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    auto base = ensureSetup(*writer);
    if (!base)
        return base.error();
    next.version = base->version + 1;
    const QString json = RiskMethodSnapshot::toJson(next);
    if (Status s = m_repo.insertMethod(next, json, Clock::current().nowUtc(), note); !s)
        return s.error();
    if (Status s = writer->append(history::RiskMethod, QString::number(next.version),
                                  next.displayName(), kCreate, std::nullopt, json, note);
        !s)
        return s.error();
    const QDateTime now = Clock::current().nowUtc();
    for (const MethodChangePreview& p : std::as_const(*preview)) {
        auto before = m_repo.find(p.riskId);
        if (!before)
            return before.error();
        if (!before->has_value())
            continue;
        Risk r = **before;
        r.scores = p.newScores;
        r.residualScores = p.newResidualScores;
        r.inherent = p.after;
        r.residual = p.residualAfter;
        r.methodVersion = next.version;
        r.updatedAt = now;
        if (Status s = m_repo.update(r); !s)
            return s.error();
        if (Status s = writeRisk(**before, r, kRescore, *writer,
                                 tr("Assessment method version %1").arg(next.version));
            !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    m_vulnerabilities->announceInstalled();
    Q_EMIT methodChanged();
    Q_EMIT risksReset();
    return next.version;
}

// --- scoring --------------------------------------------------------------------------------

Result<int> RiskService::importanceOf(const QList<qint64>& assetIds) const
{
    int importance = 0;
    for (qint64 id : assetIds) {
        auto a = m_reg.assets().find(id);
        if (!a)
            return a.error();
        if (a->has_value())
            importance = std::max(importance, (*a)->importance());
    }
    return importance;
}

Status RiskService::score(Risk& r, const RiskMethod& m) const
{
    auto importance = importanceOf(r.assetIds);
    if (!importance)
        return importance.error();
    r.scores = inputsFor(m, r.scores);
    r.residualScores = inputsFor(m, r.residualScores);
    r.inherent = assessOrNone(m, r.scores, *importance);
    r.residual = assessOrNone(m, r.residualScores, *importance);
    r.methodVersion = m.version;
    return {};
}

Status RiskService::validate(const Risk& r, const RiskMethod& m, qint64 exceptId) const
{
    QList<RiskIssue> issues = RiskRules::validate(r, m);
    auto byCode = m_repo.findByCode(r.code);
    if (!byCode)
        return byCode.error();
    if (!r.code.isEmpty() && byCode->has_value() && (*byCode)->id != exceptId)
        return Error::make(Error::Kind::Conflict,
                           tr("The code %1 is already used by another risk.").arg(r.code));
    for (qint64 id : r.assetIds) {
        auto a = m_reg.assets().find(id);
        if (!a)
            return a.error();
        if (!a->has_value())
            issues.append({RiskField::Assets, tr("Asset %1 does not exist.").arg(id)});
    }
    if (r.threatId > 0) {
        auto t = m_repo.findThreat(r.threatId);
        if (!t)
            return t.error();
        if (!t->has_value())
            issues.append({RiskField::Threat, tr("Threat %1 does not exist.").arg(r.threatId)});
    }
    for (const RiskControlRef& c : r.controls) {
        auto catalog = Catalogs::find(c.catalog);
        if (!catalog)
            issues.append({RiskField::Controls, catalog.error().message});
        else if (!(*catalog)->contains(c.controlId))
            issues.append({RiskField::Controls,
                           tr("%1 is not a control of %2.").arg(c.controlId, (*catalog)->title())});
    }
    if (!issues.isEmpty())
        return invalidRisk(issues);
    return {};
}

Status RiskService::writeRisk(const std::optional<Risk>& before, const Risk& after,
                              const QString& action, HistoryLog::Writer& writer,
                              const QString& note)
{
    std::optional<QString> beforeJson;
    if (before) {
        auto bm = methodFor(before->methodVersion);
        if (!bm)
            return bm.error();
        beforeJson = RiskSnapshot::toJson(*before, *bm);
    }
    auto am = methodFor(after.methodVersion);
    if (!am)
        return am.error();
    return writer.append(history::Risk, RiskSnapshot::key(after.id), after.code, action, beforeJson,
                         RiskSnapshot::toJson(after, *am), note);
}

// --- risks ----------------------------------------------------------------------------------

Result<Risk> RiskService::create(Risk r)
{
    r = RiskRules::normalized(std::move(r));
    r.id = 0;
    auto m = method();
    if (!m)
        return m.error();
    if (Status s = validate(r, *m, 0); !s)
        return s.error();
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    auto stored = ensureSetup(*writer);
    if (!stored)
        return stored.error();
    if (Status s = score(r, *stored); !s)
        return s.error();
    r.createdAt = r.updatedAt = Clock::current().nowUtc();
    auto id = m_repo.insert(r);
    if (!id)
        return id.error();
    r.id = *id;
    if (Status s = writeRisk(std::nullopt, r, kCreate, *writer); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    announceSetup();
    Q_EMIT riskAdded(r.id);
    return r;
}

Result<Risk> RiskService::update(Risk r)
{
    r = RiskRules::normalized(std::move(r));
    auto current = m_repo.find(r.id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Risk %1 does not exist.").arg(r.id));
    const Risk& before = **current;
    auto m = method();
    if (!m)
        return m.error();
    if (Status s = validate(r, *m, r.id); !s)
        return s.error();
    Risk probe = r;
    if (Status s = score(probe, *m); !s)
        return s.error();
    if (before.sameContent(probe) && before.inherent == probe.inherent &&
        before.residual == probe.residual && before.methodVersion == probe.methodVersion)
        return before;

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    auto stored = ensureSetup(*writer);
    if (!stored)
        return stored.error();
    if (Status s = score(r, *stored); !s)
        return s.error();
    r.createdAt = before.createdAt;
    r.updatedAt = Clock::current().nowUtc();
    if (Status s = m_repo.update(r); !s)
        return s.error();
    if (Status s = writeRisk(before, r, kUpdate, *writer); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    announceSetup();
    Q_EMIT riskUpdated(r.id);
    return r;
}

Result<Risk> RiskService::remove(qint64 id)
{
    auto current = m_repo.find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Risk %1 does not exist.").arg(id));
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    auto bm = methodFor((*current)->methodVersion);
    if (!bm)
        return bm.error();
    if (Status s = writer->append(history::Risk, RiskSnapshot::key(id), (*current)->code, kDelete,
                                  RiskSnapshot::toJson(**current, *bm), std::nullopt);
        !s)
        return s.error();
    if (Status s = m_repo.remove(id); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT riskRemoved(id);
    return **current;
}

Result<Risk> RiskService::restore(const Risk& removed)
{
    Risk r = RiskRules::normalized(removed);
    auto existing = m_repo.find(r.id);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return Error::make(Error::Kind::Conflict,
                           tr("Cannot restore %1: its id is in use.").arg(r.code));
    auto m = method();
    if (!m)
        return m.error();
    // Assets deleted since are left out rather than refusing the whole risk.
    QList<qint64> present;
    for (qint64 a : std::as_const(r.assetIds)) {
        auto found = m_reg.assets().find(a);
        if (!found)
            return found.error();
        if (found->has_value())
            present.append(a);
    }
    r.assetIds = present;
    if (Status s = validate(r, *m, r.id); !s) {
        if (s.error().kind != Error::Kind::Invalid || !r.assetIds.isEmpty())
            return s.error();
    }
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    auto stored = ensureSetup(*writer);
    if (!stored)
        return stored.error();
    if (Status s = score(r, *stored); !s)
        return s.error();
    if (auto id = m_repo.insert(r); !id)
        return id.error();
    if (Status s = writeRisk(std::nullopt, r, kRestore, *writer); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    announceSetup();
    Q_EMIT riskAdded(r.id);
    return r;
}

Result<int> RiskService::saveAll(const QList<Risk>& risks, bool replaceExisting,
                                 const QString& eventLabel, const QString& eventAction,
                                 const QString& eventDetailsJson,
                                 const QHash<int, QString>& pendingThreats)
{
    auto m = method();
    if (!m)
        return m.error();
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    auto stored = ensureSetup(*writer);
    if (!stored)
        return stored.error();
    const QDateTime now = Clock::current().nowUtc();
    int written = 0;
    QSet<QString> seen;
    for (qsizetype index = 0; index < risks.size(); ++index) {
        Risk r = RiskRules::normalized(risks.at(index));
        if (const auto pending = pendingThreats.constFind(int(index));
            pending != pendingThreats.cend()) {
            auto t = findThreatByName(*pending);
            if (!t)
                return t.error();
            if (!t->has_value())
                return Error::invalid(
                    tr("\"%1\" is not a threat of the register's catalog.").arg(*pending),
                    RiskRules::fieldKey(RiskField::Threat));
            r.threatId = (*t)->id;
        }
        const QString folded = r.code.toCaseFolded();
        if (seen.contains(folded))
            return Error::make(Error::Kind::Conflict, tr("The code %1 appears twice.").arg(r.code));
        seen.insert(folded);
        auto existing = m_repo.findByCode(r.code);
        if (!existing)
            return existing.error();
        if (existing->has_value() && !replaceExisting)
            return Error::make(Error::Kind::Conflict,
                               tr("The code %1 is already used by another risk.").arg(r.code));
        const qint64 exceptId = existing->has_value() ? (*existing)->id : 0;
        if (Status s = validate(r, *stored, exceptId); !s)
            return s.error();
        if (Status s = score(r, *stored); !s)
            return s.error();
        if (existing->has_value()) {
            const Risk& before = **existing;
            r.id = before.id;
            if (before.sameContent(r) && before.inherent == r.inherent &&
                before.residual == r.residual && before.methodVersion == r.methodVersion)
                continue;
            r.createdAt = before.createdAt;
            r.updatedAt = now;
            if (Status s = m_repo.update(r); !s)
                return s.error();
            if (Status s = writeRisk(before, r, kUpdate, *writer); !s)
                return s.error();
        } else {
            r.id = 0;
            r.createdAt = r.updatedAt = now;
            auto id = m_repo.insert(r);
            if (!id)
                return id.error();
            r.id = *id;
            if (Status s = writeRisk(std::nullopt, r, kCreate, *writer); !s)
                return s.error();
        }
        ++written;
    }
    if (written == 0)
        return 0;
    if (Status s = writer->append(history::Event, QString::number(writer->op()), eventLabel,
                                  eventAction, std::nullopt, eventDetailsJson);
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    announceSetup();
    Q_EMIT risksReset();
    return written;
}

Result<std::optional<Risk>> RiskService::find(qint64 id) const
{
    return m_repo.find(id);
}

Result<std::optional<Risk>> RiskService::findByCode(const QString& code) const
{
    return m_repo.findByCode(code);
}

Result<QList<Risk>> RiskService::all() const
{
    return m_repo.all();
}

Result<QList<Risk>> RiskService::risksByIds(const QList<qint64>& ids) const
{
    QList<Risk> out;
    for (qint64 id : ids) {
        auto r = m_repo.find(id);
        if (!r)
            return r.error();
        if (r->has_value())
            out.append(**r);
    }
    return out;
}

Result<QList<Risk>> RiskService::risksOfAsset(qint64 assetId) const
{
    auto ids = m_repo.risksOfAsset(assetId);
    if (!ids)
        return ids.error();
    return risksByIds(*ids);
}

Result<QList<Risk>> RiskService::risksOfControl(const QString& catalog,
                                                const QString& controlId) const
{
    auto ids = m_repo.risksOfControl(catalog, controlId);
    if (!ids)
        return ids.error();
    auto risks = risksByIds(*ids);
    if (!risks)
        return risks.error();
    std::sort(risks->begin(), risks->end(),
              [](const Risk& a, const Risk& b) { return a.code < b.code; });
    return risks;
}

Result<QList<HistoryEntry>> RiskService::historyOf(qint64 id) const
{
    return m_reg.history().entriesFor(history::Risk, RiskSnapshot::key(id));
}

Result<QHash<QString, int>> RiskService::controlRiskCounts(const QString& catalog) const
{
    return m_repo.controlRiskCounts(catalog);
}

Result<int> RiskService::risksTreatedBy(const QString& controlId) const
{
    return m_repo.risksTreatedBy(controlId);
}

// --- assets ---------------------------------------------------------------------------------

Result<int> RiskService::rescoreAssets(const QList<qint64>& riskIds, HistoryLog::Writer& writer,
                                       const QString& note)
{
    if (riskIds.isEmpty())
        return 0;
    auto m = ensureMethod(writer);
    if (!m)
        return m.error();
    int written = 0;
    const QDateTime now = Clock::current().nowUtc();
    for (qint64 id : riskIds) {
        auto before = m_repo.find(id);
        if (!before)
            return before.error();
        if (!before->has_value())
            continue;
        Risk r = **before;
        if (Status s = score(r, *m); !s)
            return s.error();
        if (r.inherent == (*before)->inherent && r.residual == (*before)->residual &&
            r.methodVersion == (*before)->methodVersion && r.scores == (*before)->scores)
            continue;
        r.updatedAt = now;
        if (Status s = m_repo.update(r); !s)
            return s.error();
        if (Status s = writeRisk(**before, r, kRescore, writer, note); !s)
            return s.error();
        m_touched.append(id);
        ++written;
    }
    return written;
}

Status RiskService::assetUpdated(const Asset& before, const Asset& after,
                                 HistoryLog::Writer& writer)
{
    if (before.importance() == after.importance())
        return {};
    auto ids = m_repo.risksOfAsset(after.id);
    if (!ids)
        return ids.error();
    auto n = rescoreAssets(*ids, writer,
                           tr("Importance of %1 changed from %2 to %3")
                               .arg(after.code)
                               .arg(before.importance())
                               .arg(after.importance()));
    if (!n)
        return n.error();
    return {};
}

// Inside AssetService::remove's transaction: the asset leaves its risks (each risk's entry
// records it, and the risk is re-scored without it); the ids are kept for restore.
Result<QString> RiskService::detachAsset(qint64 assetId, HistoryLog::Writer& writer)
{
    auto ids = m_repo.risksOfAsset(assetId);
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return QString();
    auto m = ensureMethod(writer);
    if (!m)
        return m.error();
    auto asset = m_reg.assets().find(assetId);
    if (!asset)
        return asset.error();
    const QString code = asset->has_value() ? (*asset)->code : QString::number(assetId);
    const QDateTime now = Clock::current().nowUtc();
    QJsonArray saved;
    for (qint64 id : std::as_const(*ids)) {
        auto before = m_repo.find(id);
        if (!before)
            return before.error();
        if (!before->has_value())
            continue;
        Risk r = **before;
        r.assetIds.removeAll(assetId);
        if (Status s = score(r, *m); !s)
            return s.error();
        r.updatedAt = now;
        if (Status s = m_repo.update(r); !s)
            return s.error();
        if (Status s = writeRisk(**before, r, kUpdate, writer, tr("Asset %1 deleted").arg(code));
            !s)
            return s.error();
        m_touched.append(id);
        saved.append(id);
    }
    return QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact));
}

Status RiskService::reattachAsset(qint64 assetId, const QString& saved, HistoryLog::Writer& writer)
{
    auto m = ensureMethod(writer);
    if (!m)
        return m.error();
    auto asset = m_reg.assets().find(assetId);
    if (!asset)
        return asset.error();
    const QString code = asset->has_value() ? (*asset)->code : QString::number(assetId);
    const QDateTime now = Clock::current().nowUtc();
    const QJsonArray ids = QJsonDocument::fromJson(saved.toUtf8()).array();
    for (const QJsonValue& v : ids) {
        auto before = m_repo.find(v.toInteger());
        if (!before)
            return before.error();
        if (!before->has_value())
            continue; // the risk was deleted meanwhile
        Risk r = **before;
        r.assetIds.append(assetId);
        r = RiskRules::normalized(r);
        if (Status s = score(r, *m); !s)
            return s.error();
        r.updatedAt = now;
        if (Status s = m_repo.update(r); !s)
            return s.error();
        if (Status s = writeRisk(**before, r, kUpdate, writer, tr("Asset %1 restored").arg(code));
            !s)
            return s.error();
        m_touched.append(r.id);
    }
    return {};
}

// --- threats --------------------------------------------------------------------------------

Result<QList<Threat>> RiskService::threats() const
{
    return m_repo.threats();
}

Result<std::optional<Threat>> RiskService::findThreat(qint64 id) const
{
    return m_repo.findThreat(id);
}

namespace {
Threat normalizedThreat(Threat t)
{
    t.code = t.code.trimmed();
    t.nameJa = t.nameJa.trimmed();
    t.nameEn = t.nameEn.trimmed();
    t.category = t.category.trimmed();
    t.descriptionJa = t.descriptionJa.trimmed();
    t.descriptionEn = t.descriptionEn.trimmed();
    return t;
}
} // namespace

Result<Threat> RiskService::createThreat(Threat t)
{
    t = normalizedThreat(std::move(t));
    if (const QStringList p = ThreatTerms::validate(t); !p.isEmpty())
        return Error::invalid(p.join(QLatin1Char('\n')), QStringLiteral("threat"));
    auto all = m_repo.threats();
    if (!all)
        return all.error();
    for (const Threat& other : std::as_const(*all)) {
        if (other.code.compare(t.code, Qt::CaseInsensitive) == 0 && other.id != t.id)
            return Error::make(Error::Kind::Conflict,
                               tr("The threat code %1 is already used.").arg(t.code));
    }
    const bool restoring = t.id > 0; // restoreThreat keeps the id
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    t.updatedAt = Clock::current().nowUtc();
    auto id = m_repo.insertThreat(t);
    if (!id)
        return id.error();
    t.id = *id;
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::Threat, QString::number(t.id), t.code,
                                  restoring ? kRestore : kCreate, std::nullopt,
                                  RiskSnapshot::threatJson(t));
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT threatsChanged();
    return t;
}

Result<Threat> RiskService::restoreThreat(const Threat& removed)
{
    return createThreat(removed);
}

Result<Threat> RiskService::updateThreat(Threat t)
{
    t = normalizedThreat(std::move(t));
    auto current = m_repo.findThreat(t.id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Threat %1 does not exist.").arg(t.id));
    if ((*current)->sameContent(t))
        return **current;
    if (const QStringList p = ThreatTerms::validate(t); !p.isEmpty())
        return Error::invalid(p.join(QLatin1Char('\n')), QStringLiteral("threat"));
    auto all = m_repo.threats();
    if (!all)
        return all.error();
    for (const Threat& other : std::as_const(*all)) {
        if (other.code.compare(t.code, Qt::CaseInsensitive) == 0 && other.id != t.id)
            return Error::make(Error::Kind::Conflict,
                               tr("The threat code %1 is already used.").arg(t.code));
    }
    t.builtIn = (*current)->builtIn;
    t.updatedAt = Clock::current().nowUtc();
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.updateThreat(t); !s)
        return s.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::Threat, QString::number(t.id), t.code, kUpdate,
                                  RiskSnapshot::threatJson(**current), RiskSnapshot::threatJson(t));
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT threatsChanged();
    return t;
}

Result<Threat> RiskService::removeThreat(qint64 id)
{
    auto current = m_repo.findThreat(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Threat %1 does not exist.").arg(id));
    auto used = m_repo.risksOfThreat(id);
    if (!used)
        return used.error();
    if (*used > 0)
        return Error::make(Error::Kind::Conflict,
                           tr("%1 is the threat of %n risk(s); change them first.", nullptr, *used)
                               .arg((*current)->code));
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.removeThreat(id); !s)
        return s.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::Threat, QString::number(id), (*current)->code, kDelete,
                                  RiskSnapshot::threatJson(**current), std::nullopt);
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT threatsChanged();
    return **current;
}

} // namespace daicho
