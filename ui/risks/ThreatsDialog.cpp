#include "ThreatsDialog.h"

#include "CategoryDelegate.h"
#include "RiskCommands.h"
#include "VulnerabilitiesPage.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/Translations.h"
#include "undo/RegisterDocument.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace daicho {

ThreatsDialog::ThreatsDialog(RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Threat and vulnerability catalogs"));
    resize(1100, 600);
    auto* outer = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    outer->addWidget(m_tabs, 1);
    auto* threatsPage = new QWidget(m_tabs);
    auto* layout = new QVBoxLayout(threatsPage);
    m_table = new QTableWidget(0, ColumnCount, threatsPage);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Name (Japanese)"), tr("Name (English)"),
                                        tr("Category"), tr("Description (Japanese)"),
                                        tr("Description (English)")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_categories =
        new CategoryDelegate(ThreatTerms::categories(), &ThreatTerms::categoryLabel, this);
    m_table->setItemDelegateForColumn(CategoryColumn, m_categories);
    m_table->setColumnWidth(JaColumn, 200);
    m_table->setColumnWidth(EnColumn, 200);
    layout->addWidget(m_table, 1);
    m_message = new QLabel(threatsPage);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);
    auto* row = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add threat"), threatsPage);
    auto* remove = new QPushButton(tr("Remove threat"), threatsPage);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    layout->addLayout(row);
    m_tabs->addTab(threatsPage, tr("Threats"));
    m_vulnerabilities = new VulnerabilitiesPage(document, m_tabs);
    m_tabs->addTab(m_vulnerabilities, tr("Vulnerabilities"));
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    outer->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        // The name goes in the UI language's column; the officer completes the other.
        const QString name = tr("New threat");
        const bool ja = Translations::current() == u"ja";
        int n = m_table->rowCount() + 1;
        while (!addThreat(QStringLiteral("T-OWN-%1").arg(n), ja ? name : QString(),
                          ja ? QString() : name) &&
               n < m_table->rowCount() + 100)
            ++n;
    });
    connect(remove, &QPushButton::clicked, this, [this] { removeRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::itemChanged, this, &ThreatsDialog::cellEdited);
    RiskService& risks = document.reg().risks();
    connect(&risks, &RiskService::threatsChanged, this, &ThreatsDialog::reload);
    if (auto all = risks.threats(); all && all->isEmpty())
        (void)risks.installThreatCatalog(); // setup of a register without risks yet
    reload();
}

void ThreatsDialog::showVulnerabilities()
{
    m_tabs->setCurrentWidget(m_vulnerabilities);
}

void ThreatsDialog::reload()
{
    m_loading = true;
    m_table->setRowCount(0);
    auto all = m_document.reg().risks().threats();
    if (all) {
        for (const Threat& t : std::as_const(*all)) {
            const int row = m_table->rowCount();
            m_table->insertRow(row);
            const QStringList cells{t.code,     t.nameJa,        t.nameEn,
                                    t.category, t.descriptionJa, t.descriptionEn};
            for (int c = 0; c < ColumnCount; ++c) {
                auto* item = c == CategoryColumn ? m_categories->itemFor(t.category)
                                                 : new QTableWidgetItem(cells.at(c));
                item->setData(Qt::UserRole, t.id);
                m_table->setItem(row, c, item);
            }
        }
    }
    m_loading = false;
}

void ThreatsDialog::cellEdited(QTableWidgetItem* item)
{
    if (m_loading)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    auto found = m_document.reg().risks().findThreat(id);
    if (!found || !found->has_value())
        return;
    Threat t = **found;
    const QString text = item->text();
    switch (item->column()) {
    case CodeColumn:
        t.code = text;
        break;
    case JaColumn:
        t.nameJa = text;
        break;
    case EnColumn:
        t.nameEn = text;
        break;
    case CategoryColumn:
        t.category = item->data(CategoryDelegate::KeyRole).toString();
        break;
    case DescriptionJaColumn:
        t.descriptionJa = text;
        break;
    case DescriptionEnColumn:
        t.descriptionEn = text;
        break;
    }
    if (Status s = RiskCommands::updateThreat(m_document, t); !s) {
        m_message->setText(s.error().message);
        reload(); // back to what is stored
        return;
    }
    m_message->clear();
}

bool ThreatsDialog::addThreat(const QString& code, const QString& nameJa, const QString& nameEn)
{
    Threat t;
    t.code = code;
    t.nameJa = nameJa;
    t.nameEn = nameEn;
    auto id = RiskCommands::createThreat(m_document, t);
    if (!id) {
        m_message->setText(id.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

bool ThreatsDialog::removeRow(int row)
{
    const QTableWidgetItem* item = m_table->item(row, CodeColumn);
    if (!item)
        return false;
    if (Status s = RiskCommands::removeThreat(m_document, item->data(Qt::UserRole).toLongLong());
        !s) {
        m_message->setText(s.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

} // namespace daicho
