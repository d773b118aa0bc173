#include "SqliteStatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <cstring>
#include <sqlite3.h>
#include <utility>

namespace daicho {

namespace {

Error sqliteError(sqlite3* db, const char* what, const char* sql)
{
    QString msg = QString::fromLatin1(what);
    msg += QLatin1String(": ") + QString::fromUtf8(sqlite3_errmsg(db));
    if (sql) {
        // The statement's start says which it was; a row group's placeholders say nothing.
        constexpr qsizetype most = 160;
        QString text = QString::fromUtf8(sql).simplified();
        if (text.size() > most)
            text = text.left(most) + QStringLiteral("…");
        msg += QLatin1String(" [") + text + QLatin1Char(']');
    }
    return Error::make(Error::Kind::Io, msg);
}

} // namespace

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    if (!db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

bool sqliteInTransaction(sqlite3* db)
{
    return db && sqlite3_get_autocommit(db) == 0;
}

Result<SqliteStatement> SqliteStatement::prepare(const QSqlDatabase& db, const char* sql)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot prepare statement: not an SQLite connection"));
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(handle, "Cannot prepare statement", sql);
    }
    if (sqlite3_bind_parameter_count(stmt) > MaxParameters) {
        sqlite3_finalize(stmt);
        return Error::make(Error::Kind::Io,
                           QStringLiteral("Cannot prepare statement: too many parameters"));
    }
    return SqliteStatement(handle, stmt);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_lastError(other.m_lastError)
    , m_text(std::move(other.m_text))
{}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_lastError = other.m_lastError;
        m_text = std::move(other.m_text);
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt); // a no-op on nullptr
}

void SqliteStatement::bind(int i, const QString& text)
{
    bindUtf8(i, text.toUtf8());
}

void SqliteStatement::bindUtf8(int i, QByteArray utf8)
{
    QByteArray& kept = m_text[size_t(i)];
    kept = std::move(utf8);
    // constData() of an empty QByteArray is "", never null: binds '' rather than NULL.
    sqlite3_bind_text(m_stmt, i + 1, kept.constData(), int(kept.size()), SQLITE_STATIC);
}

void SqliteStatement::bindView(int i, QByteArrayView utf8)
{
    // data() of an empty view may be null, which SQLite would bind as NULL.
    static const char empty[] = "";
    sqlite3_bind_text(m_stmt, i + 1, utf8.isEmpty() ? empty : utf8.data(), int(utf8.size()),
                      SQLITE_STATIC);
}

void SqliteStatement::bind(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i + 1, value);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i + 1);
}

Status SqliteStatement::exec()
{
    const int rc = sqlite3_step(m_stmt);
    Status result;
    if (rc == SQLITE_DONE || rc == SQLITE_ROW) {
        m_lastError = 0;
    } else {
        m_lastError = sqlite3_extended_errcode(m_db);
        // SQLite's own copy of the text: the caller's may be gone by now.
        result = sqliteError(m_db, "Statement failed", sqlite3_sql(m_stmt));
    }
    // The bindings are left as they are: every run binds every parameter again (see the
    // header), and clearing them cost as much as a tenth of the binding.
    sqlite3_reset(m_stmt);
    return result;
}

bool SqliteStatement::lastFailedOnUnique() const
{
    return m_lastError == SQLITE_CONSTRAINT_UNIQUE || m_lastError == SQLITE_CONSTRAINT_PRIMARYKEY;
}

Result<CheckConstraintsOff> CheckConstraintsOff::begin(const QSqlDatabase& db)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return Error::make(Error::Kind::Io, QStringLiteral("Not an SQLite connection"));
    if (sqlite3_exec(handle, "PRAGMA ignore_check_constraints = ON", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return sqliteError(handle, "Cannot set ignore_check_constraints", nullptr);
    return CheckConstraintsOff(handle);
}

CheckConstraintsOff::CheckConstraintsOff(CheckConstraintsOff&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

CheckConstraintsOff::~CheckConstraintsOff()
{
    if (m_db)
        sqlite3_exec(m_db, "PRAGMA ignore_check_constraints = OFF", nullptr, nullptr, nullptr);
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

} // namespace daicho
