#include "ImportPages.h"

#include "FileChooser.h"
#include "ImportWizard.h"
#include "csv/AssetColumns.h"
#include "csv/ColumnMapping.h"
#include "csv/CsvWriter.h"
#include "csv/ImportUndo.h"
#include "services/Register.h"
#include "undo/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace daicho {

namespace {

QLabel* problemLabel()
{
    auto* l = new QLabel;
    l->setWordWrap(true);
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString delimiterLabel(QChar c)
{
    if (c == QLatin1Char('\t'))
        return ImportPreviewPage::tr("Tab");
    if (c == QLatin1Char(';'))
        return ImportPreviewPage::tr("Semicolon (;)");
    return ImportPreviewPage::tr("Comma (,)");
}

QString localFileOf(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

} // namespace

// ---- 1. file ---------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Choose a CSV file"));
    setSubTitle(tr("An asset inventory saved from Excel (CSV, Unicode text) or another tool. "
                   "IPA ledger columns are recognised. You can also drop the file here."));
    setAcceptDrops(true);
    m_path = new QLineEdit(wizard.setup().path);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Path of the CSV file"));
    auto* browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p =
            FileChooser::open(this, tr("Import Assets from CSV"), ImportWizard::fileFilter());
        if (!p.isEmpty())
            m_path->setText(p);
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        Q_EMIT completeChanged();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* drop = new QLabel(tr("Drop a CSV file on this window to choose it."));
    drop->setAlignment(Qt::AlignCenter);
    drop->setMinimumHeight(120);
    drop->setStyleSheet(QStringLiteral(
        "QLabel { border: 2px dashed #9aa5b1; border-radius: 8px; color: #52606d; }"));
    m_error = problemLabel();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(drop);
    layout->addWidget(m_error);
    layout->addStretch();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(m_path->text().trimmed()).isFile();
}

bool ImportFilePage::validatePage()
{
    ImportSetup& s = m_wizard.setup();
    const QString path = m_path->text().trimmed();
    if (path != s.path) {
        s = ImportSetup{};
        s.path = path;
    }
    QString message;
    if (!m_wizard.reloadPreview(&message)) {
        m_error->setText(message);
        return false;
    }
    return true;
}

void ImportFilePage::dragEnterEvent(QDragEnterEvent* event)
{
    if (!localFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportFilePage::dropEvent(QDropEvent* event)
{
    const QString path = localFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    m_path->setText(path);
    event->acceptProposedAction();
}

// ---- 2. preview ------------------------------------------------------------------------------

ImportPreviewPage::ImportPreviewPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Check how the file is read"));
    setSubTitle(tr("The first rows as Daicho reads them. If the text looks garbled or the columns "
                   "run together, choose the encoding or the delimiter."));
    m_encoding = new QComboBox;
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("Detect"), QString());
    for (CsvEncoding e :
         {CsvEncoding::Utf8, CsvEncoding::Cp932, CsvEncoding::Utf16LE, CsvEncoding::Utf16BE})
        m_encoding->addItem(CsvEncodings::label(e), CsvEncodings::key(e));
    m_delimiter = new QComboBox;
    m_delimiter->setObjectName(QStringLiteral("delimiter"));
    m_delimiter->addItem(tr("Detect"), QString());
    for (QChar c : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')})
        m_delimiter->addItem(delimiterLabel(c), QString(c));
    m_detected = new QLabel;
    m_detected->setObjectName(QStringLiteral("detected"));
    m_problem = problemLabel();
    m_table = new QTableWidget;
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);

    auto* form = new QFormLayout;
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Delimiter:"), m_delimiter);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
}

void ImportPreviewPage::initializePage()
{
    fill();
}

void ImportPreviewPage::reload()
{
    ImportSetup& s = m_wizard.setup();
    const QString enc = m_encoding->currentData().toString();
    s.encoding = enc.isEmpty() ? std::nullopt : CsvEncodings::fromKey(enc);
    const QString del = m_delimiter->currentData().toString();
    s.delimiter = del.isEmpty() ? std::nullopt : std::optional<QChar>(del.at(0));
    s.targets.clear(); // the header may read differently now
    QString message;
    if (!m_wizard.reloadPreview(&message))
        m_problem->setText(message);
    fill();
}

void ImportPreviewPage::fill()
{
    const ImportSetup& s = m_wizard.setup();
    const CsvPreview& p = s.preview;
    m_detected->setText(
        tr("Read as %1, delimiter %2%3.")
            .arg(CsvEncodings::label(p.encoding), delimiterLabel(p.delimiter),
                 s.encoding || s.delimiter ? tr(" (as chosen)") : tr(" (detected)")));
    m_problem->setText(p.error ? p.error->toString() : QString());
    m_table->clear();
    const QStringList headers = s.headers();
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    const int rows = int(std::max<qsizetype>(0, p.records.size() - 1));
    m_table->setRowCount(rows);
    QStringList lineLabels;
    for (int r = 0; r < rows; ++r) {
        const CsvRecord& rec = p.records.at(r + 1);
        lineLabels.append(QString::number(rec.line));
        for (int c = 0; c < rec.fields.size() && c < headers.size(); ++c) {
            QString text = rec.fields.at(c);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
            m_table->setItem(r, c, new QTableWidgetItem(text));
        }
    }
    m_table->setVerticalHeaderLabels(lineLabels);
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 240));
    Q_EMIT completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    const CsvPreview& p = m_wizard.setup().preview;
    return !p.records.isEmpty() && !(p.error && p.records.size() <= 1);
}

