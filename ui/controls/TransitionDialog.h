#pragma once

#include "domain/SoaTransition.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace daicho {

class RegisterDocument;

// The transition assistant: the 2022 SoA that the 2013 decisions lead to, control by control,
// merged controls with all their sources, for the officer to check and confirm. Confirming
// writes the ticked proposals as one undo step.
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TransitionDialog(RegisterDocument& document, QWidget* parent = nullptr);

    QTreeWidget* proposalList() const { return m_list; }
    QComboBox* kindFilter() const { return m_filter; }
    // The proposals ticked now.
    QList<SoaEntry> selected() const;
    void setChecked(const QString& controlId, bool checked);

public Q_SLOTS:
    void reload();
    bool applySelected();
    void selectReady();
    void selectNone();

private:
    void fill();
    void updateCount();
    void itemChanged(QTreeWidgetItem* item);

    RegisterDocument& m_document;
    QList<TransitionProposal> m_proposals;
    QSet<QString> m_ticked; // 2022 control ids, kept across filters
    QComboBox* m_filter = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace daicho
