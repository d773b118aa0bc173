#include "VulnerabilitiesPage.h"

#include "CategoryDelegate.h"
#include "RiskCommands.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/Translations.h"
#include "undo/RegisterDocument.h"

#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QPalette>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

VulnerabilitiesPage::VulnerabilitiesPage(RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Weaknesses a threat can exploit. The risk editor suggests them "
                                "for a risk's vulnerability, those typical for the risk's "
                                "threat first. Typical threats: threat codes separated by "
                                "spaces."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name (Japanese)"), tr("Name (English)"),
                                        tr("Category"), tr("Typical threats"), tr("Status"),
                                        tr("Description (Japanese)"), tr("Description (English)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categories = new CategoryDelegate(VulnerabilityTerms::categories(),
                                        &VulnerabilityTerms::categoryLabel, this);
    m_table->setItemDelegateForColumn(CategoryColumn, m_categories);
    m_table->setColumnWidth(CodeColumn, 150);
    m_table->setColumnWidth(JaColumn, 230);
    m_table->setColumnWidth(EnColumn, 230);
    m_table->setColumnWidth(CategoryColumn, 130);
    m_table->setColumnWidth(ThreatsColumn, 170);
    m_table->setColumnWidth(StatusColumn, 80);
    m_table->setColumnWidth(DescriptionJaColumn, 300);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add vulnerability"), this);
    m_retire = new QPushButton(tr("Retire"), this);
    m_retire->setToolTip(tr("A retired vulnerability stays in the catalog and its history but "
                            "is no longer suggested."));
    m_remove = new QPushButton(tr("Remove vulnerability"), this);
    row->addWidget(add);
    row->addWidget(m_retire);
    row->addWidget(m_remove);
    row->addStretch();
    layout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        // The name goes in the UI language's column; the officer completes the other.
        const QString name = tr("New vulnerability");
        const bool ja = Translations::current() == u"ja";
        int n = m_table->rowCount() + 1;
        while (!addVulnerability(QStringLiteral("V-OWN-%1").arg(n), ja ? name : QString(),
                                 ja ? QString() : name) &&
               n < m_table->rowCount() + 100)
            ++n;
    });
    connect(m_retire, &QPushButton::clicked, this,
            [this] { toggleRetired(m_table->currentRow()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemChanged, this, &VulnerabilitiesPage::cellEdited);
    connect(m_table, &QTableWidget::currentCellChanged, this, &VulnerabilitiesPage::updateButtons);
    RiskService& risks = document.reg().risks();
    connect(&risks.vulnerabilities(), &VulnerabilityService::changed, this,
            &VulnerabilitiesPage::reload);
    connect(&risks, &RiskService::threatsChanged, this, &VulnerabilitiesPage::reload);
    if (auto all = risks.vulnerabilities().all(); all && all->isEmpty())
        (void)risks.vulnerabilities().installCatalog(); // setup, like the threat catalog
    reload();
}

void VulnerabilitiesPage::reload()
{
    const int current = m_table->currentRow();
    m_loading = true;
    m_table->setRowCount(0);
    const QString lang = Translations::current();
    QHash<QString, QString> threatNames;
    if (auto threats = m_document.reg().risks().threats()) {
        for (const Threat& t : std::as_const(*threats))
            threatNames.insert(t.code.toCaseFolded(), t.code + QStringLiteral(": ") + t.name(lang));
    }
    const QColor retiredColour = palette().color(QPalette::Disabled, QPalette::Text);
    auto all = m_document.reg().risks().vulnerabilities().all();
    if (all) {
        for (const Vulnerability& v : std::as_const(*all)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells{v.code,
                                    v.nameJa,
                                    v.nameEn,
                                    v.category,
                                    VulnerabilityTerms::joinThreatCodes(v.threatCodes),
                                    v.retired ? tr("Retired") : tr("Active"),
                                    v.descriptionJa,
                                    v.descriptionEn};
            for (int c = 0; c < ColumnCount; ++c) {
                auto* item = c == CategoryColumn ? m_categories->itemFor(v.category)
                                                 : new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, v.id);
                if (c == ThreatsColumn) {
                    QStringList names;
                    for (const QString& code : v.threatCodes)
                        names << threatNames.value(code.toCaseFolded(),
                                                   tr("%1: not in the threat catalog").arg(code));
                    item->setToolTip(names.join(QLatin1Char('\n')));
                }
                if (c == JaColumn || c == EnColumn)
                    item->setToolTip(v.description(lang));
                if (c == StatusColumn)
                    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                if (v.retired)
                    item->setForeground(retiredColour);
                m_table->setItem(row, c, item);
            }
        }
    }
    if (current >= 0 && current < m_table->rowCount())
        m_table->setCurrentCell(current,
                                m_table->currentColumn() < 0 ? 0 : m_table->currentColumn());
    m_loading = false;
    updateButtons();
}

