#pragma once

#include "domain/Asset.h"
#include "domain/DependencyGraph.h"
#include "support/Result.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace daicho {

class AssetHistoryPanel;
class AssetTableModel;
class RegisterDocument;

// Creates or edits one asset: every field of the domain, the rules checked as you type with
// the message next to the field (OK stays disabled and says why), the assets it depends on and
// those that depend on it, the derived priority with its reason and an override that needs a
// reason, and the asset's change history. Saving is one undoable step on the document.
class AssetEditor : public QDialog
{
    Q_OBJECT

public:
    // id 0: a new asset.
    AssetEditor(RegisterDocument& document, AssetTableModel& model, qint64 id,
                QWidget* parent = nullptr);
    ~AssetEditor() override;

    enum Tab
    {
        GeneralTab,
        ValuationTab,
        PriorityTab,
        DependenciesTab,
        HistoryTab
    };

    // The asset as the form describes it now.
    Asset formAsset() const;
    qint64 assetId() const { return m_id; }
    // Every problem with the form now (rules, unique code); empty when it can be saved.
    QList<FieldIssue> problems() const;
    // The message shown next to a field ("" when none).
    QString messageFor(AssetField field) const;
    // Writes through the document (undoable). On failure the dialog stays and shows why.
    Status save();

    // Dependencies as staged in the form (saved with the asset).
    QList<qint64> dependencies() const { return m_dependsOn; }
    // Adds "this asset depends on `other`"; refused with the cycle named if it would close one.
    Status addDependency(qint64 other);
    void removeDependency(qint64 other);
    QString dependencyMessage() const;

    // For tests and the UI: the widgets.
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* classBox() const { return m_class; }
    QComboBox* subtypeBox() const { return m_subtype; }
    QLineEdit* ownerEdit() const { return m_owner; }
    QSpinBox* confidentialityBox() const { return m_c; }
    QComboBox* personalBox() const { return m_personal; }
    QCheckBox* customerDataBox() const { return m_customerData; }
    QCheckBox* overrideBox() const { return m_override; }
    QComboBox* overridePriorityBox() const { return m_overridePriority; }
    QPlainTextEdit* overrideReasonEdit() const { return m_overrideReason; }
    QLabel* priorityLabel() const { return m_priority; }
    QPushButton* okButton() const;
    QCheckBox* reviewScheduledBox() const { return m_reviewScheduled; }
    QDateEdit* nextReviewEdit() const { return m_nextReview; }
    QLabel* reviewOverdueLabel() const { return m_reviewOverdue; }
    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* dependentsList() const { return m_dependents; }

public Q_SLOTS:
    void accept() override;

private:
    QWidget* buildGeneral();
    QWidget* buildValuation();
    QWidget* buildPriority();
    QWidget* buildDependencies();
    QLabel* messageLabel(AssetField field);
    void load(const Asset& a);
    void revalidate();
    void updateDerived();
    void fillDependencyLists();
    QString describe(qint64 id) const;
    DependencyGraph stagedGraph() const;
    qint64 selfId() const { return m_id != 0 ? m_id : -1; }

    RegisterDocument& m_document;
    AssetTableModel& m_model;
    qint64 m_id = 0;
    Asset m_original;
    DependencyGraph m_graph; // as stored when the editor opened
    QList<qint64> m_dependsOn;
    QList<qint64> m_originalDependsOn;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_class = nullptr;
    QComboBox* m_subtype = nullptr;
    QLineEdit* m_owner = nullptr;
    QLineEdit* m_location = nullptr;
    QLineEdit* m_businessArea = nullptr;
    QLineEdit* m_userScope = nullptr;
    QLineEdit* m_retention = nullptr;
    QCheckBox* m_reviewScheduled = nullptr;
    QDateEdit* m_nextReview = nullptr;
    QLabel* m_reviewOverdue = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QSpinBox* m_c = nullptr;
    QSpinBox* m_i = nullptr;
    QSpinBox* m_a = nullptr;
    QComboBox* m_personal = nullptr;
    QCheckBox* m_customerData = nullptr;
    QLabel* m_importance = nullptr;
    QLabel* m_priority = nullptr;
    QLabel* m_priorityWhy = nullptr;
    QCheckBox* m_override = nullptr;
    QComboBox* m_overridePriority = nullptr;
    QPlainTextEdit* m_overrideReason = nullptr;
    QListWidget* m_dependsOnList = nullptr;
    QListWidget* m_dependents = nullptr;
    QComboBox* m_dependencyPicker = nullptr;
    QPushButton* m_addDependency = nullptr;
    QPushButton* m_removeDependency = nullptr;
    QLabel* m_dependencyMessage = nullptr;
    AssetHistoryPanel* m_history = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QHash<AssetField, QLabel*> m_messages;
    QString m_prioritySignature; // what the shown priority was computed from
};

} // namespace daicho
