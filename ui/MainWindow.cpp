#include "MainWindow.h"

#include "NewRegisterDialog.h"
#include "StandardViews.h"
#include "Version.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsView.h"
#include "services/Register.h"
#include "support/Translations.h"
#include "undo/RegisterDocument.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

namespace daicho {

namespace {

const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/sidebar");
const QString kLastViewKey = QStringLiteral("window/view");
const QString kRecentKey = QStringLiteral("file/recent");
const QString kLastFileKey = QStringLiteral("file/last");
const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_sidebar = new QListWidget(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setStyleSheet(QStringLiteral("QListWidget::item { padding: 6px 8px; }"));
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({170, 1100});
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(splitter);

    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_views.size())
            placeView(row);
    });

    createMenus();
    installStandardViews(*this);
    updateUndoActions();
    updateTitle();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1280, 780);
    splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    showView(settings.value(kLastViewKey).toString());
}

MainWindow::~MainWindow()
{
    closeDocument();
}

// ---- views --------------------------------------------------------------------------------

void MainWindow::addView(const QString& id, const QString& title, ViewFactory factory,
                         const QIcon& icon)
{
    ViewEntry e;
    e.id = id;
    e.title = title;
    e.icon = icon;
    e.factory = std::move(factory);
    m_views.append(std::move(e));
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, id);
    // Made when first shown or asked for (ensureView), not now.
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
    updateViewMenu();
}

QWidget* MainWindow::ensureView(int index) const
{
    ViewEntry& e = m_views[index];
    if (!e.widget && e.factory && m_document) {
        auto* self = const_cast<MainWindow*>(this);
        e.widget = e.factory(*m_document, *self);
        m_stack->addWidget(e.widget);
    }
    return e.widget;
}

void MainWindow::addView(const QString& id, const QString& title, QWidget* view, const QIcon& icon)
{
    ViewEntry e;
    e.id = id;
    e.title = title;
    e.icon = icon;
    e.widget = view;
    m_views.append(std::move(e));
    m_stack->addWidget(view);
    auto* item = new QListWidgetItem(icon, title, m_sidebar);
    item->setData(Qt::UserRole, id);
    if (m_sidebar->currentRow() < 0)
        m_sidebar->setCurrentRow(0);
    updateViewMenu();
}

void MainWindow::updateViewMenu()
{
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    for (int i = 0; i < m_views.size(); ++i) {
        QAction* a = new QAction(m_views.at(i).title, m_viewMenu);
        if (i < 9)
            a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        const QString id = m_views.at(i).id;
        connect(a, &QAction::triggered, this, [this, id] { showView(id); });
        m_viewMenu->insertAction(m_viewMenuSeparator, a);
        m_viewActions.append(a);
    }
}

bool MainWindow::showView(const QString& id)
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id == id) {
            m_sidebar->setCurrentRow(i);
            placeView(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentViewId() const
{
    const int row = m_sidebar->currentRow();
    return row >= 0 && row < m_views.size() ? m_views.at(row).id : QString();
}

QWidget* MainWindow::view(const QString& id) const
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id == id)
            return ensureView(i);
    }
    return nullptr;
}

bool MainWindow::isViewMade(const QString& id) const
{
    for (const ViewEntry& e : m_views) {
        if (e.id == id)
            return e.widget != nullptr;
    }
    return false;
}

QStringList MainWindow::viewIds() const
{
    QStringList ids;
    for (const ViewEntry& e : m_views)
        ids.append(e.id);
    return ids;
}

void MainWindow::placeView(int index)
{
    if (QWidget* w = ensureView(index))
        m_stack->setCurrentWidget(w);
}

void MainWindow::rebuildViews()
{
    for (ViewEntry& e : m_views) {
        if (!e.factory)
            continue;
        if (e.widget) {
            m_stack->removeWidget(e.widget);
            delete e.widget;
            e.widget = nullptr;
        }
    }
    // Only the view shown is made now; the others when first shown (a register of 100,000
    // assets opens faster and in less memory when the risk and control views wait).
    const int row = m_sidebar->currentRow();
    if (row >= 0 && row < m_views.size())
        placeView(row);
}

AssetsView* MainWindow::assetsView() const
{
    return qobject_cast<AssetsView*>(view(QStringLiteral("assets")));
}

