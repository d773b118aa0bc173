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
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_assets = qobject_cast<AssetTableModel*>(model);
    m_keys.clear();
    if (m_assets) {
        // Connected before the base class connects its own slots, so the keys are current
        // when it re-sorts in reaction to the same signal.
        connect(m_assets, &QAbstractItemModel::modelReset, this, &AssetFilterProxy::rebuildKeys);
        connect(m_assets, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex&, int first, int last) {
                    if (m_keyColumn < 0)
                        return;
                    const QString blank;
                    m_keys.insert(m_keys.begin() + first, size_t(last - first + 1),
                                  m_collator.sortKey(blank));
                    updateKeys(first, last);
                });
        connect(m_assets, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex&, int first, int last) {
                    if (m_keyColumn >= 0)
                        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
                });
        connect(m_assets, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex& tl, const QModelIndex& br) {
                    if (m_keyColumn >= tl.column() && m_keyColumn <= br.column())
                        updateKeys(tl.row(), br.row());
                });
    }
    QSortFilterProxyModel::setSourceModel(model);
}

bool AssetFilterProxy::isTextColumn(int column) const
{
    switch (column) {
    case AssetTableModel::CodeColumn:
    case AssetTableModel::NameColumn:
    case AssetTableModel::ClassColumn:
    case AssetTableModel::SubtypeColumn:
    case AssetTableModel::OwnerColumn:
    case AssetTableModel::LocationColumn:
    case AssetTableModel::RetentionColumn:
        return true;
    default:
        return false;
    }
}

QString AssetFilterProxy::sortText(int sourceRow, int column) const
{
    const Asset* a = m_assets->assetAt(sourceRow);
    switch (column) {
    case AssetTableModel::CodeColumn:
        return a->code;
    case AssetTableModel::NameColumn:
        return a->name;
    case AssetTableModel::OwnerColumn:
        return a->owner;
    case AssetTableModel::LocationColumn:
        return a->location;
    case AssetTableModel::RetentionColumn:
        return a->retention;
    default:
        return m_assets->index(sourceRow, column).data(Qt::DisplayRole).toString();
    }
}

void AssetFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_assets && isTextColumn(column) && column != m_keyColumn) {
        m_keyColumn = column;
        rebuildKeys();
    }
    QSortFilterProxyModel::sort(column, order);
}

void AssetFilterProxy::rebuildKeys()
{
    m_keys.clear();
    if (!m_assets || m_keyColumn < 0)
        return;
    const int rows = m_assets->rowCount();
    m_keys.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r)
        m_keys.push_back(m_collator.sortKey(sortText(r, m_keyColumn)));
}

void AssetFilterProxy::updateKeys(int first, int last)
{
    if (m_keyColumn < 0)
        return;
    for (int r = first; r <= last && size_t(r) < m_keys.size(); ++r)
        m_keys[size_t(r)] = m_collator.sortKey(sortText(r, m_keyColumn));
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
    const int column = left.column();
    if (m_assets && column == m_keyColumn && m_keys.size() == size_t(m_assets->rowCount())) {
        const int c = m_keys[size_t(left.row())].compare(m_keys[size_t(right.row())]);
        if (c != 0)
            return c < 0;
        // Equal text: keep a stable, meaningful order by code.
        return m_assets->assetAt(left.row())->code < m_assets->assetAt(right.row())->code;
    }
    if (m_assets && !isTextColumn(column)) {
        const Asset* l = m_assets->assetAt(left.row());
        const Asset* r = m_assets->assetAt(right.row());
        auto byNumber = [](auto a, auto b) {
            return a < b;
        };
        switch (column) {
        case AssetTableModel::ConfidentialityColumn:
            return byNumber(l->confidentiality, r->confidentiality);
        case AssetTableModel::IntegrityColumn:
            return byNumber(l->integrity, r->integrity);
        case AssetTableModel::AvailabilityColumn:
            return byNumber(l->availability, r->availability);
        case AssetTableModel::ImportanceColumn:
            return byNumber(l->importance(), r->importance());
        case AssetTableModel::PriorityColumn:
            return byNumber(rank(m_assets->priorities().effective(l->id)),
                            rank(m_assets->priorities().effective(r->id)));
        case AssetTableModel::PersonalDataColumn:
            return byNumber(int(l->personalData), int(r->personalData));
        case AssetTableModel::NextReviewColumn: {
            // Unscheduled reviews go last.
            const QDate none(9999, 12, 31);
            return (l->nextReview.isValid() ? l->nextReview : none) <
                   (r->nextReview.isValid() ? r->nextReview : none);
        }
        case AssetTableModel::UpdatedColumn:
            return l->updatedAt < r->updatedAt;
        default:
            break;
        }
    }
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    if (l.userType() == QMetaType::QString && r.userType() == QMetaType::QString)
        return m_collator.compare(l.toString(), r.toString()) < 0;
    return QVariant::compare(l, r) == QPartialOrdering::Less;
}

} // namespace daicho
