#pragma once

#include "csv/TableIo.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTableWidget;

namespace daicho {

class ImportWizard;

// 1. Which file (typed, browsed or dropped).
class ImportFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportFilePage(ImportWizard& wizard);
    bool isComplete() const override;
    bool validatePage() override;
    QLineEdit* pathEdit() const { return m_path; }

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    ImportWizard& m_wizard;
    QLineEdit* m_path = nullptr;
    QLabel* m_error = nullptr;
};

// 2. The first rows as read with the detected (or chosen) encoding and delimiter.
class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    QComboBox* encodingBox() const { return m_encoding; }
    QComboBox* delimiterBox() const { return m_delimiter; }
    QTableWidget* table() const { return m_table; }

private:
    void reload();
    void fill();

    ImportWizard& m_wizard;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QLabel* m_detected = nullptr;
    QLabel* m_problem = nullptr;
    QTableWidget* m_table = nullptr;
};

// 3. Which column feeds which field, plus defaults for what the file lacks.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QTableWidget* table() const { return m_table; }
    QComboBox* targetBox(int row) const;
    QComboBox* defaultClassBox() const { return m_defaultClass; }
    QComboBox* defaultSubtypeBox() const { return m_defaultSubtype; }
    QCheckBox* zeroBasedBox() const { return m_zeroBased; }
    QComboBox* duplicateBox() const { return m_duplicates; }
    void saveMapping();
    void loadMapping();

private:
    void applyTargets(const QStringList& targets);
    QStringList currentTargets() const;
    void updateStatus();

    ImportWizard& m_wizard;
    QTableWidget* m_table = nullptr;
    QComboBox* m_defaultClass = nullptr;
    QComboBox* m_defaultSubtype = nullptr;
    QCheckBox* m_zeroBased = nullptr;
    QComboBox* m_duplicates = nullptr;
    QLabel* m_status = nullptr;
};

// 4. Every row checked (a dry run): problems as a sortable list, savable as CSV.
class ImportCheckPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportCheckPage(ImportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    QTableView* problemView() const { return m_view; }
    QStandardItemModel* problems() const { return m_model; }
    QLabel* summary() const { return m_summary; }
    Status exportProblems(const QString& path) const;

private:
    void check();

    ImportWizard& m_wizard;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableView* m_view = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_export = nullptr;
    bool m_checked = false;
    bool m_ok = false;
};

// 5. The import: one transaction, with progress; Cancel rolls it back.
class ImportRunPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard& wizard);
    void initializePage() override;
    bool isComplete() const override;
    void cancel() { m_cancelled = true; }
    QLabel* result() const { return m_result; }
    QPushButton* cancelButton() const { return m_cancel; }
    bool finished() const { return m_finished; }
    bool succeeded() const { return m_succeeded; }
    // Runs the import now (the page starts it by itself once shown).
    void run();

private:
    ImportWizard& m_wizard;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_result = nullptr;
    bool m_cancelled = false;
    bool m_started = false;
    bool m_finished = false;
    bool m_succeeded = false;
};

} // namespace daicho
