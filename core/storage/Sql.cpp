#include "Sql.h"

#include <QSqlError>

namespace daicho::sql {

Error errorFrom(const QSqlQuery& q, const QString& what)
{
    QString msg = what.isEmpty() ? QStringLiteral("SQL error") : what;
    msg += QLatin1String(": ") + q.lastError().text();
    const QString text = q.lastQuery();
    if (!text.isEmpty())
        msg += QLatin1String(" [") + text.simplified() + QLatin1Char(']');
    return Error::make(Error::Kind::Io, msg);
}

Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (!q.prepare(statement))
        return errorFrom(q, QStringLiteral("Cannot prepare statement"));
    return q;
}

Status exec(QSqlQuery& q)
{
    if (!q.exec())
        return errorFrom(q, QStringLiteral("Statement failed"));
    return {};
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement,
                      std::initializer_list<QVariant> values)
{
    auto q = prepare(db, statement);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v.userType() == QMetaType::QString ? text(v.toString()) : v);
    if (Status s = exec(*q); !s)
        return s.error();
    return q;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        std::initializer_list<QVariant> values)
{
    auto q = run(db, statement, values);
    if (!q)
        return q.error();
    if (!q->next())
        return QVariant();
    return q->value(0);
}

} // namespace daicho::sql
