#include "Register.h"

#include "AssetService.h"
#include "RiskService.h"
#include "SoaService.h"
#include "Version.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"
#include "support/Clock.h"
#include "support/JsonWriter.h"

#include <QFile>
#include <QUuid>

namespace daicho {

Register::Register(std::unique_ptr<Database> db)
    : m_db(std::move(db))
    , m_history(std::make_unique<HistoryLog>(*m_db))
{
    m_assets = std::make_unique<AssetService>(*this);
    m_soa = std::make_unique<SoaService>(*this);
    m_risks = std::make_unique<RiskService>(*this);

    addSnapshotSource(history::RegisterInfo, [this]() -> Result<QHash<QString, QString>> {
        auto q =
            sql::run(m_db->connection(), QStringLiteral("SELECT key, value FROM register_info"));
        if (!q)
            return q.error();
        QHash<QString, QString> out;
        while (q->next())
            out.insert(q->value(0).toString(), infoSnapshot(q->value(1).toString()));
        return out;
    });
}

// Services hold prepared statements on the connection; they go before the database does.
Register::~Register()
{
    m_risks.reset();
    m_soa.reset();
    m_assets.reset();
    m_history.reset();
    m_db.reset();
}

QString Register::infoSnapshot(const QString& value)
{
    return JsonObjectWriter().add(QLatin1StringView("value"), value).finish();
}

Result<std::unique_ptr<Register>> Register::create(const QString& path,
                                                   const CreateOptions& options)
{
    auto db = Database::create(path);
    if (!db)
        return db.error();
    std::unique_ptr<Register> reg(new Register(std::move(*db)));
    if (Status s = reg->initialise(options); !s) {
        reg.reset();
        Database::removeFiles(path);
        return s.error();
    }
    return reg;
}

Result<std::unique_ptr<Register>> Register::createInMemory(const CreateOptions& options)
{
    auto db = Database::createInMemory();
    if (!db)
        return db.error();
    std::unique_ptr<Register> reg(new Register(std::move(*db)));
    if (Status s = reg->initialise(options); !s)
        return s.error();
    return reg;
}

Result<std::unique_ptr<Register>> Register::open(const QString& path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    return std::unique_ptr<Register>(new Register(std::move(*db)));
}

Status Register::initialise(const CreateOptions& options)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    const QList<std::pair<QString, QString>> values{
        {infokey::Uuid, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {infokey::Organisation, options.organisation.trimmed()},
        {infokey::Scope, options.scope.trimmed()},
        {infokey::CreatedAt, Clock::current().nowUtc().toString(Qt::ISODateWithMs)},
        {infokey::CreatedWith, QStringLiteral(DAICHO_VERSION_STRING)},
    };
    for (const auto& [key, value] : values) {
        auto q = sql::run(m_db->connection(),
                          QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?)"),
                          {key, value});
        if (!q)
            return q.error();
    }
    auto writer = m_history->writer();
    if (!writer)
        return writer.error();
    for (const auto& [key, value] : values) {
        if (Status s = writer->append(history::RegisterInfo, key, key, QStringLiteral("create"),
                                      std::nullopt, infoSnapshot(value));
            !s)
            return s;
    }
    return tx->commit();
}

Result<QString> Register::infoValue(const QString& key) const
{
    auto v = sql::scalar(m_db->connection(),
                         QStringLiteral("SELECT value FROM register_info WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v->toString();
}

RegisterInfo Register::info() const
{
    RegisterInfo i;
    auto q = sql::run(m_db->connection(), QStringLiteral("SELECT key, value FROM register_info"));
    if (!q)
        return i;
    while (q->next()) {
        const QString k = q->value(0).toString();
        const QString v = q->value(1).toString();
        if (k == infokey::Uuid)
            i.uuid = v;
        else if (k == infokey::Organisation)
            i.organisation = v;
        else if (k == infokey::Scope)
            i.scope = v;
        else if (k == infokey::CreatedAt)
            i.createdAt = QDateTime::fromString(v, Qt::ISODateWithMs);
        else if (k == infokey::CreatedWith)
            i.createdWith = v;
    }
    return i;
}

Status Register::setInfoValue(const QString& key, const QString& value)
{
    if (key == infokey::Uuid)
        return Error::make(Error::Kind::Usage, QStringLiteral("The register id cannot change"));
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    auto old = sql::run(m_db->connection(),
                        QStringLiteral("SELECT value FROM register_info WHERE key = ?"), {key});
    if (!old)
        return old.error();
    std::optional<QString> before;
    if (old->next())
        before = infoSnapshot(old->value(0).toString());
    const QString after = infoSnapshot(value);
    if (before == after)
        return {};
    auto q = sql::run(m_db->connection(),
                      QStringLiteral("INSERT INTO register_info (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value});
    if (!q)
        return q.error();
    auto writer = m_history->writer();
    if (!writer)
        return writer.error();
    if (Status s = writer->append(history::RegisterInfo, key, key,
                                  before ? QStringLiteral("update") : QStringLiteral("create"),
                                  before, after);
        !s)
        return s;
    if (Status s = tx->commit(); !s)
        return s;
    Q_EMIT infoChanged();
    return {};
}

void Register::addSnapshotSource(const QString& entityType, SnapshotSource source)
{
    m_sources.insert(entityType, std::move(source));
}

} // namespace daicho
