#include "RiskRepository.h"

#include "AssetSnapshot.h"
#include "Database.h"
#include "RiskMethodSnapshot.h"
#include "Sql.h"

namespace daicho {

namespace {

// The first column of every row, as ids.
Result<QList<qint64>> idsOf(Result<QSqlQuery> q)
{
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q->next())
        out.append(q->value(0).toLongLong());
    return out;
}

const QString kColumns = QStringLiteral(
    "id, code, title, threat_id, vulnerability, existing_controls, method_version, "
    "threat_level, vulnerability_level, likelihood_input, impact_input, likelihood, impact, "
    "value, level, treatment, treatment_plan, residual_threat_level, residual_vuln_level, "
    "residual_likelihood_input, residual_impact_input, residual_likelihood, residual_impact, "
    "residual_value, residual_level, status, owner, acceptance_approver, acceptance_date, "
    "acceptance_expiry, acceptance_reason, next_review, notes, created_at, updated_at");

QDate dateAt(const QSqlQuery& q, int i)
{
    return q.value(i).isNull() ? QDate() : QDate::fromString(q.value(i).toString(), Qt::ISODate);
}

QVariant optionalInt(bool has, int v)
{
    return has ? QVariant(v) : sql::null();
}

std::optional<RiskAssessment> assessmentAt(const QSqlQuery& q, int first, const RiskMethod* m)
{
    if (q.value(first + 2).isNull())
        return std::nullopt;
    RiskAssessment a;
    a.likelihood = q.value(first).toInt();
    a.impact = q.value(first + 1).toInt();
    a.value = q.value(first + 2).toInt();
    a.band = -1;
    const QString level = q.value(first + 3).toString();
    if (m) {
        for (int i = 0; i < m->bands.size(); ++i) {
            if (m->bands.at(i).key == level)
                a.band = i;
        }
    }
    return a;
}

Risk readRisk(const QSqlQuery& q, const QHash<int, RiskMethod>& methods)
{
    Risk r;
    r.id = q.value(0).toLongLong();
    r.code = q.value(1).toString();
    r.title = q.value(2).toString();
    r.threatId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
    r.vulnerability = q.value(4).toString();
    r.existingControls = q.value(5).toString();
    r.methodVersion = q.value(6).toInt();
    const auto mit = methods.constFind(r.methodVersion);
    const RiskMethod* m = mit == methods.cend() ? nullptr : &*mit;
    r.scores = {q.value(7).toInt(), q.value(8).toInt(), q.value(9).toInt(), q.value(10).toInt()};
    r.inherent = assessmentAt(q, 11, m);
    if (!q.value(15).isNull())
        r.treatment = RiskTerms::treatmentFromKey(q.value(15).toString());
    r.treatmentPlan = q.value(16).toString();
    r.residualScores = {q.value(17).toInt(), q.value(18).toInt(), q.value(19).toInt(),
                        q.value(20).toInt()};
    r.residual = assessmentAt(q, 21, m);
    r.status = RiskTerms::statusFromKey(q.value(25).toString()).value_or(RiskStatus::Open);
    r.owner = q.value(26).toString();
    r.acceptanceApprover = q.value(27).toString();
    r.acceptanceDate = dateAt(q, 28);
    r.acceptanceExpiry = dateAt(q, 29);
    r.acceptanceReason = q.value(30).toString();
    r.nextReview = dateAt(q, 31);
    r.notes = q.value(32).toString();
    r.createdAt = QDateTime::fromString(q.value(33).toString(), Qt::ISODateWithMs);
    r.updatedAt = QDateTime::fromString(q.value(34).toString(), Qt::ISODateWithMs);
    return r;
}

QString levelKey(const std::optional<RiskAssessment>& a, const RiskMethod* m)
{
    if (!a || !m || a->band < 0 || a->band >= m->bands.size())
        return {};
    return m->bands.at(a->band).key;
}

} // namespace

