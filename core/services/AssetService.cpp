#include "AssetService.h"

#include "Register.h"
#include "storage/AssetSnapshot.h"
#include "storage/BulkLoad.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"
#include "support/Clock.h"

#include <QSqlError>

#include <algorithm>
#include <limits>

namespace daicho {

namespace {

const QString kCreate = QStringLiteral("create");
const QString kUpdate = QStringLiteral("update");
const QString kOverride = QStringLiteral("override");
const QString kDelete = QStringLiteral("delete");
const QString kRestore = QStringLiteral("restore");
const QString kLink = QStringLiteral("link");
const QString kUnlink = QStringLiteral("unlink");

bool onlyOverrideChanged(const Asset& before, Asset after)
{
    after.priorityOverride = before.priorityOverride;
    after.overrideReason = before.overrideReason;
    return before.sameContent(after);
}

Error validationError(const QList<FieldIssue>& issues)
{
    QStringList lines;
    for (const FieldIssue& i : issues)
        lines.append(i.message);
    return Error::invalid(lines.join(QLatin1Char('\n')),
                          AssetRules::fieldKey(issues.first().field));
}

QString dependencyLabel(const QString& from, const QString& to)
{
    return from + QStringLiteral(" → ") + to;
}

} // namespace

AssetService::AssetService(Register& reg)
    : m_reg(reg)
    , m_repo(reg.database())
{
    reg.addSnapshotSource(history::Asset, [this]() -> Result<QHash<QString, QString>> {
        auto all = m_repo.all();
        if (!all)
            return all.error();
        QHash<QString, QString> out;
        out.reserve(all->size());
        for (const Asset& a : std::as_const(*all))
            out.insert(historyKey(a.id), AssetSnapshot::toJson(a));
        return out;
    });
    reg.addSnapshotSource(history::AssetDependency, [this]() -> Result<QHash<QString, QString>> {
        auto edges = m_repo.allDependencies();
        if (!edges)
            return edges.error();
        QHash<QString, QString> out;
        for (const auto& e : std::as_const(*edges)) {
            out.insert(AssetSnapshot::dependencyKey(e.dependent, e.dependency),
                       AssetSnapshot::dependencyJson(e.dependent, e.dependency));
        }
        return out;
    });
}

AssetService::~AssetService() = default;

QString AssetService::duplicateCodeMessage(const QString& code)
{
    return tr("The code \"%1\" is already used by another asset.").arg(code);
}

QString AssetService::cycleMessage(const QStringList& codes)
{
    return tr("Refused: this dependency would make a cycle: %1.")
        .arg(codes.join(QStringLiteral(" → ")));
}

Status AssetService::validate(const Asset& a, qint64 exceptId) const
{
    const QList<FieldIssue> issues = AssetRules::validate(a);
    if (!issues.isEmpty())
        return validationError(issues);
    auto taken = m_repo.idForCode(a.code, exceptId);
    if (!taken)
        return taken.error();
    if (taken->has_value()) {
        return Error{Error::Kind::Conflict,
                     duplicateCodeMessage(a.code),
                     {},
                     0,
                     0,
                     AssetRules::fieldKey(AssetField::Code)};
    }
    return {};
}

Result<QString> AssetService::labelOf(qint64 id) const
{
    auto a = m_repo.find(id);
    if (!a)
        return a.error();
    if (!a->has_value())
        return Error::make(Error::Kind::NotFound, tr("Asset %1 does not exist.").arg(id));
    return (*a)->code;
}

Result<Asset> AssetService::create(Asset asset)
{
    Asset a = AssetRules::normalized(std::move(asset));
    a.id = 0;
    if (Status s = validate(a, 0); !s)
        return s.error();
    a.createdAt = a.updatedAt = Clock::current().nowUtc();

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto id = m_repo.insert(a);
    if (!id)
        return id.error();
    a.id = *id;
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::Asset, historyKey(a.id), a.code, kCreate, std::nullopt,
                                  AssetSnapshot::toJson(a));
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT assetAdded(a.id);
    return a;
}

