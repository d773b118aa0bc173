#pragma once

#include "assets/AssetFilterProxy.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;
class QTimer;
class QToolButton;

namespace daicho {

class AssetTableModel;
struct AssetCounts;

// The register at a glance: how many assets of each class at each priority, by subtype, and
// what needs attention (P1 assets, overdue reviews, assets without an owning department).
// Every number is a button that shows those assets in the asset table.
class OverviewView : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewView(AssetTableModel& model, QWidget* parent = nullptr);

    // The button showing a number, by its name (e.g. "count:customer:P1", "count:overdue").
    QToolButton* numberButton(const QString& name) const;
    // The lists under the numbers: "overdue", "P1", "no-owner".
    QListWidget* list(const QString& name) const { return m_lists.value(name); }
    static constexpr int MaxListed = 200;

Q_SIGNALS:
    // A number was clicked: show the assets it counts.
    void filterRequested(const AssetFilter& filter);
    // An asset in one of the lists was opened: show it in the asset table.
    void assetRequested(qint64 id);

private:
    void scheduleRefresh();
    void refresh();
    void fillLists();
    QToolButton* number(const QString& name, const AssetFilter& filter, QWidget* parent);
    void setNumber(const QString& name, int value, const QString& tooltip);

    AssetTableModel& m_model;
    QTimer* m_refresh = nullptr;
    QLabel* m_heading = nullptr;
    QHash<QString, QToolButton*> m_numbers;
    QHash<QString, QListWidget*> m_lists;
};

} // namespace daicho
