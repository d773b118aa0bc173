#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "import/CsvActions.h"
#include "import/FileChooser.h"
#include "import/ImportPages.h"
#include "import/ImportWizard.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "support/TestSupport.h"
#include "undo/RegisterDocument.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace daicho;
using namespace daicho::test;

namespace {

const QString kCorpus = QStringLiteral(DAICHO_CSV_CORPUS);

std::unique_ptr<RegisterDocument> newDocument()
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    return std::make_unique<RegisterDocument>(std::move(*reg));
}

qint64 assetCount(RegisterDocument& doc)
{
    auto all = doc.reg().assets().all();
    REQUIRE(all);
    return all->size();
}

template <typename Page>
Page* page(ImportWizard& w, int id)
{
    auto* p = qobject_cast<Page*>(w.page(id));
    REQUIRE(p);
    return p;
}

void selectData(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    REQUIRE(i >= 0);
    box->setCurrentIndex(i);
}

} // namespace

TEST_CASE("the wizard imports a CP932 IPA ledger: preview, mapping with defaults, check, import",
          "[ui][import]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    auto doc = newDocument();
    ImportWizard w(*doc, nullptr, kCorpus + QStringLiteral("/good/ipa-ledger-cp932.csv"));
    w.show();
    CHECK(w.currentId() == ImportWizard::FilePageId);
    CHECK(w.button(QWizard::NextButton)->isEnabled());
    w.next();

    REQUIRE(w.currentId() == ImportWizard::PreviewPageId);
    auto* preview = page<ImportPreviewPage>(w, ImportWizard::PreviewPageId);
    CHECK(w.setup().preview.encoding == CsvEncoding::Cp932);
    CHECK(preview->table()->columnCount() == 16);
    CHECK(preview->table()->rowCount() == 5);
    CHECK(preview->table()->horizontalHeaderItem(0)->text() == QStringLiteral("管理番号"));
    CHECK(preview->table()->item(0, 3)->text().contains(QStringLiteral("㈱髙橋ケア提供")));
    CHECK(preview->table()->verticalHeaderItem(1)->text() == QStringLiteral("5")); // start line
    // Choosing another encoding reads it again (and garbles it); back to detection.
    selectData(preview->encodingBox(), QStringLiteral("utf-8"));
    CHECK(w.setup().preview.error.has_value());
    selectData(preview->encodingBox(), QString());
    CHECK(w.setup().preview.encoding == CsvEncoding::Cp932);
    w.next();

    REQUIRE(w.currentId() == ImportWizard::MappingPageId);
    auto* mapping = page<ImportMappingPage>(w, ImportWizard::MappingPageId);
    CHECK(mapping->targetBox(0)->currentData().toString() == QStringLiteral("code"));
    CHECK(mapping->targetBox(2)->currentData().toString() == QStringLiteral("name"));
    CHECK(mapping->targetBox(13)->currentData().toString().isEmpty()); // 重要度 is computed
    CHECK_FALSE(mapping->isComplete());                                // no class or subtype yet
    selectData(mapping->defaultClassBox(), QStringLiteral("customer"));
    selectData(mapping->defaultSubtypeBox(), QStringLiteral("data"));
    CHECK(mapping->isComplete());
    w.next();

    REQUIRE(w.currentId() == ImportWizard::CheckPageId);
    auto* check = page<ImportCheckPage>(w, ImportWizard::CheckPageId);
    CHECK(check->isComplete());
    CHECK(check->summary()->text().contains(QStringLiteral("5 new")));
    // The ledger's computed columns are noted as such, not as unknown.
    REQUIRE(check->problems()->rowCount() == 2);
    CHECK(check->problems()->item(0, 3)->text().contains(QStringLiteral("Daicho computes it")));
    CHECK(assetCount(*doc) == 0); // the check wrote nothing
    w.next();

    REQUIRE(w.currentId() == ImportWizard::RunPageId);
    auto* run = page<ImportRunPage>(w, ImportWizard::RunPageId);
    REQUIRE(QTest::qWaitFor([run] { return run->finished(); }, 20000));
    CHECK(run->succeeded());
    CHECK(run->result()->text().contains(QStringLiteral("5 new")));
    CHECK(assetCount(*doc) == 5);
    auto a = doc->reg().assets().findByCode(QStringLiteral("IPA-001"));
    REQUIRE(a);
    REQUIRE(a->has_value());
    CHECK((*a)->personalData == PersonalData::SpecialCare);

    // The whole import is one step on the undo stack: undo removes it, redo imports it again.
    REQUIRE(doc->undoStack()->count() == 1);
    doc->undoStack()->undo();
    CHECK(assetCount(*doc) == 0);
    doc->undoStack()->redo();
    CHECK(assetCount(*doc) == 5);
    auto sound = RegisterCheck::run(doc->reg());
    REQUIRE(sound);
    CHECK(sound->ok());
}