Result<Asset> AssetService::update(Asset asset)
{
    Asset a = AssetRules::normalized(std::move(asset));
    auto current = m_repo.find(a.id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Asset %1 does not exist.").arg(a.id));
    const Asset& before = **current;
    if (before.sameContent(a))
        return before;
    if (Status s = validate(a, a.id); !s)
        return s.error();
    a.createdAt = before.createdAt;
    a.updatedAt = Clock::current().nowUtc();

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.update(a); !s)
        return s.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    const bool isOverride = onlyOverrideChanged(before, a);
    if (Status s =
            writer->append(history::Asset, historyKey(a.id), a.code,
                           isOverride ? kOverride : kUpdate, AssetSnapshot::toJson(before),
                           AssetSnapshot::toJson(a), isOverride ? a.overrideReason : QString());
        !s)
        return s.error();
    for (const auto& [name, refs] : std::as_const(m_references)) {
        if (!refs.updated)
            continue;
        if (Status s = refs.updated(before, a, *writer); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT assetUpdated(a.id);
    return a;
}

Result<Asset> AssetService::setPriorityOverride(qint64 id, std::optional<Priority> priority,
                                                const QString& reason)
{
    auto current = m_repo.find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Asset %1 does not exist.").arg(id));
    Asset a = **current;
    a.priorityOverride = priority;
    a.overrideReason = priority ? reason : QString();
    return update(a);
}

Result<DeletedAsset> AssetService::remove(qint64 id)
{
    auto current = m_repo.find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Asset %1 does not exist.").arg(id));
    DeletedAsset deleted{**current, {}, {}};
    auto edges = m_repo.dependenciesTouching(id);
    if (!edges)
        return edges.error();
    deleted.edges = *edges;

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    // The dependencies go with the asset; each is recorded so the history replays exactly.
    for (const auto& e : std::as_const(deleted.edges)) {
        auto from = labelOf(e.dependent);
        auto to = labelOf(e.dependency);
        if (!from || !to)
            return !from ? from.error() : to.error();
        if (Status s = writer->append(
                history::AssetDependency, AssetSnapshot::dependencyKey(e.dependent, e.dependency),
                dependencyLabel(*from, *to), kUnlink,
                AssetSnapshot::dependencyJson(e.dependent, e.dependency), std::nullopt);
            !s)
            return s.error();
    }
    for (const auto& [name, refs] : std::as_const(m_references)) {
        auto saved = refs.detach(id, *writer);
        if (!saved)
            return saved.error();
        if (!saved->isEmpty())
            deleted.references.insert(name, *saved);
    }
    if (Status s = writer->append(history::Asset, historyKey(id), deleted.asset.code, kDelete,
                                  AssetSnapshot::toJson(deleted.asset), std::nullopt);
        !s)
        return s.error();
    if (Status s = m_repo.remove(id); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT assetRemoved(id);
    if (!deleted.edges.isEmpty())
        Q_EMIT dependenciesChanged();
    return deleted;
}

Result<Asset> AssetService::restore(const DeletedAsset& deleted)
{
    const Asset& a = deleted.asset;
    if (Status s = validate(a, a.id); !s)
        return s.error();
    auto existing = m_repo.find(a.id);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        return Error::make(Error::Kind::Conflict,
                           tr("Cannot restore %1: its id is in use.").arg(a.code));
    }

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (auto id = m_repo.insert(a); !id)
        return id.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::Asset, historyKey(a.id), a.code, kRestore, std::nullopt,
                                  AssetSnapshot::toJson(a));
        !s)
        return s.error();
    for (const auto& e : deleted.edges) {
        auto from = labelOf(e.dependent);
        auto to = labelOf(e.dependency);
        if (!from || !to) {
            return Error::make(Error::Kind::NotFound,
                               tr("Cannot restore %1: an asset it was linked with no longer "
                                  "exists.")
                                   .arg(a.code));
        }
        if (Status s = checkCycle(e.dependent, e.dependency); !s)
            return s.error();
        if (Status s = m_repo.addDependency(e.dependent, e.dependency); !s)
            return s.error();
        if (Status s = writer->append(history::AssetDependency,
                                      AssetSnapshot::dependencyKey(e.dependent, e.dependency),
                                      dependencyLabel(*from, *to), kLink, std::nullopt,
                                      AssetSnapshot::dependencyJson(e.dependent, e.dependency));
            !s)
            return s.error();
    }
    for (const auto& [name, refs] : std::as_const(m_references)) {
        auto it = deleted.references.constFind(name);
        if (it == deleted.references.cend())
            continue;
        if (Status s = refs.reattach(a.id, *it, *writer); !s)
            return s.error();
    }
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT assetAdded(a.id);
    if (!deleted.edges.isEmpty())
        Q_EMIT dependenciesChanged();
    return a;
}

