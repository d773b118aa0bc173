#include "SoaFilterProxy.h"

#include "SoaTreeModel.h"

namespace daicho {

SoaFilterProxy::SoaFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void SoaFilterProxy::setFilter(const SoaFilter& f)
{
    if (f == m_filter)
        return;
    m_filter = f;
    invalidateRowsFilter();
}

bool SoaFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!sourceParent.isValid()) {
        // A theme row: shown through its controls (recursive filtering), or alone when it is
        // the chosen theme and nothing else narrows.
        return false;
    }
    const SoaFilter& f = m_filter;
    if (!f.theme.isEmpty() && i.data(SoaTreeModel::ThemeRole).toString() != f.theme)
        return false;
    if (f.applicable >= 0 && i.data(SoaTreeModel::ApplicableRole).toInt() != f.applicable)
        return false;
    if (f.status >= 0) {
        const int s = i.data(SoaTreeModel::StatusRole).toInt();
        if (f.status == 4 ? s != -1 : s != f.status)
            return false;
    }
    if (f.overdueOnly && !i.data(SoaTreeModel::OverdueRole).toBool())
        return false;
    if (f.gapsOnly && !i.data(SoaTreeModel::GapRole).toBool())
        return false;
    if (f.newOnly && !i.data(SoaTreeModel::NewRole).toBool())
        return false;
    if (!f.text.trimmed().isEmpty() && !i.data(SoaTreeModel::SearchTextRole)
                                            .toString()
                                            .contains(f.text.trimmed(), Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace daicho
