#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace daicho {

class Register;
struct HistoryEntry;

// The change history of one asset: when, who, what, and which fields changed from what to what.
// Entries of its dependencies are included (linked, unlinked).
class AssetHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    AssetHistoryPanel(Register& reg, qint64 assetId, QWidget* parent = nullptr);

    void reload();
    QTreeWidget* tree() const { return m_tree; }

    static QString actionLabel(const QString& action);
    // "Name: A → B; C: 1 → 3" for the fields that differ between two snapshots.
    static QString changes(const HistoryEntry& e);

private:
    Register& m_register;
    qint64 m_id;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace daicho
