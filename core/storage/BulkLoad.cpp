#include "BulkLoad.h"

#include "Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace daicho {

namespace {

int g_cacheKib = BulkLoad::DefaultCacheKib;

// One PRAGMA; its first value, or an empty string when it fails or returns nothing.
QString pragma(Database& db, const QString& text)
{
    QSqlQuery q(db.connection());
    if (!q.exec(text) || !q.next())
        return {};
    return q.value(0).toString();
}

} // namespace

void BulkLoad::setCacheKib(int kib)
{
    g_cacheKib = kib > 0 ? kib : DefaultCacheKib;
}

BulkLoad::BulkLoad(Database& db)
    : m_db(&db)
{
    if (db.isInMemory() || db.transactionDepth() != 0)
        return;
    m_cacheSize = pragma(db, QStringLiteral("PRAGMA cache_size"));
    if (!m_cacheSize.isEmpty())
        (void)pragma(db, QStringLiteral("PRAGMA cache_size = -") + QString::number(g_cacheKib));
}

BulkLoad::~BulkLoad()
{
    if (!m_cacheSize.isEmpty())
        (void)pragma(*m_db, QStringLiteral("PRAGMA cache_size = ") + m_cacheSize);
}

} // namespace daicho
