#include "MainWindow.h"

#include "Version.h"
#include "assets/AssetFilterProxy.h"
#include "assets/AssetTableModel.h"
#include "services/Register.h"
#include "undo/RegisterDocument.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace daicho {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);

    m_search = new QLineEdit(central);
    m_search->setPlaceholderText(tr("Search code, name, owning department, description…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_view = new QTableView(central);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);

    m_details = new QLabel(central);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 2 + 8);
    layout->addWidget(m_details);

    setCentralWidget(central);
    m_count = new QLabel(this);
    statusBar()->addPermanentWidget(m_count);

    createActions();
    updateTitle();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 760);
}

MainWindow::~MainWindow()
{
    // Views and models go before the register they read from.
    m_view->setModel(nullptr);
    delete m_proxy;
    delete m_model;
    m_document.reset();
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Daicho"), this, &MainWindow::showAbout);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_proxy) {
            m_proxy->setSearchText(text);
            updateStatus();
        }
    });
}

Register* MainWindow::currentRegister() const
{
    return m_document ? &m_document->reg() : nullptr;
}

void MainWindow::updateUndoActions()
{
    QUndoStack* stack = m_document ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                                    : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                                    : tr("&Redo"));
}

void MainWindow::setRegister(std::unique_ptr<Register> reg)
{
    m_view->setModel(nullptr);
    delete m_proxy;
    delete m_model;
    m_proxy = nullptr;
    m_model = nullptr;
    m_document.reset();
    if (reg)
        m_document = std::make_unique<RegisterDocument>(std::move(reg));
    if (m_document) {
        Register& r = m_document->reg();
        QUndoStack* stack = m_document->undoStack();
        for (auto signal : {&QUndoStack::canUndoChanged, &QUndoStack::canRedoChanged})
            connect(stack, signal, this, &MainWindow::updateUndoActions);
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
        connect(m_document.get(), &RegisterDocument::actionFailed, this, [this](const QString& m) {
            QMessageBox::warning(this, tr("Cannot undo or redo"), m);
        });
        m_model = new AssetTableModel(r, this);
        m_model->reload();
        m_proxy = new AssetFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_proxy->setSearchText(m_search->text());
        m_view->setModel(m_proxy);
        m_view->sortByColumn(AssetTableModel::CodeColumn, Qt::AscendingOrder);
        m_view->resizeColumnsToContents();
        QHeaderView* header = m_view->horizontalHeader();
        header->resizeSection(AssetTableModel::NameColumn,
                              std::min(header->sectionSize(AssetTableModel::NameColumn), 320));
        header->setStretchLastSection(true);
        connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &MainWindow::updateDetails);
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_proxy, signal, this, &MainWindow::updateStatus);
        connect(m_proxy, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
        connect(&r, &Register::infoChanged, this, &MainWindow::updateTitle);
    }
    updateUndoActions();
    updateTitle();
    updateStatus();
    updateDetails();
}

bool MainWindow::openRegister(const QString& path)
{
    auto reg = Register::open(path);
    if (!reg) {
        QMessageBox::warning(this, tr("Cannot open register"), reg.error().message);
        return false;
    }
    setRegister(std::move(*reg));
    QSettings().setValue(QStringLiteral("file/last"), QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open register"), QString(), tr("Daicho registers (*.daicho);;All files (*)"));
    if (!path.isEmpty())
        openRegister(path);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Daicho"));
        return;
    }
    const RegisterInfo info = m_document->reg().info();
    const QString name = QFileInfo(m_document->reg().path()).fileName();
    QString title = name;
    if (!info.organisation.isEmpty())
        title += QStringLiteral(" — ") + info.organisation;
    setWindowTitle(title + QStringLiteral(" — ") + tr("Daicho"));
}

void MainWindow::updateStatus()
{
    if (!m_model) {
        m_count->clear();
        return;
    }
    const int shown = m_proxy->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n asset(s)", nullptr, total)
                                    : tr("%1 of %n asset(s) shown", nullptr, total).arg(shown));
    if (!m_model->lastError().isEmpty())
        statusBar()->showMessage(m_model->lastError());
}

void MainWindow::updateDetails()
{
    const QModelIndex current = m_view->selectionModel() ? m_view->currentIndex() : QModelIndex();
    if (!m_model || !current.isValid()) {
        m_details->setText(tr("Select an asset to see why it has its priority."));
        return;
    }
    const qint64 id = current.data(AssetTableModel::AssetIdRole).toLongLong();
    m_details->setText(m_model->describe(id) + QStringLiteral(" — ") +
                       m_model->priorityExplanation(id));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Daicho"),
        tr("<h3>Daicho %1</h3><p>ISMS risk and asset register.</p>"
           "<p>Licensed under the Apache License, version 2.0.</p><p>Qt %2</p>")
            .arg(QStringLiteral(DAICHO_VERSION_STRING), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
}

} // namespace daicho
