#include "Database.h"

#include "Migrations.h"
#include "Sql.h"
#include "WriteBehindVfs.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace daicho {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("daicho-") + QString::number(++counter);
}

QString quotedPath(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

void Database::removeFiles(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile::remove(path + suffix);
    }
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName))
    , m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::currentSchemaVersion()
{
    return Migrations::latestVersion();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto v = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : -1;
}

Status Database::inspect(const QString& path, FileHeader* headerOut)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::make(Error::Kind::Io, tr("%1: no such file.").arg(quotedPath(path)));
    if (!info.isFile())
        return Error::make(Error::Kind::Io, tr("%1: not a regular file.").arg(quotedPath(path)));

    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return Error::make(Error::Kind::Io,
                           tr("%1: cannot be read: %2").arg(quotedPath(path), f.errorString()));
    }
    const FileHeader h = FileHeader::parse(f.read(FileHeader::Size), f.size());
    if (headerOut)
        *headerOut = h;

    const auto refuse = [&path](const QString& why) {
        return Error{
            Error::Kind::NotARegister,
            tr("%1: %2 It was not opened and has not been changed.").arg(quotedPath(path), why),
            path,
            0,
            0,
            {}};
    };
    if (h.fileSize == 0)
        return refuse(tr("the file is empty, so it is not a Daicho register."));
    if (!h.isSqlite)
        return refuse(tr("this is not a Daicho register (not an SQLite database)."));
    if (h.applicationId != ApplicationId) {
        return refuse(tr("this is an SQLite database of another application, not a Daicho "
                         "register."));
    }
    if (h.userVersion > static_cast<quint32>(currentSchemaVersion())) {
        return refuse(tr("the register was written by a newer version of Daicho (file format %1; "
                         "this version reads up to %2). Update Daicho to open it.")
                          .arg(h.userVersion)
                          .arg(currentSchemaVersion()));
    }
    // After a crash the newest pages (even the first schema) may still be in the write-ahead
    // log beside the file; SQLite reads them back, and probe() then judges what it finds.
    // Likewise a crash during a bulk load (BulkLoad) leaves a rollback journal beside a
    // half-written file, which SQLite puts back as it was from the journal.
    const bool hasWal = QFileInfo(path + QStringLiteral("-wal")).size() > 0 ||
                        QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (h.userVersion == 0 && !hasWal)
        return refuse(tr("the register has no schema; it is damaged."));
    const qint64 expected = qint64(h.pageCount) * h.pageSize;
    if (h.pageSize < 512 || (h.pageSize & (h.pageSize - 1)) != 0)
        return refuse(tr("the file header is damaged."));
    if (!hasWal && h.pageCountValid && h.fileSize < expected) {
        return refuse(tr("the file is truncated or damaged (%1 bytes, expected %2).")
                          .arg(h.fileSize)
                          .arg(expected));
    }
    if (!hasWal && h.fileSize % h.pageSize != 0) {
        return refuse(tr("the file is truncated or damaged (its size is not a whole number of "
                         "pages)."));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, bool inMemory)
{
    std::unique_ptr<Database> db(new Database(nextConnectionName(), inMemory ? QString() : path));
    // Under every connection from now on; it changes nothing until a BulkLoad asks it to.
    WriteBehindVfs::install();
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->m_connectionName);
    if (!c.isValid()) {
        return Error::make(
            Error::Kind::Io,
            tr("The Qt SQLite driver is not available (install libqt6sql6-sqlite)."));
    }
    c.setDatabaseName(inMemory ? QStringLiteral(":memory:") : path);
    c.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=") + QString::number(BusyTimeoutMs));
    if (!c.open()) {
        return Error::make(Error::Kind::Io,
                           tr("%1: cannot open: %2").arg(quotedPath(path), c.lastError().text()));
    }
    return db;
}

Status Database::probe() const
{
    // Reads the schema and the register's identity; a damaged file fails here, before any
    // write.
    auto tables = sql::scalar(connection(), QStringLiteral("SELECT count(*) FROM sqlite_master"));
    auto uuid = tables
                    ? sql::scalar(connection(),
                                  QStringLiteral("SELECT value FROM register_info WHERE key = ?"),
                                  {QStringLiteral("register_uuid")})
                    : Result<QVariant>(tables.error());
    if (!tables || !uuid || uuid->toString().isEmpty()) {
        const QString detail = !tables ? tables.error().message
                                       : (!uuid ? uuid.error().message : tr("no register id"));
        return Error{Error::Kind::NotARegister,
                     tr("%1: the register is damaged and cannot be read (%2). It has not been "
                        "changed.")
                         .arg(quotedPath(m_path), detail),
                     m_path,
                     0,
                     0,
                     {}};
    }
    return {};
}