void AssetService::addReferences(const QString& name, AssetReferences references)
{
    for (auto& [n, r] : m_references) {
        if (n == name) {
            r = std::move(references);
            return;
        }
    }
    m_references.append({name, std::move(references)});
}

Status AssetService::checkCycle(qint64 asset, qint64 dependsOn) const
{
    auto g = graph();
    if (!g)
        return g.error();
    const auto cycle = g->cycleIfAdded(asset, dependsOn);
    if (!cycle)
        return {};
    QStringList codes;
    for (qint64 id : *cycle) {
        auto code = labelOf(id);
        codes.append(code ? *code : QString::number(id));
    }
    return Error::make(Error::Kind::Conflict, cycleMessage(codes));
}

Status AssetService::addDependency(qint64 asset, qint64 dependsOn)
{
    auto from = labelOf(asset);
    if (!from)
        return from.error();
    auto to = labelOf(dependsOn);
    if (!to)
        return to.error();
    auto g = graph();
    if (!g)
        return g.error();
    if (g->hasEdge(asset, dependsOn)) {
        return Error::make(Error::Kind::Conflict, tr("%1 already depends on %2.").arg(*from, *to));
    }
    if (Status s = checkCycle(asset, dependsOn); !s)
        return s;

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.addDependency(asset, dependsOn); !s)
        return s;
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s =
            writer->append(history::AssetDependency, AssetSnapshot::dependencyKey(asset, dependsOn),
                           dependencyLabel(*from, *to), kLink, std::nullopt,
                           AssetSnapshot::dependencyJson(asset, dependsOn));
        !s)
        return s;
    if (Status s = tx->commit(); !s)
        return s;
    Q_EMIT dependenciesChanged();
    return {};
}

Status AssetService::removeDependency(qint64 asset, qint64 dependsOn)
{
    auto from = labelOf(asset);
    if (!from)
        return from.error();
    auto to = labelOf(dependsOn);
    if (!to)
        return to.error();
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.removeDependency(asset, dependsOn); !s) {
        if (s.error().kind == Error::Kind::NotFound) {
            return Error::make(Error::Kind::NotFound,
                               tr("%1 does not depend on %2.").arg(*from, *to));
        }
        return s;
    }
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s =
            writer->append(history::AssetDependency, AssetSnapshot::dependencyKey(asset, dependsOn),
                           dependencyLabel(*from, *to), kUnlink,
                           AssetSnapshot::dependencyJson(asset, dependsOn), std::nullopt);
        !s)
        return s;
    if (Status s = tx->commit(); !s)
        return s;
    Q_EMIT dependenciesChanged();
    return {};
}

Result<std::optional<Asset>> AssetService::find(qint64 id) const
{
    return m_repo.find(id);
}

Result<std::optional<Asset>> AssetService::findByCode(const QString& code) const
{
    return m_repo.findByCode(code);
}

Result<QList<Asset>> AssetService::all() const
{
    return m_repo.all();
}

Result<DependencyGraph> AssetService::graph() const
{
    auto edges = m_repo.allDependencies();
    if (!edges)
        return edges.error();
    return DependencyGraph(*edges);
}

