#pragma once

#include "FileHeader.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace daicho {

// One open register file: the single place where connections are made and configured
// (foreign keys, rollback journal, busy timeout, application id) and where a file is judged before
// use. Owns its QSqlDatabase connection; not copyable.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // "DAIC": marks an SQLite file as a Daicho register (PRAGMA application_id).
    static constexpr quint32 ApplicationId = 0x44414943;
    static constexpr int BusyTimeoutMs = 5000;

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Creates a new register file (mode 0600) with the current schema. Refuses an existing path.
    static Result<std::unique_ptr<Database>> create(const QString& path);
    // Opens an existing register. A file that is missing, foreign, from a newer Daicho,
    // truncated or damaged is refused before SQLite writes anything to it. An older register
    // is first copied next to itself (see migrationBackupPath) and then migrated.
    static Result<std::unique_ptr<Database>> open(const QString& path);
    // A private in-memory register with the current schema (tests and scratch work).
    static Result<std::unique_ptr<Database>> createInMemory();

    // Judges a file by its header alone; never opens it with SQLite.
    static Status inspect(const QString& path, FileHeader* header = nullptr);

    static int currentSchemaVersion();
    // Removes a register file and the files SQLite keeps beside it (journal, WAL, shared
    // memory): after a creation that failed.
    static void removeFiles(const QString& path);

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isInMemory() const { return m_path.isEmpty(); }
    int schemaVersion() const;
    // Where the copy made before the last migration went (empty when none was needed).
    QString migrationBackupPath() const { return m_backupPath; }

    // A consistent copy of the whole register (VACUUM INTO), created 0600. Refuses to overwrite.
    Status saveCopyAs(const QString& target) const;

    // Used by Transaction to nest with savepoints.
    int& transactionDepth() { return m_depth; }

private:
    explicit Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> connect(const QString& path, bool inMemory);
    Status configure(bool newFile);
    Status probe() const;

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    int m_depth = 0;
};

} // namespace daicho
