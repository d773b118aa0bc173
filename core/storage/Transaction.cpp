#include "Transaction.h"

#include "Database.h"
#include "Sql.h"

namespace daicho {

namespace {
QString savepointName(int level)
{
    return QStringLiteral("daicho_sp_") + QString::number(level);
}

Status execText(Database& db, const QString& text)
{
    QSqlQuery q(db.connection());
    if (!q.exec(text))
        return sql::errorFrom(q, QStringLiteral("Transaction control failed"));
    return {};
}
} // namespace

Result<Transaction> Transaction::begin(Database& db)
{
    const int level = db.transactionDepth();
    const QString text = level == 0 ? QStringLiteral("BEGIN IMMEDIATE")
                                    : QStringLiteral("SAVEPOINT ") + savepointName(level);
    if (Status s = execText(db, text); !s)
        return s.error();
    ++db.transactionDepth();
    return Transaction(db, level);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db)
    , m_level(other.m_level)
    , m_open(other.m_open)
{
    other.m_open = false;
}

Transaction::~Transaction()
{
    if (m_open)
        rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return Error::make(Error::Kind::Usage, QStringLiteral("Transaction already finished"));
    const QString text = m_level == 0 ? QStringLiteral("COMMIT")
                                      : QStringLiteral("RELEASE ") + savepointName(m_level);
    Status s = execText(*m_db, text);
    if (!s) {
        rollback();
        return s;
    }
    m_open = false;
    --m_db->transactionDepth();
    return {};
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    if (m_level == 0) {
        (void)execText(*m_db, QStringLiteral("ROLLBACK"));
    } else {
        // ROLLBACK TO keeps the savepoint on the stack; RELEASE removes it.
        (void)execText(*m_db, QStringLiteral("ROLLBACK TO ") + savepointName(m_level));
        (void)execText(*m_db, QStringLiteral("RELEASE ") + savepointName(m_level));
    }
    m_open = false;
    --m_db->transactionDepth();
}

} // namespace daicho
