#include "TransitionDialog.h"

#include "SoaCommands.h"
#include "catalogs/Catalogs.h"
#include "services/Register.h"
#include "services/SoaService.h"
#include "undo/RegisterDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;

enum Column
{
    ControlCol,
    KindCol,
    ProposalCol,
    CurrentCol,
    ColCount
};

QString decisionText(const SoaEntry& e)
{
    if (!e.applicable)
        return SoaTerms::applicableLabel(std::nullopt);
    if (!*e.applicable)
        return SoaTerms::applicableLabel(false);
    QStringList parts{SoaTerms::applicableLabel(true)};
    if (e.status)
        parts << SoaTerms::label(*e.status);
    if (e.targetDate.isValid())
        parts << e.targetDate.toString(Qt::ISODate);
    QStringList reasons;
    for (SoaReason r : e.reasons)
        reasons << SoaTerms::label(r);
    if (!reasons.isEmpty())
        parts << QStringLiteral("(") + reasons.join(TransitionDialog::tr(", ")) +
                     QStringLiteral(")");
    return parts.join(QStringLiteral(" · "));
}

QColor kindColor(TransitionProposal::Kind k)
{
    switch (k) {
    case TransitionProposal::Kind::Conflict:
        return QColor(0xb0, 0x1c, 0x1c);
    case TransitionProposal::Kind::New:
    case TransitionProposal::Kind::NoSource:
        return QColor(0x1c, 0x5f, 0xb0);
    case TransitionProposal::Kind::Merged:
        return QColor(0x6a, 0x3d, 0x9a);
    case TransitionProposal::Kind::Carried:
        break;
    }
    return {};
}

} // namespace

