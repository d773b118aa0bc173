#include "SoaService.h"

#include "AssetService.h"
#include "Register.h"
#include "storage/SoaSnapshot.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/Clock.h"
#include "support/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {

const QString kDecide = QStringLiteral("create");
const QString kUpdate = QStringLiteral("update");
const QString kClear = QStringLiteral("delete");
const QString kLink = QStringLiteral("link");
const QString kUnlink = QStringLiteral("unlink");
const QString kReferences = QStringLiteral("control-asset-links");

Error invalidEntry(const QList<SoaIssue>& issues, const QString& controlId)
{
    QStringList lines;
    for (const SoaIssue& i : issues)
        lines.append(i.message);
    Error e =
        Error::invalid(lines.join(QLatin1Char('\n')), SoaRules::fieldKey(issues.first().field));
    if (e.field == SoaRules::fieldKey(SoaField::Control))
        e.field = controlId;
    return e;
}

QString linkLabel(const QString& controlId, const QString& assetCode)
{
    return controlId + QStringLiteral(" → ") + assetCode;
}

} // namespace

SoaService::SoaService(Register& reg)
    : m_reg(reg)
    , m_repo(reg.database())
{
    reg.addSnapshotSource(history::SoaEntry, [this]() -> Result<QHash<QString, QString>> {
        auto all = m_repo.all();
        if (!all)
            return all.error();
        QHash<QString, QString> out;
        for (const SoaEntry& e : std::as_const(*all))
            out.insert(SoaSnapshot::entryKey(e.catalog, e.controlId), SoaSnapshot::toJson(e));
        return out;
    });
    reg.addSnapshotSource(history::ControlAssetLink, [this]() -> Result<QHash<QString, QString>> {
        auto links = m_repo.assetLinks();
        if (!links)
            return links.error();
        QHash<QString, QString> out;
        for (const ControlAssetLink& l : std::as_const(*links)) {
            out.insert(SoaSnapshot::assetLinkKey(l.catalog, l.controlId, l.assetId),
                       SoaSnapshot::assetLinkJson(l.catalog, l.controlId, l.assetId));
        }
        return out;
    });
    reg.assets().addReferences(
        kReferences, {[this](qint64 id, HistoryLog::Writer& w) { return detachAsset(id, w); },
                      [this](qint64 id, const QString& saved, HistoryLog::Writer& w) {
                          return reattachAsset(id, saved, w);
                      }});
    // Links go and come back with their asset; views of links follow.
    connect(&reg.assets(), &AssetService::assetRemoved, this, &SoaService::assetLinksChanged);
    connect(&reg.assets(), &AssetService::assetAdded, this, &SoaService::assetLinksChanged);
}

SoaService::~SoaService() = default;

QString SoaService::catalogKey() const
{
    auto v = m_reg.infoValue(infokey::SoaCatalog);
    if (v && Catalogs::keys().contains(*v))
        return *v;
    return catalogkey::Iso2022;
}