AssetFilterProxy* MainWindow::assetProxy() const
{
    AssetsView* v = assetsView();
    return v ? v->proxy() : nullptr;
}

QTableView* MainWindow::assetView() const
{
    AssetsView* v = assetsView();
    return v ? v->table() : nullptr;
}

// ---- menus --------------------------------------------------------------------------------

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_newAction = m_fileMenu->addAction(QString(), this, &MainWindow::createNewRegister);
    m_newAction->setShortcut(QKeySequence::New);
    m_openAction = m_fileMenu->addAction(QString(), this, &MainWindow::chooseAndOpen);
    m_openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_saveCopyAction = m_fileMenu->addAction(QString(), this, &MainWindow::saveCopyAs);
    // Not every platform theme binds Save As; Ctrl+Shift+S is what people expect.
    m_saveCopyAction->setShortcuts(
        QKeySequence::keyBindings(QKeySequence::SaveAs).isEmpty()
            ? QList<QKeySequence>{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)}
            : QKeySequence::keyBindings(QKeySequence::SaveAs));
    m_fileMenu->addSeparator();
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(QString());
    m_undoAction = m_editMenu->addAction(QString());
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(QString());
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_editMenu->addSeparator();
    m_newAssetAction = m_editMenu->addAction(QString());
    m_newAssetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_editAssetAction = m_editMenu->addAction(QString());
    m_editAssetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAssetAction = m_editMenu->addAction(QString());
    m_deleteAssetAction->setShortcut(QKeySequence::Delete);
    m_editMenu->addSeparator();
    m_findAction = m_editMenu->addAction(QString());
    m_findAction->setShortcut(QKeySequence::Find);
    m_editMenu->addSeparator();
    // Ctrl+C and Ctrl+A belong to whichever field or table has the focus (the asset table
    // handles them itself); the menu shows them and works on the asset table.
    m_copyRowsAction = m_editMenu->addAction(QString());
    m_copyRowsAction->setShortcut(QKeySequence::Copy);
    m_copyRowsAction->setShortcutContext(Qt::WidgetShortcut);
    m_selectAllAction = m_editMenu->addAction(QString());
    m_selectAllAction->setShortcut(QKeySequence::SelectAll);
    m_selectAllAction->setShortcutContext(Qt::WidgetShortcut);
    // The asset actions work on the asset table, so they bring it to the front.
    auto onAssets = [this](void (AssetsView::*slot)()) {
        return [this, slot] {
            if (!showView(QStringLiteral("assets")))
                return;
            if (AssetsView* v = assetsView())
                (v->*slot)();
        };
    };
    connect(m_newAssetAction, &QAction::triggered, this, onAssets(&AssetsView::newAsset));
    connect(m_editAssetAction, &QAction::triggered, this, onAssets(&AssetsView::editCurrent));
    connect(m_deleteAssetAction, &QAction::triggered, this, onAssets(&AssetsView::deleteSelected));
    connect(m_findAction, &QAction::triggered, this, onAssets(&AssetsView::focusSearch));
    connect(m_copyRowsAction, &QAction::triggered, this, onAssets(&AssetsView::copySelection));
    connect(m_selectAllAction, &QAction::triggered, this, onAssets(&AssetsView::selectAll));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenuSeparator = m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* languages = new QActionGroup(this);
    for (const QString& lang : {QString(), QStringLiteral("ja"), QStringLiteral("en")}) {
        QAction* a = m_languageMenu->addAction(QString());
        a->setCheckable(true);
        a->setData(lang);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, lang] { setLanguage(lang); });
        m_languageActions.append(a);
    }

    m_reportsMenu = menuBar()->addMenu(QString());
    m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    retranslate();
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New Register…"));
    m_openAction->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopyAction->setText(tr("Save a &Copy As…"));
    m_importMenu->setTitle(tr("&Import"));
    m_exportMenu->setTitle(tr("&Export"));
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_newAssetAction->setText(tr("&New Asset…"));
    m_editAssetAction->setText(tr("&Edit Asset…"));
    m_deleteAssetAction->setText(tr("&Delete Asset"));
    m_findAction->setText(tr("&Find…"));
    m_copyRowsAction->setText(tr("&Copy Rows"));
    m_selectAllAction->setText(tr("Select &All"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    const QString chosen = QSettings().value(kLanguageKey).toString();
    for (QAction* a : std::as_const(m_languageActions)) {
        const QString lang = a->data().toString();
        if (lang.isEmpty())
            a->setText(tr("System Default"));
        else if (lang == QLatin1String("ja"))
            a->setText(QStringLiteral("日本語"));
        else
            a->setText(QStringLiteral("English"));
        a->setChecked(lang == chosen);
    }
    m_reportsMenu->setTitle(tr("&Reports"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Daicho"));
    updateUndoActions();
    updateTitle();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
    Translations::install(language);
    // Views are made again so every label, header and message is in the new language; the
    // document and its undo stack stay.
    reinstallViews();
    retranslate();
}

void MainWindow::reinstallViews()
{
    const QString current = currentViewId();
    for (ViewEntry& e : m_views) {
        if (e.widget) {
            m_stack->removeWidget(e.widget);
            delete e.widget;
        }
    }
    m_views.clear();
    {
        const QSignalBlocker block(m_sidebar);
        m_sidebar->clear();
    }
    m_importMenu->clear();
    m_exportMenu->clear();
    m_reportsMenu->clear();
    // What others added to the View menu comes after the language submenu.
    const QList<QAction*> viewActions = m_viewMenu->actions();
    const qsizetype fixed = viewActions.indexOf(m_languageMenu->menuAction()) + 1;
    for (qsizetype i = fixed; i < viewActions.size(); ++i)
        m_viewMenu->removeAction(viewActions.at(i));
    installStandardViews(*this);
    if (!showView(current) && !m_views.isEmpty())
        showView(m_views.first().id);
}

void MainWindow::updateUndoActions()
{
    if (!m_undoAction)
        return;
    QUndoStack* stack = m_document ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                                    : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                                    : tr("&Redo"));
    const bool open = m_document != nullptr;
    for (QAction* a : {m_newAssetAction, m_editAssetAction, m_deleteAssetAction, m_findAction,
                       m_saveCopyAction, m_copyRowsAction, m_selectAllAction})
        a->setEnabled(open);
}

// ---- documents ----------------------------------------------------------------------------

Register* MainWindow::currentRegister() const
{
    return m_document ? &m_document->reg() : nullptr;
}

void MainWindow::closeDocument()
{
    if (!m_document)
        return;
    Q_EMIT documentAboutToChange();
    // Views and the model go before the register they read from.
    for (ViewEntry& e : m_views) {
        if (e.factory && e.widget) {
            m_stack->removeWidget(e.widget);
            delete e.widget;
            e.widget = nullptr;
        }
    }
    delete m_model;
    m_model = nullptr;
    m_document.reset();
}

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    const QString current = currentViewId();
    closeDocument();
    if (reg) {
        m_document = std::make_unique<RegisterDocument>(std::move(reg));
        QUndoStack* stack = m_document->undoStack();
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
        connect(stack, &QUndoStack::canUndoChanged, this, &MainWindow::updateUndoActions);
        connect(stack, &QUndoStack::canRedoChanged, this, &MainWindow::updateUndoActions);
        connect(m_document.get(), &RegisterDocument::actionFailed, this, [this](const QString& m) {
            QMessageBox::warning(this, tr("Cannot undo or redo"), m);
        });
        connect(&m_document->reg(), &Register::infoChanged, this, &MainWindow::updateTitle);
        m_model = new AssetTableModel(m_document->reg(), this);
        m_model->reload();
        if (!m_model->lastError().isEmpty())
            statusBar()->showMessage(m_model->lastError());
    }
    rebuildViews();
    if (!current.isEmpty())
        showView(current);
    updateUndoActions();
    updateTitle();
    Q_EMIT documentChanged(m_document.get());
}

bool MainWindow::openRegister(const QString& path)
{
    auto reg = Register::open(path);
    if (!reg) {
        QMessageBox::warning(this, tr("Cannot open register"), reg.error().toString());
        return false;
    }
    setRegister(std::move(*reg));
    addRecentFile(path);
    return true;
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Register"), QString(), tr("Daicho registers (*.daicho);;All files (*)"));
    if (!path.isEmpty())
        openRegister(path);
}

void MainWindow::createNewRegister()
{
    NewRegisterDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Register::CreateOptions options;
    options.organisation = dialog.organisation();
    options.scope = dialog.scope();
    auto reg = Register::create(dialog.path(), options);
    if (!reg) {
        QMessageBox::warning(this, tr("Cannot create register"), reg.error().toString());
        return;
    }
    setRegister(std::move(*reg));
    addRecentFile(dialog.path());
}

void MainWindow::saveCopyAs()
{
    if (!m_document)
        return;
    const QFileInfo current(m_document->reg().path());
    const QString suggestion = current.absolutePath() + QLatin1Char('/') +
                               current.completeBaseName() + QStringLiteral("-") +
                               QDate::currentDate().toString(Qt::ISODate) +
                               QStringLiteral(".daicho");
    QString target = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), suggestion,
                                                  tr("Daicho registers (*.daicho)"));
    if (target.isEmpty())
        return;
    if (QFileInfo(target).suffix().isEmpty())
        target += QStringLiteral(".daicho");
    if (Status s = saveCopyTo(target); !s)
        QMessageBox::warning(this, tr("Cannot save a copy"), s.error().toString());
}

