#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace daicho {

class CategoryDelegate;
class RegisterDocument;

// The register's vulnerability catalog as an editable table (a tab of the catalog dialog):
// the built-in vulnerabilities and the officer's own, with the threats (codes) each typically
// pairs with. Each cell edit, addition, retirement or removal is one undo step
// (RiskCommands). Retired entries stay listed, greyed, and are no longer suggested.
class VulnerabilitiesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        JaColumn,
        EnColumn,
        CategoryColumn,
        ThreatsColumn,
        StatusColumn,
        DescriptionJaColumn,
        DescriptionEnColumn,
        ColumnCount
    };

    explicit VulnerabilitiesPage(RegisterDocument& document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    CategoryDelegate* categoryDelegate() const { return m_categories; }
    QLabel* message() const { return m_message; }
    QPushButton* retireButton() const { return m_retire; }
    void reload();
    bool addVulnerability(const QString& code, const QString& nameJa, const QString& nameEn);
    // Retires the row's vulnerability, or reinstates it when it is retired.
    bool toggleRetired(int row);
    bool removeRow(int row);
    int rowOf(const QString& code) const;

private:
    void cellEdited(QTableWidgetItem* item);
    void updateButtons();

    RegisterDocument& m_document;
    QTableWidget* m_table = nullptr;
    CategoryDelegate* m_categories = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_retire = nullptr;
    QPushButton* m_remove = nullptr;
    bool m_loading = false;
};

} // namespace daicho
