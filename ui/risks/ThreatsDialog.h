#pragma once

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace daicho {

class CategoryDelegate;
class RegisterDocument;
class VulnerabilitiesPage;

// The register's catalogs, one tab each. Threats: an editable table of the built-in threats
// (Japanese and English names, category, description) and the officer's own; each cell edit,
// addition or removal is one undo step (RiskCommands); a threat that risks name cannot be
// removed. Vulnerabilities: VulnerabilitiesPage.
class ThreatsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column // of the threats' table
    {
        CodeColumn,
        JaColumn,
        EnColumn,
        CategoryColumn,
        DescriptionJaColumn,
        DescriptionEnColumn,
        ColumnCount
    };

    explicit ThreatsDialog(RegisterDocument& document, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    VulnerabilitiesPage* vulnerabilities() const { return m_vulnerabilities; }
    void showVulnerabilities();
    QTableWidget* table() const { return m_table; } // threats
    CategoryDelegate* categoryDelegate() const { return m_categories; }
    QLabel* message() const { return m_message; }
    void reload();
    bool addThreat(const QString& code, const QString& nameJa, const QString& nameEn);
    bool removeRow(int row);

private:
    void cellEdited(QTableWidgetItem* item);

    RegisterDocument& m_document;
    QTabWidget* m_tabs = nullptr;
    VulnerabilitiesPage* m_vulnerabilities = nullptr;
    QTableWidget* m_table = nullptr;
    CategoryDelegate* m_categories = nullptr;
    QLabel* m_message = nullptr;
    bool m_loading = false;
};

} // namespace daicho
