#pragma once

#include "domain/Risk.h"
#include "domain/Threat.h"
#include "support/Result.h"

#include <QHash>

#include <optional>

namespace daicho {

class Database;

// Rows of `risks`, `risk_assets`, `risk_controls`, `risk_actions`, `threats` and
// `risk_method_versions`. No history, no signals: RiskService's job.
class RiskRepository
{
public:
    explicit RiskRepository(Database& db)
        : m_db(db)
    {}

    // Inserts the risk (with r.id when non-zero, for restore) and its links; returns the id.
    Result<qint64> insert(const Risk& r);
    // Replaces the row and all its links and actions.
    Status update(const Risk& r);
    Status remove(qint64 id);
    Result<std::optional<Risk>> find(qint64 id) const;
    Result<std::optional<Risk>> findByCode(const QString& code) const;
    Result<QList<Risk>> all() const;
    // Ids of the risks that concern `assetId`.
    Result<QList<qint64>> risksOfAsset(qint64 assetId) const;
    Status removeAssetLink(qint64 riskId, qint64 assetId);
    Status addAssetLink(qint64 riskId, qint64 assetId);
    // How many risks each control (catalog, id) treats.
    Result<QHash<QString, int>> controlRiskCounts(const QString& catalog) const;
    Result<int> risksTreatedBy(const QString& controlId) const;
    // Ids of the risks whose treatment names control `controlId` of `catalog`.
    Result<QList<qint64>> risksOfControl(const QString& catalog, const QString& controlId) const;

    Result<qint64> insertThreat(const Threat& t);
    Status updateThreat(const Threat& t);
    Status removeThreat(qint64 id);
    Result<std::optional<Threat>> findThreat(qint64 id) const;
    Result<QList<Threat>> threats() const;
    Result<int> risksOfThreat(qint64 threatId) const;

    Status insertMethod(const RiskMethod& m, const QString& definitionJson,
                        const QDateTime& createdAt, const QString& note);
    // The newest version, or nullopt when none is stored yet.
    Result<std::optional<RiskMethod>> currentMethod() const;
    Result<std::optional<RiskMethod>> method(int version) const;
    Result<QList<RiskMethod>> methods() const;
    // The stored definitions as they are (for `check`), by version.
    Result<QHash<QString, QString>> methodDefinitions() const;

private:
    Status writeLinks(const Risk& r);
    Result<QList<Risk>> select(const QString& where, std::initializer_list<QVariant> values) const;
    Database& m_db;
};

} // namespace daicho
