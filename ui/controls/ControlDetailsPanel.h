#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace daicho {

class AssetChoiceModel;
class AssetTableModel;
class RegisterDocument;
class SoaTreeModel;

// The selected control: where it comes from (2013 ↔ 2022), what is missing, the longer texts
// (evidence, links, justification), the assets it is applied to and the risks whose treatment
// names it. Every change is one undo step through SoaCommands.
class ControlDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    // The assets to choose from come from `assets` (the window's asset model), or from a model of
    // the panel's own, made when first needed, when it is null.
    ControlDetailsPanel(RegisterDocument& document, SoaTreeModel& model,
                        AssetTableModel* assets = nullptr, QWidget* parent = nullptr);

    void showControl(const QString& controlId);
    const QString& controlId() const { return m_controlId; }

    QPlainTextEdit* evidenceEdit() const { return m_evidence; }
    QPlainTextEdit* linksEdit() const { return m_links; }
    QPlainTextEdit* justificationEdit() const { return m_justification; }
    QListWidget* assetList() const { return m_assets; }
    QComboBox* assetChoice() const { return m_assetChoice; }
    QListWidget* riskList() const { return m_risks; }

public Q_SLOTS:
    void saveTexts();
    void applyToChosenAsset();
    void removeSelectedAsset();
    void refresh();

Q_SIGNALS:
    void failed(const QString& message);
    // A risk in "Risks it treats" was activated.
    void riskRequested(qint64 riskId);

private:
    void fillAssets();
    void fillRisks();
    AssetChoiceModel* choices();

    RegisterDocument& m_document;
    SoaTreeModel& m_model;
    QString m_controlId;
    QWidget* m_body = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_origin = nullptr;
    QLabel* m_gaps = nullptr;
    QPlainTextEdit* m_evidence = nullptr;
    QPlainTextEdit* m_links = nullptr;
    QPlainTextEdit* m_justification = nullptr;
    QPushButton* m_save = nullptr;
    QListWidget* m_assets = nullptr;
    QComboBox* m_assetChoice = nullptr;
    AssetTableModel* m_assetModel = nullptr;
    AssetChoiceModel* m_choices = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_risksLabel = nullptr;
    QListWidget* m_risks = nullptr;
};

} // namespace daicho
