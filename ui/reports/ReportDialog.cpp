#include "ReportDialog.h"

#include "catalogs/Catalogs.h"
#include "import/FileChooser.h"
#include "reports/ReportLanguage.h"
#include "reports/layout/PageLayout.h"
#include "reports/layout/PagePainter.h"
#include "reports/layout/TextMeasure.h"
#include "services/Register.h"
#include "services/SoaService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace daicho {

using reports::ReportKind;
using reports::ReportKinds;

namespace {

const QString kLanguageKey = QStringLiteral("reports/language");

// A modal progress dialog over 0..1000 that says whether the user cancelled.
class Progress
{
public:
    Progress(QWidget* parent, const QString& text)
        : m_dialog(text, ReportDialog::tr("Cancel"), 0, 1000, parent)
    {
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(400);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
        m_dialog.setValue(0);
    }
    bool operator()(int permille)
    {
        m_dialog.setValue(qBound(0, permille, 1000)); // processes events: Cancel works
        return !m_dialog.wasCanceled();
    }

private:
    QProgressDialog m_dialog;
};

} // namespace

ReportDialog::ReportDialog(Register& reg, ReportKind kind, QWidget* parent)
    : QDialog(parent)
    , m_reg(reg)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(tr("Print a report"));

    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("reportKind"));
    for (ReportKind k : ReportKinds::all()) {
        if (ReportKinds::available(k))
            m_kind->addItem(ReportKinds::title(k), int(k));
    }
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("reportLanguage"));
    m_language->addItem(tr("Language of the window"), QString());
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));

    // Asset filters (inventory): nothing ticked means every asset.
    auto* classRow = new QHBoxLayout;
    for (AssetClass c : AssetTerms::classes()) {
        auto* box = new QCheckBox(AssetTerms::label(c));
        box->setObjectName(QStringLiteral("class-") + AssetTerms::key(c));
        m_classBoxes.insert(int(c), box);
        classRow->addWidget(box);
    }
    classRow->addStretch();
    auto* prioRow = new QHBoxLayout;
    for (Priority p : AssetTerms::priorities()) {
        auto* box = new QCheckBox(AssetTerms::key(p));
        box->setObjectName(QStringLiteral("priority-") + AssetTerms::key(p));
        box->setToolTip(AssetTerms::meaning(p));
        m_priorityBoxes.insert(int(p), box);
        prioRow->addWidget(box);
    }
    prioRow->addStretch();

    m_catalog = new QComboBox;
    m_catalog->setObjectName(QStringLiteral("reportCatalog"));
    const QString registerCatalog = reg.soa().catalogKey();
    for (const QString& key : Catalogs::keys()) {
        m_catalog->addItem(Catalogs::get(key).title(), key);
        if (key == registerCatalog)
            m_catalog->setCurrentIndex(m_catalog->count() - 1);
    }

    m_note = new QLabel;
    m_note->setWordWrap(true);

    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("reportResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::RichText);
    m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_result->setOpenExternalLinks(true);

    m_form = new QFormLayout;
    m_form->addRow(tr("Report:"), m_kind);
    m_form->addRow(tr("Language:"), m_language);
    m_form->addRow(tr("Only these classes:"), classRow);
    m_form->addRow(tr("Only these priorities:"), prioRow);
    m_form->addRow(tr("Catalog:"), m_catalog);
    m_form->addRow(m_note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* previewButton = buttons->addButton(tr("Preview…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("reportPreview"));
    QPushButton* pdfButton = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setObjectName(QStringLiteral("reportSavePdf"));
    pdfButton->setDefault(true);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &ReportDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch();
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportDialog::updateOptions);
    setKind(kind);
    // The language chosen last time, for the next report.
    setLanguage(QSettings().value(kLanguageKey).toString());
    connect(m_language, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(kLanguageKey, m_language->currentData().toString()); });
    updateOptions();
    resize(520, sizeHint().height());
}

void ReportDialog::setKind(ReportKind kind)
{
    const int i = m_kind->findData(int(kind));
    if (i >= 0)
        m_kind->setCurrentIndex(i);
}

void ReportDialog::setLanguage(const QString& language)
{
    const int i = m_language->findData(language);
    m_language->setCurrentIndex(i >= 0 ? i : 0);
}

void ReportDialog::updateOptions()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    const bool pack = kind == ReportKind::AuditPack;
    const bool filters = pack || kind == ReportKind::Inventory;
    m_form->setRowVisible(2, filters);
    m_form->setRowVisible(3, filters);
    m_form->setRowVisible(4, pack || kind == ReportKind::Soa);
    QString note;
    switch (kind) {
    case ReportKind::Inventory:
    case ReportKind::AuditPack:
        note = tr("Nothing ticked: every asset. The report shows the register as it is now, with "
                  "its revision on every page.");
        break;
    case ReportKind::RiskAssessment:
        note = tr("Every risk of the register with its scores and level, highest level first.");
        break;
    case ReportKind::TreatmentPlan:
        note = tr("The risks that need treatment or have a treatment chosen, by option, with their "
                  "actions, residual level and acceptance.");
        break;
    case ReportKind::Soa:
        note = tr("Every control of the catalog with the decision on it, its evidence and the "
                  "assets and risks linked to it.");
        break;
    }
    m_note->setText(note);
}