// ---- 3. mapping ------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file goes into one field of the asset, or is not imported. "
                   "Save the mapping to reuse it for the next file of this kind."));
    m_table = new QTableWidget(0, 3);
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Column in the file"), tr("First value"), tr("Imported into")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_defaultClass = new QComboBox;
    m_defaultClass->setObjectName(QStringLiteral("defaultClass"));
    m_defaultClass->addItem(tr("(none: the file must say)"), QString());
    for (AssetClass c : AssetTerms::classes())
        m_defaultClass->addItem(AssetTerms::label(c), AssetTerms::key(c));
    m_defaultSubtype = new QComboBox;
    m_defaultSubtype->setObjectName(QStringLiteral("defaultSubtype"));
    m_defaultSubtype->addItem(tr("(none: the file must say)"), QString());
    for (AssetSubtype s : AssetTerms::subtypes())
        m_defaultSubtype->addItem(AssetTerms::label(s), AssetTerms::key(s));
    m_zeroBased = new QCheckBox(tr("The file rates C, I and A on IPA's older 0–2 scale (convert "
                                   "to 1–3)"));
    m_duplicates = new QComboBox;
    m_duplicates->setObjectName(QStringLiteral("onDuplicate"));
    m_duplicates->addItem(tr("Refuse the import"), int(OnDuplicate::Fail));
    m_duplicates->addItem(tr("Update the asset in the register"), int(OnDuplicate::Update));
    m_duplicates->addItem(tr("Skip the row"), int(OnDuplicate::Skip));

    auto* save = new QPushButton(tr("Save Mapping…"));
    auto* load = new QPushButton(tr("Load Mapping…"));
    connect(save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(save);
    buttons->addWidget(load);
    buttons->addStretch();

    auto* form = new QFormLayout;
    form->addRow(tr("Class for rows without one:"), m_defaultClass);
    form->addRow(tr("Subtype for rows without one:"), m_defaultSubtype);
    form->addRow(QString(), m_zeroBased);
    form->addRow(tr("A code already in the register:"), m_duplicates);
    m_status = problemLabel();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_status);

    for (QComboBox* b : {m_defaultClass, m_defaultSubtype})
        connect(b, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateStatus);
}

QComboBox* ImportMappingPage::targetBox(int row) const
{
    return qobject_cast<QComboBox*>(m_table->cellWidget(row, 2));
}

void ImportMappingPage::initializePage()
{
    ImportSetup& s = m_wizard.setup();
    const QStringList headers = s.headers();
    if (s.targets.size() != headers.size()) {
        const ColumnMapping m = AssetImporter::automaticMapping(headers);
        s.targets.clear();
        for (qsizetype i = 0; i < m.size(); ++i)
            s.targets.append(m.target(i));
    }
    const QStringList first =
        s.preview.records.size() > 1 ? s.preview.records.at(1).fields : QStringList();
    m_table->setRowCount(int(headers.size()));
    for (int r = 0; r < headers.size(); ++r) {
        m_table->setItem(r, 0, new QTableWidgetItem(headers.at(r)));
        QString sample = first.value(r);
        sample.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
        m_table->setItem(r, 1, new QTableWidgetItem(sample));
        auto* box = new QComboBox;
        box->addItem(tr("(not imported)"), QString());
        for (const QString& key : AssetColumns::keys()) {
            if (!AssetColumns::isIgnored(key))
                box->addItem(AssetColumns::label(key), key);
        }
        m_table->setCellWidget(r, 2, box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportMappingPage::updateStatus);
    }
    applyTargets(s.targets);
}

void ImportMappingPage::applyTargets(const QStringList& targets)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QComboBox* box = targetBox(r);
        const int i = box->findData(targets.value(r));
        const QSignalBlocker block(box);
        box->setCurrentIndex(i < 0 ? 0 : i);
    }
    updateStatus();
}

QStringList ImportMappingPage::currentTargets() const
{
    QStringList out;
    for (int r = 0; r < m_table->rowCount(); ++r)
        out.append(targetBox(r)->currentData().toString());
    return out;
}

