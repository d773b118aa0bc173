#pragma once

#include "domain/Soa.h"
#include "support/Result.h"

#include <optional>

namespace daicho {

class Database;

// A control of a catalog applied to an asset.
struct ControlAssetLink
{
    QString catalog;
    QString controlId;
    qint64 assetId = 0;
    bool operator==(const ControlAssetLink&) const = default;
};

// Rows of `soa_entries` and `control_asset_links`. No history, no signals: SoaService's job.
class SoaRepository
{
public:
    explicit SoaRepository(Database& db)
        : m_db(db)
    {}

    // Inserts or replaces the entry of (catalog, control).
    Status upsert(const SoaEntry& e);
    Status remove(const QString& catalog, const QString& controlId);
    Result<std::optional<SoaEntry>> find(const QString& catalog, const QString& controlId) const;
    // Every entry of a catalog, or of all catalogs when `catalog` is empty.
    Result<QList<SoaEntry>> all(const QString& catalog = {}) const;

    Status addAssetLink(const ControlAssetLink& l);
    Status removeAssetLink(const ControlAssetLink& l);
    // All links, or those of one catalog / one control / one asset (empty or 0: any).
    Result<QList<ControlAssetLink>> assetLinks(const QString& catalog = {},
                                               const QString& controlId = {},
                                               qint64 assetId = 0) const;

private:
    Database& m_db;
};

} // namespace daicho
