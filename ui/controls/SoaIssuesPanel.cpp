#include "SoaIssuesPanel.h"

#include "SoaTreeModel.h"
#include "assets/AssetTableModel.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "services/SoaCoverage.h"
#include "services/SoaService.h"
#include "support/Clock.h"
#include "undo/RegisterDocument.h"

#include <QHeaderView>
#include <QTreeWidget>

namespace daicho {

namespace {

constexpr int ControlRole = Qt::UserRole + 1;
constexpr int RiskRole = Qt::UserRole + 2;

QTreeWidget* makeList(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTreeWidget(parent);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(true);
    t->setUniformRowHeights(true);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

SoaIssuesPanel::SoaIssuesPanel(RegisterDocument& document, SoaTreeModel& model,
                               AssetTableModel* assetModel, QWidget* parent)
    : QTabWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_assets(assetModel)
{
    m_completeness = makeList(this, {tr("Control"), tr("To complete")});
    m_coverage = makeList(this, {tr("Item"), tr("Detail")});
    addTab(m_completeness, QString());
    addTab(m_coverage, tr("Coverage"));
    for (QTreeWidget* t : {m_completeness, m_coverage})
        connect(t, &QTreeWidget::itemActivated, this, &SoaIssuesPanel::activated);
    connect(&model, &SoaTreeModel::gapsChanged, this, &SoaIssuesPanel::refresh);
    connect(&model, &QAbstractItemModel::modelReset, this, &SoaIssuesPanel::refresh);
    SoaService& soa = document.reg().soa();
    connect(&soa, &SoaService::assetLinksChanged, this, &SoaIssuesPanel::refresh);
    AssetService& assets = document.reg().assets();
    connect(&assets, &AssetService::assetUpdated, this, &SoaIssuesPanel::refresh);
    connect(&assets, &AssetService::dependenciesChanged, this, &SoaIssuesPanel::refresh);
    connect(&assets, &AssetService::assetsReset, this, &SoaIssuesPanel::refresh);
    RiskService& risks = document.reg().risks();
    connect(&risks, &RiskService::riskAdded, this, &SoaIssuesPanel::refresh);
    connect(&risks, &RiskService::riskUpdated, this, &SoaIssuesPanel::refresh);
    connect(&risks, &RiskService::riskRemoved, this, &SoaIssuesPanel::refresh);
    connect(&risks, &RiskService::risksReset, this, &SoaIssuesPanel::refresh);
    connect(&risks, &RiskService::methodChanged, this, &SoaIssuesPanel::refresh);
    refresh();
}

void SoaIssuesPanel::activated(QTreeWidgetItem* item)
{
    const QString id = item->data(0, ControlRole).toString();
    if (!id.isEmpty())
        Q_EMIT controlActivated(id);
    else if (const qint64 risk = item->data(0, RiskRole).toLongLong(); risk > 0)
        Q_EMIT riskActivated(risk);
}

void SoaIssuesPanel::refresh()
{
    m_completeness->clear();
    for (const SoaGap& g : m_model.gaps()) {
        const CatalogControl* c = m_model.catalog().find(g.controlId);
        auto* item = new QTreeWidgetItem(
            m_completeness, {g.controlId + (c ? QLatin1Char(' ') + c->title() : QString()),
                             SoaCompleteness::kindLabel(g.kind)});
        item->setData(0, ControlRole, g.controlId);
    }
    m_completeness->resizeColumnToContents(0);
    setTabText(indexOf(m_completeness), m_model.gaps().isEmpty()
                                            ? tr("Complete")
                                            : tr("To complete (%1)").arg(m_model.gaps().size()));

    m_coverage->clear();
    auto report = SoaCoverage::run(m_document.reg(), Clock::current().today(),
                                   m_assets ? &m_assets->priorities() : nullptr);
    if (!report)
        return;
    auto* p1 =
        new QTreeWidgetItem(m_coverage, {tr("P1 assets with no applied, implemented control (%1)")
                                             .arg(report->unprotectedP1.size())});
    for (const Asset& a : std::as_const(report->unprotectedP1))
        new QTreeWidgetItem(p1, {a.code, a.name});
    auto* overdue = new QTreeWidgetItem(
        m_coverage, {tr("Applicable controls not implemented past their target date (%1)")
                         .arg(report->overdue.size())});
    for (const SoaEntry& e : std::as_const(report->overdue)) {
        const CatalogControl* c = Catalogs::get(e.catalog).find(e.controlId);
        auto* item = new QTreeWidgetItem(
            overdue, {e.controlId + (c ? QLatin1Char(' ') + c->title() : QString()),
                      tr("%1, target %2")
                          .arg(e.status ? SoaTerms::label(*e.status) : QString(),
                               e.targetDate.toString(Qt::ISODate))});
        if (e.catalog == m_model.catalog().key())
            item->setData(0, ControlRole, e.controlId);
    }
    auto* risks = new QTreeWidgetItem(
        m_coverage, {tr("Risks above the acceptance band with no planned control (%1)")
                         .arg(report->unplannedRisks.size())});
    auto method = m_document.reg().risks().method();
    for (const Risk& r : std::as_const(report->unplannedRisks)) {
        const QString level = method && r.inherent ? tr("%1 (risk value %2)")
                                                         .arg(method->bandLabel(r.inherent->band))
                                                         .arg(r.inherent->value)
                                                   : QString();
        auto* item = new QTreeWidgetItem(
            risks, {r.code, level.isEmpty() ? r.title : r.title + QStringLiteral(" — ") + level});
        item->setData(0, RiskRole, r.id);
    }
    m_coverage->expandAll();
    m_coverage->resizeColumnToContents(0);
}

} // namespace daicho