TransitionDialog::TransitionDialog(RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Transition 2013 → 2022"));
    resize(1180, 760);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Daicho proposes the Statement of Applicability for ISO/IEC 27001:2022 from the "
           "register's 2013 decisions, through the mapping of ISO/IEC 27002:2022 Annex B. "
           "Merged controls show all their 2013 sources. Check each proposal, tick what to "
           "take over and confirm; controls new in 2022 have no source and are decided in "
           "the Controls view. Controls already decided for 2022 are not ticked."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    m_filter = new QComboBox(this);
    m_filter->addItem(tr("All controls"), -1);
    for (auto k : {TransitionProposal::Kind::Merged, TransitionProposal::Kind::Conflict,
                   TransitionProposal::Kind::Carried, TransitionProposal::Kind::New,
                   TransitionProposal::Kind::NoSource})
        m_filter->addItem(SoaTransition::kindLabel(k), int(k));
    m_filter->addItem(tr("Already decided for 2022"), 100);
    bar->addWidget(m_filter);
    bar->addStretch();
    m_summary = new QLabel(this);
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_list = new QTreeWidget(this);
    m_list->setColumnCount(ColCount);
    m_list->setHeaderLabels({tr("2022 control and its 2013 sources"), tr("Kind"),
                             tr("Proposed decision"), tr("Decided now for 2022")});
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    auto* ready = buttons->addButton(tr("Tick all ready"), QDialogButtonBox::ActionRole);
    auto* none = buttons->addButton(tr("Tick none"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("Take over ticked"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(ready, &QPushButton::clicked, this, &TransitionDialog::selectReady);
    connect(none, &QPushButton::clicked, this, &TransitionDialog::selectNone);
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_apply, &QPushButton::clicked, this, &TransitionDialog::applySelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &TransitionDialog::fill);
    connect(m_list, &QTreeWidget::itemChanged, this, &TransitionDialog::itemChanged);
    reload();
}

void TransitionDialog::reload()
{
    auto proposals = m_document.reg().soa().proposeTransition();
    if (!proposals) {
        m_message->setText(proposals.error().message);
        m_proposals.clear();
    } else {
        m_proposals = *proposals;
    }
    selectReady();
}

void TransitionDialog::fill()
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const int kind = m_filter->currentData().toInt();
    const Catalog& c13 = Catalogs::iso2013();
    const Catalog& c22 = Catalogs::iso2022();
    QHash<QString, SoaEntry> old;
    if (auto entries = m_document.reg().soa().entries(catalogkey::Iso2013)) {
        for (const SoaEntry& e : std::as_const(*entries))
            old.insert(e.controlId, e);
    }
    for (qsizetype i = 0; i < m_proposals.size(); ++i) {
        const TransitionProposal& p = m_proposals.at(i);
        if (kind == 100 ? !p.current : (kind >= 0 && int(p.kind) != kind))
            continue;
        const CatalogControl* ctl = c22.find(p.controlId);
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(ControlCol, IndexRole, int(i));
        item->setText(ControlCol,
                      p.controlId + QLatin1Char(' ') + (ctl ? ctl->title() : QString()));
        item->setText(KindCol, SoaTransition::kindLabel(p.kind));
        item->setForeground(KindCol, kindColor(p.kind));
        item->setText(ProposalCol, p.ready() ? decisionText(p.proposed) : tr("(decide)"));
        item->setText(CurrentCol, p.current ? decisionText(*p.current) : QString());
        item->setToolTip(ProposalCol, p.notes.join(QLatin1Char('\n')));
        if (p.ready()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(ControlCol,
                                m_ticked.contains(p.controlId) ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString& s : p.sources) {
            const CatalogControl* src = c13.find(s);
            auto* child = new QTreeWidgetItem(item);
            child->setText(ControlCol, QStringLiteral("← ") + s + QLatin1Char(' ') +
                                           (src ? src->title() : QString()));
            QString text = old.contains(s) ? decisionText(old.value(s))
                                           : SoaTerms::applicableLabel(std::nullopt);
            if (old.contains(s) && old.value(s).applicable == false)
                text += tr(": %1").arg(old.value(s).exclusionJustification);
            child->setText(ProposalCol, text);
            child->setToolTip(ProposalCol, text);
        }
        for (const QString& note : p.notes) {
            auto* child = new QTreeWidgetItem(item);
            child->setText(ControlCol, QStringLiteral("ℹ ") + note);
            child->setFirstColumnSpanned(true);
        }
        item->setExpanded(p.kind == TransitionProposal::Kind::Merged ||
                          p.kind == TransitionProposal::Kind::Conflict);
    }
    m_list->resizeColumnToContents(ControlCol);
    m_list->setColumnWidth(ControlCol, std::min(m_list->columnWidth(ControlCol), 460));
    m_list->resizeColumnToContents(KindCol);
    m_list->setColumnWidth(ProposalCol, 330);
    updateCount();
}

QList<SoaEntry> TransitionDialog::selected() const
{
    QList<SoaEntry> out;
    for (const TransitionProposal& p : m_proposals) {
        if (p.ready() && m_ticked.contains(p.controlId))
            out.append(p.proposed);
    }
    return out;
}

void TransitionDialog::itemChanged(QTreeWidgetItem* item)
{
    if (!item || item->parent() || !(item->flags() & Qt::ItemIsUserCheckable))
        return;
    const TransitionProposal& p = m_proposals.value(item->data(ControlCol, IndexRole).toInt());
    if (item->checkState(ControlCol) == Qt::Checked)
        m_ticked.insert(p.controlId);
    else
        m_ticked.remove(p.controlId);
    updateCount();
}

void TransitionDialog::setChecked(const QString& controlId, bool checked)
{
    if (checked)
        m_ticked.insert(controlId);
    else
        m_ticked.remove(controlId);
    fill();
}

void TransitionDialog::selectReady()
{
    m_ticked.clear();
    for (const TransitionProposal& p : std::as_const(m_proposals)) {
        if (p.ready() && !p.current)
            m_ticked.insert(p.controlId);
    }
    fill();
}

void TransitionDialog::selectNone()
{
    m_ticked.clear();
    fill();
}

void TransitionDialog::updateCount()
{
    int ready = 0, merged = 0, conflicts = 0, fresh = 0;
    for (const TransitionProposal& p : std::as_const(m_proposals)) {
        ready += p.ready() ? 1 : 0;
        merged += p.kind == TransitionProposal::Kind::Merged ? 1 : 0;
        conflicts += p.kind == TransitionProposal::Kind::Conflict ? 1 : 0;
        fresh += p.kind == TransitionProposal::Kind::New ? 1 : 0;
    }
    m_summary->setText(tr("%1 proposals ready · %2 merged · %3 with disagreeing sources · %4 "
                          "new in 2022")
                           .arg(ready)
                           .arg(merged)
                           .arg(conflicts)
                           .arg(fresh));
    const qsizetype n = selected().size();
    m_apply->setText(tr("Take over ticked (%1)").arg(n));
    m_apply->setEnabled(n > 0);
}

bool TransitionDialog::applySelected()
{
    const QList<SoaEntry> entries = selected();
    if (entries.isEmpty())
        return false;
    Status s = SoaCommands::applyTransition(m_document, entries);
    if (!s) {
        m_message->setText(s.error().message);
        return false;
    }
    m_message->setText(
        tr("Decisions taken over: %1. Edit → Undo takes them back.").arg(entries.size()));
    reload();
    return true;
}

} // namespace daicho