Status RiskRepository::writeLinks(const Risk& r)
{
    const QSqlDatabase& db = m_db.connection();
    for (const char* table : {"risk_assets", "risk_controls", "risk_actions"}) {
        auto q = sql::run(db,
                          QStringLiteral("DELETE FROM ") + QLatin1StringView(table) +
                              QStringLiteral(" WHERE risk_id = ?"),
                          {r.id});
        if (!q)
            return q.error();
    }
    for (qint64 a : r.assetIds) {
        if (Status s = addAssetLink(r.id, a); !s)
            return s;
    }
    for (const RiskControlRef& c : r.controls) {
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO risk_controls (risk_id, catalog, "
                                         "control_id) VALUES (?, ?, ?)"),
                          {r.id, c.catalog, c.controlId});
        if (!q)
            return q.error();
    }
    for (int i = 0; i < r.actions.size(); ++i) {
        const RiskAction& a = r.actions.at(i);
        auto q = sql::run(db,
                          QStringLiteral("INSERT INTO risk_actions (risk_id, position, "
                                         "description, owner, due_date, status, completed) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                          {r.id, i, sql::text(a.description), sql::text(a.owner),
                           sql::nullableDate(a.due), RiskTerms::key(a.status),
                           sql::nullableDate(a.completed)});
        if (!q)
            return q.error();
    }
    return {};
}

Result<qint64> RiskRepository::insert(const Risk& r)
{
    auto methods = this->methods();
    if (!methods)
        return methods.error();
    const RiskMethod* m = nullptr;
    for (const RiskMethod& x : std::as_const(*methods)) {
        if (x.version == r.methodVersion)
            m = &x;
    }
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("INSERT INTO risks (") + kColumns +
            QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.id > 0 ? QVariant(r.id) : sql::null(),
         r.code,
         sql::text(r.title),
         r.threatId > 0 ? QVariant(r.threatId) : sql::null(),
         sql::text(r.vulnerability),
         sql::text(r.existingControls),
         r.methodVersion,
         r.scores.threat,
         r.scores.vulnerability,
         r.scores.likelihood,
         r.scores.impact,
         optionalInt(r.inherent.has_value(), r.inherent ? r.inherent->likelihood : 0),
         optionalInt(r.inherent.has_value(), r.inherent ? r.inherent->impact : 0),
         optionalInt(r.inherent.has_value(), r.inherent ? r.inherent->value : 0),
         r.inherent ? QVariant(levelKey(r.inherent, m)) : sql::null(),
         r.treatment ? QVariant(RiskTerms::key(*r.treatment)) : sql::null(),
         sql::text(r.treatmentPlan),
         r.residualScores.threat,
         r.residualScores.vulnerability,
         r.residualScores.likelihood,
         r.residualScores.impact,
         optionalInt(r.residual.has_value(), r.residual ? r.residual->likelihood : 0),
         optionalInt(r.residual.has_value(), r.residual ? r.residual->impact : 0),
         optionalInt(r.residual.has_value(), r.residual ? r.residual->value : 0),
         r.residual ? QVariant(levelKey(r.residual, m)) : sql::null(),
         RiskTerms::key(r.status),
         sql::text(r.owner),
         sql::text(r.acceptanceApprover),
         sql::nullableDate(r.acceptanceDate),
         sql::nullableDate(r.acceptanceExpiry),
         sql::text(r.acceptanceReason),
         sql::nullableDate(r.nextReview),
         sql::text(r.notes),
         AssetSnapshot::timestamp(r.createdAt),
         AssetSnapshot::timestamp(r.updatedAt)});
    if (!q)
        return q.error();
    Risk stored = r;
    stored.id = q->lastInsertId().toLongLong();
    if (Status s = writeLinks(stored); !s)
        return s.error();
    return stored.id;
}

