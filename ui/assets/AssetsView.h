#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace daicho {

class AssetFilterBar;
class AssetFilterProxy;
struct AssetFilter;
class AssetTableModel;
class MainWindow;
class RegisterDocument;

// The asset register as a table: search and filters above, the assets, and why the selected
// asset has its priority below. Edits go through AssetCommands (undoable).
class AssetsView : public QWidget
{
    Q_OBJECT

public:
    AssetsView(RegisterDocument& document, AssetTableModel& model, QWidget* parent = nullptr);
    ~AssetsView() override;

    AssetFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    AssetFilterBar* filterBar() const { return m_filterBar; }
    // Shows only the assets the filter lets through (the overview's numbers use this).
    void applyFilter(const AssetFilter& filter);
    // Column visibility and order, as kept in QSettings.
    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    void resetColumns();
    static QString headerSettingsKey();
    static const QList<int>& defaultColumnOrder();
    // Ids of the selected assets, in table order.
    QList<qint64> selectedIds() const;
    qint64 currentId() const;
    // Selects and scrolls to an asset; false if it is not shown.
    bool selectAsset(qint64 id);
    // The selected rows as tab-separated text (a header line, then the rows in table order,
    // the shown columns in their order), for pasting into a spreadsheet.
    QString selectionAsTsv() const;

public Q_SLOTS:
    void newAsset();
    void editCurrent();
    void deleteSelected();
    void focusSearch();
    // Puts selectionAsTsv() on the clipboard (Ctrl+C in the table).
    void copySelection();
    // Selects every row shown and puts the focus in the table.
    void selectAll();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateDetails();
    void updateCount();
    void fillColumnMenu();
    void saveHeader();
    void applyDefaultColumns();

    QAction* m_copyAction = nullptr;
    RegisterDocument& m_document;
    AssetTableModel& m_model;
    AssetFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_count = nullptr;
    AssetFilterBar* m_filterBar = nullptr;
    QMenu* m_columnMenu = nullptr;
};

} // namespace daicho
