#pragma once

#include <QDateTime>
#include <QString>

namespace daicho {

// A moment as stored in the register: UTC, ISO 8601 with milliseconds ("…T09:00:00.000Z"), or
// empty when invalid. Bulk writes format the same millisecond many times (rows, snapshots,
// history), so the last result is kept.
QString utcTimestamp(const QDateTime& t);

// A date as stored: "YYYY-MM-DD", exactly QDate::toString(Qt::ISODate), written without the
// locale machinery (an import writes one per row); the last result is kept, per thread.
QString isoDate(const QDate& d);

// `t` cut to the millisecond precision that is stored.
inline QDateTime toStoredPrecision(const QDateTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}

// The inverse of utcTimestamp(): reads "YYYY-MM-DDTHH:MM:SS.mmmZ" directly (loading 100,000
// assets parses 200,000 of them), and anything else through QDateTime's ISO parser.
QDateTime parseUtcTimestamp(QStringView text);

} // namespace daicho
