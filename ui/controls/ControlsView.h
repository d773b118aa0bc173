#pragma once

#include "SoaFilterProxy.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace daicho {

class AssetTableModel;
class ControlDetailsPanel;
class RegisterDocument;
class SoaIssuesPanel;
class SoaTreeModel;
class TransitionDialog;

// The Controls view: a catalog as a tree by theme with the register's Statement of
// Applicability, editable in place (undo and history as everywhere); filters; the selected
// control's details and assets; what is left to complete; coverage; the transition assistant.
class ControlsView : public QWidget
{
    Q_OBJECT

public:
    // `assets` is the window's asset model, which the details offer assets from (when null, the
    // details make a model of their own when first needed).
    explicit ControlsView(RegisterDocument& document, AssetTableModel* assets = nullptr,
                          QWidget* parent = nullptr);
    ~ControlsView() override;

    SoaTreeModel* model() const { return m_model; }
    SoaFilterProxy* proxy() const { return m_proxy; }
    QTreeView* tree() const { return m_tree; }
    ControlDetailsPanel* details() const { return m_details; }
    SoaIssuesPanel* issues() const { return m_issues; }
    QComboBox* catalogBox() const { return m_catalog; }
    QLabel* messageLabel() const { return m_message; }

    void setCatalog(const QString& key);
    void setFilter(const SoaFilter& f);
    bool selectControl(const QString& controlId);
    QString currentControl() const;
    // The assistant, as a window of its own (non-modal), parented to this view.
    TransitionDialog* openTransition();

Q_SIGNALS:
    // A risk that treats the selected control was activated in the details.
    void riskRequested(qint64 riskId);

private:
    void filterChanged();
    void expandAndSpan();
    void fillThemes();
    void updateCount();
    void showMessage(const QString& message);
    void useCatalogForSoa();

    RegisterDocument& m_document;
    bool m_columnsFitted = false;
    SoaTreeModel* m_model = nullptr;
    SoaFilterProxy* m_proxy = nullptr;
    QTreeView* m_tree = nullptr;
    ControlDetailsPanel* m_details = nullptr;
    SoaIssuesPanel* m_issues = nullptr;
    QComboBox* m_catalog = nullptr;
    QPushButton* m_useCatalog = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_applicable = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_theme = nullptr;
    QCheckBox* m_overdue = nullptr;
    QCheckBox* m_gaps = nullptr;
    QCheckBox* m_new = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace daicho
