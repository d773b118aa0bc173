#include "ControlDetailsPanel.h"

#include "SoaCommands.h"
#include "SoaTreeModel.h"
#include "assets/AssetTableModel.h"
#include "catalogs/Catalogs.h"
#include "services/AssetLookup.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "services/SoaService.h"
#include "undo/RegisterDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

namespace daicho {

// The assets a control is not yet applied to, as "CODE  name", read from the asset model the
// window already holds: no copy of the register per control chosen.
class AssetChoiceModel : public QSortFilterProxyModel
{
public:
    AssetChoiceModel(AssetTableModel& assets, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_assets(assets)
    {
        setSourceModel(&assets);
    }

    void setExcluded(QSet<qint64> ids)
    {
        m_excluded = std::move(ids);
        invalidateFilter();
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        const Asset* a = index.isValid() ? m_assets.assetAt(mapToSource(index).row()) : nullptr;
        if (!a)
            return {};
        switch (role) {
        case Qt::DisplayRole:
        case Qt::EditRole:
            return QString(a->code + QStringLiteral("  ") + a->name);
        case Qt::UserRole:
            return a->id;
        case Qt::UserRole + 1:
            return a->code;
        default:
            return {};
        }
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex&) const override
    {
        const Asset* a = m_assets.assetAt(row);
        return a && !m_excluded.contains(a->id);
    }

private:
    AssetTableModel& m_assets;
    QSet<qint64> m_excluded;
};

namespace {

QString titled(const Catalog& c, const QStringList& ids)
{
    QStringList out;
    for (const QString& id : ids) {
        const CatalogControl* ctl = c.find(id);
        out.append(ctl ? id + QLatin1Char(' ') + ctl->title() : id);
    }
    return out.join(QStringLiteral("<br>"));
}

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* e = new QPlainTextEdit(parent);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

} // namespace

ControlDetailsPanel::ControlDetailsPanel(RegisterDocument& document, SoaTreeModel& model,
                                         AssetTableModel* assets, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
    , m_assetModel(assets)
{
    auto* layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);
    m_origin = new QLabel(this);
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::RichText);
    m_gaps = new QLabel(this);
    m_gaps->setWordWrap(true);
    m_gaps->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    layout->addWidget(m_heading);
    layout->addWidget(m_origin);
    layout->addWidget(m_gaps);

    // The fields show only once a control is chosen: an empty, greyed form looks unfinished.
    m_body = new QWidget(this);
    auto* bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    // Labels above the boxes: the panel is narrow and the texts need its full width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_evidence = textBox(m_body, 4);
    m_links = textBox(m_body, 2);
    m_links->setPlaceholderText(tr("One file path or URL per line"));
    m_justification = textBox(m_body, 3);
    form->addRow(tr("Evidence"), m_evidence);
    form->addRow(tr("Evidence links"), m_links);
    form->addRow(tr("Justification for exclusion"), m_justification);
    bodyLayout->addLayout(form);
    m_save = new QPushButton(tr("Save texts"), m_body);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    bodyLayout->addLayout(saveRow);

    bodyLayout->addWidget(new QLabel(tr("Applied to assets"), m_body));
    m_assets = new QListWidget(m_body);
    m_assets->setMinimumHeight(80);
    bodyLayout->addWidget(m_assets, 1);
    auto* assetRow = new QHBoxLayout;
    m_assetChoice = new QComboBox(m_body);
    m_assetChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_assetChoice->setMinimumContentsLength(16);
    m_apply = new QPushButton(tr("Apply to asset"), m_body);
    m_remove = new QPushButton(tr("Remove"), m_body);
    assetRow->addWidget(m_assetChoice, 1);
    assetRow->addWidget(m_apply);
    assetRow->addWidget(m_remove);
    bodyLayout->addLayout(assetRow);

    // A risk's treatment names its controls (in the risk editor); here, the other way round.
    m_risksLabel = new QLabel(m_body);
    bodyLayout->addWidget(m_risksLabel);
    m_risks = new QListWidget(m_body);
    m_risks->setMinimumHeight(60);
    // A narrow panel: each line is cut to its width (the tooltip has it whole), no sideways
    // scrolling.
    m_risks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_risks->setTextElideMode(Qt::ElideRight);
    m_risks->setToolTip(tr("Double-click a risk to open it in the Risks view. A risk names the "
                           "controls of its treatment in the risk editor."));
    bodyLayout->addWidget(m_risks, 1);

