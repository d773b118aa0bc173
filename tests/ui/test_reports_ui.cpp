#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "import/FileChooser.h"
#include "reports/PdfTools.h"
#include "reports/ReportDialog.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "support/Translations.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace daicho;
using namespace daicho::test;
using reports::ReportKind;

namespace {

std::unique_ptr<Register> demoRegister()
{
    auto reg = Register::createInMemory(
        {QStringLiteral("株式会社日本ケアコミュニケーションズ"), QStringLiteral("東京センター")});
    REQUIRE(reg);
    REQUIRE(DemoRegister::populate(**reg));
    return std::move(*reg);
}

} // namespace

TEST_CASE("the Reports menu has an action per report", "[ui][reports]")
{
    SettingsSandbox settings;
    MainWindow w;
    w.setRegister(demoRegister());
    for (const char* key : {"inventory", "soa", "risk-assessment", "treatment-plan"}) {
        auto* a = w.findChild<QAction*>(QStringLiteral("report-") + QString::fromLatin1(key));
        INFO(key);
        REQUIRE(a);
        CHECK(w.reportsMenu()->actions().contains(a));
        CHECK(a->isEnabled() == reports::ReportKinds::available(
                                    *reports::ReportKinds::fromKey(QString::fromLatin1(key))));
    }
    CHECK(w.findChild<QAction*>(QStringLiteral("report-inventory"))->isEnabled());
    CHECK(w.findChild<QAction*>(QStringLiteral("report-soa"))->isEnabled());

    // The action opens the dialog on that report.
    bool seen = false;
    QTimer::singleShot(0, &w, [&seen] {
        auto* d = qobject_cast<ReportDialog*>(QApplication::activeModalWidget());
        REQUIRE(d);
        seen = d->options().kind == ReportKind::Soa;
        d->reject();
    });
    w.findChild<QAction*>(QStringLiteral("report-soa"))->trigger();
    CHECK(seen);
}

TEST_CASE("the report dialog writes a PDF in the chosen language", "[ui][reports]")
{
    SettingsSandbox settings;
    QTemporaryDir dir;
    auto reg = demoRegister();
    ReportDialog dialog(*reg, ReportKind::Inventory);

    SECTION("inventory, in the window's language, filtered, through Save as PDF")
    {
        dialog.findChild<QCheckBox*>(QStringLiteral("class-internal"))->setChecked(true);
        const QString path = dir.filePath(QStringLiteral("inventory.pdf"));
        FileChooser::setNextAnswer(path);
        dialog.findChild<QPushButton*>(QStringLiteral("reportSavePdf"))->click();
        REQUIRE(QFile::exists(path));
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("Information asset inventory")));
        CHECK(text.contains(QStringLiteral("class: Internal")));
        CHECK(text.contains(QStringLiteral("INT-")));
        CHECK_FALSE(text.contains(QStringLiteral("CUS-DB-001")));
        CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pdfPages(path))));
        CHECK(dialog.findChild<QLabel*>(QStringLiteral("reportResult"))
                  ->text()
                  .contains(QStringLiteral("inventory.pdf")));
        // The window's language is untouched.
        CHECK(Translations::current() == QStringLiteral("en"));
    }
    SECTION("SoA in Japanese while the window is English")
    {
        dialog.setKind(ReportKind::Soa);
        dialog.setLanguage(QStringLiteral("ja"));
        CHECK(dialog.options().catalog == QStringLiteral("iso27001-2022"));
        const QString path = dir.filePath(QStringLiteral("soa.pdf"));
        auto written = dialog.writePdf(path);
        REQUIRE(written);
        CHECK(written->pages == pdfPages(path));
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("適用宣言書")));
        CHECK(text.contains(QStringLiteral("1 / %1 ページ").arg(written->pages)));
        CHECK(Translations::current() == QStringLiteral("en"));
        CHECK(dialog.findChild<QPushButton*>(QStringLiteral("reportPreview"))->text() ==
              QStringLiteral("Preview…"));
    }
    SECTION("the audit pack, in English")
    {
        dialog.setKind(ReportKind::AuditPack);
        dialog.setLanguage(QStringLiteral("en"));
        const QString path = dir.filePath(QStringLiteral("pack.pdf"));
        auto written = dialog.writePdf(path);
        REQUIRE(written);
        const QString text = pdfText(path);
        for (const char* title :
             {"ISMS audit documents", "Information asset inventory", "Risk assessment results",
              "Risk treatment plan", "Statement of Applicability"})
            CHECK(text.contains(QString::fromLatin1(title)));
        CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(written->pages)));
    }
    SECTION("the audit pack has the inventory's filters and the SoA's catalog")
    {
        dialog.setKind(ReportKind::AuditPack);
        dialog.findChild<QCheckBox*>(QStringLiteral("priority-P1"))->setChecked(true);
        auto* catalog = dialog.findChild<QComboBox*>(QStringLiteral("reportCatalog"));
        catalog->setCurrentIndex(catalog->findData(QStringLiteral("iso27001-2013")));
        const reports::ReportOptions o = dialog.options();
        CHECK(o.filter.priorities == QSet<Priority>{Priority::P1});
        CHECK(o.catalog == QStringLiteral("iso27001-2013"));
    }
    SECTION("the language chosen is remembered for the next report")
    {
        dialog.setLanguage(QStringLiteral("ja"));
        ReportDialog next(*reg, ReportKind::Soa);
        CHECK(next.options().language == QStringLiteral("ja"));
    }
    SECTION("cancelling the file dialog writes nothing")
    {
        FileChooser::setNextAnswer(QString());
        dialog.findChild<QPushButton*>(QStringLiteral("reportSavePdf"))->click();
        CHECK(QDir(dir.path()).isEmpty());
    }
}

