#include "RisksView.h"

#include "RiskCommands.h"
#include "RiskEditor.h"
#include "RiskFilterProxy.h"
#include "RiskHeatMap.h"
#include "RiskMethodDialog.h"
#include "RiskTableModel.h"
#include "ThreatsDialog.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "undo/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace daicho {

RisksView::RisksView(RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    m_model = new RiskTableModel(document.reg(), this);
    m_model->reload();
    m_proxy = new RiskFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search risks (code, risk, asset, threat, owner)…"));
    m_search->setClearButtonEnabled(true);
    bar->addWidget(m_search, 2);
    m_assetFilter = new QComboBox(this);
    m_assetFilter->setMinimumContentsLength(24);
    m_assetFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    bar->addWidget(m_assetFilter, 1);
    m_attentionOnly = new QCheckBox(tr("Needs attention only"), this);
    bar->addWidget(m_attentionOnly);
    auto* add = new QPushButton(tr("New risk…"), this);
    auto* edit = new QPushButton(tr("Edit…"), this);
    auto* remove = new QPushButton(tr("Delete"), this);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);
    auto* method = new QPushButton(tr("Method…"), this);
    method->setToolTip(tr("The assessment method: IPA's or a likelihood × impact matrix, its "
                          "levels and bands, with a preview of every risk's new level"));
    bar->addWidget(method);
    auto* threats = new QPushButton(tr("Threats and Vulnerabilities…"), this);
    threats->setToolTip(tr("The threat and vulnerability catalogs the risk editor offers"));
    bar->addWidget(threats);
    layout->addLayout(bar);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_view = new QTableView(left);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RiskTableModel::CodeColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->setColumnWidth(RiskTableModel::TitleColumn, 300);
    m_view->setColumnWidth(RiskTableModel::AssetsColumn, 180);
    m_view->setColumnWidth(RiskTableModel::ThreatColumn, 160);
    for (int c : {RiskTableModel::LikelihoodColumn, RiskTableModel::ImpactColumn,
                  RiskTableModel::ValueColumn, RiskTableModel::ResidualValueColumn})
        m_view->setColumnWidth(c, 64);
    leftLayout->addWidget(m_view, 1);
    m_details = new QLabel(left);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(false);
    connect(m_details, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("asset:")))
            Q_EMIT assetRequested(link.mid(6).toLongLong());
    });
    m_details->setMinimumHeight(90);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    leftLayout->addWidget(m_details);
    m_count = new QLabel(left);
    leftLayout->addWidget(m_count);

    auto* right = new QWidget(split);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_method = new QLabel(right);
    m_method->setWordWrap(true);
    rightLayout->addWidget(m_method);
    auto* maps = new QHBoxLayout;
    m_inherent = new RiskHeatMap(right);
    m_inherent->setTitle(tr("Inherent risk"));
    m_residual = new RiskHeatMap(right);
    m_residual->setTitle(tr("Residual risk"));
    maps->addWidget(m_inherent);
    maps->addWidget(m_residual);
    rightLayout->addLayout(maps, 3);
    rightLayout->addWidget(new QLabel(tr("<b>Needs attention</b>"), right));
    m_attention = new QTreeWidget(right);
    m_attention->setHeaderLabels({RiskRules::fieldLabel(RiskField::Code), tr("Why"), tr("Detail")});
    m_attention->setRootIsDecorated(false);
    m_attention->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    rightLayout->addWidget(m_attention, 2);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The table gets the larger share; the maps shrink to fit the rest.
    split->setSizes({620, 380});
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &RiskFilterProxy::setSearchText);
    connect(m_attentionOnly, &QCheckBox::toggled, m_proxy, &RiskFilterProxy::setAttentionOnly);
    connect(m_assetFilter, &QComboBox::currentIndexChanged, this,
            [this](int) { m_proxy->setAssetFilter(m_assetFilter->currentData().toLongLong()); });
    auto onCell = [this](bool residual, std::optional<QPoint> cell) {
        (residual ? m_inherent : m_residual)->setSelected(std::nullopt);
        if (!cell)
            m_proxy->setCellFilter(std::nullopt);
        else
            m_proxy->setCellFilter(RiskFilter::Cell{residual, cell->x(), cell->y()});
    };
    connect(m_inherent, &RiskHeatMap::cellClicked, this,
            [onCell](std::optional<QPoint> c) { onCell(false, c); });
    connect(m_residual, &RiskHeatMap::cellClicked, this,
            [onCell](std::optional<QPoint> c) { onCell(true, c); });
    connect(m_proxy, &RiskFilterProxy::filterChanged, this, &RisksView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &RisksView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RisksView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RisksView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RisksView::refreshSide);
    // The asset filter lists the assets that have risks.
    connect(m_model, &QAbstractItemModel::modelReset, this, &RisksView::refreshAssets);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RisksView::refreshAssets);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RisksView::refreshAssets);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RisksView::refreshAssets);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RisksView::refreshSide);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RisksView::refreshSide);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RisksView::refreshSide);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RisksView::updateDetails);
    connect(m_view, &QTableView::doubleClicked, this, &RisksView::editCurrent);
    connect(m_attention, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        selectRisk(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(m_attention, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem* item) {
        selectRisk(item->data(0, Qt::UserRole).toLongLong());
    });
    connect(add, &QPushButton::clicked, this, &RisksView::newRisk);
    connect(edit, &QPushButton::clicked, this, &RisksView::editCurrent);
    connect(remove, &QPushButton::clicked, this, &RisksView::deleteSelected);
    connect(method, &QPushButton::clicked, this, &RisksView::editMethod);
    connect(threats, &QPushButton::clicked, this, [this] {
        ThreatsDialog dialog(m_document, this);
        dialog.exec();
    });
    AssetService& assets = document.reg().assets();
    connect(&assets, &AssetService::assetAdded, this, &RisksView::refreshAssets);
    connect(&assets, &AssetService::assetUpdated, this, &RisksView::refreshAssets);
    connect(&assets, &AssetService::assetRemoved, this, &RisksView::refreshAssets);
    connect(&assets, &AssetService::assetsReset, this, &RisksView::refreshAssets);

    refreshAssets();
    refreshSide();
    updateCount();
    updateDetails();
}