void ImportMappingPage::updateStatus()
{
    const QStringList t = currentTargets();
    QStringList problems;
    if (!t.contains(QStringLiteral("code")))
        problems << tr("Choose the column that holds the asset code.");
    if (!t.contains(QStringLiteral("name")))
        problems << tr("Choose the column that holds the asset name.");
    if (!t.contains(QStringLiteral("class")) && m_defaultClass->currentData().toString().isEmpty())
        problems << tr("No column gives the asset class: choose a class for rows without one.");
    if (!t.contains(QStringLiteral("subtype")) &&
        m_defaultSubtype->currentData().toString().isEmpty())
        problems << tr("No column gives the subtype: choose a subtype for rows without one.");
    QStringList seen;
    for (const QString& key : t) {
        if (key.isEmpty())
            continue;
        if (seen.contains(key))
            problems << tr("Two columns go into %1.").arg(AssetColumns::label(key));
        seen << key;
    }
    m_status->setText(problems.join(QLatin1Char('\n')));
    Q_EMIT completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_status->text().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    ImportSetup& s = m_wizard.setup();
    s.targets = currentTargets();
    s.options.defaultClass = AssetTerms::classFromKey(m_defaultClass->currentData().toString());
    s.options.defaultSubtype =
        AssetTerms::subtypeFromKey(m_defaultSubtype->currentData().toString());
    s.options.ciaZeroBased = m_zeroBased->isChecked();
    s.onDuplicate = OnDuplicate(m_duplicates->currentData().toInt());
    return true;
}