Status RiskRepository::update(const Risk& r)
{
    // Replace the row in place: the links cascade away with a DELETE, so write them again.
    auto del =
        sql::run(m_db.connection(), QStringLiteral("DELETE FROM risks WHERE id = ?"), {r.id});
    if (!del)
        return del.error();
    if (del->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no risk %1").arg(r.id));
    auto id = insert(r);
    if (!id)
        return id.error();
    return {};
}

Status RiskRepository::remove(qint64 id)
{
    auto q = sql::run(m_db.connection(), QStringLiteral("DELETE FROM risks WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no risk %1").arg(id));
    return {};
}

Result<QList<Risk>> RiskRepository::select(const QString& where,
                                           std::initializer_list<QVariant> values) const
{
    auto methods = this->methods();
    if (!methods)
        return methods.error();
    QHash<int, RiskMethod> byVersion;
    for (const RiskMethod& m : std::as_const(*methods))
        byVersion.insert(m.version, m);

    const QSqlDatabase& db = m_db.connection();
    auto q = sql::run(db,
                      QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM risks ") +
                          where + QStringLiteral(" ORDER BY id"),
                      values);
    if (!q)
        return q.error();
    QList<Risk> out;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), out.size());
        out.append(readRisk(*q, byVersion));
    }
    if (out.isEmpty())
        return out;
    // Links of all selected risks in three queries (a filter on one risk stays cheap too).
    const bool one = out.size() == 1;
    const QVariant oneId = out.first().id;
    auto links = [&](const QString& sqlText) {
        return one ? sql::run(db, sqlText + QStringLiteral(" WHERE risk_id = ?"), {oneId})
                   : sql::run(db, sqlText);
    };
    auto assets = links(QStringLiteral("SELECT risk_id, asset_id FROM risk_assets"));
    if (!assets)
        return assets.error();
    while (assets->next()) {
        const auto it = index.constFind(assets->value(0).toLongLong());
        if (it != index.cend())
            out[*it].assetIds.append(assets->value(1).toLongLong());
    }
    auto controls = links(QStringLiteral("SELECT risk_id, catalog, control_id FROM risk_controls"));
    if (!controls)
        return controls.error();
    while (controls->next()) {
        const auto it = index.constFind(controls->value(0).toLongLong());
        if (it != index.cend())
            out[*it].controls.append(
                {controls->value(1).toString(), controls->value(2).toString()});
    }
    auto actions = one ? sql::run(db,
                                  QStringLiteral("SELECT risk_id, description, owner, due_date, "
                                                 "status, completed FROM risk_actions WHERE "
                                                 "risk_id = ? ORDER BY risk_id, position"),
                                  {oneId})
                       : sql::run(db, QStringLiteral("SELECT risk_id, description, owner, "
                                                     "due_date, status, completed FROM "
                                                     "risk_actions ORDER BY risk_id, position"));
    if (!actions)
        return actions.error();
    while (actions->next()) {
        const auto it = index.constFind(actions->value(0).toLongLong());
        if (it == index.cend())
            continue;
        RiskAction a;
        a.description = actions->value(1).toString();
        a.owner = actions->value(2).toString();
        a.due = dateAt(*actions, 3);
        a.status = RiskTerms::actionStatusFromKey(actions->value(4).toString())
                       .value_or(ActionStatus::Open);
        a.completed = dateAt(*actions, 5);
        out[*it].actions.append(a);
    }
    for (Risk& r : out) {
        std::sort(r.assetIds.begin(), r.assetIds.end());
        std::sort(r.controls.begin(), r.controls.end());
    }
    return out;
}

Result<std::optional<Risk>> RiskRepository::find(qint64 id) const
{
    auto list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Risk>();
    return std::optional<Risk>(list->first());
}

Result<std::optional<Risk>> RiskRepository::findByCode(const QString& code) const
{
    auto list = select(QStringLiteral("WHERE code = ?"), {code});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Risk>();
    return std::optional<Risk>(list->first());
}

Result<QList<Risk>> RiskRepository::all() const
{
    return select({}, {});
}

Result<QList<qint64>> RiskRepository::risksOfAsset(qint64 assetId) const
{
    return idsOf(sql::run(m_db.connection(),
                          QStringLiteral("SELECT risk_id FROM risk_assets WHERE asset_id = ? "
                                         "ORDER BY risk_id"),
                          {assetId}));
}

Status RiskRepository::removeAssetLink(qint64 riskId, qint64 assetId)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("DELETE FROM risk_assets WHERE risk_id = ? AND asset_id = ?"),
                      {riskId, assetId});
    if (!q)
        return q.error();
    return {};
}

Status RiskRepository::addAssetLink(qint64 riskId, qint64 assetId)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO risk_assets (risk_id, asset_id) VALUES (?, ?)"),
                      {riskId, assetId});
    if (!q)
        return q.error();
    return {};
}

Result<QHash<QString, int>> RiskRepository::controlRiskCounts(const QString& catalog) const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT control_id, COUNT(*) FROM risk_controls WHERE "
                                     "catalog = ? GROUP BY control_id"),
                      {catalog});
    if (!q)
        return q.error();
    QHash<QString, int> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toInt());
    return out;
}

Result<int> RiskRepository::risksTreatedBy(const QString& controlId) const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT COUNT(*) FROM risk_controls WHERE control_id = ?"),
                      {controlId});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<qint64>> RiskRepository::risksOfControl(const QString& catalog,
                                                     const QString& controlId) const
{
    return idsOf(
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT DISTINCT risk_id FROM risk_controls WHERE catalog = ? "
                                "AND control_id = ? ORDER BY risk_id"),
                 {catalog, controlId}));
}

// --- threats --------------------------------------------------------------------------------