RisksView::~RisksView() = default;

void RisksView::refreshAssets()
{
    // The assets that have risks (not every asset of the register: 100,000 entries would take
    // tens of megabytes and nobody scrolls them), and the one chosen, which may have none.
    const qint64 current = m_assetFilter->currentData().toLongLong();
    QSignalBlocker block(m_assetFilter);
    m_assetFilter->clear();
    m_assetFilter->addItem(tr("All assets"), qint64(0));
    const QList<qint64> inUse = m_model->assetsInUse();
    for (qint64 id : inUse)
        m_assetFilter->addItem(m_model->assetLabel(id), id);
    if (current != 0 && !inUse.contains(current))
        addAssetChoice(current);
    m_assetFilter->setCurrentIndex(std::max(0, m_assetFilter->findData(current)));
}

bool RisksView::addAssetChoice(qint64 assetId)
{
    auto found = m_document.reg().assets().find(assetId);
    if (!found || !found->has_value())
        return false;
    m_assetFilter->addItem((*found)->code + QLatin1Char(' ') + (*found)->name, assetId);
    return true;
}

void RisksView::showAsset(qint64 assetId)
{
    if (assetId != 0 && m_assetFilter->findData(assetId) < 0) {
        const QSignalBlocker block(m_assetFilter);
        addAssetChoice(assetId);
    }
    m_assetFilter->setCurrentIndex(std::max(0, m_assetFilter->findData(assetId)));
}

void RisksView::refreshSide()
{
    const RiskMethod& m = m_model->method();
    m_method->setText(tr("Method: %1, version %2").arg(m.displayName()).arg(m.version));
    QHash<QPoint, int> inherent, residual;
    m_attention->clear();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Risk* r = m_model->riskAt(row);
        if (r->inherent && r->methodVersion == m.version)
            inherent[QPoint(r->inherent->likelihood, r->inherent->impact)] += 1;
        if (r->residual && r->methodVersion == m.version)
            residual[QPoint(r->residual->likelihood, r->residual->impact)] += 1;
        for (const RiskAttention& a : m_model->attention(*r)) {
            auto* item =
                new QTreeWidgetItem(m_attention, {r->code, RiskAttention::label(a.kind),
                                                  a.detail.isEmpty() ? r->title : a.detail});
            item->setData(0, Qt::UserRole, r->id);
            item->setToolTip(2, r->title);
        }
    }
    m_attention->sortItems(0, Qt::AscendingOrder);
    m_inherent->setMethod(m);
    m_residual->setMethod(m);
    m_inherent->setCounts(inherent);
    m_residual->setCounts(residual);
    updateDetails();
}