Status SoaService::writeInfo(const QString& key, const QString& value, HistoryLog::Writer& writer)
{
    auto old = sql::run(m_reg.database().connection(),
                        QStringLiteral("SELECT value FROM register_info WHERE key = ?"), {key});
    if (!old)
        return old.error();
    std::optional<QString> before;
    if (old->next())
        before = Register::infoSnapshot(old->value(0).toString());
    const QString after = Register::infoSnapshot(value);
    if (before == after)
        return {};
    auto q = sql::run(m_reg.database().connection(),
                      QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (!q)
        return q.error();
    m_infoChanged = true;
    return writer.append(history::RegisterInfo, key, key, before ? kUpdate : kDecide, before,
                         after);
}

Status SoaService::recordCatalogVersion(const QString& catalog, HistoryLog::Writer& writer)
{
    return writeInfo(infokey::catalogVersion(catalog), Catalogs::get(catalog).version(), writer);
}

Status SoaService::setCatalog(const QString& key)
{
    auto c = Catalogs::find(key);
    if (!c)
        return c.error();
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    m_infoChanged = false;
    if (Status s = writeInfo(infokey::SoaCatalog, key, *writer); !s)
        return s;
    if (Status s = recordCatalogVersion(key, *writer); !s)
        return s;
    if (!m_infoChanged)
        return {};
    if (Status s = tx->commit(); !s)
        return s;
    Q_EMIT m_reg.infoChanged();
    Q_EMIT catalogChanged();
    return {};
}

Status SoaService::validate(const SoaEntry& e) const
{
    auto c = Catalogs::find(e.catalog);
    if (!c)
        return c.error();
    const QList<SoaIssue> issues = SoaRules::validate(e, **c, Clock::current().today());
    if (!issues.isEmpty())
        return invalidEntry(issues, e.controlId);
    return {};
}

Status SoaService::writeEntry(const std::optional<SoaEntry>& before, const SoaEntry& after,
                              HistoryLog::Writer& writer)
{
    if (Status s = m_repo.upsert(after); !s)
        return s;
    if (Status s = recordCatalogVersion(after.catalog, writer); !s)
        return s;
    return writer.append(history::SoaEntry, SoaSnapshot::entryKey(after.catalog, after.controlId),
                         after.controlId, before ? kUpdate : kDecide,
                         before ? std::optional<QString>(SoaSnapshot::toJson(*before))
                                : std::nullopt,
                         SoaSnapshot::toJson(after));
}

Result<SoaEntry> SoaService::save(SoaEntry entry)
{
    SoaEntry e = SoaRules::normalized(std::move(entry));
    if (Status s = validate(e); !s)
        return s.error();
    auto current = m_repo.find(e.catalog, e.controlId);
    if (!current)
        return current.error();
    if (current->has_value() && (*current)->sameContent(e))
        return **current;
    e.catalogVersion = Catalogs::get(e.catalog).version();
    e.updatedAt = Clock::current().nowUtc();

    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    m_infoChanged = false;
    if (Status s = writeEntry(*current, e, *writer); !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    if (m_infoChanged)
        Q_EMIT m_reg.infoChanged();
    Q_EMIT entryChanged(e.catalog, e.controlId);
    return e;
}

Result<SoaEntry> SoaService::clear(const QString& catalog, const QString& controlId)
{
    auto current = m_repo.find(catalog, controlId);
    if (!current)
        return current.error();
    if (!current->has_value()) {
        return Error::make(Error::Kind::NotFound,
                           tr("%1 has no decision to remove.").arg(controlId));
    }
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.remove(catalog, controlId); !s)
        return s.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::SoaEntry, SoaSnapshot::entryKey(catalog, controlId),
                                  controlId, kClear, SoaSnapshot::toJson(**current), std::nullopt);
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    Q_EMIT entryChanged(catalog, controlId);
    return **current;
}

Status SoaService::restore(const QString& catalog, const QString& controlId,
                           const std::optional<SoaEntry>& state)
{
    if (!state) {
        auto current = m_repo.find(catalog, controlId);
        if (!current)
            return current.error();
        if (!current->has_value())
            return {};
        auto r = clear(catalog, controlId);
        if (!r)
            return r.error();
        return {};
    }
    auto r = save(*state);
    if (!r)
        return r.error();
    return {};
}

Result<int> SoaService::saveAll(const QList<SoaEntry>& entries, const QString& eventLabel,
                                const QString& eventAction, const QString& eventDetailsJson)
{
    QList<SoaEntry> prepared;
    prepared.reserve(entries.size());
    for (const SoaEntry& in : entries) {
        SoaEntry e = SoaRules::normalized(in);
        if (Status s = validate(e); !s)
            return s.error();
        prepared.append(e);
    }
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    m_infoChanged = false;
    int written = 0;
    const QDateTime now = Clock::current().nowUtc();
    for (SoaEntry& e : prepared) {
        auto current = m_repo.find(e.catalog, e.controlId);
        if (!current)
            return current.error();
        if (current->has_value() && (*current)->sameContent(e))
            continue;
        e.catalogVersion = Catalogs::get(e.catalog).version();
        e.updatedAt = now;
        if (Status s = writeEntry(*current, e, *writer); !s)
            return s.error();
        ++written;
    }
    if (written == 0)
        return 0;
    if (Status s = writer->append(history::Event, QString::number(writer->op()), eventLabel,
                                  eventAction, std::nullopt, eventDetailsJson);
        !s)
        return s.error();
    if (Status s = tx->commit(); !s)
        return s.error();
    if (m_infoChanged)
        Q_EMIT m_reg.infoChanged();
    Q_EMIT entriesReset();
    return written;
}