Status Database::configure(bool newFile)
{
    QSqlQuery q(connection());
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys = ON")};
    if (newFile) {
        pragmas << QStringLiteral("PRAGMA application_id = ") + QString::number(ApplicationId);
    }
    if (!isInMemory()) {
        // A rollback journal with full syncs, not WAL: a write that is rolled back (a refused
        // import) leaves the file exactly as it was, down to the header's change counter, and
        // a large write goes into the file once instead of into the log and again at the
        // checkpoint. A register has one connection, so WAL's concurrent readers are not
        // missed; a commit costs a few fsyncs (about 2 ms here).
        pragmas << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& p : pragmas) {
        if (!q.exec(p))
            return sql::errorFrom(q, QStringLiteral("Cannot configure the connection"));
    }
    if (!isInMemory()) {
        // A register written by an earlier Daicho is in WAL mode, and leaving it needs the
        // file to itself: while another program has it open it stays in WAL until the next
        // open, which is as safe. Asked once, without waiting.
        (void)q.exec(QStringLiteral("PRAGMA busy_timeout = 0"));
        (void)q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        if (!q.exec(QStringLiteral("PRAGMA busy_timeout = ") + QString::number(BusyTimeoutMs)))
            return sql::errorFrom(q, QStringLiteral("Cannot configure the connection"));
    }
    return {};
}

Result<std::unique_ptr<Database>> Database::create(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists()) {
        return Error{Error::Kind::Io,
                     tr("%1: a file of that name already exists; it was left as it is.")
                         .arg(quotedPath(path)),
                     path,
                     0,
                     0,
                     {}};
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::io(tr("%1: cannot create the folder.").arg(quotedPath(info.absolutePath())),
                         path);
    }
    {
        // Created empty and private before SQLite sees it: registers hold personal-data
        // metadata. SQLite gives its -wal and -shm files the same mode.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return Error::io(tr("%1: cannot create: %2").arg(quotedPath(path), f.errorString()),
                             path);
        }
    }
    auto db = connect(path, false);
    Status s = db ? (*db)->configure(true) : Status(db.error());
    if (s)
        s = Migrations::migrate(**db);
    if (!s) {
        const Error e = s.error();
        db = e; // closes the connection before its files are removed
        removeFiles(path);
        return e;
    }
    return db;
}

Result<std::unique_ptr<Database>> Database::createInMemory()
{
    auto db = connect(QString(), true);
    if (!db)
        return db;
    if (Status s = (*db)->configure(true); !s)
        return s.error();
    if (Status s = Migrations::migrate(**db); !s)
        return s.error();
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path)
{
    FileHeader header;
    if (Status s = inspect(path, &header); !s)
        return s.error();
    auto db = connect(path, false);
    if (!db)
        return db;
    if (Status s = (*db)->probe(); !s)
        return s.error();
    if (Status s = (*db)->configure(false); !s)
        return s.error();

    if (header.userVersion < static_cast<quint32>(currentSchemaVersion())) {
        // Keep the register as it was before changing its format.
        QString backup = path + QStringLiteral(".v%1.bak").arg(header.userVersion);
        if (QFileInfo::exists(backup)) {
            backup = path + QStringLiteral(".v%1-%2.bak")
                                .arg(header.userVersion)
                                .arg(QDateTime::currentDateTimeUtc().toString(
                                    QStringLiteral("yyyyMMddHHmmss")));
        }
        if (Status s = (*db)->saveCopyAs(backup); !s)
            return s.error();
        (*db)->m_backupPath = backup;
        if (Status s = Migrations::migrate(**db); !s)
            return s.error();
    }
    return db;
}

Status Database::saveCopyAs(const QString& target) const
{
    if (QFileInfo::exists(target)) {
        return Error::io(tr("%1: a file of that name already exists; it was left as it is.")
                             .arg(quotedPath(target)),
                         target);
    }
    {
        QFile f(target);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                    QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            return Error::io(tr("%1: cannot create: %2").arg(quotedPath(target), f.errorString()),
                             target);
        }
    }
    // VACUUM INTO writes into an empty existing file, keeping its mode.
    auto q = sql::run(connection(), QStringLiteral("VACUUM INTO ?"), {target});
    if (!q) {
        removeFiles(target);
        return q.error();
    }
    return {};
}

} // namespace daicho
