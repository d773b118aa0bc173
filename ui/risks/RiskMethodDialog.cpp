#include "RiskMethodDialog.h"

#include "RiskCommands.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "undo/RegisterDocument.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

enum BandColumn
{
    KeyColumn,
    NameColumn,
    MinColumn,
    MaxColumn,
    DispositionColumn,
};

QStringList splitNames(const QString& text)
{
    if (text.trimmed().isEmpty())
        return {};
    QStringList out;
    for (const QString& n : text.split(QLatin1Char('/')))
        out.append(n.trimmed());
    return out;
}

} // namespace

RiskMethodDialog::RiskMethodDialog(RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    auto current = document.reg().risks().method();
    m_current = current ? *current : RiskMethod::ipaDefault();
    setWindowTitle(tr("Risk assessment method"));
    resize(820, 640);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_kind->addItem(RiskMethodTerms::label(RiskMethodKind::Ipa),
                    RiskMethodTerms::key(RiskMethodKind::Ipa));
    m_kind->addItem(RiskMethodTerms::label(RiskMethodKind::Matrix),
                    RiskMethodTerms::key(RiskMethodKind::Matrix));
    form->addRow(tr("Method"), m_kind);
    m_size = new QSpinBox(this);
    m_size->setRange(RiskMethod::MinLevels, RiskMethod::MaxLevels);
    form->addRow(tr("Levels on each axis"), m_size);
    m_name = new QLineEdit(this);
    form->addRow(tr("Name"), m_name);
    m_likelihoodNames = new QLineEdit(this);
    m_likelihoodNames->setPlaceholderText(
        tr("e.g. rare / unlikely / possible / likely / almost certain"));
    form->addRow(tr("Likelihood levels (1 first, separated by /)"), m_likelihoodNames);
    m_impactNames = new QLineEdit(this);
    form->addRow(tr("Impact levels (1 first, separated by /)"), m_impactNames);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Bands</b> (risk value = likelihood × impact)"), this));
    m_bands = new QTableWidget(0, 5, this);
    m_bands->setHorizontalHeaderLabels(
        {tr("Key"), tr("Name"), tr("From"), tr("To"), tr("What it asks")});
    m_bands->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_bands->verticalHeader()->hide();
    layout->addWidget(m_bands, 1);
    layout->addWidget(new QLabel(tr("<b>How every risk would be re-scored</b>"), this));
    m_preview = new QTableWidget(0, 4, this);
    m_preview->setHorizontalHeaderLabels(
        {tr("Risk"), tr("Now"), tr("After the change"), QString()});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_preview, 2);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* applyButton =
        buttons->addButton(tr("Apply as a new version"), QDialogButtonBox::AcceptRole);
    Q_UNUSED(applyButton);
    connect(buttons, &QDialogButtonBox::accepted, this, &RiskMethodDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    load(m_current);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RiskMethodDialog::kindChanged);
    connect(m_size, &QSpinBox::valueChanged, this, &RiskMethodDialog::kindChanged);
    connect(m_bands, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading)
            refreshPreview();
    });
    for (QLineEdit* e : {m_name, m_likelihoodNames, m_impactNames})
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                refreshPreview();
        });
    refreshPreview();
}

void RiskMethodDialog::load(const RiskMethod& m)
{
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(RiskMethodTerms::key(m.kind)));
    m_size->setValue(m.likelihoodLevels);
    m_size->setEnabled(m.kind == RiskMethodKind::Matrix);
    m_name->setText(m.name);
    m_likelihoodNames->setText(m.likelihoodNames.join(QStringLiteral(" / ")));
    m_impactNames->setText(m.impactNames.join(QStringLiteral(" / ")));
    m_bands->setRowCount(0);
    for (int i = 0; i < m.bands.size(); ++i) {
        const RiskBand& b = m.bands.at(i);
        m_bands->insertRow(i);
        m_bands->setItem(i, KeyColumn, new QTableWidgetItem(b.key));
        auto* name = new QTableWidgetItem(b.name);
        name->setToolTip(m.bandLabel(i));
        m_bands->setItem(i, NameColumn, name);
        m_bands->setItem(i, MinColumn, new QTableWidgetItem(QString::number(b.min)));
        m_bands->setItem(i, MaxColumn, new QTableWidgetItem(QString::number(b.max)));
        auto* d = new QComboBox(m_bands);
        for (RiskDisposition x :
             {RiskDisposition::Accept, RiskDisposition::AcceptManaged, RiskDisposition::Treat})
            d->addItem(RiskMethodTerms::label(x), RiskMethodTerms::key(x));
        d->setCurrentIndex(d->findData(RiskMethodTerms::key(b.disposition)));
        connect(d, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                refreshPreview();
        });
        m_bands->setCellWidget(i, DispositionColumn, d);
    }
    // Whole words in the disposition choices; the numbers need little room.
    m_bands->resizeColumnToContents(DispositionColumn);
    m_bands->setColumnWidth(MinColumn, 70);
    m_bands->setColumnWidth(MaxColumn, 70);
    m_loading = false;
}