    layout->addWidget(m_body, 1);
    layout->addStretch(0);

    connect(m_save, &QPushButton::clicked, this, &ControlDetailsPanel::saveTexts);
    connect(m_apply, &QPushButton::clicked, this, &ControlDetailsPanel::applyToChosenAsset);
    connect(m_remove, &QPushButton::clicked, this, &ControlDetailsPanel::removeSelectedAsset);
    SoaService& soa = document.reg().soa();
    connect(&soa, &SoaService::assetLinksChanged, this, &ControlDetailsPanel::fillAssets);
    connect(&soa, &SoaService::entryChanged, this, [this](const QString&, const QString& id) {
        if (id == m_controlId)
            refresh();
    });
    connect(&soa, &SoaService::entriesReset, this, &ControlDetailsPanel::refresh);
    connect(m_risks, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT riskRequested(item->data(Qt::UserRole).toLongLong());
    });
    RiskService& risks = document.reg().risks();
    connect(&risks, &RiskService::riskAdded, this, &ControlDetailsPanel::fillRisks);
    connect(&risks, &RiskService::riskUpdated, this, &ControlDetailsPanel::fillRisks);
    connect(&risks, &RiskService::riskRemoved, this, &ControlDetailsPanel::fillRisks);
    connect(&risks, &RiskService::risksReset, this, &ControlDetailsPanel::fillRisks);
    connect(&risks, &RiskService::methodChanged, this, &ControlDetailsPanel::fillRisks);
    showControl({});
}

void ControlDetailsPanel::showControl(const QString& controlId)
{
    m_controlId = controlId;
    refresh();
}

void ControlDetailsPanel::refresh()
{
    const Catalog& catalog = m_model.catalog();
    const CatalogControl* c = catalog.find(m_controlId);
    const bool on = c != nullptr;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_evidence, m_links, m_justification, m_save, m_assets,
                                         m_assetChoice, m_apply, m_remove, m_risks})
        w->setEnabled(on);
    m_body->setVisible(on);
    if (!c) {
        m_heading->setText(tr("<i>Select a control to see its details.</i>"));
        m_origin->clear();
        m_gaps->clear();
        m_evidence->clear();
        m_links->clear();
        m_justification->clear();
        m_assets->clear();
        m_risks->clear();
        return;
    }
    m_heading->setText(QStringLiteral("<b>%1</b> %2%3")
                           .arg(c->id.toHtmlEscaped(), c->title().toHtmlEscaped(),
                                c->isNew ? QStringLiteral(" <span style='color:#1c5fb0'>★ ") +
                                               tr("new in 2022") + QStringLiteral("</span>")
                                         : QString()));
    const CatalogMapping& m = Catalogs::mapping2013To2022();
    if (catalog.key() == catalogkey::Iso2022) {
        const QStringList sources = m.sourcesOf(c->id);
        m_origin->setText(sources.isEmpty() ? tr("No 2013 control maps here.")
                                            : tr("From 2013:") + QStringLiteral("<br>") +
                                                  titled(Catalogs::iso2013(), sources));
    } else if (catalog.key() == catalogkey::Iso2013) {
        m_origin->setText(tr("In 2022:") + QStringLiteral("<br>") +
                          titled(Catalogs::iso2022(), m.targetsOf(c->id)));
    } else {
        m_origin->clear();
    }
    QStringList gaps;
    for (const SoaGap& g : m_model.gaps()) {
        if (g.controlId == c->id)
            gaps.append(SoaCompleteness::kindLabel(g.kind));
    }
    m_gaps->setText(gaps.isEmpty() ? QString() : tr("To complete: %1").arg(gaps.join(tr(", "))));
    const SoaEntry e = m_model.entry(c->id).value_or(SoaEntry{});
    m_evidence->setPlainText(e.evidence);
    m_links->setPlainText(e.evidenceLinks.join(QLatin1Char('\n')));
    m_justification->setPlainText(e.exclusionJustification);
    m_justification->setEnabled(e.applicable != true);
    fillAssets();
    fillRisks();
}