Result<QList<SoaService::State>> SoaService::statesOf(const QList<SoaEntry>& entries) const
{
    QList<State> out;
    for (const SoaEntry& e : entries) {
        auto current = m_repo.find(e.catalog, e.controlId);
        if (!current)
            return current.error();
        out.append({e.catalog, e.controlId, *current});
    }
    return out;
}

Status SoaService::restoreMany(const QList<State>& states, const QString& eventLabel)
{
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    m_infoChanged = false;
    const QDateTime now = Clock::current().nowUtc();
    int written = 0;
    for (const State& st : states) {
        auto current = m_repo.find(st.catalog, st.controlId);
        if (!current)
            return current.error();
        if (!st.entry) {
            if (!current->has_value())
                continue;
            if (Status s = m_repo.remove(st.catalog, st.controlId); !s)
                return s;
            if (Status s = writer->append(
                    history::SoaEntry, SoaSnapshot::entryKey(st.catalog, st.controlId),
                    st.controlId, kClear, SoaSnapshot::toJson(**current), std::nullopt);
                !s)
                return s;
            ++written;
            continue;
        }
        SoaEntry e = SoaRules::normalized(*st.entry);
        if (Status s = validate(e); !s)
            return s;
        if (current->has_value() && (*current)->sameContent(e))
            continue;
        e.catalogVersion = Catalogs::get(e.catalog).version();
        e.updatedAt = now;
        if (Status s = writeEntry(*current, e, *writer); !s)
            return s;
        ++written;
    }
    if (written == 0)
        return {};
    if (Status s = writer->append(history::Event, QString::number(writer->op()), eventLabel,
                                  QStringLiteral("restore"), std::nullopt, QStringLiteral("{}"));
        !s)
        return s;
    if (Status s = tx->commit(); !s)
        return s;
    if (m_infoChanged)
        Q_EMIT m_reg.infoChanged();
    Q_EMIT entriesReset();
    return {};
}

Result<std::optional<SoaEntry>> SoaService::find(const QString& catalog,
                                                 const QString& controlId) const
{
    return m_repo.find(catalog, controlId);
}

Result<QList<SoaEntry>> SoaService::entries(const QString& catalog) const
{
    return m_repo.all(catalog);
}

Result<QString> SoaService::assetLabel(qint64 id) const
{
    auto a = m_reg.assets().find(id);
    if (!a)
        return a.error();
    if (!a->has_value())
        return Error::make(Error::Kind::NotFound, tr("Asset %1 does not exist.").arg(id));
    return (*a)->code;
}

Status SoaService::linkAsset(const QString& catalog, const QString& controlId, qint64 assetId)
{
    auto c = Catalogs::find(catalog);
    if (!c)
        return c.error();
    if (!(*c)->contains(controlId)) {
        return Error::invalid(tr("%1 is not a control of %2.").arg(controlId, (*c)->title()),
                              QStringLiteral("control"));
    }
    auto code = assetLabel(assetId);
    if (!code)
        return code.error();
    auto existing = m_repo.assetLinks(catalog, controlId, assetId);
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        return Error::make(Error::Kind::Conflict,
                           tr("%1 is already applied to %2.").arg(controlId, *code));
    }
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.addAssetLink({catalog, controlId, assetId}); !s)
        return s;
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::ControlAssetLink,
                                  SoaSnapshot::assetLinkKey(catalog, controlId, assetId),
                                  linkLabel(controlId, *code), kLink, std::nullopt,
                                  SoaSnapshot::assetLinkJson(catalog, controlId, assetId));
        !s)
        return s;
    if (Status s = tx->commit(); !s)
        return s;
    Q_EMIT assetLinksChanged();
    return {};
}

Status SoaService::unlinkAsset(const QString& catalog, const QString& controlId, qint64 assetId)
{
    auto code = assetLabel(assetId);
    if (!code)
        return code.error();
    auto tx = Transaction::begin(m_reg.database());
    if (!tx)
        return tx.error();
    if (Status s = m_repo.removeAssetLink({catalog, controlId, assetId}); !s) {
        if (s.error().kind == Error::Kind::NotFound) {
            return Error::make(Error::Kind::NotFound,
                               tr("%1 is not applied to %2.").arg(controlId, *code));
        }
        return s;
    }
    auto writer = m_reg.history().writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(
            history::ControlAssetLink, SoaSnapshot::assetLinkKey(catalog, controlId, assetId),
            linkLabel(controlId, *code), kUnlink,
            SoaSnapshot::assetLinkJson(catalog, controlId, assetId), std::nullopt);
        !s)
        return s;
    if (Status s = tx->commit(); !s)
        return s;
    Q_EMIT assetLinksChanged();
    return {};
}

