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

void AssetFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_assets = qobject_cast<AssetTableModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void AssetFilterProxy::apply(const AssetFilter& next)
{
    if (next == m_filter)
        return;
    m_filter = next;
    m_terms = next.search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() re-runs filterAcceptsRow.
    invalidateFilter();
    Q_EMIT filterChanged();
}

void AssetFilterProxy::setFilter(const AssetFilter& filter)
{
    apply(filter);
}

void AssetFilterProxy::setSearchText(const QString& text)
{
    AssetFilter f = m_filter;
    f.search = text;
    apply(f);
}

void AssetFilterProxy::setClassFilter(const QSet<QString>& keys)
{
    AssetFilter f = m_filter;
    f.classes = keys;
    apply(f);
}

void AssetFilterProxy::setSubtypeFilter(const QSet<QString>& keys)
{
    AssetFilter f = m_filter;
    f.subtypes = keys;
    apply(f);
}

void AssetFilterProxy::setPriorityFilter(const QSet<int>& ranks)
{
    AssetFilter f = m_filter;
    f.priorities = ranks;
    apply(f);
}

void AssetFilterProxy::setPersonalDataFilter(const QSet<QString>& keys)
{
    AssetFilter f = m_filter;
    f.personal = keys;
    apply(f);
}

void AssetFilterProxy::setOverdueOnly(bool on)
{
    AssetFilter f = m_filter;
    f.overdueOnly = on;
    apply(f);
}

void AssetFilterProxy::setMissingOwnerOnly(bool on)
{
    AssetFilter f = m_filter;
    f.missingOwnerOnly = on;
    apply(f);
}

void AssetFilterProxy::clearFilters()
{
    apply(AssetFilter{});
}

bool AssetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid() || !m_assets)
        return !sourceParent.isValid();
    const Asset* a = m_assets->assetAt(sourceRow);
    if (!a)
        return false;
    const AssetFilter& f = m_filter;
    if (!f.classes.isEmpty() && !f.classes.contains(AssetTerms::key(a->assetClass)))
        return false;
    if (!f.subtypes.isEmpty() && !f.subtypes.contains(AssetTerms::key(a->subtype)))
        return false;
    if (!f.personal.isEmpty() && !f.personal.contains(AssetTerms::key(a->personalData)))
        return false;
    if (f.overdueOnly && !a->reviewOverdue(m_assets->today()))
        return false;
    if (f.missingOwnerOnly && !a->owner.trimmed().isEmpty())
        return false;
    if (!f.priorities.isEmpty() &&
        !f.priorities.contains(rank(m_assets->priorities().effective(a->id))))
        return false;
    for (const QString& term : m_terms) {
        if (!a->code.contains(term, Qt::CaseInsensitive) &&
            !a->name.contains(term, Qt::CaseInsensitive) &&
            !a->owner.contains(term, Qt::CaseInsensitive) &&
            !a->description.contains(term, Qt::CaseInsensitive))
            return false;
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
