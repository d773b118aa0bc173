#pragma once

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

#include <vector>

namespace daicho {

class AssetTableModel;

// What the asset table shows: a search (every word must appear in the code, name, owning
// department or description) and restrictions by stable key. An empty set means "any".
struct AssetFilter
{
    QString search;
    QSet<QString> classes;  // "customer", "test", "internal"
    QSet<QString> subtypes; // "physical", … "media"
    QSet<int> priorities;   // 1..3 (effective priority)
    QSet<QString> personal; // "none", "personal", "special_care", "my_number"
    bool overdueOnly = false;
    bool missingOwnerOnly = false;

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && classes.isEmpty() && subtypes.isEmpty() &&
               priorities.isEmpty() && personal.isEmpty() && !overdueOnly && !missingOwnerOnly;
    }
    friend bool operator==(const AssetFilter&, const AssetFilter&) = default;
};

// Sorting and filtering over AssetTableModel: locale-aware text order (QCollator, numbers
// inside codes in numeric order) and the AssetFilter. Reads the model's rows directly rather
// than through QVariant roles, so a keystroke over 100,000 assets stays quick.
class AssetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssetFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const AssetFilter& filter() const { return m_filter; }
    void setFilter(const AssetFilter& filter);

    void setSearchText(const QString& text);
    QString searchText() const { return m_filter.search; }
    void setClassFilter(const QSet<QString>& keys);
    void setSubtypeFilter(const QSet<QString>& keys);
    void setPriorityFilter(const QSet<int>& ranks);
    void setPersonalDataFilter(const QSet<QString>& keys);
    void setOverdueOnly(bool on);
    void setMissingOwnerOnly(bool on);
    void clearFilters();
    bool hasFilters() const { return !m_filter.isEmpty(); }

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void apply(const AssetFilter& next);
    // Text columns sort by collation keys made once per row (ICU compares are slow); the keys
    // follow the source model's changes row by row.
    bool isTextColumn(int column) const;
    QString sortText(int sourceRow, int column) const;
    void rebuildKeys();
    void updateKeys(int first, int last);

    std::vector<QCollatorSortKey> m_keys; // by source row, for m_keyColumn
    int m_keyColumn = -1;

    AssetFilter m_filter;
    QStringList m_terms; // search split on whitespace; every term must match
    AssetTableModel* m_assets = nullptr;
    QCollator m_collator;
};

} // namespace daicho