void VulnerabilitiesPage::updateButtons()
{
    const int row = m_table->currentRow();
    const QTableWidgetItem* item = row >= 0 ? m_table->item(row, StatusColumn) : nullptr;
    m_retire->setEnabled(item != nullptr);
    m_remove->setEnabled(item != nullptr);
    bool retired = false;
    if (item) {
        auto found =
            m_document.reg().risks().vulnerabilities().find(item->data(Qt::UserRole).toLongLong());
        retired = found && found->has_value() && (*found)->retired;
    }
    m_retire->setText(retired ? tr("Reinstate") : tr("Retire"));
}

int VulnerabilitiesPage::rowOf(const QString& code) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, CodeColumn)->text().compare(code, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

void VulnerabilitiesPage::cellEdited(QTableWidgetItem* item)
{
    if (m_loading)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    auto found = m_document.reg().risks().vulnerabilities().find(id);
    if (!found || !found->has_value())
        return;
    Vulnerability v = **found;
    const QString text = item->text();
    switch (item->column()) {
    case CodeColumn:
        v.code = text;
        break;
    case JaColumn:
        v.nameJa = text;
        break;
    case EnColumn:
        v.nameEn = text;
        break;
    case CategoryColumn:
        v.category = item->data(CategoryDelegate::KeyRole).toString();
        break;
    case ThreatsColumn:
        v.threatCodes = VulnerabilityTerms::parseThreatCodes(text);
        break;
    case DescriptionJaColumn:
        v.descriptionJa = text;
        break;
    case DescriptionEnColumn:
        v.descriptionEn = text;
        break;
    default:
        return;
    }
    if (Status s = RiskCommands::updateVulnerability(m_document, v); !s) {
        m_message->setText(s.error().message);
        reload(); // back to what is stored
        return;
    }
    m_message->clear();
}

bool VulnerabilitiesPage::addVulnerability(const QString& code, const QString& nameJa,
                                           const QString& nameEn)
{
    Vulnerability v;
    v.code = code;
    v.nameJa = nameJa;
    v.nameEn = nameEn;
    auto id = RiskCommands::createVulnerability(m_document, v);
    if (!id) {
        m_message->setText(id.error().message);
        return false;
    }
    m_message->clear();
    if (const int row = rowOf(code.trimmed()); row >= 0)
        m_table->setCurrentCell(row, nameJa.isEmpty() ? EnColumn : JaColumn);
    return true;
}

bool VulnerabilitiesPage::toggleRetired(int row)
{
    const QTableWidgetItem* item = m_table->item(row, CodeColumn);
    if (!item)
        return false;
    auto found =
        m_document.reg().risks().vulnerabilities().find(item->data(Qt::UserRole).toLongLong());
    if (!found || !found->has_value())
        return false;
    Vulnerability v = **found;
    v.retired = !v.retired;
    if (Status s = RiskCommands::updateVulnerability(m_document, v); !s) {
        m_message->setText(s.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

bool VulnerabilitiesPage::removeRow(int row)
{
    const QTableWidgetItem* item = m_table->item(row, CodeColumn);
    if (!item)
        return false;
    if (Status s =
            RiskCommands::removeVulnerability(m_document, item->data(Qt::UserRole).toLongLong());
        !s) {
        m_message->setText(s.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

} // namespace daicho
