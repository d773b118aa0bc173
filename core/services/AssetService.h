#pragma once

#include "domain/Asset.h"
#include "domain/DependencyGraph.h"
#include "domain/PriorityRule.h"
#include "storage/AssetRepository.h"
#include "storage/HistoryLog.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

namespace daicho {

class Register;
class Transaction;

// An asset as it was just before deletion, with every dependency it took part in, so that
// undo can put back exactly what was there.
struct DeletedAsset
{
    Asset asset;
    QList<DependencyGraph::Edge> edges;
    // What other services removed with it (see AssetReferences), by their name.
    QHash<QString, QString> references;
};

// Rows kept by another service that refer to assets (controls applied to an asset, risks on
// an asset). The owner takes part in deleting and restoring an asset, inside the same
// transaction and history operation, so `check` stays exact and undo puts everything back.
struct AssetReferences
{
    // Removes the rows that refer to `asset` and appends their history entries; returns them
    // in a form `reattach` takes back (opaque to AssetService; empty when there were none).
    std::function<Result<QString>(qint64 asset, HistoryLog::Writer& writer)> detach;
    std::function<Status(qint64 asset, const QString& saved, HistoryLog::Writer& writer)> reattach;
    // Optional: called inside AssetService::update's transaction once the asset is written, so
    // rows derived from it (a risk's value from the asset's importance) follow in the same
    // action.
    std::function<Status(const Asset& before, const Asset& after, HistoryLog::Writer& writer)>
        updated = {};
};

// Priorities of the whole register at one moment, with the means to explain them.
struct PrioritySnapshot
{
    QHash<qint64, PriorityResult> results;

    Priority effective(qint64 id) const { return results.value(id).effective; }
    QString explain(qint64 id, const PriorityRule::Describe& describe,
                    const QString& overrideReason = {}) const
    {
        return PriorityRule::explain(results.value(id), results, describe, overrideReason);
    }
};

// Every write to assets and their dependencies: validated, inside one transaction, with its
// history entries, committed, and then announced. Each call is one user action.
class AssetService : public QObject
{
    Q_OBJECT

public:
    explicit AssetService(Register& reg);
    ~AssetService() override;

    Result<Asset> create(Asset asset);
    // Writes the asset's content (id must exist); returns it as stored. Unchanged content is
    // not written and makes no history entry.
    Result<Asset> update(Asset asset);
    Result<Asset> setPriorityOverride(qint64 id, std::optional<Priority> priority,
                                      const QString& reason);
    Result<DeletedAsset> remove(qint64 id);
    // Puts a deleted asset back with its id, content, timestamps and dependencies.
    Result<Asset> restore(const DeletedAsset& deleted);
    Status addDependency(qint64 asset, qint64 dependsOn);
    Status removeDependency(qint64 asset, qint64 dependsOn);

    // Registers the rows another service keeps about assets (at most one per name).
    void addReferences(const QString& name, AssetReferences references);

    Result<std::optional<Asset>> find(qint64 id) const;
    Result<std::optional<Asset>> findByCode(const QString& code) const;
    Result<QList<Asset>> all() const;
    Result<DependencyGraph> graph() const;
    Result<PrioritySnapshot> priorities() const;
    Result<QList<HistoryEntry>> historyOf(qint64 id) const;

    // Many writes as one action: one transaction, one history operation ending with an event
    // entry that describes the whole (an import, the demo). Streaming: nothing is kept per row
    // but what the dependency check needs. Nothing is visible until commit(); destroying an
    // uncommitted BulkWriter rolls everything back.
    class BulkWriter
    {
        Q_DECLARE_TR_FUNCTIONS(AssetService)

    public:
        BulkWriter(BulkWriter&&) noexcept;
        ~BulkWriter();

        // An asset made ready for create(): normalised, given its creation time, validated,
        // and encoded for the insert and for its history entry. Reads and writes nothing, so
        // an import prepares rows on its reading thread while this one writes.
        struct Prepared
        {
            Asset asset;
            QList<FieldIssue> issues; // create() refuses the asset unless this is empty
            AssetRepository::EncodedRow row;
            // With a Forecast: the id it will most likely get, and its history entry.
            qint64 expectedId = 0;
            std::optional<HistoryLog::Entry> entry;
        };
        static Prepared prepare(Asset asset);
        // What the next rows will most likely become: the next asset id and the end of the
        // history chain, taken on this thread before rows are prepared elsewhere. expect()
        // gives a prepared row that is to be created its id and history entry (its hash
        // included), in order, and create() or createGroup() writes that entry as made when
        // the forecast came true: always, unless a row was refused, skipped or updated before
        // it, after which every entry is made again as its row is written.
        struct Forecast
        {
            qint64 nextId = 1;
            HistoryLog::Chain chain;
        };
        Result<Forecast> forecast() const;
        static void expect(Prepared& prepared, Forecast& forecast);

        Result<qint64> create(Asset asset) { return create(prepare(std::move(asset))); }
        Result<qint64> create(const Prepared& prepared);
        // Creates GroupSize prepared rows in one statement, when each has its forecast
        // (expect()) and the forecast still holds: true, and `ids` are the ids they got. False,
        // with nothing written, when they cannot go together (a row was refused, the forecast
        // no longer holds, a code is taken): the caller then creates them one by one.
        static constexpr int GroupSize = AssetRepository::BulkInsert::RowsPerStatement;
        using Group = std::array<const Prepared*, GroupSize>;
        Result<bool> createGroup(const Group& rows, std::array<qint64, GroupSize>& ids);
        // Replaces the content of the asset with the same code (compared without case).
        Result<qint64> updateByCode(Asset asset);
        Status addDependency(const QString& assetCode, const QString& dependsOnCode);
        Status removeDependency(const QString& assetCode, const QString& dependsOnCode);
        // Deletes the asset with its dependencies (each recorded, as AssetService::remove does);
        // undoing an import uses it.
        Status remove(qint64 id);
        // Writes the closing event entry, commits and announces a reset.
        Status commit(const QString& eventLabel, const QString& eventAction,
                      const QString& eventDetailsJson);

        qint64 created() const { return m_created; }
        qint64 updated() const { return m_updated; }

    private:
        friend class AssetService;
        struct State;
        explicit BulkWriter(std::unique_ptr<State> state);
        Status startCreates();
        // The history entry of a row created with `id`: the forecast one when it holds.
        Status recordCreate(const Prepared& prepared, qint64 id);
        std::unique_ptr<State> d;
        qint64 m_created = 0;
        qint64 m_updated = 0;
    };

    Result<BulkWriter> beginBulk();

    // Messages shared with the import, so the same rule reads the same everywhere.
    static QString duplicateCodeMessage(const QString& code);
    static QString cycleMessage(const QStringList& codesOnCycle);

Q_SIGNALS:
    void assetAdded(qint64 id);
    void assetUpdated(qint64 id);
    void assetRemoved(qint64 id);
    // A dependency was added or removed; priorities of other assets may have changed.
    void dependenciesChanged();
    // Many assets changed at once (import); reload everything.
    void assetsReset();

private:
    Status validate(const Asset& asset, qint64 exceptId) const;
    Status checkCycle(qint64 asset, qint64 dependsOn) const;
    Result<QString> labelOf(qint64 id) const;
    static QString historyKey(qint64 id) { return QString::number(id); }

    Register& m_reg;
    mutable AssetRepository m_repo;
    QList<std::pair<QString, AssetReferences>> m_references;
};

} // namespace daicho
