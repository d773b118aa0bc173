#pragma once

#include <QCollator>
#include <QSet>
#include <QSortFilterProxyModel>

namespace daicho {

// Sorting and filtering over AssetTableModel: locale-aware text order (QCollator, numbers
// inside codes in numeric order), a search across code, name, owner and description, and
// filters by class, subtype, priority, personal-data kind and overdue review.
class AssetFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AssetFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    // Empty set: no restriction. Values are the stable keys ("customer", "media", "P1" -> 1).
    void setClassFilter(const QSet<QString>& keys);
    void setSubtypeFilter(const QSet<QString>& keys);
    void setPriorityFilter(const QSet<int>& ranks);
    void setPersonalDataFilter(const QSet<QString>& keys);
    void setOverdueOnly(bool on);
    void clearFilters();
    bool hasFilters() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    QString m_search;
    QStringList m_terms; // search split on whitespace; every term must match
    QSet<QString> m_classes;
    QSet<QString> m_subtypes;
    QSet<int> m_priorities;
    QSet<QString> m_personal;
    bool m_overdueOnly = false;
    QCollator m_collator;
};

} // namespace daicho
