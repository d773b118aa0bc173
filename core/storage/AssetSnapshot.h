#pragma once

#include "AssetRepository.h"
#include "domain/Asset.h"
#include "support/Result.h"

namespace daicho {

// An asset as one line of JSON, as kept in the change history. The same asset always gives
// the same text, which is how `check` compares the register with what its history says.
class AssetSnapshot
{
public:
    static QString toJson(const Asset& a);
    // The same text in two parts, for an import that encodes rows before their ids exist:
    // tailUtf8() is everything after the id, made from the row as encoded for its insert (its
    // texts are UTF-8 already); withId() puts the id in front. Together they give toJson()
    // exactly, in UTF-8.
    static QByteArray tailUtf8(const AssetRepository::EncodedRow& row);
    static QByteArray withId(qint64 id, QByteArrayView tail);
    static Result<Asset> fromJson(const QString& json);

    static QString dependencyJson(qint64 dependent, qint64 dependency);
    static QString dependencyKey(qint64 dependent, qint64 dependency);

    static QString timestamp(const QDateTime& t); // UTC, ISO 8601 with milliseconds
};

} // namespace daicho
