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
    QString hash;                  // covers the fields above and the previous entry's hash
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

    // One entry ready to be written: its texts in UTF-8 and its hash.
    struct Entry
    {
        qint64 seq = 0;
        qint64 op = 0;
        // prevHash is the hash of the entry before, not stored: the chain is the order of seq.
        QByteArray at, actor, type, key, label, action, before, after, note, prevHash, hash;
        bool hasBefore = false;
        bool hasAfter = false;
    };

    // The end of the chain, and how the next entry is made from it (its hash over its fields
    // and the previous hash). A Writer keeps one; a bulk write copies it (Writer::chain()) to
    // make entries ahead on another thread, which the Writer accepts as long as its own chain
    // has not moved elsewhere meanwhile.
    class Chain
    {
    public:
        // `at` is the entry's time, as stored (HistoryLog::timestamp).
        Entry next(const QByteArray& at, const QString& entityType, const QString& entityKey,
                   const QString& entityLabel, const QString& action, const QByteArray* before,
                   const QByteArray* after, const QString& note);
        // The same, with the key and label already in UTF-8 (an import has them so).
        Entry nextUtf8(const QByteArray& at, const QString& entityType, QByteArray entityKey,
                       QByteArray entityLabel, const QString& action, const QByteArray* before,
                       const QByteArray* after, const QString& note);
        // After `e` was written (or accepted as written).
        void advance(const Entry& e)
        {
            m_seq = e.seq;
            m_lastHash = e.hash;
        }
        bool isNext(const Entry& e) const
        {
            return e.seq == m_seq + 1 && e.op == m_op && e.prevHash == m_lastHash;
        }
        qint64 lastSeq() const { return m_seq; }
        qint64 op() const { return m_op; }

    private:
        friend class HistoryLog;
        qint64 m_seq = 0; // last written
        qint64 m_op = 0;
        QByteArray m_lastHash;  // hex, as stored
        QByteArray m_actor;     // UTF-8
        QByteArray m_hashInput; // reused from one entry to the next
        // The UTF-8 of the few texts that repeat (entity types, actions).
        std::vector<std::pair<QString, QByteArray>> m_repeated;
        QByteArray repeatedUtf8(const QString& s);
    };

    // Appends the entries of one user action. Create it inside the caller's write transaction
    // and let it go before the commit; its entries share one `op`.
    class Writer
    {
    public:
        Status append(const QString& entityType, const QString& entityKey,
                      const QString& entityLabel, const QString& action,
                      const std::optional<QString>& before, const std::optional<QString>& after,
                      const QString& note = {});
        // The same, with the snapshots already in UTF-8; nullptr for an absent one.
        Status appendUtf8(const QString& entityType, const QString& entityKey,
                          const QString& entityLabel, const QString& action,
                          const QByteArray* before, const QByteArray* after,
                          const QString& note = {});
        // An entry made ahead from a copy of chain(): written if it is still the next one
        // (true), or left alone (false) when the chain has moved since (the caller then
        // appends it anew).
        Result<bool> appendPrepared(const Entry& e);
        const Chain& chain() const { return m_chain; }
        qint64 op() const { return m_chain.op(); }
        qint64 count() const { return m_chain.lastSeq() - m_chain.op() + 1; }

        // A bulk write (an import) lets entries wait and writes them several to a statement:
        // one statement per row costs more than the row. The chain is computed as each entry
        // is appended; flush() writes what waits, and must come before the history is read
        // or the transaction commits. Entries still waiting when the Writer goes are dropped,
        // as the uncommitted transaction around them will be. With `failureEndsTransaction`
        // (only for a transaction that is not nested: an import's), a statement of several
        // entries that fails rolls the whole transaction back, so SQLite keeps no statement
        // journal for it; its error must end the caller's action.
        Status setBatching(bool on, bool failureEndsTransaction = false);
        Status flush();

        // The columns of an insert that its entries share (op, actor, type, action, note), bound
        // once for them all, and those of each entry.
        static constexpr int SharedColumns = 5;
        static constexpr int OwnColumns = 7;

    private:
        friend class HistoryLog;
        Writer() = default;
        static constexpr int EntriesPerStatement = 16;
        Status write(Entry e);
        static void bindShared(SqliteStatement& q, const Entry& e);
        static void bindOwn(SqliteStatement& q, int first, const Entry& e);
        Chain m_chain;
        std::optional<SqliteStatement> m_insert;
        std::optional<SqliteStatement> m_insertMany; // EntriesPerStatement rows
        bool m_insertManyEndsTransaction = false;    // INSERT OR ROLLBACK
        std::vector<Entry> m_pending;
        bool m_batching = false;
        QSqlDatabase m_connection;
        QDateTime m_lastAtTime; // the last entry's time, and as stored
        QByteArray m_lastAt;
    };

    // An entry's time as stored and hashed: UTC, milliseconds.
    static QByteArray timestampUtf8(const QDateTime& t);

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

    // `prevHash`: the hash of the entry before `e` (genesisHash() for the first).
    static QString computeHash(const HistoryEntry& e, const QString& prevHash);
    static QString genesisHash(const QString& registerUuid);

private:
    Result<QString> registerUuid() const;
    Database& m_db;
};

} // namespace daicho