qint64 RisksView::currentId() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? i.data(RiskTableModel::RiskIdRole).toLongLong() : 0;
}

bool RisksView::selectRisk(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid())
        return false;
    m_view->setCurrentIndex(i);
    m_view->scrollTo(i);
    return true;
}

bool RisksView::revealRisk(qint64 id)
{
    if (selectRisk(id))
        return true;
    m_search->clear();
    m_attentionOnly->setChecked(false);
    m_assetFilter->setCurrentIndex(0);
    m_inherent->setSelected(std::nullopt);
    m_residual->setSelected(std::nullopt);
    m_proxy->setFilter(RiskFilter{});
    return selectRisk(id);
}

void RisksView::updateCount()
{
    m_count->setText(
        tr("%1 of %n risk(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void RisksView::updateDetails()
{
    const qint64 id = currentId();
    const int row = m_model->rowOf(id);
    const Risk* r = m_model->riskAt(row);
    if (!r) {
        m_details->setText(tr("Select a risk to see its assets, controls and actions."));
        return;
    }
    QStringList assets;
    for (qint64 a : r->assetIds)
        assets.append(QStringLiteral("<a href='asset:%1'>%2</a>")
                          .arg(a)
                          .arg(m_model->assetLabel(a).toHtmlEscaped()));
    QStringList controls;
    for (const RiskControlRef& c : r->controls)
        controls.append(c.controlId);
    QStringList actions;
    for (const RiskAction& a : r->actions) {
        QString line = a.description.toHtmlEscaped();
        if (!a.owner.isEmpty())
            line += QStringLiteral(" — ") + a.owner.toHtmlEscaped();
        if (a.due.isValid())
            line += QStringLiteral(" (") + a.due.toString(Qt::ISODate) + QLatin1Char(')');
        if (a.status == ActionStatus::Done)
            line += QStringLiteral(" ✓");
        else if (a.overdue(m_model->today()))
            line =
                QStringLiteral("<span style='color:#b00020'>") + line + QStringLiteral("</span>");
        actions.append(line);
    }
    QString html =
        QStringLiteral("<b>%1</b> %2<br>").arg(r->code.toHtmlEscaped(), r->title.toHtmlEscaped());
    html += QStringLiteral("<b>%1:</b> %2<br>")
                .arg(RiskRules::fieldLabel(RiskField::Assets), assets.join(QStringLiteral(" · ")));
    if (!controls.isEmpty())
        html +=
            QStringLiteral("<b>%1:</b> %2<br>")
                .arg(RiskRules::fieldLabel(RiskField::Controls), controls.join(QLatin1Char(' ')));
    if (!actions.isEmpty())
        html += QStringLiteral("<b>%1:</b> %2")
                    .arg(RiskRules::fieldLabel(RiskField::Actions),
                         actions.join(QStringLiteral(" · ")));
    m_details->setText(html);
}

void RisksView::newRisk()
{
    Risk r;
    const qint64 asset = m_assetFilter->currentData().toLongLong();
    if (asset != 0)
        r.assetIds = {asset};
    RiskEditor editor(m_document, r, this);
    editor.exec();
}

void RisksView::editMethod()
{
    RiskMethodDialog dialog(m_document, this);
    dialog.exec();
}

void RisksView::editCurrent()
{
    const Risk* r = m_model->riskAt(m_model->rowOf(currentId()));
    if (!r)
        return;
    RiskEditor editor(m_document, *r, this);
    editor.exec();
}

void RisksView::deleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids.append(i.data(RiskTableModel::RiskIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete risks"),
                              tr("Delete %n risk(s)? You can undo this.", nullptr,
                                 int(ids.size()))) != QMessageBox::Yes)
        return;
    if (Status s = RiskCommands::remove(m_document, ids); !s)
        QMessageBox::warning(this, tr("Delete risks"), s.error().message);
}

} // namespace daicho
