#pragma once

#include "domain/Risk.h"
#include "domain/RiskMethod.h"
#include "domain/Threat.h"
#include "services/VulnerabilityService.h"
#include "storage/HistoryLog.h"
#include "storage/RiskRepository.h"
#include "support/Result.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace daicho {

class Register;
struct Asset;

namespace infokey {
inline const QString ThreatCatalogVersion = QStringLiteral("threat_catalog_version");
} // namespace infokey

namespace history {
inline const QString Risk = QStringLiteral("risk");
inline const QString Threat = QStringLiteral("threat");
inline const QString RiskMethod = QStringLiteral("risk-method");
} // namespace history

// How one risk would be scored under a new method: shown before the method is applied, and
// exactly what applying it writes.
struct MethodChangePreview
{
    qint64 riskId = 0;
    QString code;
    std::optional<RiskAssessment> before; // under the risk's current method version
    QString beforeLevel;                  // label, empty when not scored
    RiskScores newScores;
    RiskScores newResidualScores;
    std::optional<RiskAssessment> after;
    QString afterLevel;
    std::optional<RiskAssessment> residualAfter;
};

// The risk register: the assessment method (versioned), the threat and vulnerability catalogs
// and the risks.
// Every write: validated, one transaction, history entries, commit, then a signal. Risk values
// are recomputed whenever what they depend on changes (an asset's importance, the method),
// inside the same transaction and with history entries, so the history tells why a level
// moved.
class RiskService : public QObject
{
    Q_OBJECT

public:
    explicit RiskService(Register& reg);
    ~RiskService() override;

    // --- method ---
    // The method in use: the newest stored version, else IPA's default (version 0, stored with
    // the first risk).
    Result<RiskMethod> method() const;
    Result<QList<RiskMethod>> methodVersions() const;
    // Every risk re-scored under `m`, nothing written.
    Result<QList<MethodChangePreview>> previewMethod(const RiskMethod& m) const;
    // Stores `m` as a new version and re-scores every risk as previewMethod says, as one
    // action. Returns the new version number (the current one when `m` is unchanged).
    Result<int> applyMethod(RiskMethod m, const QString& note = {});

    // --- risks ---
    Result<Risk> create(Risk r);
    // Writes the risk's content (id must exist) and re-scores it; unchanged: nothing written.
    Result<Risk> update(Risk r);
    // Removes the risk; returns it as it was (for undo).
    Result<Risk> remove(qint64 id);
    // Puts a removed risk back with its id (scored again under the current method).
    Result<Risk> restore(const Risk& removed);
    // Many risks as one action (import, demo): all or nothing; ones with a code that exists
    // replace it when `replaceExisting`, else are refused. One event entry at the end.
    // `pendingThreats` names, by index into `risks`, a built-in threat (code or name) the
    // register may not have yet: it is installed with the catalog in the same action.
    Result<int> saveAll(const QList<Risk>& risks, bool replaceExisting, const QString& eventLabel,
                        const QString& eventAction, const QString& eventDetailsJson,
                        const QHash<int, QString>& pendingThreats = {});

    Result<std::optional<Risk>> find(qint64 id) const;
    Result<std::optional<Risk>> findByCode(const QString& code) const;
    Result<QList<Risk>> all() const;
    Result<QList<Risk>> risksOfAsset(qint64 assetId) const;
    Result<QList<HistoryEntry>> historyOf(qint64 id) const;
    // How many risks each control of `catalog` treats (for the SoA's risk-treatment rule).
    Result<QHash<QString, int>> controlRiskCounts(const QString& catalog) const;
    // How many risks `controlId` (of any catalog) treats.
    Result<int> risksTreatedBy(const QString& controlId) const;
    // The risks whose treatment names control `controlId` of `catalog`, by code.
    Result<QList<Risk>> risksOfControl(const QString& catalog, const QString& controlId) const;
    // The importance a risk on these assets has: the highest importance among them (0: none).
    Result<int> importanceOf(const QList<qint64>& assetIds) const;

    // --- threats ---
    Result<QList<Threat>> threats() const;
    Result<std::optional<Threat>> findThreat(qint64 id) const;
    Result<Threat> createThreat(Threat t);
    Result<Threat> updateThreat(Threat t);
    // Refused while a risk names the threat.
    Result<Threat> removeThreat(qint64 id);
    Result<Threat> restoreThreat(const Threat& removed);
    // Adds the built-in threats (ThreatCatalog) the register does not have yet, matched by
    // code, as one action, and records the catalog's version (threat_catalog_version). A
    // register receives them with its first risk; this is for doing it earlier.
    Result<int> installThreatCatalog();
    // The threat with this code (without case), or its Japanese or English name.
    Result<std::optional<Threat>> findThreatByName(const QString& codeOrName) const;

    // --- vulnerabilities ---
    // The vulnerability catalog; its built-in entries arrive with the threat catalog.
    VulnerabilityService& vulnerabilities() { return *m_vulnerabilities; }
    const VulnerabilityService& vulnerabilities() const { return *m_vulnerabilities; }

Q_SIGNALS:
    void riskAdded(qint64 id);
    void riskUpdated(qint64 id);
    void riskRemoved(qint64 id);
    void risksReset(); // many risks changed (method, import, asset importance)
    void threatsChanged();
    void methodChanged();

private:
    struct Scoring;
    Result<QList<Risk>> risksByIds(const QList<qint64>& ids) const;
    Status validate(const Risk& r, const RiskMethod& m, qint64 exceptId) const;
    // Scores `r` under `m` with the importance of its assets.
    Status score(Risk& r, const RiskMethod& m) const;
    Result<RiskMethod> ensureMethod(HistoryLog::Writer& writer);
    // ensureMethod, and the built-in vulnerabilities for a register whose risk part predates
    // them (a risk write of the user, not an asset action's re-scoring).
    Result<RiskMethod> ensureSetup(HistoryLog::Writer& writer);
    Result<int> installThreats(HistoryLog::Writer& writer);
    void announceSetup();
    Status writeRisk(const std::optional<Risk>& before, const Risk& after, const QString& action,
                     HistoryLog::Writer& writer, const QString& note = {});
    // Re-scores the risks of `assetIds` (after an asset changed); writes those whose result
    // changed.
    Result<int> rescoreAssets(const QList<qint64>& riskIds, HistoryLog::Writer& writer,
                              const QString& note);
    Result<QString> detachAsset(qint64 assetId, HistoryLog::Writer& writer);
    Status reattachAsset(qint64 assetId, const QString& saved, HistoryLog::Writer& writer);
    Status assetUpdated(const Asset& before, const Asset& after, HistoryLog::Writer& writer);
    Result<RiskMethod> methodFor(int version) const;

    Register& m_reg;
    mutable RiskRepository m_repo;
    QList<qint64> m_touched;     // risks written by an asset action, announced after its commit
    bool m_threatsAdded = false; // the built-in threats came with a write; announce it
    std::unique_ptr<VulnerabilityService> m_vulnerabilities;
};

} // namespace daicho
