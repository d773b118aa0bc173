#pragma once

#include <QSortFilterProxyModel>

namespace daicho {

// What the Controls view shows: all criteria must hold. Theme rows show while any of their
// controls does.
struct SoaFilter
{
    QString text;
    int applicable = -1; // -1 any; 0 not decided; 1 applicable; 2 not applicable
    int status = -1;     // -1 any; else SoaStatus; 4 no status
    QString theme;       // empty: any
    bool overdueOnly = false;
    bool gapsOnly = false;
    bool newOnly = false;

    bool operator==(const SoaFilter&) const = default;
};

class SoaFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit SoaFilterProxy(QObject* parent = nullptr);
    void setFilter(const SoaFilter& f);
    const SoaFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    SoaFilter m_filter;
};

} // namespace daicho