Result<PrioritySnapshot> AssetService::priorities() const
{
    auto inputs = m_repo.priorityInputs();
    if (!inputs)
        return inputs.error();
    auto g = graph();
    if (!g)
        return g.error();
    return PrioritySnapshot{PriorityRule::compute(*inputs, *g)};
}

Result<QList<HistoryEntry>> AssetService::historyOf(qint64 id) const
{
    auto own = m_reg.history().entriesFor(history::Asset, historyKey(id));
    if (!own)
        return own.error();
    auto edges = m_repo.dependenciesTouching(id);
    if (!edges)
        return edges.error();
    QList<HistoryEntry> out = *own;
    // Dependency entries of the links it has now and had before (from its own deletions).
    QSet<QString> keys;
    for (const auto& e : std::as_const(*edges))
        keys.insert(AssetSnapshot::dependencyKey(e.dependent, e.dependency));
    auto q =
        sql::run(m_reg.database().connection(),
                 QStringLiteral("SELECT DISTINCT entity_key FROM history WHERE entity_type = ? "
                                "AND (entity_key LIKE ? OR entity_key LIKE ?)"),
                 {history::AssetDependency, QString(QString::number(id) + QStringLiteral(">%")),
                  QString(QStringLiteral("%>") + QString::number(id))});
    if (!q)
        return q.error();
    while (q->next())
        keys.insert(q->value(0).toString());
    for (const QString& key : std::as_const(keys)) {
        auto more = m_reg.history().entriesFor(history::AssetDependency, key);
        if (!more)
            return more.error();
        out.append(*more);
    }
    std::sort(out.begin(), out.end(),
              [](const HistoryEntry& x, const HistoryEntry& y) { return x.seq < y.seq; });
    return out;
}

// ---- BulkWriter -------------------------------------------------------------------------

struct AssetService::BulkWriter::State
{
    AssetService* service = nullptr;
    // Declared first so it ends last, after the transaction.
    std::optional<BulkLoad> load;
    std::optional<Transaction> tx;
    std::optional<HistoryLog::Writer> writer;
    std::optional<DependencyGraph> graph; // loaded on the first dependency
    // Prepared on a create, ended by any other write (CHECKs are off while it lives; history
    // entries are written several at a time).
    std::optional<AssetRepository::BulkInsert> insert;
    // The register had no assets when the transaction began, and the transaction is not
    // nested: no created row can meet an existing code (an import finds the duplicates within
    // its file first), so the statements of several rows may end the whole transaction when
    // they fail (see AssetRepository::bulkInsert). The connection, to see that it has not.
    bool noConflictPossible = false;
    sqlite3* connection = nullptr;

    // An error once a failed statement has ended the transaction: nothing more may be written
    // (it would be written outside any transaction).
    Status stillOpen() const
    {
        if (!noConflictPossible || sqliteInTransaction(connection))
            return {};
        return Error::make(Error::Kind::Io,
                           BulkWriter::tr("A write failed and everything written with it was "
                                          "rolled back; nothing more can be written."));
    }
    Status startCreates() // BulkWriter::startCreates() saw that the transaction is open
    {
        auto bulk = service->m_repo.bulkInsert(noConflictPossible);
        if (!bulk)
            return bulk.error();
        insert.emplace(std::move(*bulk));
        return writer->setBatching(true, noConflictPossible);
    }
    Status endCreates()
    {
        if (Status s = stillOpen(); !s)
            return s;
        insert.reset();
        return writer ? writer->setBatching(false) : Status();
    }
};

AssetService::BulkWriter::BulkWriter(std::unique_ptr<State> state)
    : d(std::move(state))
{}

AssetService::BulkWriter::BulkWriter(BulkWriter&&) noexcept = default;

AssetService::BulkWriter::~BulkWriter()
{
    if (d) {
        d->insert.reset(); // statements are finalized before the transaction ends
        d->writer.reset();
        d->tx.reset(); // rolls back unless committed
        d->load.reset();
    }
}

