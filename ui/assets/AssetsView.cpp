#include "AssetsView.h"

#include "AssetCommands.h"
#include "AssetEditor.h"
#include "AssetFilterBar.h"
#include "AssetFilterProxy.h"
#include "AssetTableModel.h"
#include "undo/RegisterDocument.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

AssetsView::AssetsView(RegisterDocument& document, AssetTableModel& model, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("assetSearch"));
    m_search->setPlaceholderText(tr("Search code, name, owning department, description…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    m_count = new QLabel(this);
    top->addWidget(m_count);
    // A push button with a menu sizes itself for its text and arrow in every language.
    auto* columns = new QPushButton(tr("Columns"), this);
    columns->setObjectName(QStringLiteral("columnsButton"));
    m_columnMenu = new QMenu(columns);
    columns->setMenu(m_columnMenu);
    top->addWidget(columns);
    layout->addLayout(top);

    m_proxy = new AssetFilterProxy(this);
    m_proxy->setSourceModel(&m_model);
    m_filterBar = new AssetFilterBar(*m_proxy, this);
    layout->addWidget(m_filterBar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("assetTable"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->sortByColumn(AssetTableModel::CodeColumn, Qt::AscendingOrder);
    QHeaderView* header = m_view->horizontalHeader();
    applyDefaultColumns();
    header->setStretchLastSection(true);
    header->restoreState(QSettings().value(headerSettingsKey()).toByteArray());
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this,
            [this, header](const QPoint& pos) { m_columnMenu->popup(header->mapToGlobal(pos)); });
    connect(m_columnMenu, &QMenu::aboutToShow, this, &AssetsView::fillColumnMenu);
    connect(header, &QHeaderView::sectionMoved, this, &AssetsView::saveHeader);
    connect(header, &QHeaderView::sortIndicatorChanged, this, &AssetsView::saveHeader);
    layout->addWidget(m_view, 1);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().height() * 2 + 8);
    layout->addWidget(m_details);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &AssetFilterProxy::setSearchText);
    connect(m_proxy, &AssetFilterProxy::filterChanged, this, [this] {
        if (m_search->text() != m_proxy->filter().search)
            m_search->setText(m_proxy->filter().search);
        updateCount();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssetsView::updateDetails);
    // Double-click or Enter opens the editor.
    connect(m_view, &QAbstractItemView::activated, this, &AssetsView::editCurrent);
    // Ctrl+C copies whole rows as text for a spreadsheet (the table alone would copy one cell).
    m_copyAction = new QAction(tr("Copy Rows"), m_view);
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_copyAction->setShortcutVisibleInContextMenu(true);
    connect(m_copyAction, &QAction::triggered, this, &AssetsView::copySelection);
    m_view->addAction(m_copyAction);
    m_view->installEventFilter(this); // the table's own Copy key would win over the shortcut
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        QMenu menu(this);
        const bool onRow = m_view->indexAt(pos).isValid();
        menu.addAction(tr("New Asset…"), this, &AssetsView::newAsset);
        menu.addAction(tr("Edit…"), this, &AssetsView::editCurrent)->setEnabled(onRow);
        menu.addAction(tr("Delete"), this, &AssetsView::deleteSelected)->setEnabled(onRow);
        menu.addSeparator();
        menu.addAction(m_copyAction);
        menu.addAction(tr("Copy Codes"), this,
                       [this] {
                           QStringList codes;
                           for (qint64 id : selectedIds()) {
                               if (const Asset* a = m_model.assetAt(m_model.rowOf(id)))
                                   codes.append(a->code);
                           }
                           QGuiApplication::clipboard()->setText(codes.join(QLatin1Char('\n')));
                       })
            ->setEnabled(onRow);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &AssetsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AssetsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AssetsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AssetsView::updateDetails);
    updateCount();
    updateDetails();
}

AssetsView::~AssetsView()
{
    saveHeader();
    m_view->setModel(nullptr);
}

QString AssetsView::headerSettingsKey()
{
    return QStringLiteral("assets/header");
}

void AssetsView::saveHeader()
{
    QSettings().setValue(headerSettingsKey(), m_view->horizontalHeader()->saveState());
}

void AssetsView::fillColumnMenu()
{
    m_columnMenu->clear();
    QHeaderView* header = m_view->horizontalHeader();
    // In the order the columns are shown, so the menu matches the table.
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        QAction* a = m_columnMenu->addAction(
            m_model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(column));
        // The code names the asset everywhere; it stays.
        a->setEnabled(column != AssetTableModel::CodeColumn);
        connect(a, &QAction::toggled, this,
                [this, column](bool on) { setColumnVisible(column, on); });
    }
    m_columnMenu->addSeparator();
    m_columnMenu->addAction(tr("Reset Columns"), this, &AssetsView::resetColumns);
}

void AssetsView::setColumnVisible(int column, bool visible)
{
    if (column == AssetTableModel::CodeColumn && !visible)
        return;
    m_view->horizontalHeader()->setSectionHidden(column, !visible);
    saveHeader();
}

