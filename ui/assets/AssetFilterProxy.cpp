#include "AssetFilterProxy.h"

#include "AssetTableModel.h"

#include <QDate>
#include <QDateTime>

namespace daicho {

AssetFilterProxy::AssetFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    setSortRole(AssetTableModel::SortRole);
    setDynamicSortFilter(true);
}

void AssetFilterProxy::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
}

void AssetFilterProxy::setSearchText(const QString& text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_terms = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    refilter();
}

void AssetFilterProxy::setClassFilter(const QSet<QString>& keys)
{
    m_classes = keys;
    refilter();
}

void AssetFilterProxy::setSubtypeFilter(const QSet<QString>& keys)
{
    m_subtypes = keys;
    refilter();
}

void AssetFilterProxy::setPriorityFilter(const QSet<int>& ranks)
{
    m_priorities = ranks;
    refilter();
}

void AssetFilterProxy::setPersonalDataFilter(const QSet<QString>& keys)
{
    m_personal = keys;
    refilter();
}

void AssetFilterProxy::setOverdueOnly(bool on)
{
    m_overdueOnly = on;
    refilter();
}

void AssetFilterProxy::clearFilters()
{
    m_search.clear();
    m_terms.clear();
    m_classes.clear();
    m_subtypes.clear();
    m_priorities.clear();
    m_personal.clear();
    m_overdueOnly = false;
    refilter();
}

bool AssetFilterProxy::hasFilters() const
{
    return !m_terms.isEmpty() || !m_classes.isEmpty() || !m_subtypes.isEmpty() ||
           !m_priorities.isEmpty() || !m_personal.isEmpty() || m_overdueOnly;
}

bool AssetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    auto value = [&idx](int role) {
        return idx.data(role);
    };
    if (!m_classes.isEmpty() &&
        !m_classes.contains(value(AssetTableModel::ClassKeyRole).toString()))
        return false;
    if (!m_subtypes.isEmpty() &&
        !m_subtypes.contains(value(AssetTableModel::SubtypeKeyRole).toString()))
        return false;
    if (!m_priorities.isEmpty() &&
        !m_priorities.contains(value(AssetTableModel::PriorityRankRole).toInt()))
        return false;
    if (!m_personal.isEmpty() &&
        !m_personal.contains(value(AssetTableModel::PersonalDataKeyRole).toString()))
        return false;
    if (m_overdueOnly && !value(AssetTableModel::OverdueRole).toBool())
        return false;
    if (!m_terms.isEmpty()) {
        const QString text = value(AssetTableModel::FilterTextRole).toString();
        for (const QString& term : m_terms) {
            if (!text.contains(term, Qt::CaseInsensitive))
                return false;
        }
    }
    return true;
}

bool AssetFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace daicho