TEST_CASE("the print path (preview and printer) paints the same pages", "[ui][reports]")
{
    SettingsSandbox settings;
    QTemporaryDir dir;
    auto reg = demoRegister();
    ReportDialog dialog(*reg, ReportKind::Soa);
    dialog.setLanguage(QStringLiteral("en"));
    auto written = dialog.writePdf(dir.filePath(QStringLiteral("direct.pdf")));
    REQUIRE(written);

    // A printer that prints to a file stands in for the preview's and a real printer.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString printed = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(printed);
    REQUIRE(dialog.paintOn(printer));
    CHECK(pdfPages(printed) == written->pages);
    const QString text = pdfText(printed);
    CHECK(text.contains(QStringLiteral("Statement of Applicability")));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(written->pages)));
}

// Not run by ctest: renders the report dialog and the print preview to PNG for people to look
// at. DAICHO_SHOTS=DIR ui_reports_tests "[.shots]"
TEST_CASE("screenshots of the report dialog and the print preview", "[.shots]")
{
    const QString dir = qEnvironmentVariable("DAICHO_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    SettingsSandbox settings;
    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        Translations::install(lang);
        {
            MainWindow w;
            w.setRegister(demoRegister());
            w.resize(1200, 800);
            w.show();
            QMenu* menu = w.reportsMenu();
            menu->popup(w.mapToGlobal(QPoint(200, 30)));
            QTest::qWait(100);
            REQUIRE(menu->grab().save(dir + QStringLiteral("/menu-%1.png").arg(lang)));
            menu->hide();
        }
        auto reg = demoRegister();
        ReportDialog dialog(*reg, ReportKind::AuditPack);
        dialog.show();
        QCoreApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + QStringLiteral("/dialog-%1.png").arg(lang)));
        dialog.setKind(ReportKind::TreatmentPlan);
        QCoreApplication::processEvents();
        REQUIRE(dialog.grab().save(dir + QStringLiteral("/dialog-plan-%1.png").arg(lang)));

        QPrinter printer(QPrinter::HighResolution);
        QPrintPreviewDialog preview(&printer);
        QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &dialog,
                         [&dialog](QPrinter* p) { REQUIRE(dialog.paintOn(*p)); });
        preview.resize(1100, 800);
        preview.show();
        QCoreApplication::processEvents();
        QTest::qWait(300);
        REQUIRE(preview.grab().save(dir + QStringLiteral("/preview-%1.png").arg(lang)));
    }
    Translations::install(QStringLiteral("en"));
}
