#include "BulkLoad.h"

#include "Database.h"
#include "SqliteStatement.h"
#include "WriteBehindVfs.h"

#include <QFile>
#include <QSqlQuery>
#include <QVariant>

#ifdef __linux__
#include <fcntl.h>
#include <unistd.h>
#endif

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
    m_keepsWrites = WriteBehindVfs::keepWrites(sqliteHandle(db.connection()), true);
#ifdef __linux__
    m_fd = ::open(QFile::encodeName(db.path()).constData(), O_RDONLY | O_CLOEXEC);
#endif
}

void BulkLoad::startWriteback()
{
#ifdef __linux__
    if (m_fd >= 0)
        (void)::sync_file_range(m_fd, 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
}

BulkLoad::~BulkLoad()
{
    // After the transaction: its commit (or rollback) wrote everything already.
    if (m_keepsWrites)
        (void)WriteBehindVfs::keepWrites(sqliteHandle(m_db->connection()), false);
#ifdef __linux__
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    if (!m_cacheSize.isEmpty())
        (void)pragma(*m_db, QStringLiteral("PRAGMA cache_size = ") + m_cacheSize);
}

} // namespace daicho
