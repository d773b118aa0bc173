#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace daicho {

class RiskTableModel;

// What the risk table shows. Empty or unset parts let everything through.
struct RiskFilter
{
    QString search;     // every word must appear (code, title, assets, threat, owner, …)
    qint64 assetId = 0; // risks on this asset
    bool attentionOnly = false;
    // A heat-map cell: likelihood × impact of the inherent (or residual) assessment.
    struct Cell
    {
        bool residual = false;
        int likelihood = 0;
        int impact = 0;
        friend bool operator==(const Cell&, const Cell&) = default;
    };
    std::optional<Cell> cell;

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && assetId == 0 && !attentionOnly && !cell;
    }
    friend bool operator==(const RiskFilter&, const RiskFilter&) = default;
};

// Sorting (QCollator, numbers in codes in numeric order) and RiskFilter over RiskTableModel.
class RiskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RiskFilterProxy(QObject* parent = nullptr);
    void setSourceModel(QAbstractItemModel* model) override;

    const RiskFilter& filter() const { return m_filter; }
    void setFilter(const RiskFilter& filter);
    void setSearchText(const QString& text);
    void setAssetFilter(qint64 assetId);
    void setAttentionOnly(bool on);
    void setCellFilter(const std::optional<RiskFilter::Cell>& cell);

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    RiskFilter m_filter;
    QStringList m_terms;
    RiskTableModel* m_risks = nullptr;
    QCollator m_collator;
};

} // namespace daicho