Status MainWindow::saveCopyTo(const QString& target)
{
    if (!m_document)
        return Error::make(Error::Kind::NotFound, tr("No register is open."));
    if (QFileInfo(target).absoluteFilePath() ==
        QFileInfo(m_document->reg().path()).absoluteFilePath())
        return Error::make(Error::Kind::Invalid,
                           tr("A copy cannot replace the register it is made from."));
    // The dialog has already asked about replacing an existing file.
    if (QFileInfo::exists(target) && !QFile::remove(target))
        return Error::io(tr("%1 exists and cannot be replaced.").arg(target), target);
    if (Status s = m_document->reg().database().saveCopyAs(target); !s)
        return s;
    statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(target)), 8000);
    return {};
}

QIcon MainWindow::applicationIcon()
{
    return QIcon::fromTheme(
        QStringLiteral("io.github.daicho.Daicho"),
        QIcon(QStringLiteral(":/daicho/icons/io.github.daicho.Daicho-256.png")));
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString& path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QSettings settings;
    QStringList list = settings.value(kRecentKey).toStringList();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > MaxRecentFiles)
        list.removeLast();
    settings.setValue(kRecentKey, list);
    settings.setValue(kLastFileKey, abs);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList list = recentFiles();
    for (const QString& path : list) {
        QAction* a = m_recentMenu->addAction(
            QStringLiteral("%1  (%2)")
                .arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(QFileInfo(path).path())));
        connect(a, &QAction::triggered, this, [this, path] { openRegister(path); });
    }
    if (!list.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [this] {
            QSettings().remove(kRecentKey);
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!list.isEmpty());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Daicho"));
        return;
    }
    const RegisterInfo info = m_document->reg().info();
    QString title = QFileInfo(m_document->reg().path()).fileName();
    if (title.isEmpty())
        title = tr("Unsaved register");
    if (!info.organisation.isEmpty())
        title += QStringLiteral(" — ") + info.organisation;
    setWindowTitle(title + QStringLiteral(" — ") + tr("Daicho"));
}

void MainWindow::showAbout()
{
    QString text = tr("<h3>Daicho %1</h3><p>ISMS risk and asset register: information assets, "
                      "risks, controls and the Statement of Applicability, with their change "
                      "history, in one file.</p><p>Licensed under the Apache License, version "
                      "2.0.</p><p>Qt %2</p>")
                       .arg(QStringLiteral(DAICHO_VERSION_STRING), QString::fromLatin1(qVersion()));
    if (m_document) {
        Register& reg = m_document->reg();
        const QString file =
            reg.path().isEmpty()
                ? tr("Unsaved register")
                : QDir::toNativeSeparators(QFileInfo(reg.path()).absoluteFilePath());
        text += tr("<p>Register: %1<br>Organisation: %2<br>File format version %3</p>")
                    .arg(file.toHtmlEscaped(), reg.info().organisation.toHtmlEscaped())
                    .arg(reg.database().schemaVersion());
    }
    QMessageBox::about(this, tr("About Daicho"), text);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (auto* splitter = qobject_cast<QSplitter*>(centralWidget()))
        settings.setValue(kSplitterKey, splitter->saveState());
    settings.setValue(kLastViewKey, currentViewId());
    event->accept();
}

} // namespace daicho