void ImportMappingPage::saveMapping()
{
    const QString path = FileChooser::save(this, tr("Save Column Mapping"), QString(),
                                           tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    ColumnMapping m = ColumnMapping::automatic(m_wizard.setup().headers(),
                                               [](const QString&) { return QString(); });
    const QStringList t = currentTargets();
    for (int i = 0; i < t.size(); ++i)
        m.setTarget(i, t.at(i));
    if (Status s = m.save(path, QStringLiteral("assets")); !s)
        m_status->setText(s.error().toString());
}

void ImportMappingPage::loadMapping()
{
    const QString path =
        FileChooser::open(this, tr("Load Column Mapping"), tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    auto m = ColumnMapping::load(path, QStringLiteral("assets"), m_wizard.setup().headers(),
                                 &AssetImporter::recognise, AssetColumns::keys(),
                                 &AssetColumns::normalisedHeader);
    if (!m) {
        m_status->setText(m.error().toString());
        return;
    }
    QStringList t;
    for (qsizetype i = 0; i < m->size(); ++i)
        t.append(m->target(i));
    applyTargets(t);
}

// ---- 4. check --------------------------------------------------------------------------------

ImportCheckPage::ImportCheckPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Check every row"));
    setSubTitle(tr("Every row is checked with the register's rules; nothing is written yet. "
                   "Fix the file and check again, or go back and change the mapping."));
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("checkSummary"));
    m_summary->setWordWrap(true);
    m_progress = new QProgressBar;
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels({tr("Line"), tr("Column"), tr("Kind"), tr("Problem")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_view = new QTableView;
    m_view->setObjectName(QStringLiteral("problemView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    auto* again = new QPushButton(tr("Check Again"));
    connect(again, &QPushButton::clicked, this, &ImportCheckPage::check);
    m_export = new QPushButton(tr("Save List as CSV…"));
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::save(
            this, tr("Save Problems"), QStringLiteral("problems.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (Status s = exportProblems(path); !s)
            m_summary->setText(s.error().toString());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(again);
    buttons->addWidget(m_export);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
}

void ImportCheckPage::initializePage()
{
    check();
}

void ImportCheckPage::check()
{
    m_checked = false;
    m_ok = false;
    m_model->removeRows(0, m_model->rowCount());
    m_summary->setText(tr("Checking…"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    Q_EMIT completeChanged();

    ImportSetup& s = m_wizard.setup();
    ImportRequest request = s.request(true);
    request.progress = [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
        return true;
    };
    auto report = AssetImporter(m_wizard.document().reg()).run(request, s.options);
    m_progress->hide();
    if (!report) {
        m_summary->setText(report.error().toString());
        return;
    }
    auto addRow = [this](const Error& e, const QString& kind) {
        auto* line = new QStandardItem(e.line > 0 ? QString::number(e.line) : QString());
        line->setData(e.line, Qt::UserRole);
        auto* column = new QStandardItem(e.field);
        column->setData(e.field, Qt::UserRole);
        auto* k = new QStandardItem(kind);
        k->setData(kind, Qt::UserRole);
        auto* msg = new QStandardItem(e.message);
        msg->setData(e.message, Qt::UserRole);
        msg->setToolTip(e.toString());
        m_model->appendRow({line, column, k, msg});
    };
    for (const Error& e : std::as_const(report->errors))
        addRow(e, tr("Error"));
    for (const Error& e : std::as_const(report->warnings))
        addRow(e, tr("Note"));
    m_view->resizeColumnToContents(0);
    m_view->resizeColumnToContents(1);
    m_view->resizeColumnToContents(2);
    m_checked = true;
    m_ok = report->ok();
    if (m_ok) {
        m_summary->setText(tr("All %n row(s) can be imported: %1 new, %2 updated, %3 unchanged, "
                              "%4 skipped.",
                              nullptr, int(report->rows))
                               .arg(report->created)
                               .arg(report->updated)
                               .arg(report->unchanged)
                               .arg(report->skipped));
    } else {
        m_summary->setText(tr("%n problem(s) in %1 row(s). Nothing can be imported until the file "
                              "is fixed; the list can be saved as CSV.",
                              nullptr, int(report->errors.size()))
                               .arg(report->rows));
    }
    Q_EMIT completeChanged();
}

bool ImportCheckPage::isComplete() const
{
    return m_checked && m_ok;
}

Status ImportCheckPage::exportProblems(const QString& path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(file.errorString(), path);
    CsvWriter w(file, CsvEncoding::Utf8Bom);
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header.append(m_model->headerData(c, Qt::Horizontal).toString());
    if (Status s = w.writeRecord(header); !s)
        return s;
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < m_proxy->columnCount(); ++c)
            row.append(m_proxy->index(r, c).data().toString());
        if (Status s = w.writeRecord(row); !s)
            return s;
    }
    if (Status s = w.flush(); !s)
        return s;
    if (!file.commit())
        return Error::io(file.errorString(), path);
    return {};
}

// ---- 5. run ----------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard& wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Import"));
    setSubTitle(tr("All rows are written in one step. Cancel puts the register back exactly as "
                   "it was."));
    setFinalPage(true);
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(tr("Cancel Import"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    connect(m_cancel, &QPushButton::clicked, this, &ImportRunPage::cancel);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_result);
    layout->addStretch();
}

void ImportRunPage::initializePage()
{
    m_started = m_finished = m_succeeded = m_cancelled = false;
    m_result->clear();
    QTimer::singleShot(0, this, [this] {
        if (!m_started)
            run();
    });
}

namespace {

// Shared by the do and undo steps of the import's undo command, which outlive the wizard.
struct ImportOutcome
{
    ImportReport report;
    QByteArray firstSha256;
    std::function<bool(qint64, qint64)> progress; // only while the wizard shows the first run
};

} // namespace

void ImportRunPage::run()
{
    m_started = true;
    m_cancel->setEnabled(true);
    Q_EMIT completeChanged();
    const ImportSetup& s = m_wizard.setup();
    ImportRequest request = s.request(false);
    request.collectUndo = true;
    const AssetImportOptions options = s.options;
    const QString fileName = QFileInfo(s.path).fileName();
    Register& reg = m_wizard.document().reg();
    auto outcome = std::make_shared<ImportOutcome>();
    outcome->progress = [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        QCoreApplication::processEvents();
        return !m_cancelled;
    };

    // Redo imports the same file again, and refuses if it has changed since.
    auto doStep = [&reg, request, options, outcome]() -> Status {
        ImportRequest r = request;
        r.progress = outcome->progress;
        auto report = AssetImporter(reg).run(r, options);
        if (!report)
            return report.error();
        if (!report->ok())
            return report->errors.first();
        if (!outcome->firstSha256.isEmpty() && report->sha256 != outcome->firstSha256)
            return Error::invalid(tr("The file has changed since it was imported."));
        outcome->firstSha256 = report->sha256;
        outcome->report = std::move(*report);
        return {};
    };
    auto undoStep = [&reg, outcome, fileName]() -> Status {
        return AssetImportUndo::apply(reg, outcome->report.undo, fileName);
    };
    const Status done =
        m_wizard.document().execute(tr("Import %1").arg(fileName), doStep, undoStep);
    outcome->progress = nullptr;
    m_cancel->setEnabled(false);
    m_finished = true;
    if (!done) {
        m_result->setText(done.error().kind == Error::Kind::Cancelled
                              ? tr("Cancelled. Nothing was imported; the register is as it was.")
                              : tr("Nothing was imported: %1").arg(done.error().toString()));
    } else {
        const ImportReport& report = outcome->report;
        m_succeeded = true;
        m_progress->setValue(1000);
        m_result->setText(tr("Imported %1: %2 new, %3 updated, %4 unchanged, %5 skipped. The "
                             "change history records the file and its SHA-256; Edit ▸ Undo "
                             "takes the whole import back.")
                              .arg(fileName)
                              .arg(report.created)
                              .arg(report.updated)
                              .arg(report.unchanged)
                              .arg(report.skipped));
    }
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_finished;
}

} // namespace daicho
