#pragma once

#include "support/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace daicho::sql {

// Thin helpers over QSqlQuery so every failure carries the statement and SQLite's message.
// SQL text is always a literal; values are always bound.

Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& sql);
Status exec(QSqlQuery& q);
// Prepares, binds positional values, executes.
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& sql,
                      std::initializer_list<QVariant> values = {});
// Runs a statement that yields one value (or none: an invalid QVariant).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& sql,
                        std::initializer_list<QVariant> values = {});

Error errorFrom(const QSqlQuery& q, const QString& what = {});

// Qt's SQLite driver binds a null QString as SQL NULL. Text columns are NOT NULL, and "empty"
// is not "unknown": text() binds an empty string instead. SQL NULL is written as null().
inline QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}
inline QVariant null()
{
    return QVariant();
}
inline QVariant nullableDate(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : null();
}

} // namespace daicho::sql