namespace {
const QString kThreatColumns =
    QStringLiteral("id, code, name_ja, name_en, category, description_ja, description_en, builtin, "
                   "updated_at");

Threat readThreat(const QSqlQuery& q)
{
    Threat t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.nameJa = q.value(2).toString();
    t.nameEn = q.value(3).toString();
    t.category = q.value(4).toString();
    t.descriptionJa = q.value(5).toString();
    t.descriptionEn = q.value(6).toString();
    t.builtIn = q.value(7).toInt() != 0;
    t.updatedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return t;
}
} // namespace

Result<qint64> RiskRepository::insertThreat(const Threat& t)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO threats (") + kThreatColumns +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {t.id > 0 ? QVariant(t.id) : sql::null(), t.code, sql::text(t.nameJa),
                       sql::text(t.nameEn), sql::text(t.category), sql::text(t.descriptionJa),
                       sql::text(t.descriptionEn), t.builtIn ? 1 : 0,
                       AssetSnapshot::timestamp(t.updatedAt)});
    if (!q)
        return q.error();
    return q->lastInsertId().toLongLong();
}

Status RiskRepository::updateThreat(const Threat& t)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("UPDATE threats SET code = ?, name_ja = ?, name_en = ?, "
                                     "category = ?, description_ja = ?, description_en = ?, "
                                     "builtin = ?, "
                                     "updated_at = ? WHERE id = ?"),
                      {t.code, sql::text(t.nameJa), sql::text(t.nameEn), sql::text(t.category),
                       sql::text(t.descriptionJa), sql::text(t.descriptionEn), t.builtIn ? 1 : 0,
                       AssetSnapshot::timestamp(t.updatedAt), t.id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no threat %1").arg(t.id));
    return {};
}

Status RiskRepository::removeThreat(qint64 id)
{
    auto q = sql::run(m_db.connection(), QStringLiteral("DELETE FROM threats WHERE id = ?"), {id});
    if (!q)
        return q.error();
    return {};
}

Result<std::optional<Threat>> RiskRepository::findThreat(qint64 id) const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT ") + kThreatColumns +
                          QStringLiteral(" FROM threats WHERE id = ?"),
                      {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Threat>();
    return std::optional<Threat>(readThreat(*q));
}

Result<QList<Threat>> RiskRepository::threats() const
{
    auto q = sql::run(m_db.connection(), QStringLiteral("SELECT ") + kThreatColumns +
                                             QStringLiteral(" FROM threats ORDER BY id"));
    if (!q)
        return q.error();
    QList<Threat> out;
    while (q->next())
        out.append(readThreat(*q));
    return out;
}

Result<int> RiskRepository::risksOfThreat(qint64 threatId) const
{
    auto v =
        sql::scalar(m_db.connection(),
                    QStringLiteral("SELECT COUNT(*) FROM risks WHERE threat_id = ?"), {threatId});
    if (!v)
        return v.error();
    return v->toInt();
}

// --- methods --------------------------------------------------------------------------------

Status RiskRepository::insertMethod(const RiskMethod& m, const QString& definitionJson,
                                    const QDateTime& createdAt, const QString& note)
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("INSERT INTO risk_method_versions (version, definition, "
                                "created_at, note) VALUES (?, ?, ?, ?)"),
                 {m.version, definitionJson, AssetSnapshot::timestamp(createdAt), sql::text(note)});
    if (!q)
        return q.error();
    return {};
}

Result<QList<RiskMethod>> RiskRepository::methods() const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT version, definition FROM risk_method_versions "
                                     "ORDER BY version"));
    if (!q)
        return q.error();
    QList<RiskMethod> out;
    while (q->next()) {
        auto m = RiskMethodSnapshot::fromJson(q->value(1).toString());
        if (!m)
            return m.error();
        m->version = q->value(0).toInt();
        out.append(*m);
    }
    return out;
}

Result<QHash<QString, QString>> RiskRepository::methodDefinitions() const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT version, definition FROM risk_method_versions"));
    if (!q)
        return q.error();
    QHash<QString, QString> out;
    while (q->next())
        out.insert(q->value(0).toString(), q->value(1).toString());
    return out;
}

Result<std::optional<RiskMethod>> RiskRepository::method(int version) const
{
    auto all = methods();
    if (!all)
        return all.error();
    for (const RiskMethod& m : std::as_const(*all)) {
        if (m.version == version)
            return std::optional<RiskMethod>(m);
    }
    return std::optional<RiskMethod>();
}

Result<std::optional<RiskMethod>> RiskRepository::currentMethod() const
{
    auto all = methods();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<RiskMethod>();
    return std::optional<RiskMethod>(all->last());
}

} // namespace daicho
