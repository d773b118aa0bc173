#pragma once

#include "storage/Database.h"
#include "storage/HistoryLog.h"
#include "support/Result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace daicho {

class AssetService;
class SoaService;
class RiskService;

// Register-wide settings kept in the file (table register_info).
struct RegisterInfo
{
    QString uuid;
    QString organisation;
    QString scope; // ISMS scope, e.g. 東京センター
    QDateTime createdAt;
    QString createdWith; // Daicho version that created the file
};

namespace infokey {
inline const QString Uuid = QStringLiteral("register_uuid");
inline const QString Organisation = QStringLiteral("organisation");
inline const QString Scope = QStringLiteral("isms_scope");
inline const QString CreatedAt = QStringLiteral("created_at");
inline const QString CreatedWith = QStringLiteral("created_with");
} // namespace infokey

// An open register: the document the GUI edits and the CLI works on. Owns the database
// connection and the services over it. Services write inside a transaction, append history,
// commit, and only then emit their signals.
class Register : public QObject
{
    Q_OBJECT

public:
    struct CreateOptions
    {
        QString organisation;
        QString scope;
    };

    static Result<std::unique_ptr<Register>> create(const QString& path,
                                                    const CreateOptions& options);
    static Result<std::unique_ptr<Register>> open(const QString& path);
    static Result<std::unique_ptr<Register>> createInMemory(const CreateOptions& options = {});

    ~Register() override;

    Database& database() { return *m_db; }
    HistoryLog& history() { return *m_history; }
    AssetService& assets() { return *m_assets; }
    SoaService& soa() { return *m_soa; }
    RiskService& risks() { return *m_risks; }

    QString path() const { return m_db->path(); }
    RegisterInfo info() const;
    Result<QString> infoValue(const QString& key) const;
    // Sets a register_info value, with its history entry (a no-op when unchanged).
    Status setInfoValue(const QString& key, const QString& value);

    // `check` compares, for each entity type listed here, what the history says with what the
    // register holds. Every service that writes history for an entity type registers the
    // current snapshots of that type here.
    using SnapshotSource = std::function<Result<QHash<QString, QString>>()>;
    void addSnapshotSource(const QString& entityType, SnapshotSource source);
    const QHash<QString, SnapshotSource>& snapshotSources() const { return m_sources; }

    static QString infoSnapshot(const QString& value);

Q_SIGNALS:
    void infoChanged();

private:
    explicit Register(std::unique_ptr<Database> db);
    Status initialise(const CreateOptions& options);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<HistoryLog> m_history;
    std::unique_ptr<AssetService> m_assets;
    std::unique_ptr<SoaService> m_soa;    // after assets: it registers asset references
    std::unique_ptr<RiskService> m_risks; // after assets, likewise
    QHash<QString, SnapshotSource> m_sources;
};

} // namespace daicho
