#pragma once

#include "catalogs/Catalogs.h"
#include "domain/Soa.h"
#include "domain/SoaCompleteness.h"
#include "domain/SoaTransition.h"
#include "storage/HistoryLog.h"
#include "storage/SoaRepository.h"
#include "support/Result.h"

#include <QObject>

#include <optional>

namespace daicho {

class Register;

namespace history {
inline const QString SoaEntry = QStringLiteral("soa-entry");
inline const QString ControlAssetLink = QStringLiteral("control-asset-link");
} // namespace history

namespace infokey {
// The catalog the Statement of Applicability is kept against (iso27001-2022 by default).
inline const QString SoaCatalog = QStringLiteral("soa_catalog");
// "catalog_version.<catalog>": the version of each catalog the register has decisions on.
inline QString catalogVersion(const QString& catalog)
{
    return QStringLiteral("catalog_version.") + catalog;
}
} // namespace infokey

// The Statement of Applicability: decisions on the controls of a catalog, and the assets a
// control is applied to. Every write: validated, one transaction, history entries, commit,
// then a signal.
class SoaService : public QObject
{
    Q_OBJECT

public:
    explicit SoaService(Register& reg);
    ~SoaService() override;

    // The catalog the SoA is kept against: the register setting, else iso27001-2022.
    QString catalogKey() const;
    const Catalog& catalog() const { return Catalogs::get(catalogKey()); }
    Status setCatalog(const QString& key);

    // Creates or replaces the decision on (entry.catalog, entry.controlId); unchanged content
    // writes nothing. Returns the entry as stored.
    Result<SoaEntry> save(SoaEntry entry);
    // Removes the decision (the control is "not decided" again); returns what was there.
    Result<SoaEntry> clear(const QString& catalog, const QString& controlId);
    // Puts a control back to an earlier state: an entry, or none (undo of a first decision).
    Status restore(const QString& catalog, const QString& controlId,
                   const std::optional<SoaEntry>& state);
    // Many decisions as one action (an import, the transition): all or nothing, one history
    // operation ending with an event entry. Unchanged entries are skipped.
    Result<int> saveAll(const QList<SoaEntry>& entries, const QString& eventLabel,
                        const QString& eventAction, const QString& eventDetailsJson);

    // Puts many controls back to earlier states as one action (undo of an import or of the
    // transition). Each state: the entry, or none for a control that was not decided.
    struct State
    {
        QString catalog;
        QString controlId;
        std::optional<SoaEntry> entry;
    };
    Status restoreMany(const QList<State>& states, const QString& eventLabel);
    // The current state of each of the given controls.
    Result<QList<State>> statesOf(const QList<SoaEntry>& entries) const;

    Result<std::optional<SoaEntry>> find(const QString& catalog, const QString& controlId) const;
    Result<QList<SoaEntry>> entries(const QString& catalog) const;

    Status linkAsset(const QString& catalog, const QString& controlId, qint64 assetId);
    Status unlinkAsset(const QString& catalog, const QString& controlId, qint64 assetId);
    Result<QList<ControlAssetLink>> assetLinks(const QString& catalog = {},
                                               const QString& controlId = {},
                                               qint64 assetId = 0) const;

    // The 2022 SoA that the register's 2013 decisions lead to, control by control, with the
    // 2022 decisions already made. Nothing is written.
    Result<QList<TransitionProposal>> proposeTransition() const;
    // Writes the confirmed proposals as one action (history event "transition").
    Result<int> applyTransition(const QList<SoaEntry>& confirmed);

    // Seam for the risk register: how many risks are linked to a control of the SoA's
    // catalog. Until it is set, the "risk treatment backed by a linked risk" rule is not
    // applied (there are no risks to link).
    void setLinkedRisks(SoaCompleteness::LinkedRisks counter)
    {
        m_linkedRisks = std::move(counter);
    }
    const SoaCompleteness::LinkedRisks& linkedRisks() const { return m_linkedRisks; }

    // Gaps of the SoA of `catalog` (the register's catalog when empty).
    Result<QList<SoaGap>> completeness(const QString& catalog = {}) const;

Q_SIGNALS:
    void entryChanged(const QString& catalog, const QString& controlId);
    void entriesReset(); // many entries changed (import, transition)
    void assetLinksChanged();
    void catalogChanged();

private:
    Status validate(const SoaEntry& e) const;
    Status recordCatalogVersion(const QString& catalog, HistoryLog::Writer& writer);
    Status writeEntry(const std::optional<SoaEntry>& before, const SoaEntry& after,
                      HistoryLog::Writer& writer);
    Status writeInfo(const QString& key, const QString& value, HistoryLog::Writer& writer);
    Result<QString> assetLabel(qint64 id) const;
    Result<QString> detachAsset(qint64 assetId, HistoryLog::Writer& writer);
    Status reattachAsset(qint64 assetId, const QString& saved, HistoryLog::Writer& writer);

    Register& m_reg;
    mutable SoaRepository m_repo;
    bool m_infoChanged = false;
    SoaCompleteness::LinkedRisks m_linkedRisks;
};

} // namespace daicho