reports::ReportOptions ReportDialog::options() const
{
    reports::ReportOptions o;
    o.kind = ReportKind(m_kind->currentData().toInt());
    o.language = m_language->currentData().toString();
    const bool pack = o.kind == ReportKind::AuditPack;
    if (pack || o.kind == ReportKind::Inventory) {
        for (auto it = m_classBoxes.cbegin(); it != m_classBoxes.cend(); ++it) {
            if (it.value()->isChecked())
                o.filter.classes.insert(AssetClass(it.key()));
        }
        for (auto it = m_priorityBoxes.cbegin(); it != m_priorityBoxes.cend(); ++it) {
            if (it.value()->isChecked())
                o.filter.priorities.insert(Priority(it.key()));
        }
    }
    if (pack || o.kind == ReportKind::Soa)
        o.catalog = m_catalog->currentData().toString();
    return o;
}

Result<reports::ReportDocument> ReportDialog::buildDocument()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto doc = ReportKinds::build(m_reg, options());
    QApplication::restoreOverrideCursor();
    return doc;
}

QString ReportDialog::suggestedFileName() const
{
    const reports::ReportOptions o = options();
    const QString lang = reports::ReportLanguage::normalise(o.language);
    const QString base =
        m_reg.path().isEmpty() ? QString() : QFileInfo(m_reg.path()).completeBaseName();
    QString name = ReportKinds::key(o.kind) + QLatin1Char('-') + lang + QStringLiteral(".pdf");
    if (!base.isEmpty())
        name = base + QLatin1Char('-') + name;
    const QString dir =
        m_reg.path().isEmpty() ? QDir::homePath() : QFileInfo(m_reg.path()).absolutePath();
    return QDir(dir).filePath(name);
}

Result<reports::PdfSummary> ReportDialog::writePdf(const QString& path)
{
    auto doc = buildDocument();
    if (!doc)
        return doc.error();
    Progress progress(this, tr("Writing %1…").arg(QFileInfo(path).fileName()));
    return reports::PdfReport::write(*doc, path, std::ref(progress));
}

void ReportDialog::savePdf()
{
    const QString path = FileChooser::save(this, tr("Save the report as PDF"), suggestedFileName(),
                                           tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = writePdf(path);
    if (!written) {
        if (written.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(
                this, tr("Save the report as PDF"),
                tr("The report was not written.\n\n%1").arg(written.error().toString()));
        return;
    }
    m_result->setText(
        tr("Wrote %1: %n page(s).", nullptr, written->pages)
            .arg(QDir::toNativeSeparators(path))
            .toHtmlEscaped() +
        QStringLiteral(" <a href=\"%1\">%2</a>")
            .arg(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                 tr("Open the PDF").toHtmlEscaped()));
}

Status ReportDialog::paintOn(QPrinter& printer)
{
    auto doc = buildDocument();
    if (!doc)
        return doc.error();
    printer.setPageLayout(reports::PdfReport::pageLayout());
    Progress progress(this, tr("Preparing the pages…"));
    reports::TextMeasure measure(&printer);
    const QSizeF area = printer.pageLayout().paintRect(QPageLayout::Point).size();
    auto laid =
        reports::PageLayout::layout(*doc, measure, area, [&](qsizetype done, qsizetype total) {
            return progress(int(200 * done / qMax<qsizetype>(1, total)));
        });
    if (!laid)
        return laid.error();
    QPainter painter;
    if (!painter.begin(&printer))
        return Error::io(tr("Cannot start printing."));
    const Status painted =
        reports::PagePainter::paint(*laid, measure, painter, printer, [&](int done, int total) {
            return progress(200 + 800 * done / qMax(1, total));
        });
    painter.end();
    return painted;
}

void ReportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reports::PdfReport::pageLayout());
    printer.setDocName(ReportKinds::title(options().kind));
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog.setWindowTitle(tr("Preview: %1").arg(ReportKinds::title(options().kind)));
    dialog.resize(1100, 800);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) {
        const Status s = paintOn(*p);
        if (!s && s.error().kind != Error::Kind::Cancelled)
            QMessageBox::warning(this, tr("Print a report"), s.error().toString());
    });
    dialog.exec();
}

} // namespace daicho