void ControlDetailsPanel::fillRisks()
{
    m_risks->clear();
    if (m_controlId.isEmpty())
        return;
    RiskService& service = m_document.reg().risks();
    auto risks = service.risksOfControl(m_model.catalog().key(), m_controlId);
    if (!risks)
        return;
    m_risksLabel->setText(tr("Risks it treats (%1)").arg(risks->size()));
    auto method = service.method();
    for (const Risk& r : std::as_const(*risks)) {
        // Code and level first: in a narrow panel only the end of the title is cut.
        QString text = r.code + QStringLiteral("  ");
        if (method && r.inherent)
            text += tr("%1 (risk value %2)")
                        .arg(method->bandLabel(r.inherent->band))
                        .arg(r.inherent->value) +
                    QStringLiteral(" — ");
        text += r.title;
        auto* item = new QListWidgetItem(text, m_risks);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(text);
    }
}

AssetChoiceModel* ControlDetailsPanel::choices()
{
    if (!m_choices) {
        if (!m_assetModel) {
            m_assetModel = new AssetTableModel(m_document.reg(), this);
            m_assetModel->reload();
        }
        m_choices = new AssetChoiceModel(*m_assetModel, this);
        m_assetChoice->setModel(m_choices);
    }
    return m_choices;
}

void ControlDetailsPanel::fillAssets()
{
    m_assets->clear();
    if (m_controlId.isEmpty())
        return;
    auto links = m_document.reg().soa().assetLinks(m_model.catalog().key(), m_controlId);
    if (!links)
        return;
    QSet<qint64> linked;
    for (const ControlAssetLink& l : std::as_const(*links))
        linked.insert(l.assetId);
    // The linked assets are read alone; the others are offered from the asset model.
    if (auto applied = AssetLookup::withIds(m_document.reg(), linked)) {
        for (const Asset& a : std::as_const(*applied)) {
            auto* item = new QListWidgetItem(a.code + QStringLiteral("  ") + a.name, m_assets);
            item->setData(Qt::UserRole, a.id);
            item->setData(Qt::UserRole + 1, a.code);
        }
    }
    choices()->setExcluded(std::move(linked));
}

void ControlDetailsPanel::saveTexts()
{
    if (m_controlId.isEmpty())
        return;
    SoaEntry e = m_model.entry(m_controlId).value_or(SoaEntry{});
    e.catalog = m_model.catalog().key();
    e.controlId = m_controlId;
    e.evidence = m_evidence->toPlainText();
    e.evidenceLinks = m_links->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString why = m_justification->toPlainText();
    if (!why.trimmed().isEmpty() && e.applicable != true) {
        e = SoaTreeModel::edited(e, SoaTreeModel::JustificationColumn, why);
    } else if (e.applicable != true) {
        e.exclusionJustification = why;
    }
    if (Status s = SoaCommands::save(m_document, e); !s)
        Q_EMIT failed(s.error().message);
}

void ControlDetailsPanel::applyToChosenAsset()
{
    if (m_controlId.isEmpty() || m_assetChoice->currentIndex() < 0)
        return;
    const qint64 id = m_assetChoice->currentData().toLongLong();
    const QString code = m_assetChoice->currentData(Qt::UserRole + 1).toString();
    if (Status s =
            SoaCommands::linkAsset(m_document, m_model.catalog().key(), m_controlId, id, code);
        !s)
        Q_EMIT failed(s.error().message);
}

void ControlDetailsPanel::removeSelectedAsset()
{
    QListWidgetItem* item = m_assets->currentItem();
    if (m_controlId.isEmpty() || !item)
        return;
    if (Status s = SoaCommands::unlinkAsset(m_document, m_model.catalog().key(), m_controlId,
                                            item->data(Qt::UserRole).toLongLong(),
                                            item->data(Qt::UserRole + 1).toString());
        !s)
        Q_EMIT failed(s.error().message);
}

} // namespace daicho