Result<AssetService::BulkWriter> AssetService::beginBulk()
{
    auto state = std::make_unique<BulkWriter::State>();
    state->service = this;
    state->load.emplace(m_reg.database());
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    state->tx.emplace(std::move(*tx));
    if (m_reg.database().transactionDepth() == 1) {
        auto any = sql::scalar(m_reg.database().connection(),
                               QStringLiteral("SELECT EXISTS (SELECT 1 FROM assets)"));
        if (!any)
            return any.error();
        state->connection = sqliteHandle(m_reg.database().connection());
        state->noConflictPossible = state->connection && !any->toBool();
    }
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    state->writer.emplace(std::move(*writer));
    return BulkWriter(std::move(state));
}

Result<AssetService::BulkWriter::Forecast> AssetService::BulkWriter::forecast() const
{
    Forecast f;
    auto maxId = sql::scalar(d->service->m_reg.database().connection(),
                             QStringLiteral("SELECT coalesce(max(id), 0) FROM assets"));
    if (!maxId)
        return maxId.error();
    // SQLite gives a new row the largest id plus one (the table has no AUTOINCREMENT), unless
    // that is the largest possible id: then it picks at random, and no forecast holds (the
    // entries made ahead are then made again as each asset is written).
    const qint64 largest = maxId->toLongLong();
    f.nextId = largest < std::numeric_limits<qint64>::max() ? largest + 1 : 0;
    f.chain = d->writer->chain();
    return f;
}

AssetService::BulkWriter::Prepared AssetService::BulkWriter::prepare(Asset asset)
{
    Prepared p;
    p.asset = AssetRules::normalized(std::move(asset));
    p.asset.id = 0;
    p.issues = AssetRules::validate(p.asset);
    if (!p.issues.isEmpty())
        return p;
    p.asset.createdAt = p.asset.updatedAt = Clock::current().nowUtc();
    p.row = AssetRepository::encode(p.asset);
    return p;
}

void AssetService::BulkWriter::expect(Prepared& p, Forecast& forecast)
{
    if (!p.issues.isEmpty())
        return;
    p.expectedId = forecast.nextId++;
    const QByteArray after = AssetSnapshot::utf8(p.expectedId, p.row);
    // The row's first column is the code, already in UTF-8.
    p.entry = forecast.chain.nextUtf8(HistoryLog::timestampUtf8(p.asset.createdAt), history::Asset,
                                      QByteArray::number(p.expectedId), p.row.text(0).toByteArray(),
                                      kCreate, nullptr, &after, QString());
    forecast.chain.advance(*p.entry);
}

Status AssetService::BulkWriter::startCreates()
{
    if (Status s = d->stillOpen(); !s)
        return s;
    return d->insert ? Status() : d->startCreates();
}

Status AssetService::BulkWriter::recordCreate(const Prepared& prepared, qint64 id)
{
    bool written = false;
    if (prepared.entry && id == prepared.expectedId) {
        auto accepted = d->writer->appendPrepared(*prepared.entry);
        if (!accepted)
            return accepted.error();
        written = *accepted;
    }
    if (!written) {
        const QByteArray after = AssetSnapshot::utf8(id, prepared.row);
        if (Status s = d->writer->appendUtf8(history::Asset, historyKey(id), prepared.asset.code,
                                             kCreate, nullptr, &after);
            !s)
            return s;
    }
    ++m_created;
    if (d->load && m_created % 8192 == 0)
        d->load->startWriteback(); // about every 8 MB of assets and history
    return {};
}

Result<qint64> AssetService::BulkWriter::create(const Prepared& prepared)
{
    if (!prepared.issues.isEmpty())
        return validationError(prepared.issues);
    if (Status s = startCreates(); !s)
        return s.error();
    auto id = d->insert->insert(prepared.row);
    if (!id) {
        // The unique index on code is the duplicate check here: no per-row lookup.
        if (id.error().kind == Error::Kind::Conflict) {
            return Error{Error::Kind::Conflict,
                         duplicateCodeMessage(prepared.asset.code),
                         {},
                         0,
                         0,
                         AssetRules::fieldKey(AssetField::Code)};
        }
        return id.error();
    }
    if (Status s = recordCreate(prepared, *id); !s)
        return s.error();
    return *id;
}

