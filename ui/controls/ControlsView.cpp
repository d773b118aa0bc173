#include "ControlsView.h"

#include "ControlDetailsPanel.h"
#include "SoaIssuesPanel.h"
#include "SoaItemDelegate.h"
#include "SoaTreeModel.h"
#include "TransitionDialog.h"
#include "catalogs/Catalogs.h"
#include "services/Register.h"
#include "services/SoaService.h"
#include "undo/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace daicho {

ControlsView::ControlsView(RegisterDocument& document, AssetTableModel* assets, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    m_model = new SoaTreeModel(document, this);
    m_proxy = new SoaFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Catalog:"), this));
    m_catalog = new QComboBox(this);
    for (const QString& key : Catalogs::keys())
        m_catalog->addItem(Catalogs::get(key).title(), key);
    top->addWidget(m_catalog);
    m_useCatalog = new QPushButton(tr("Use for the SoA"), this);
    m_useCatalog->setToolTip(
        tr("Make this catalog the one the register's Statement of Applicability is kept "
           "against (a register setting, recorded in the change history)."));
    top->addWidget(m_useCatalog);
    top->addSpacing(12);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search controls, owners, evidence…"));
    m_search->setClearButtonEnabled(true);
    top->addWidget(m_search, 1);
    auto* transition = new QPushButton(tr("Transition 2013 → 2022…"), this);
    top->addWidget(transition);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_applicable = new QComboBox(this);
    m_applicable->addItem(tr("Applicable: all"), -1);
    m_applicable->addItem(SoaTerms::applicableLabel(true), 1);
    m_applicable->addItem(SoaTerms::applicableLabel(false), 2);
    m_applicable->addItem(SoaTerms::applicableLabel(std::nullopt), 0);
    m_status = new QComboBox(this);
    m_status->addItem(tr("Status: all"), -1);
    for (SoaStatus s : SoaTerms::statuses())
        m_status->addItem(SoaTerms::label(s), int(s));
    m_status->addItem(tr("No status"), 4);
    m_theme = new QComboBox(this);
    m_overdue = new QCheckBox(tr("Overdue"), this);
    m_gaps = new QCheckBox(tr("To complete"), this);
    m_new = new QCheckBox(tr("New in 2022"), this);
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_applicable, m_status, m_theme, m_overdue, m_gaps, m_new})
        filters->addWidget(w);
    filters->addStretch();
    m_count = new QLabel(this);
    filters->addWidget(m_count);
    layout->addLayout(filters);

    m_tree = new QTreeView(this);
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new SoaItemDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(SoaTreeModel::ControlColumn, 120);
    m_tree->setColumnWidth(SoaTreeModel::TitleColumn, 280);
    m_tree->setColumnWidth(SoaTreeModel::ApplicableColumn, 110);
    m_tree->setColumnWidth(SoaTreeModel::ReasonsColumn, 170);
    m_tree->setColumnWidth(SoaTreeModel::StatusColumn, 120);

    m_details = new ControlDetailsPanel(document, *m_model, assets, this);
    m_issues = new SoaIssuesPanel(document, *m_model, assets, this);

    auto* horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(m_tree);
    horizontal->addWidget(m_details);
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 1);
    horizontal->setSizes({1040, 340});
    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(horizontal);
    vertical->addWidget(m_issues);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({640, 180});
    layout->addWidget(vertical, 1);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_catalog, &QComboBox::currentIndexChanged, this,
            [this] { setCatalog(m_catalog->currentData().toString()); });
    connect(m_useCatalog, &QPushButton::clicked, this, &ControlsView::useCatalogForSoa);
    connect(m_search, &QLineEdit::textChanged, this, &ControlsView::filterChanged);
    for (QComboBox* box : {m_applicable, m_status, m_theme})
        connect(box, &QComboBox::currentIndexChanged, this, &ControlsView::filterChanged);
    for (QCheckBox* box : {m_overdue, m_gaps, m_new})
        connect(box, &QCheckBox::toggled, this, &ControlsView::filterChanged);
    connect(transition, &QPushButton::clicked, this, [this] { openTransition()->show(); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { m_details->showControl(currentControl()); });
    connect(m_model, &SoaTreeModel::editFailed, this, &ControlsView::showMessage);
    connect(m_details, &ControlDetailsPanel::failed, this, &ControlsView::showMessage);
    connect(m_issues, &SoaIssuesPanel::controlActivated, this, &ControlsView::selectControl);
    connect(m_details, &ControlDetailsPanel::riskRequested, this, &ControlsView::riskRequested);
    connect(m_issues, &SoaIssuesPanel::riskActivated, this, &ControlsView::riskRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        expandAndSpan();
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ControlsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ControlsView::updateCount);
    connect(&document.reg().soa(), &SoaService::catalogChanged, this, [this] {
        m_useCatalog->setEnabled(m_catalog->currentData().toString() !=
                                 m_document.reg().soa().catalogKey());
    });

    m_catalog->setCurrentIndex(m_catalog->findData(document.reg().soa().catalogKey()));
    setCatalog(document.reg().soa().catalogKey());
}