TEST_CASE("problems are listed, sortable, savable, and block the import", "[ui][import]")
{
    SettingsSandbox settings;
    auto doc = newDocument();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("bad.csv"));
    writeBytes(csv, "code,name,class,subtype,confidentiality\n"
                    "B-1,ok,internal,data,1\n"
                    "B-2,bad,outer,data,1\n"
                    "B-3,bad,internal,data,9\n"
                    "B-1,dup,internal,data,1\n");
    ImportWizard w(*doc, nullptr, csv);
    w.show();
    w.next();
    w.next();
    w.next();
    REQUIRE(w.currentId() == ImportWizard::CheckPageId);
    auto* check = page<ImportCheckPage>(w, ImportWizard::CheckPageId);
    QAbstractItemModelTester tester(check->problemView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK_FALSE(check->isComplete());
    CHECK_FALSE(w.button(QWizard::NextButton)->isEnabled());
    QAbstractItemModel* m = check->problemView()->model();
    REQUIRE(m->rowCount() == 3);
    // Sorted by line; then by line descending.
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("3"));
    CHECK(m->index(0, 1).data().toString() == QStringLiteral("class"));
    CHECK(m->index(2, 0).data().toString() == QStringLiteral("5"));
    check->problemView()->sortByColumn(0, Qt::DescendingOrder);
    CHECK(m->index(0, 0).data().toString() == QStringLiteral("5"));
    CHECK(m->index(0, 3).data().toString().contains(QStringLiteral("line 2")));

    const QString out = dir.filePath(QStringLiteral("problems.csv"));
    REQUIRE(check->exportProblems(out).ok());
    const QString text = QString::fromUtf8(readBytes(out));
    INFO(text.toStdString());
    CHECK(readBytes(out).startsWith("\xEF\xBB\xBF"));
    CHECK(text.contains(QStringLiteral("Line,Column,Kind,Problem\r\n5,code,Error,")));
    CHECK(assetCount(*doc) == 0);
}

TEST_CASE("Cancel during the import rolls everything back", "[ui][import]")
{
    SettingsSandbox settings;
    auto doc = newDocument();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("many.csv"));
    QByteArray bytes = "code,name,class,subtype\n";
    for (int i = 0; i < 3000; ++i)
        bytes += "M-" + QByteArray::number(i) + ",x,internal,data\n";
    writeBytes(csv, bytes);
    ImportWizard w(*doc, nullptr, csv);
    w.show();
    w.next();
    w.next();
    w.next();
    REQUIRE(page<ImportCheckPage>(w, ImportWizard::CheckPageId)->isComplete());
    auto* run = page<ImportRunPage>(w, ImportWizard::RunPageId);
    w.next(); // shows the page; the import starts from the event loop
    // Clicked while the import runs (the progress callback lets events through).
    QTimer::singleShot(0, run, [run] {
        CHECK(run->cancelButton()->isEnabled());
        run->cancelButton()->click();
    });
    REQUIRE(QTest::qWaitFor([run] { return run->finished(); }, 20000));
    CHECK_FALSE(run->succeeded());
    CHECK(run->result()->text().contains(QStringLiteral("Cancelled")));
    CHECK(assetCount(*doc) == 0);
    CHECK(doc->undoStack()->count() == 0);
}

TEST_CASE("a saved mapping is loaded back onto the columns", "[ui][import]")
{
    SettingsSandbox settings;
    auto doc = newDocument();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("odd.csv"));
    writeBytes(csv, "No.,Thing,Kind,Type\nX-1,App,customer,software\n");
    ImportWizard w(*doc, nullptr, csv);
    w.show();
    w.next();
    w.next();
    auto* mapping = page<ImportMappingPage>(w, ImportWizard::MappingPageId);
    CHECK_FALSE(mapping->isComplete());
    selectData(mapping->targetBox(0), QStringLiteral("code"));
    selectData(mapping->targetBox(1), QStringLiteral("name"));
    selectData(mapping->targetBox(2), QStringLiteral("class"));
    CHECK(mapping->isComplete());
    const QString map = dir.filePath(QStringLiteral("map.json"));
    FileChooser::setNextAnswer(map);
    mapping->saveMapping();
    for (int r = 0; r < 4; ++r)
        mapping->targetBox(r)->setCurrentIndex(0);
    CHECK_FALSE(mapping->isComplete());
    FileChooser::setNextAnswer(map);
    mapping->loadMapping();
    CHECK(mapping->targetBox(0)->currentData().toString() == QStringLiteral("code"));
    CHECK(mapping->targetBox(3)->currentData().toString() == QStringLiteral("subtype"));
    CHECK(mapping->isComplete());
}

TEST_CASE("File menu: import and export actions, export writes the chosen encoding", "[ui][import]")
{
    SettingsSandbox settings;
    MainWindow w;
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    w.setRegister(std::move(*reg));
    auto* importAction = w.findChild<QAction*>(QStringLiteral("importAssetsCsv"));
    auto* exportAction = w.findChild<QAction*>(QStringLiteral("exportAssetsCsv"));
    REQUIRE(importAction);
    REQUIRE(exportAction);
    CHECK(w.importMenu()->actions().contains(importAction));
    CHECK(w.exportMenu()->actions().contains(exportAction));

    Asset a = makeAsset(QStringLiteral("EXP-1"));
    a.name = QStringLiteral("請求データ①");
    REQUIRE(w.currentRegister()->assets().create(a));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("assets.csv"));
    FileChooser::setNextAnswer(out, QStringLiteral("CSV, Shift_JIS (CP932) (*.csv)"));
    exportAction->trigger();
    const QByteArray bytes = readBytes(out);
    QStringEncoder sjis("windows-31j");
    CHECK(bytes.contains(QByteArray(sjis.encode(QStringLiteral("請求データ①")))));
    CHECK_FALSE(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(w.statusBar()->currentMessage().contains(QStringLiteral("1 asset")));
}