Result<bool> AssetService::BulkWriter::createGroup(const Group& rows,
                                                   std::array<qint64, GroupSize>& ids)
{
    for (const Prepared* p : rows) {
        if (!p->issues.isEmpty() || !p->entry || !p->row.failedCheck.isEmpty())
            return false;
    }
    if (!d->writer->chain().isNext(*rows.front()->entry))
        return false;
    if (Status s = startCreates(); !s)
        return s.error();
    AssetRepository::BulkInsert::Group encoded;
    for (int i = 0; i < GroupSize; ++i)
        encoded[size_t(i)] = &rows[size_t(i)]->row;
    auto last = d->insert->insert(encoded);
    if (!last) {
        if (last.error().kind == Error::Kind::Conflict)
            return false; // the statement wrote none of them
        return last.error();
    }
    const bool asForecast = *last == rows.back()->expectedId;
    for (int i = 0; i < GroupSize; ++i) {
        const Prepared& p = *rows[size_t(i)];
        qint64 id = p.expectedId;
        if (!asForecast) {
            // SQLite chose other ids than the largest plus one (it does when the largest
            // possible id is taken): each is looked up.
            auto found = d->service->m_repo.idForCode(p.asset.code);
            if (!found)
                return found.error();
            if (!found->has_value())
                return Error::make(
                    Error::Kind::Io,
                    tr("The asset \"%1\" was not found after it was written.").arg(p.asset.code));
            id = **found;
        }
        ids[size_t(i)] = id;
        if (Status s = recordCreate(p, id); !s)
            return s.error();
    }
    return true;
}

Result<qint64> AssetService::BulkWriter::updateByCode(Asset asset)
{
    // Any write but a create ends the run of creates: the connection has its CHECKs back and
    // the history entries waiting are written.
    if (Status s = d->endCreates(); !s)
        return s.error();
    Asset a = AssetRules::normalized(std::move(asset));
    auto current = d->service->m_repo.findByCode(a.code);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("No asset has the code \"%1\".").arg(a.code));
    const Asset& before = **current;
    a.id = before.id;
    a.code = before.code; // keep the stored spelling; codes compare without case
    if (before.sameContent(a))
        return a.id;
    const QList<FieldIssue> issues = AssetRules::validate(a);
    if (!issues.isEmpty())
        return validationError(issues);
    a.createdAt = before.createdAt;
    a.updatedAt = Clock::current().nowUtc();
    if (Status s = d->service->m_repo.update(a); !s)
        return s.error();
    if (Status s = d->writer->append(history::Asset, historyKey(a.id), a.code, kUpdate,
                                     AssetSnapshot::toJson(before), AssetSnapshot::toJson(a));
        !s)
        return s.error();
    ++m_updated;
    return a.id;
}

Status AssetService::BulkWriter::addDependency(const QString& assetCode,
                                               const QString& dependsOnCode)
{
    // Any write but a create ends the run of creates: the connection has its CHECKs back and
    // the history entries waiting are written.
    if (Status s = d->endCreates(); !s)
        return s;
    AssetRepository& repo = d->service->m_repo;
    auto from = repo.idForCode(assetCode);
    auto to = repo.idForCode(dependsOnCode);
    if (!from || !to)
        return !from ? from.error() : to.error();
    if (!from->has_value() || !to->has_value()) {
        const QString missing = !from->has_value() ? assetCode : dependsOnCode;
        return Error::make(Error::Kind::NotFound, tr("No asset has the code \"%1\".").arg(missing));
    }
    const qint64 a = **from;
    const qint64 b = **to;
    if (!d->graph) {
        auto g = d->service->graph();
        if (!g)
            return g.error();
        d->graph = std::move(*g);
    }
    if (d->graph->hasEdge(a, b))
        return {};
    if (auto cycle = d->graph->cycleIfAdded(a, b)) {
        QStringList codes;
        for (qint64 id : *cycle) {
            auto code = d->service->labelOf(id);
            codes.append(code ? *code : QString::number(id));
        }
        return Error::make(Error::Kind::Conflict, cycleMessage(codes));
    }
    if (Status s = repo.addDependency(a, b); !s)
        return s;
    d->graph->addEdge(a, b);
    return d->writer->append(history::AssetDependency, AssetSnapshot::dependencyKey(a, b),
                             dependencyLabel(assetCode, dependsOnCode), kLink, std::nullopt,
                             AssetSnapshot::dependencyJson(a, b));
}