bool AssetsView::isColumnVisible(int column) const
{
    return !m_view->horizontalHeader()->isSectionHidden(column);
}

const QList<int>& AssetsView::defaultColumnOrder()
{
    // What an officer reads first: which asset, how important and whether its review is due
    // (both at a glance, side by side), what kind, who owns it.
    static const QList<int> order{
        AssetTableModel::CodeColumn,       AssetTableModel::NameColumn,
        AssetTableModel::PriorityColumn,   AssetTableModel::NextReviewColumn,
        AssetTableModel::ClassColumn,      AssetTableModel::SubtypeColumn,
        AssetTableModel::OwnerColumn,      AssetTableModel::ConfidentialityColumn,
        AssetTableModel::IntegrityColumn,  AssetTableModel::AvailabilityColumn,
        AssetTableModel::ImportanceColumn, AssetTableModel::PersonalDataColumn,
        AssetTableModel::LocationColumn,   AssetTableModel::RetentionColumn,
        AssetTableModel::UpdatedColumn};
    return order;
}

void AssetsView::applyDefaultColumns()
{
    QHeaderView* header = m_view->horizontalHeader();
    const QList<int>& order = defaultColumnOrder();
    for (int visual = 0; visual < order.size(); ++visual) {
        const int column = order.at(visual);
        header->setSectionHidden(column, column == AssetTableModel::RetentionColumn ||
                                             column == AssetTableModel::UpdatedColumn);
        header->moveSection(header->visualIndex(column), visual);
    }
    m_view->resizeColumnsToContents();
    for (int column : {int(AssetTableModel::NameColumn), int(AssetTableModel::LocationColumn)})
        header->resizeSection(column, std::min(header->sectionSize(column), 300));
}

void AssetsView::resetColumns()
{
    applyDefaultColumns();
    saveHeader();
}

void AssetsView::applyFilter(const AssetFilter& filter)
{
    m_proxy->setFilter(filter);
}

QList<qint64> AssetsView::selectedIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& i : rows)
        ids.append(i.data(AssetTableModel::AssetIdRole).toLongLong());
    return ids;
}

qint64 AssetsView::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(AssetTableModel::AssetIdRole).toLongLong() : 0;
}

bool AssetsView::selectAsset(qint64 id)
{
    const int row = m_model.rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void AssetsView::newAsset()
{
    AssetEditor editor(m_document, m_model, 0, this);
    if (editor.exec() == QDialog::Accepted)
        selectAsset(editor.assetId());
}

void AssetsView::editCurrent()
{
    const qint64 id = currentId();
    if (id == 0)
        return;
    AssetEditor editor(m_document, m_model, id, this);
    editor.exec();
}

void AssetsView::deleteSelected()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    const QString question =
        ids.size() == 1 ? tr("Delete %1 and its dependencies? You can undo this.")
                              .arg(m_model.describe(ids.first()))
                        : tr("Delete %n asset(s) and their dependencies? You can undo this.",
                             nullptr, int(ids.size()));
    if (QMessageBox::question(this, tr("Delete"), question) != QMessageBox::Yes)
        return;
    if (Status s = AssetCommands::remove(m_document, ids); !s)
        QMessageBox::warning(this, tr("Cannot delete"), s.error().message);
}

bool AssetsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->matches(QKeySequence::Copy)) {
        copySelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString AssetsView::selectionAsTsv() const
{
    QList<int> rows;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        rows.append(i.row());
    if (rows.isEmpty())
        return {};
    std::sort(rows.begin(), rows.end());
    const QHeaderView* header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int column = header->logicalIndex(visual);
        if (!header->isSectionHidden(column))
            columns.append(column);
    }
    // A tab or line break inside a value would break the grid: they become spaces.
    auto clean = [](QString text) {
        for (QChar& c : text) {
            if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
                c = QLatin1Char(' ');
        }
        return text;
    };
    QStringList lines;
    QStringList cells;
    for (int column : columns)
        cells.append(clean(m_proxy->headerData(column, Qt::Horizontal).toString()));
    lines.append(cells.join(QLatin1Char('\t')));
    for (int row : std::as_const(rows)) {
        cells.clear();
        for (int column : columns)
            cells.append(clean(m_proxy->index(row, column).data().toString()));
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AssetsView::copySelection()
{
    const QString text = selectionAsTsv();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void AssetsView::selectAll()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    m_view->selectAll();
}

void AssetsView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void AssetsView::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model.rowCount();
    m_count->setText(shown == total ? tr("%n asset(s)", nullptr, total)
                                    : tr("%1 of %n asset(s) shown", nullptr, total).arg(shown));
}

void AssetsView::updateDetails()
{
    const qint64 id = currentId();
    if (id == 0) {
        m_details->setText(tr("Select an asset to see why it has its priority."));
        return;
    }
    m_details->setText(m_model.describe(id) + QStringLiteral(" — ") +
                       m_model.priorityExplanation(id));
}

} // namespace daicho