Result<QList<ControlAssetLink>>
SoaService::assetLinks(const QString& catalog, const QString& controlId, qint64 assetId) const
{
    return m_repo.assetLinks(catalog, controlId, assetId);
}

// Inside AssetService::remove's transaction: the asset's control links go first (they refer
// to its row), each with its history entry; what went is kept for restore.
Result<QString> SoaService::detachAsset(qint64 assetId, HistoryLog::Writer& writer)
{
    auto links = m_repo.assetLinks({}, {}, assetId);
    if (!links)
        return links.error();
    if (links->isEmpty())
        return QString();
    auto code = assetLabel(assetId);
    if (!code)
        return code.error();
    QJsonArray saved;
    for (const ControlAssetLink& l : std::as_const(*links)) {
        if (Status s = m_repo.removeAssetLink(l); !s)
            return s.error();
        if (Status s = writer.append(history::ControlAssetLink,
                                     SoaSnapshot::assetLinkKey(l.catalog, l.controlId, assetId),
                                     linkLabel(l.controlId, *code), kUnlink,
                                     SoaSnapshot::assetLinkJson(l.catalog, l.controlId, assetId),
                                     std::nullopt);
            !s)
            return s.error();
        saved.append(QJsonArray{l.catalog, l.controlId});
    }
    return QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact));
}

Status SoaService::reattachAsset(qint64 assetId, const QString& saved, HistoryLog::Writer& writer)
{
    auto code = assetLabel(assetId);
    if (!code)
        return code.error();
    const QJsonArray links = QJsonDocument::fromJson(saved.toUtf8()).array();
    for (const QJsonValue& v : links) {
        const QJsonArray pair = v.toArray();
        const ControlAssetLink l{pair.at(0).toString(), pair.at(1).toString(), assetId};
        if (Status s = m_repo.addAssetLink(l); !s)
            return s;
        if (Status s = writer.append(history::ControlAssetLink,
                                     SoaSnapshot::assetLinkKey(l.catalog, l.controlId, assetId),
                                     linkLabel(l.controlId, *code), kLink, std::nullopt,
                                     SoaSnapshot::assetLinkJson(l.catalog, l.controlId, assetId));
            !s)
            return s;
    }
    return {};
}

Result<QList<TransitionProposal>> SoaService::proposeTransition() const
{
    auto from = m_repo.all(catalogkey::Iso2013);
    if (!from)
        return from.error();
    auto to = m_repo.all(catalogkey::Iso2022);
    if (!to)
        return to.error();
    return SoaTransition::propose(Catalogs::iso2013(), Catalogs::iso2022(),
                                  Catalogs::mapping2013To2022(), *from, *to);
}

Result<int> SoaService::applyTransition(const QList<SoaEntry>& confirmed)
{
    for (const SoaEntry& e : confirmed) {
        if (e.catalog != catalogkey::Iso2022) {
            return Error::invalid(tr("The transition writes 2022 decisions only (%1 is of %2).")
                                      .arg(e.controlId, e.catalog),
                                  QStringLiteral("catalog"));
        }
    }
    const QString details =
        JsonObjectWriter()
            .add(QLatin1StringView("from"), catalogkey::Iso2013)
            .add(QLatin1StringView("to"), catalogkey::Iso2022)
            .add(QLatin1StringView("mapping"), Catalogs::mapping2013To2022().version())
            .add(QLatin1StringView("confirmed"), qint64(confirmed.size()))
            .finish();
    return saveAll(confirmed, tr("Transition 2013 → 2022"), QStringLiteral("transition"), details);
}

Result<QList<SoaGap>> SoaService::completeness(const QString& catalog) const
{
    const QString key = catalog.isEmpty() ? catalogKey() : catalog;
    auto c = Catalogs::find(key);
    if (!c)
        return c.error();
    auto all = m_repo.all(key);
    if (!all)
        return all.error();
    return SoaCompleteness::check(**c, *all, m_linkedRisks);
}

} // namespace daicho
