#pragma once

#include "support/Result.h"

#include <QIcon>
#include <QList>
#include <QMainWindow>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;

namespace daicho {

class AssetFilterProxy;
class AssetTableModel;
class AssetsView;
class Register;
class RegisterDocument;

// Daicho's main window: one open register, its views in a sidebar, the menus.
//
// Plugging in a view: one addView() line in installStandardViews() (StandardViews.cpp). A view
// made by a factory is created for each register that is opened, when it is first shown or
// asked for through view(), and deleted before that register closes, so it may keep references
// to the document and its services. Menu actions
// go into reportsMenu(), exportMenu(), importMenu() or viewMenu() from the same function; they
// find the open register through document() when triggered. When the language changes, the
// views and those menus are emptied and installStandardViews() runs again, so every text is
// made anew in the new language.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Makes the view for one open register. `window` gives the shared asset model and the menus.
    using ViewFactory = std::function<QWidget*(RegisterDocument& document, MainWindow& window)>;

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Adds a view to the sidebar, in call order. The factory runs when the view is first shown
    // or asked for (view()) while a register is open, once per register.
    void addView(const QString& id, const QString& title, ViewFactory factory,
                 const QIcon& icon = {});
    // A view that lives as long as the window and follows documentChanged() itself.
    void addView(const QString& id, const QString& title, QWidget* view, const QIcon& icon = {});
    // Brings a view to the front; false if there is no view with that id.
    bool showView(const QString& id);
    QString currentViewId() const;
    // The view with that id, made now if it was not yet; null without a register or such id.
    QWidget* view(const QString& id) const;
    // Whether the view has been made for the open register (it is made when first shown).
    bool isViewMade(const QString& id) const;
    QStringList viewIds() const;

    QMenu* fileMenu() const { return m_fileMenu; }
    QMenu* importMenu() const { return m_importMenu; }
    QMenu* exportMenu() const { return m_exportMenu; }
    QMenu* editMenu() const { return m_editMenu; }
    QMenu* viewMenu() const { return m_viewMenu; }
    QMenu* reportsMenu() const { return m_reportsMenu; }
    QMenu* helpMenu() const { return m_helpMenu; }
    QAction* aboutAction() const { return m_aboutAction; }

    // Opens a register file, replacing the one shown. On failure the current register stays
    // and a message says why.
    bool openRegister(const QString& path);
    // Takes an already open register (tests, the demo on first start).
    void setRegister(std::unique_ptr<Register> reg);

    Register* currentRegister() const;
    RegisterDocument* document() const { return m_document.get(); }
    // Shared by the views of the open register (null when none is open).
    AssetTableModel* assetModel() const { return m_model; }
    AssetsView* assetsView() const;
    AssetFilterProxy* assetProxy() const;
    QTableView* assetView() const;

    // File > Save a Copy As without the file dialog: writes a consistent copy of the open
    // register to `target` (replacing a file there), says so in the status bar; the open
    // register stays the one shown.
    Status saveCopyTo(const QString& target);

    // The application's icon: the desktop theme's if installed, else the bundled bitmap.
    static QIcon applicationIcon();

    static QStringList recentFiles();
    static constexpr int MaxRecentFiles = 8;
    QMenu* recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    // The document is about to go (views made by factories are deleted right after).
    void documentAboutToChange();
    // A new document is shown (null when none).
    void documentChanged(RegisterDocument* document);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct ViewEntry
    {
        QString id;
        QString title;
        QIcon icon;
        ViewFactory factory; // empty for a persistent view
        QWidget* widget = nullptr;
    };

    void createMenus();
    void retranslate();
    void rebuildViews();
    void reinstallViews();
    void updateViewMenu();
    void placeView(int index);
    QWidget* ensureView(int index) const;
    void updateUndoActions();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString& path);
    void chooseAndOpen();
    void createNewRegister();
    void saveCopyAs();
    void showAbout();
    void setLanguage(const QString& language);
    void closeDocument();

    mutable QList<ViewEntry> m_views; // views are made on first use, also from const view()
    QListWidget* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;

    std::unique_ptr<RegisterDocument> m_document;
    AssetTableModel* m_model = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_importMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_languageMenu = nullptr;
    QAction* m_viewMenuSeparator = nullptr;
    QMenu* m_reportsMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_saveCopyAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_newAssetAction = nullptr;
    QAction* m_editAssetAction = nullptr;
    QAction* m_deleteAssetAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_copyRowsAction = nullptr;
    QAction* m_selectAllAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QList<QAction*> m_languageActions;
    QList<QAction*> m_viewActions;
};

} // namespace daicho