ControlsView::~ControlsView() = default;

void ControlsView::setCatalog(const QString& key)
{
    if (m_catalog->currentData().toString() != key) {
        const QSignalBlocker block(m_catalog);
        m_catalog->setCurrentIndex(m_catalog->findData(key));
    }
    if (m_model->catalog().key() != key)
        m_model->setCatalog(key);
    m_new->setVisible(key == catalogkey::Iso2022);
    if (key != catalogkey::Iso2022)
        m_new->setChecked(false);
    m_useCatalog->setEnabled(key != m_document.reg().soa().catalogKey());
    fillThemes();
    m_details->showControl({});
    expandAndSpan();
    updateCount();
}

void ControlsView::expandAndSpan()
{
    m_tree->expandAll();
    for (int t = 0; t < m_proxy->rowCount(); ++t)
        m_tree->setFirstColumnSpanned(t, {}, true);
    // Short-valued columns fit their words in the language shown, once (later the user's
    // widths stay).
    if (!m_columnsFitted && m_proxy->rowCount() > 0) {
        for (int c : {int(SoaTreeModel::ApplicableColumn), int(SoaTreeModel::StatusColumn),
                      int(SoaTreeModel::TargetColumn), int(SoaTreeModel::ReviewedColumn)})
            m_tree->resizeColumnToContents(c);
        m_columnsFitted = true;
    }
}

void ControlsView::fillThemes()
{
    const QSignalBlocker block(m_theme);
    m_theme->clear();
    m_theme->addItem(tr("Theme: all"), QString());
    for (const CatalogTheme& t : m_model->catalog().themes())
        m_theme->addItem(t.section.isEmpty() ? t.label() : t.section + QLatin1Char(' ') + t.label(),
                         t.id);
    filterChanged();
}

void ControlsView::filterChanged()
{
    SoaFilter f;
    f.text = m_search->text();
    f.applicable = m_applicable->currentData().toInt();
    f.status = m_status->currentData().toInt();
    f.theme = m_theme->currentData().toString();
    f.overdueOnly = m_overdue->isChecked();
    f.gapsOnly = m_gaps->isChecked();
    f.newOnly = m_new->isChecked();
    m_proxy->setFilter(f);
    expandAndSpan();
    updateCount();
}

void ControlsView::setFilter(const SoaFilter& f)
{
    const QSignalBlocker b1(m_search), b2(m_applicable), b3(m_status), b4(m_theme), b5(m_overdue),
        b6(m_gaps), b7(m_new);
    m_search->setText(f.text);
    m_applicable->setCurrentIndex(std::max(0, m_applicable->findData(f.applicable)));
    m_status->setCurrentIndex(std::max(0, m_status->findData(f.status)));
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(f.theme)));
    m_overdue->setChecked(f.overdueOnly);
    m_gaps->setChecked(f.gapsOnly);
    m_new->setChecked(f.newOnly);
    filterChanged();
}

void ControlsView::updateCount()
{
    int shown = 0;
    for (int t = 0; t < m_proxy->rowCount(); ++t)
        shown += m_proxy->rowCount(m_proxy->index(t, 0));
    m_count->setText(tr("%1 of %2 controls").arg(shown).arg(m_model->catalog().controls().size()));
}

QString ControlsView::currentControl() const
{
    return m_tree->currentIndex().data(SoaTreeModel::ControlIdRole).toString();
}

bool ControlsView::selectControl(const QString& controlId)
{
    const QModelIndex source = m_model->indexOf(controlId);
    QModelIndex i = m_proxy->mapFromSource(source);
    if (!i.isValid()) {
        setFilter({}); // the control is filtered out: show everything
        i = m_proxy->mapFromSource(source);
    }
    if (!i.isValid())
        return false;
    m_tree->setCurrentIndex(i);
    m_tree->scrollTo(i);
    return true;
}

void ControlsView::showMessage(const QString& message)
{
    m_message->setText(message);
}

void ControlsView::useCatalogForSoa()
{
    const QString key = m_catalog->currentData().toString();
    SoaService& soa = m_document.reg().soa();
    const QString old = soa.catalogKey();
    Status s = m_document.execute(
        tr("Keep the SoA against %1").arg(Catalogs::get(key).title()),
        [&soa, key] { return soa.setCatalog(key); }, [&soa, old] { return soa.setCatalog(old); });
    if (!s)
        showMessage(s.error().message);
}

TransitionDialog* ControlsView::openTransition()
{
    auto* dialog = new TransitionDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowFlag(Qt::Window);
    return dialog;
}

} // namespace daicho
