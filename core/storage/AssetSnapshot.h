#pragma once

#include "AssetRepository.h"
#include "domain/Asset.h"
#include "support/Result.h"

#include <QJsonObject>

namespace daicho {

// An asset as one line of JSON, as kept in the change history: an array of its members in a
// fixed order (members(); a later format only appends), so that 200,000 snapshots do not carry
// 200,000 copies of every member's name. The same asset always gives the same text, which is
// how `check` compares the register with what its history says.
//
// Registers before schema 5 kept an object of named members. Their entries stay as they are
// (the history's hashes cover them): every function here reads both forms.
class AssetSnapshot
{
public:
    static QString toJson(const Asset& a);
    // The same text in UTF-8, made from the row as encoded for its insert (its texts are UTF-8
    // already) and the asset's id: an import encodes its rows once, for both.
    static QByteArray utf8(qint64 id, const AssetRepository::EncodedRow& row);
    static Result<Asset> fromJson(const QString& json);

    // The members by name ("id", "code", "name" ..., "customer_data" a boolean), of either
    // form; empty when the text is not an asset snapshot.
    static QJsonObject members(const QString& json);
    // The text this version writes for the asset a snapshot of either form describes (an
    // older entry's text is converted), to compare it with the register; anything else is
    // returned as it is.
    static QString current(const QString& json);

    static QString dependencyJson(qint64 dependent, qint64 dependency);
    static QString dependencyKey(qint64 dependent, qint64 dependency);

    static QString timestamp(const QDateTime& t); // UTC, ISO 8601 with milliseconds
};

} // namespace daicho
