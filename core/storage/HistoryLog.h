#pragma once

#include "SqliteStatement.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace daicho {

class Database;

// One entry of the change history: who changed what, when, from what to what.
struct HistoryEntry
{
    qint64 seq = 0; // position in the chain, 1-based
    qint64 op = 0;  // entries written by one user action share this (the seq of the first)
    QDateTime at;   // UTC
    QString actor;
    QString entityType;            // e.g. "asset", "asset-dependency", "register"
    QString entityKey;             // stable key within the type, e.g. the asset id
    QString entityLabel;           // for people, at the time of the change: a code, "A → B"
    QString action;                // e.g. "create", "update", "delete", "restore", "link", "unlink"
    std::optional<QString> before; // JSON snapshot, absent for a creation
    std::optional<QString> after;  // JSON snapshot, absent for a deletion
    QString note;                  // e.g. an override reason, an import's file and SHA-256
    QString prevHash;
    QString hash;
};

namespace history {
inline const QString Asset = QStringLiteral("asset");
inline const QString AssetDependency = QStringLiteral("asset-dependency");
inline const QString RegisterInfo = QStringLiteral("register-info");
inline const QString Event = QStringLiteral("event"); // imports and other bulk operations
} // namespace history

// The append-only, hash-chained history of a register. Each entry's hash is SHA-256 over its
// fields and the previous entry's hash; the first entry chains from a hash of the register's
// id, so entries cannot be spliced in from another register.
class HistoryLog
{
    Q_DECLARE_TR_FUNCTIONS(HistoryLog)

public:
    explicit HistoryLog(Database& db)
        : m_db(db)
    {}

    // Appends the entries of one user action. Create it inside the caller's write transaction
    // and let it go before the commit; its entries share one `op`.
    class Writer
    {
    public:
        Status append(const QString& entityType, const QString& entityKey,
                      const QString& entityLabel, const QString& action,
                      const std::optional<QString>& before, const std::optional<QString>& after,
                      const QString& note = {});
        // The same, with the snapshots already in UTF-8 (an import encodes them away from
        // the connection); nullptr for an absent one.
        Status appendUtf8(const QString& entityType, const QString& entityKey,
                          const QString& entityLabel, const QString& action,
                          const QByteArray* before, const QByteArray* after,
                          const QString& note = {});
        qint64 op() const { return m_op; }
        qint64 count() const { return m_seq - m_op + 1; }

        // A bulk write (an import) lets entries wait and writes them several to a statement:
        // one statement per row costs more than the row. The chain is computed as each entry
        // is appended; flush() writes what waits, and must come before the history is read
        // or the transaction commits. Entries still waiting when the Writer goes are dropped,
        // as the uncommitted transaction around them will be.
        Status setBatching(bool on);
        Status flush();

    private:
        friend class HistoryLog;
        Writer() = default;
        struct Pending
        {
            qint64 seq = 0;
            QByteArray at, type, key, label, action, before, after, note, prevHash, hash;
            bool hasBefore = false;
            bool hasAfter = false;
        };
        static constexpr int EntriesPerStatement = 16;
        void bindPending(SqliteStatement& q, int first, const Pending& p) const;
        std::optional<SqliteStatement> m_insert;
        std::optional<SqliteStatement> m_insertMany; // EntriesPerStatement rows
        std::vector<Pending> m_pending;
        bool m_batching = false;
        QSqlDatabase m_connection;
        // Reused from one entry to the next (an import appends one per row).
        QByteArray m_hashInput;
        QDateTime m_lastAtTime;
        QByteArray m_lastAt;
        // The UTF-8 of the few texts that repeat (entity types, actions).
        struct RepeatedTexts
        {
            QByteArray utf8(const QString& s)
            {
                for (const auto& [text, bytes] : entries) {
                    if (text == s)
                        return bytes;
                }
                QByteArray bytes = s.toUtf8();
                if (entries.size() < 8)
                    entries.push_back({s, bytes});
                return bytes;
            }
            std::vector<std::pair<QString, QByteArray>> entries;
        };
        RepeatedTexts m_texts;
        qint64 m_seq = 0; // last written
        qint64 m_op = 0;
        QByteArray m_lastHash; // hex, as stored
        QByteArray m_actor;    // UTF-8
    };

    Result<Writer> writer();

    Result<QList<HistoryEntry>> entriesFor(const QString& entityType,
                                           const QString& entityKey) const;
    // The most recent entries, newest first.
    Result<QList<HistoryEntry>> latest(int limit) const;
    Result<qint64> count() const;

    struct ChainReport
    {
        qint64 entries = 0;
        qint64 firstBadSeq = 0; // 0 when the chain is sound
        QString problem;
        bool ok() const { return firstBadSeq == 0; }
    };
    Result<ChainReport> verifyChain() const;

    // The state the history says each entity is in: for every (type, key), the `after` of its
    // latest entry; deleted entities are absent.
    using State = QHash<QString, QHash<QString, QString>>;
    Result<State> replay() const;

    static QString computeHash(const HistoryEntry& e);
    static QString genesisHash(const QString& registerUuid);

private:
    Result<QString> registerUuid() const;
    Database& m_db;
};

} // namespace daicho
