#pragma once

#include "domain/Risk.h"
#include "domain/RiskMethod.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace daicho {

class Register;

// All risks of a register as table rows. Loads everything once and follows RiskService's
// signals; asset codes, threat names and the method are looked up once per reload.
class RiskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        TitleColumn,
        AssetsColumn,
        ThreatColumn,
        LikelihoodColumn,
        ImpactColumn,
        ValueColumn,
        LevelColumn,
        TreatmentColumn,
        ResidualValueColumn,
        ResidualLevelColumn,
        StatusColumn,
        OwnerColumn,
        NextReviewColumn,
        AttentionColumn,
        ColumnCount
    };

    enum Role
    {
        RiskIdRole = Qt::UserRole + 1,
        SortRole,
        FilterTextRole,
    };

    explicit RiskTableModel(Register& reg, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool reload();
    QString lastError() const { return m_lastError; }

    const Risk* riskAt(int row) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    const RiskMethod& method() const { return m_method; }
    // The method version that scored `r` (levels are named by that version).
    const RiskMethod& methodOf(const Risk& r) const;
    QString assetCodes(const Risk& r) const;
    QString assetLabel(qint64 assetId) const; // "CODE name"
    // The assets named by at least one risk, by code.
    QList<qint64> assetsInUse() const;
    QString threatName(qint64 threatId) const;
    QString levelLabel(const Risk& r, bool residual) const;
    std::optional<RiskDisposition> disposition(const Risk& r, bool residual) const;
    QList<RiskAttention> attention(const Risk& r) const;
    QString searchText(int row) const { return m_search.value(row); }

    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    static QColor dispositionColor(RiskDisposition d);

private:
    void onChanged(qint64 id);
    void onRemoved(qint64 id);
    void rebuildIndex();
    void loadLookups();
    // Codes and names of the assets `risks` name (all of them anew when `fresh`).
    void loadAssetLabels(const QList<Risk>& risks, bool fresh);
    QString buildSearchText(const Risk& r) const;

    Register& m_reg;
    QList<Risk> m_rows;
    QList<QString> m_search;
    QHash<qint64, int> m_rowById;
    QHash<qint64, QString> m_assetCodes;
    QHash<qint64, QString> m_assetNames;
    QHash<qint64, QString> m_threatNames;
    QHash<int, RiskMethod> m_methods;
    RiskMethod m_method;
    QDate m_today;
    QString m_lastError;
};

} // namespace daicho
