#pragma once

#include "SqliteStatement.h"
#include "domain/Asset.h"
#include "domain/DependencyGraph.h"
#include "domain/PriorityRule.h"
#include "support/Result.h"

#include <QSqlQuery>

#include <array>
#include <optional>

namespace daicho {

class Database;

// Rows of `assets` and `asset_dependencies`. Writes no history and sends no signals: that is
// AssetService's job. Statements are prepared once and reused (imports insert many rows).
class AssetRepository
{
public:
    explicit AssetRepository(Database& db)
        : m_db(db)
    {}

    // Inserts the asset; with id 0 a new id is chosen, otherwise that id is used (restoring a
    // deleted asset exactly). Returns the id.
    Result<qint64> insert(const Asset& a);
    Status update(const Asset& a);
    Status remove(qint64 id);

    Result<std::optional<Asset>> find(qint64 id) const;
    Result<std::optional<Asset>> findByCode(const QString& code) const;
    // An id holding `code` (compared without case), other than `except`.
    Result<std::optional<qint64>> idForCode(const QString& code, qint64 except = 0) const;
    // Every asset in id order (read through SQLite directly: see AssetBulkReader).
    Result<QList<Asset>> all() const;
    Result<qint64> count() const;
    // The columns every read selects, in the order the readers expect.
    static QString selectColumns();

    Status addDependency(qint64 asset, qint64 dependsOn);
    Status removeDependency(qint64 asset, qint64 dependsOn);
    Result<QList<DependencyGraph::Edge>> allDependencies() const;
    // Edges in which `id` takes part, either way.
    Result<QList<DependencyGraph::Edge>> dependenciesTouching(qint64 id) const;

    // Inserts of many new assets in one transaction (an import): one statement prepared once,
    // values bound by position. Live only inside that transaction. While one lives, the
    // connection compiles statements without CHECK constraints (CheckConstraintsOff): insert()
    // applies the assets table's rules through schemaCheckFailure() to every row instead, and
    // no other write may run until it is gone.
    // An asset's values as the bulk insert binds them, by column, encoded away from the
    // connection (an import encodes each row on its reading thread).
    struct EncodedRow
    {
        static constexpr int Columns = 21;
        enum Kind : quint8
        {
            Text,
            Integer,
            Null
        };
        Kind kind[Columns] = {};
        qint64 integer[Columns] = {}; // an Integer column's value
        // A Text column's UTF-8 is bytes[begin[i], begin[i + 1]): one allocation a row.
        int begin[Columns + 1] = {};
        QByteArray bytes;
        QString failedCheck; // schemaCheckFailure() of the asset
        QByteArrayView text(int i) const
        {
            return QByteArrayView(bytes).sliced(begin[i], begin[i + 1] - begin[i]);
        }
    };
    static EncodedRow encode(const Asset& a);

    class BulkInsert
    {
    public:
        // The new id; an Error of kind Conflict when the code is taken (the unique index is
        // the duplicate check: no lookup per row).
        Result<qint64> insert(const Asset& a) { return insert(encode(a)); }
        Result<qint64> insert(const EncodedRow& row);
        // Several rows in one statement (a statement a row cost an import about as much as its
        // rows' B-tree work): all or none, so a Conflict leaves none of them written, and a
        // row whose failedCheck is set is refused as above. The id of the last row.
        static constexpr int RowsPerStatement = 12; // 252 parameters
        using Group = std::array<const EncodedRow*, RowsPerStatement>;
        Result<qint64> insert(const Group& rows);

    private:
        friend class AssetRepository;
        BulkInsert(CheckConstraintsOff checksOff, SqliteStatement one, SqliteStatement group,
                   bool groupEndsTransaction)
            : m_checksOff(std::move(checksOff))
            , m_insert(std::move(one))
            , m_insertGroup(std::move(group))
            , m_groupEndsTransaction(groupEndsTransaction)
        {}
        Result<qint64> run(SqliteStatement& q, const EncodedRow* const* rows, int count);
        CheckConstraintsOff m_checksOff; // destroyed last: the statements are finalized first
        SqliteStatement m_insert;
        SqliteStatement m_insertGroup;
        bool m_groupEndsTransaction = false;
    };
    // With `noConflictPossible` (the caller knows no row can break a constraint: the table was
    // empty when its transaction began, the codes were checked, the transaction is not nested),
    // a group that fails all the same rolls back the whole transaction instead of only its own
    // statement, and is an error, never a Conflict. SQLite then keeps no statement journal: it
    // copied every page a group touched again, a few percent of an import's writing.
    Result<BulkInsert> bulkInsert(bool noConflictPossible = false) const;

    // The CHECK constraints of the `assets` table (migrations/001_initial.sql), applied in C++
    // to the values an insert would bind: the name of the first rule the row breaks, or "" when
    // SQLite's CHECKs would accept it. Keep the two in step (a test compares them).
    static QString schemaCheckFailure(const Asset& a);

    // Just what the priority rule needs, without loading whole assets.
    Result<QList<PriorityInput>> priorityInputs() const;

private:
    Result<QSqlQuery*> cached(QSqlQuery& slot, const QString& sql) const;
    Database& m_db;
    mutable QSqlQuery m_insert;
    mutable QSqlQuery m_insertWithId;
    mutable QSqlQuery m_update;
};

} // namespace daicho
