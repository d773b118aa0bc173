#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QTableView;

namespace daicho {

class AssetFilterProxy;
class AssetTableModel;
class Register;
class RegisterDocument;

// Daicho's main window: one open register, its assets in a table.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a register file, replacing the one shown. On failure the current register stays
    // and a message says why.
    bool openRegister(const QString& path);
    // Takes an already open register (tests, the demo on first start).
    void setRegister(std::unique_ptr<Register> reg);

    Register* currentRegister() const;
    RegisterDocument* document() const { return m_document.get(); }
    AssetTableModel* assetModel() const { return m_model; }
    AssetFilterProxy* assetProxy() const { return m_proxy; }
    QTableView* assetView() const { return m_view; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void updateUndoActions();
    void updateTitle();
    void updateStatus();
    void updateDetails();
    void chooseAndOpen();
    void showAbout();

    std::unique_ptr<RegisterDocument> m_document;
    AssetTableModel* m_model = nullptr;
    AssetFilterProxy* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_count = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
};

} // namespace daicho