void RiskMethodDialog::kindChanged()
{
    if (m_loading)
        return;
    const bool matrix =
        m_kind->currentData().toString() == RiskMethodTerms::key(RiskMethodKind::Matrix);
    // A different kind or size starts from that kind's defaults (bands must fit the new size).
    load(matrix ? RiskMethod::matrixDefault(m_size->value()) : RiskMethod::ipaDefault());
    refreshPreview();
}

RiskMethod RiskMethodDialog::method() const
{
    const bool matrix =
        m_kind->currentData().toString() == RiskMethodTerms::key(RiskMethodKind::Matrix);
    RiskMethod m = matrix ? RiskMethod::matrixDefault(m_size->value()) : RiskMethod::ipaDefault();
    if (!matrix)
        m.lookup = m_current.kind == RiskMethodKind::Ipa ? m_current.lookup : m.lookup;
    m.name = m_name->text().trimmed();
    m.likelihoodNames = splitNames(m_likelihoodNames->text());
    m.impactNames = splitNames(m_impactNames->text());
    m.bands.clear();
    for (int row = 0; row < m_bands->rowCount(); ++row) {
        auto text = [this, row](int c) {
            const QTableWidgetItem* item = m_bands->item(row, c);
            return item ? item->text().trimmed() : QString();
        };
        RiskBand b;
        b.key = text(KeyColumn);
        b.name = text(NameColumn);
        b.min = text(MinColumn).toInt();
        b.max = text(MaxColumn).toInt();
        if (auto* d = qobject_cast<QComboBox*>(m_bands->cellWidget(row, DispositionColumn)))
            b.disposition = RiskMethodTerms::dispositionFromKey(d->currentData().toString())
                                .value_or(b.disposition);
        m.bands.append(b);
    }
    return m;
}

bool RiskMethodDialog::refreshPreview()
{
    const RiskMethod next = method();
    m_preview->setRowCount(0);
    auto preview = m_document.reg().risks().previewMethod(next);
    if (!preview) {
        m_message->setText(preview.error().message);
        return false;
    }
    m_message->clear();
    int changed = 0;
    for (const MethodChangePreview& p : std::as_const(*preview)) {
        const int row = m_preview->rowCount();
        m_preview->insertRow(row);
        const QString before =
            p.before ? QStringLiteral("%1 (%2)").arg(p.before->value).arg(p.beforeLevel)
                     : tr("not assessed");
        const QString after = p.after
                                  ? QStringLiteral("%1 (%2)").arg(p.after->value).arg(p.afterLevel)
                                  : tr("not assessed");
        const bool moved = p.beforeLevel != p.afterLevel;
        changed += moved ? 1 : 0;
        m_preview->setItem(row, 0, new QTableWidgetItem(p.code));
        m_preview->setItem(row, 1, new QTableWidgetItem(before));
        m_preview->setItem(row, 2, new QTableWidgetItem(after));
        m_preview->setItem(row, 3, new QTableWidgetItem(moved ? tr("level changes") : QString()));
    }
    setWindowTitle(tr("Risk assessment method — %n risk(s) change level", nullptr, changed));
    return true;
}

bool RiskMethodDialog::apply()
{
    if (!refreshPreview())
        return false;
    const RiskMethod next = method();
    if (next.sameDefinition(m_current))
        return true;
    if (Status s = RiskCommands::applyMethod(m_document, next); !s) {
        m_message->setText(s.error().message);
        return false;
    }
    return true;
}

void RiskMethodDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace daicho
