#pragma once

#include "domain/Asset.h"
#include "support/Result.h"

namespace daicho {

// An asset as one line of JSON, as kept in the change history. The same asset always gives
// the same text, which is how `check` compares the register with what its history says.
class AssetSnapshot
{
public:
    static QString toJson(const Asset& a);
    static Result<Asset> fromJson(const QString& json);

    static QString dependencyJson(qint64 dependent, qint64 dependency);
    static QString dependencyKey(qint64 dependent, qint64 dependency);

    static QString timestamp(const QDateTime& t); // UTC, ISO 8601 with milliseconds
};

} // namespace daicho