Status AssetService::BulkWriter::removeDependency(const QString& assetCode,
                                                  const QString& dependsOnCode)
{
    // Any write but a create ends the run of creates: the connection has its CHECKs back and
    // the history entries waiting are written.
    if (Status s = d->endCreates(); !s)
        return s;
    AssetRepository& repo = d->service->m_repo;
    auto from = repo.idForCode(assetCode);
    auto to = repo.idForCode(dependsOnCode);
    if (!from || !to)
        return !from ? from.error() : to.error();
    if (!from->has_value() || !to->has_value()) {
        const QString missing = !from->has_value() ? assetCode : dependsOnCode;
        return Error::make(Error::Kind::NotFound, tr("No asset has the code \"%1\".").arg(missing));
    }
    const qint64 a = **from;
    const qint64 b = **to;
    if (Status s = repo.removeDependency(a, b); !s)
        return s;
    if (d->graph)
        d->graph->removeEdge(a, b);
    return d->writer->append(history::AssetDependency, AssetSnapshot::dependencyKey(a, b),
                             dependencyLabel(assetCode, dependsOnCode), kUnlink,
                             AssetSnapshot::dependencyJson(a, b), std::nullopt);
}

Status AssetService::BulkWriter::remove(qint64 id)
{
    // Any write but a create ends the run of creates: the connection has its CHECKs back and
    // the history entries waiting are written.
    if (Status s = d->endCreates(); !s)
        return s;
    AssetRepository& repo = d->service->m_repo;
    auto current = repo.find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return Error::make(Error::Kind::NotFound, tr("Asset %1 does not exist.").arg(id));
    const Asset& a = **current;
    auto edges = repo.dependenciesTouching(id);
    if (!edges)
        return edges.error();
    for (const auto& e : std::as_const(*edges)) {
        auto from = d->service->labelOf(e.dependent);
        auto to = d->service->labelOf(e.dependency);
        if (!from || !to)
            return !from ? from.error() : to.error();
        if (Status s = d->writer->append(
                history::AssetDependency, AssetSnapshot::dependencyKey(e.dependent, e.dependency),
                dependencyLabel(*from, *to), kUnlink,
                AssetSnapshot::dependencyJson(e.dependent, e.dependency), std::nullopt);
            !s)
            return s;
        if (d->graph)
            d->graph->removeEdge(e.dependent, e.dependency);
    }
    // Rows of other services that refer to it go too, with their own history entries.
    for (const auto& [name, refs] : std::as_const(d->service->m_references)) {
        auto saved = refs.detach(id, *d->writer);
        if (!saved)
            return saved.error();
    }
    if (Status s = d->writer->append(history::Asset, historyKey(id), a.code, kDelete,
                                     AssetSnapshot::toJson(a), std::nullopt);
        !s)
        return s;
    return repo.remove(id);
}

Status AssetService::BulkWriter::commit(const QString& eventLabel, const QString& eventAction,
                                        const QString& eventDetailsJson)
{
    if (Status s = d->endCreates(); !s)
        return s;
    if (Status s = d->writer->append(history::Event, QString::number(d->writer->op()), eventLabel,
                                     eventAction, std::nullopt, eventDetailsJson);
        !s)
        return s;
    d->writer.reset();
    if (Status s = d->tx->commit(); !s)
        return s;
    d->load.reset();
    Q_EMIT d->service->assetsReset();
    return {};
}

} // namespace daicho
