#include "CsvActions.h"

#include "FileChooser.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "csv/AssetExporter.h"
#include "undo/RegisterDocument.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QStatusBar>

namespace daicho {

namespace {

class CsvText
{
    Q_DECLARE_TR_FUNCTIONS(CsvActions)
};

QString droppedCsv(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1 ||
        !mime->urls().first().isLocalFile())
        return {};
    const QString path = mime->urls().first().toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt") ||
        suffix == QLatin1String("tsv"))
        return path;
    return {};
}

// Opens the import wizard for a CSV file dropped anywhere on the main window.
class CsvDropFilter : public QObject
{
public:
    explicit CsvDropFilter(MainWindow& window)
        : QObject(&window)
        , m_window(window)
    {
        setObjectName(QStringLiteral("csvDropFilter"));
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::DragEnter) {
            auto* e = static_cast<QDragEnterEvent*>(event);
            if (m_window.document() && !droppedCsv(e->mimeData()).isEmpty()) {
                e->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* e = static_cast<QDropEvent*>(event);
            const QString path = droppedCsv(e->mimeData());
            if (m_window.document() && !path.isEmpty()) {
                e->acceptProposedAction();
                runImportWizard(m_window, path);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    MainWindow& m_window;
};

} // namespace

void runImportWizard(MainWindow& window, const QString& path)
{
    RegisterDocument* doc = window.document();
    if (!doc)
        return;
    ImportWizard wizard(*doc, &window, path);
    if (!path.isEmpty())
        wizard.setStartId(ImportWizard::FilePageId);
    wizard.exec();
}

void exportAssetsCsv(MainWindow& window)
{
    RegisterDocument* doc = window.document();
    if (!doc)
        return;
    const QString bom = CsvText::tr("CSV, UTF-8 with BOM, for Excel (*.csv)");
    const QString sjis = CsvText::tr("CSV, Shift_JIS (CP932) (*.csv)");
    const QString utf8 = CsvText::tr("CSV, UTF-8 (*.csv)");
    QString selected = bom;
    const QString path =
        FileChooser::save(&window, CsvText::tr("Export Assets to CSV"), CsvText::tr("assets.csv"),
                          QStringList{bom, sjis, utf8}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    ExportRequest request;
    request.path = path;
    request.encoding = selected == sjis   ? CsvEncoding::Cp932
                       : selected == utf8 ? CsvEncoding::Utf8
                                          : CsvEncoding::Utf8Bom;
    auto report = AssetExporter(doc->reg()).run(request);
    if (!report) {
        QMessageBox::warning(
            &window, CsvText::tr("Export Assets to CSV"),
            CsvText::tr("The assets were not exported.\n\n%1").arg(report.error().toString()));
        return;
    }
    window.statusBar()->showMessage(
        CsvText::tr("Exported %n asset(s) to %1", nullptr, int(report->rows))
            .arg(QDir::toNativeSeparators(path)),
        10000);
}

void installCsvActions(MainWindow& window)
{
    QAction* import = window.importMenu()->addAction(CsvText::tr("Assets from CSV…"));
    import->setObjectName(QStringLiteral("importAssetsCsv"));
    QObject::connect(import, &QAction::triggered, &window, [&window] { runImportWizard(window); });
    QAction* exportAction = window.exportMenu()->addAction(CsvText::tr("Assets to CSV…"));
    exportAction->setObjectName(QStringLiteral("exportAssetsCsv"));
    QObject::connect(exportAction, &QAction::triggered, &window,
                     [&window] { exportAssetsCsv(window); });
    if (!window.findChild<QObject*>(QStringLiteral("csvDropFilter"), Qt::FindDirectChildrenOnly)) {
        window.setAcceptDrops(true);
        window.installEventFilter(new CsvDropFilter(window));
    }
}

} // namespace daicho
