#pragma once

#include <QTabWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace daicho {

class AssetTableModel;
class RegisterDocument;
class SoaTreeModel;

// Below the controls: what keeps the SoA from being complete, and the coverage lists (P1
// assets no implemented control protects, overdue controls, risks without a planned control
// once the risk register exists). Activating a control line selects it in the view; a risk
// line opens the risk in the Risks view.
class SoaIssuesPanel : public QTabWidget
{
    Q_OBJECT

public:
    // With `assets` (the window's asset model, which follows the asset signals before any view
    // does), coverage takes the priorities it keeps instead of computing them again.
    SoaIssuesPanel(RegisterDocument& document, SoaTreeModel& model,
                   AssetTableModel* assets = nullptr, QWidget* parent = nullptr);

    QTreeWidget* completenessList() const { return m_completeness; }
    QTreeWidget* coverageList() const { return m_coverage; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void controlActivated(const QString& controlId);
    void riskActivated(qint64 riskId);

private:
    void activated(QTreeWidgetItem* item);

    RegisterDocument& m_document;
    SoaTreeModel& m_model;
    AssetTableModel* m_assets = nullptr;
    QTreeWidget* m_completeness = nullptr;
    QTreeWidget* m_coverage = nullptr;
};

} // namespace daicho
