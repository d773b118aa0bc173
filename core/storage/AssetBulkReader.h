#pragma once

#include "domain/Asset.h"
#include "support/Result.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>

#include <optional>

namespace daicho {

// Reads every asset straight through SQLite's C API, without a QVariant per value: opening a
// register of 100,000 assets spends most of its time there otherwise. The columns and their
// meaning are AssetRepository's (kColumns); the rows come in id order.
// Returns nullopt when the connection is not SQLite (the caller then reads through QtSql).
// With `only`, just the assets with those ids are made (the others are stepped over by id), so
// a few assets of a large register cost little memory.
std::optional<Result<QList<Asset>>> readAllAssetsDirect(const QSqlDatabase& db,
                                                        const QString& columns, qsizetype expected,
                                                        const QSet<qint64>* only = nullptr);

} // namespace daicho
