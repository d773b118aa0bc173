#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace daicho {

class RegisterDocument;
class RiskFilterProxy;
class RiskHeatMap;
class RiskTableModel;

// The risk register: search and filters above; the risks; beside them the heat maps (inherent
// and residual: clicking a cell filters the table) and the attention list; below, the
// selected risk's assets, controls and actions. Edits go through RiskCommands (undoable).
class RisksView : public QWidget
{
    Q_OBJECT

public:
    explicit RisksView(RegisterDocument& document, QWidget* parent = nullptr);
    ~RisksView() override;

    RiskTableModel* model() const { return m_model; }
    RiskFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_view; }
    RiskHeatMap* inherentMap() const { return m_inherent; }
    RiskHeatMap* residualMap() const { return m_residual; }
    QTreeWidget* attentionList() const { return m_attention; }
    QComboBox* assetFilter() const { return m_assetFilter; }
    QLineEdit* searchBox() const { return m_search; }
    QLabel* details() const { return m_details; }
    QLabel* countLabel() const { return m_count; }

    qint64 currentId() const;
    bool selectRisk(qint64 id);
    // Selects the risk, clearing the search and filters first when they hide it.
    bool revealRisk(qint64 id);
    // Shows the risks of one asset (0: all).
    void showAsset(qint64 assetId);

Q_SIGNALS:
    // An asset of the selected risk was clicked in the details.
    void assetRequested(qint64 assetId);

public Q_SLOTS:
    void newRisk();
    void editCurrent();
    void deleteSelected();
    void editMethod();

private:
    void refreshSide();
    void refreshAssets();
    // Adds an asset to the filter's choices (one without risks, chosen from the asset table).
    bool addAssetChoice(qint64 assetId);
    void updateDetails();
    void updateCount();

    RegisterDocument& m_document;
    RiskTableModel* m_model = nullptr;
    RiskFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_assetFilter = nullptr;
    QCheckBox* m_attentionOnly = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_method = nullptr;
    RiskHeatMap* m_inherent = nullptr;
    RiskHeatMap* m_residual = nullptr;
    QTreeWidget* m_attention = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace daicho
