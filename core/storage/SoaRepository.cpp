#include "SoaRepository.h"

#include "AssetSnapshot.h"
#include "Database.h"
#include "Sql.h"

namespace daicho {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT catalog, control_id, catalog_version, applicable, reasons, exclusion_justification, "
    "status, target_date, evidence, evidence_links, owner, last_reviewed, updated_at "
    "FROM soa_entries");

SoaEntry readEntry(const QSqlQuery& q)
{
    SoaEntry e;
    e.catalog = q.value(0).toString();
    e.controlId = q.value(1).toString();
    e.catalogVersion = q.value(2).toString();
    if (!q.value(3).isNull())
        e.applicable = q.value(3).toInt() != 0;
    e.reasons = SoaTerms::reasonsFromKeys(q.value(4).toString()).value_or(QList<SoaReason>{});
    e.exclusionJustification = q.value(5).toString();
    if (!q.value(6).isNull())
        e.status = SoaTerms::statusFromKey(q.value(6).toString());
    if (!q.value(7).isNull())
        e.targetDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    e.evidence = q.value(8).toString();
    const QString links = q.value(9).toString();
    if (!links.isEmpty())
        e.evidenceLinks = links.split(QLatin1Char('\n'));
    e.owner = q.value(10).toString();
    if (!q.value(11).isNull())
        e.lastReviewed = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    e.updatedAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODateWithMs);
    return e;
}

} // namespace

Status SoaRepository::upsert(const SoaEntry& e)
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral(
            "INSERT OR REPLACE INTO soa_entries (catalog, control_id, catalog_version, "
            "applicable, reasons, exclusion_justification, status, target_date, evidence, "
            "evidence_links, owner, last_reviewed, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.catalog, e.controlId, sql::text(e.catalogVersion),
         e.applicable ? QVariant(*e.applicable ? 1 : 0) : sql::null(),
         sql::text(SoaTerms::reasonKeys(e.reasons)), sql::text(e.exclusionJustification),
         e.status ? QVariant(SoaTerms::key(*e.status)) : sql::null(),
         sql::nullableDate(e.targetDate), sql::text(e.evidence),
         sql::text(e.evidenceLinks.join(QLatin1Char('\n'))), sql::text(e.owner),
         sql::nullableDate(e.lastReviewed), sql::text(AssetSnapshot::timestamp(e.updatedAt))});
    if (!q)
        return q.error();
    return {};
}

Status SoaRepository::remove(const QString& catalog, const QString& controlId)
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("DELETE FROM soa_entries WHERE catalog = ? AND control_id = ?"),
                 {catalog, controlId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no SoA entry"));
    return {};
}

Result<std::optional<SoaEntry>> SoaRepository::find(const QString& catalog,
                                                    const QString& controlId) const
{
    auto q = sql::run(m_db.connection(),
                      kSelect + QStringLiteral(" WHERE catalog = ? AND control_id = ?"),
                      {catalog, controlId});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<SoaEntry>();
    return std::optional<SoaEntry>(readEntry(*q));
}

Result<QList<SoaEntry>> SoaRepository::all(const QString& catalog) const
{
    auto q = catalog.isEmpty()
                 ? sql::run(m_db.connection(), kSelect)
                 : sql::run(m_db.connection(), kSelect + QStringLiteral(" WHERE catalog = ?"),
                            {catalog});
    if (!q)
        return q.error();
    QList<SoaEntry> out;
    while (q->next())
        out.append(readEntry(*q));
    return out;
}

Status SoaRepository::addAssetLink(const ControlAssetLink& l)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO control_asset_links (catalog, control_id, "
                                     "asset_id) VALUES (?, ?, ?)"),
                      {l.catalog, l.controlId, l.assetId});
    if (!q)
        return q.error();
    return {};
}

Status SoaRepository::removeAssetLink(const ControlAssetLink& l)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("DELETE FROM control_asset_links WHERE catalog = ? AND "
                                     "control_id = ? AND asset_id = ?"),
                      {l.catalog, l.controlId, l.assetId});
    if (!q)
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::make(Error::Kind::NotFound, QStringLiteral("no such link"));
    return {};
}

Result<QList<ControlAssetLink>>
SoaRepository::assetLinks(const QString& catalog, const QString& controlId, qint64 assetId) const
{
    // One statement per combination, so each can use the primary key or the asset index
    // ("? = '' OR …" would scan the whole table for every call).
    const QString select = QStringLiteral("SELECT catalog, control_id, asset_id FROM "
                                          "control_asset_links");
    const QString order = QStringLiteral(" ORDER BY catalog, control_id, asset_id");
    const QSqlDatabase db = m_db.connection();
    auto run = [&]() -> Result<QSqlQuery> {
        if (assetId != 0 && !controlId.isEmpty()) {
            return sql::run(db,
                            select + QStringLiteral(" WHERE catalog = ? AND control_id = ? AND "
                                                    "asset_id = ?"),
                            {catalog, controlId, assetId});
        }
        if (assetId != 0 && catalog.isEmpty())
            return sql::run(db, select + QStringLiteral(" WHERE asset_id = ?") + order, {assetId});
        if (assetId != 0) {
            return sql::run(db,
                            select + QStringLiteral(" WHERE asset_id = ? AND catalog = ?") + order,
                            {assetId, catalog});
        }
        if (!controlId.isEmpty()) {
            return sql::run(
                db, select + QStringLiteral(" WHERE catalog = ? AND control_id = ?") + order,
                {catalog, controlId});
        }
        if (!catalog.isEmpty())
            return sql::run(db, select + QStringLiteral(" WHERE catalog = ?") + order, {catalog});
        return sql::run(db, select + order);
    };
    auto q = run();
    if (!q)
        return q.error();
    QList<ControlAssetLink> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toLongLong()});
    return out;
}

} // namespace daicho
