#include "AssetBulkReader.h"

#include "domain/AssetTypes.h"
#include "support/Timestamp.h"

#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>

namespace daicho {

namespace {

QString text(sqlite3_stmt* s, int column)
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(s, column));
}

bool isNull(sqlite3_stmt* s, int column)
{
    return sqlite3_column_type(s, column) == SQLITE_NULL;
}

// The column order of AssetRepository's kColumns.
Asset readRow(sqlite3_stmt* s)
{
    Asset a;
    a.id = sqlite3_column_int64(s, 0);
    a.code = text(s, 1);
    a.name = text(s, 2);
    a.description = text(s, 3);
    a.assetClass = AssetTerms::classFromKey(text(s, 4)).value_or(AssetClass::Internal);
    a.subtype = AssetTerms::subtypeFromKey(text(s, 5)).value_or(AssetSubtype::Data);
    a.owner = text(s, 6);
    a.location = text(s, 7);
    a.retention = text(s, 8);
    a.businessArea = text(s, 9);
    a.userScope = text(s, 10);
    a.notes = text(s, 11);
    a.confidentiality = sqlite3_column_int(s, 12);
    a.integrity = sqlite3_column_int(s, 13);
    a.availability = sqlite3_column_int(s, 14);
    a.personalData = AssetTerms::personalDataFromKey(text(s, 15)).value_or(PersonalData::None);
    a.customerData = sqlite3_column_int(s, 16) != 0;
    if (!isNull(s, 17))
        a.priorityOverride = AssetTerms::priorityFromKey(text(s, 17));
    a.overrideReason = text(s, 18);
    if (!isNull(s, 19))
        a.nextReview = QDate::fromString(text(s, 19), Qt::ISODate);
    a.createdAt = parseUtcTimestamp(text(s, 20));
    a.updatedAt = parseUtcTimestamp(text(s, 21));
    return a;
}

} // namespace

std::optional<Result<QList<Asset>>> readAllAssetsDirect(const QSqlDatabase& db,
                                                        const QString& columns, qsizetype expected,
                                                        const QSet<qint64>* only)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return std::nullopt;
    sqlite3* connection = *static_cast<sqlite3* const*>(handle.constData());
    if (!connection)
        return std::nullopt;

    const QByteArray sql =
        QStringLiteral("SELECT %1 FROM assets ORDER BY id").arg(columns).toUtf8();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &stmt, nullptr) !=
        SQLITE_OK)
        return Result<QList<Asset>>(
            Error::io(QString::fromUtf8(sqlite3_errmsg(connection)), db.databaseName()));
    QList<Asset> out;
    out.reserve(expected);
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        if (!only || only->contains(sqlite3_column_int64(stmt, 0)))
            out.append(readRow(stmt));
    }
    const QString error = QString::fromUtf8(sqlite3_errmsg(connection));
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Result<QList<Asset>>(Error::io(error, db.databaseName()));
    return Result<QList<Asset>>(std::move(out));
}

} // namespace daicho
