#include "RiskFilterProxy.h"

#include "RiskTableModel.h"

namespace daicho {

RiskFilterProxy::RiskFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(RiskTableModel::SortRole);
}

void RiskFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_risks = qobject_cast<RiskTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void RiskFilterProxy::setFilter(const RiskFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_terms = filter.search.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
    Q_EMIT filterChanged();
}

void RiskFilterProxy::setSearchText(const QString& text)
{
    RiskFilter f = m_filter;
    f.search = text;
    setFilter(f);
}

void RiskFilterProxy::setAssetFilter(qint64 assetId)
{
    RiskFilter f = m_filter;
    f.assetId = assetId;
    setFilter(f);
}

void RiskFilterProxy::setAttentionOnly(bool on)
{
    RiskFilter f = m_filter;
    f.attentionOnly = on;
    setFilter(f);
}

void RiskFilterProxy::setCellFilter(const std::optional<RiskFilter::Cell>& cell)
{
    RiskFilter f = m_filter;
    f.cell = cell;
    setFilter(f);
}

bool RiskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    if (!m_risks)
        return true;
    const Risk* r = m_risks->riskAt(sourceRow);
    if (!r)
        return false;
    if (m_filter.assetId != 0 && !r->assetIds.contains(m_filter.assetId))
        return false;
    if (m_filter.cell) {
        const auto& a = m_filter.cell->residual ? r->residual : r->inherent;
        if (!a || a->likelihood != m_filter.cell->likelihood || a->impact != m_filter.cell->impact)
            return false;
    }
    if (m_filter.attentionOnly && m_risks->attention(*r).isEmpty())
        return false;
    if (!m_terms.isEmpty()) {
        const QString text = m_risks->searchText(sourceRow);
        for (const QString& t : m_terms) {
            if (!text.contains(t))
                return false;
        }
    }
    return true;
}

bool RiskFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(RiskTableModel::SortRole);
    const QVariant r = right.data(RiskTableModel::SortRole);
    if (l.typeId() == QMetaType::QString || r.typeId() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return l.toLongLong() < r.toLongLong();
}

} // namespace daicho
