#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <array>

struct sqlite3;
struct sqlite3_stmt;

namespace daicho {

// One prepared statement on the connection's own sqlite3 handle, for the few statements that
// run once per row of a bulk write (an import's asset and history inserts). QSqlQuery costs a
// QVariant, a placeholder name and a hash lookup per bound value; this binds by position.
// Lives inside one transaction (owned by a BulkWriter or a HistoryLog::Writer), so it is
// always finalized before the connection closes. Text is bound as UTF-8 kept alive by the
// statement until the next reset, so SQLite does not copy it first.
class SqliteStatement
{
public:
    static constexpr int MaxParameters = 256;

    static Result<SqliteStatement> prepare(const QSqlDatabase& db, const char* sql);

    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    SqliteStatement(const SqliteStatement&) = delete;
    ~SqliteStatement();

    // Parameters are 0-based here (SQLite's are 1-based). A null QString binds '' (text
    // columns are NOT NULL; "empty" is not "unknown"), as sql::text does.
    void bind(int i, const QString& text);
    void bindUtf8(int i, QByteArray utf8);
    // Binds bytes the caller keeps alive and unchanged until exec() returns (no copy, no
    // reference count touched: an import binds rows encoded on another thread).
    void bindView(int i, QByteArrayView utf8);
    void bind(int i, qint64 value);
    void bindNull(int i);

    // Runs the statement (no result rows expected), then resets it. Every parameter must be
    // bound again before the next exec(): the bindings are not cleared, and a view bound for
    // one run may point at bytes freed since (the statements here bind whole rows each time).
    Status exec();
    // SQLite's extended result code of the last exec() that failed (e.g. a UNIQUE violation).
    int lastErrorCode() const { return m_lastError; }
    bool lastFailedOnUnique() const;
    qint64 lastInsertRowId() const;

private:
    SqliteStatement(sqlite3* db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    {}
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_lastError = 0;
    std::array<QByteArray, MaxParameters> m_text;
};

// While one lives, statements compiled on the connection leave out their tables' CHECK
// constraints (PRAGMA ignore_check_constraints; NOT NULL, UNIQUE and foreign keys still apply).
// For AssetRepository::BulkInsert only, which applies the same rules in C++ to every row:
// SQLite evaluates a CHECK of the form `x IN (a, b, c)` by building a temporary B-tree on every
// row, and an import of 200,000 assets spent most of its time there. Turning the setting on or
// off makes SQLite recompile every statement at its next use, so statements used after this is
// gone have their CHECKs again; while it lives, the only writes on the connection must be the
// ones whose rules the caller checks (AssetService::BulkWriter ends it before any other write).
class CheckConstraintsOff
{
public:
    static Result<CheckConstraintsOff> begin(const QSqlDatabase& db);
    CheckConstraintsOff(CheckConstraintsOff&& other) noexcept;
    CheckConstraintsOff& operator=(CheckConstraintsOff&&) = delete;
    CheckConstraintsOff(const CheckConstraintsOff&) = delete;
    ~CheckConstraintsOff(); // the CHECKs are back on

private:
    explicit CheckConstraintsOff(sqlite3* db)
        : m_db(db)
    {}
    sqlite3* m_db = nullptr;
};

// The connection's sqlite3 handle (Qt's SQLite driver), or nullptr for another driver.
sqlite3* sqliteHandle(const QSqlDatabase& db);
// Whether a transaction is open on the connection (SQLite's, whatever the caller believes: an
// INSERT OR ROLLBACK that fails ends it).
bool sqliteInTransaction(sqlite3* db);

} // namespace daicho
