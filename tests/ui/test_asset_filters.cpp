#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "assets/AssetFilterBar.h"
#include "assets/AssetFilterProxy.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsView.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "support/TestSupport.h"
#include "support/Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>

using namespace daicho;
using namespace daicho::test;

namespace {

std::unique_ptr<Register> filterSample()
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    Asset db = makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer, AssetSubtype::Data);
    db.name = QStringLiteral("請求データ");
    db.owner = QStringLiteral("システム運用部");
    db.personalData = PersonalData::SpecialCare;
    db.customerData = true;
    db.nextReview = QDate(2026, 1, 31);
    Asset tape = makeAsset(QStringLiteral("INT-MD-002"), AssetClass::Internal, AssetSubtype::Media);
    tape.name = QStringLiteral("バックアップテープ");
    tape.description = QStringLiteral("月次の退避");
    tape.nextReview = QDate(2027, 1, 31);
    Asset staff = makeAsset(QStringLiteral("INT-DT-001"), AssetClass::Internal, AssetSubtype::Data);
    staff.name = QStringLiteral("人事記録");
    staff.owner = QStringLiteral("総務部");
    staff.personalData = PersonalData::MyNumber;
    REQUIRE(s.create(db));
    REQUIRE(s.create(tape));
    REQUIRE(s.create(staff));
    return std::move(*reg);
}

QStringList shownCodes(const QAbstractItemModel& m)
{
    QStringList codes;
    for (int r = 0; r < m.rowCount(); ++r)
        codes << m.index(r, AssetTableModel::CodeColumn).data().toString();
    codes.sort();
    return codes;
}

} // namespace

TEST_CASE("every filter of the asset table, alone and together", "[ui][proxy]")
{
    SettingsSandbox settings;
    ClockGuard clock; // 2026-04-01
    auto reg = filterSample();
    AssetTableModel model(*reg);
    model.setToday(QDate(2026, 4, 1));
    REQUIRE(model.reload());
    AssetFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    struct Case
    {
        const char* what;
        AssetFilter filter;
        QStringList expected;
    };
    const QString db = QStringLiteral("CUS-DB-001"), tape = QStringLiteral("INT-MD-002"),
                  staff = QStringLiteral("INT-DT-001");
    auto with = [](auto change) {
        AssetFilter f;
        change(f);
        return f;
    };
    const std::vector<Case> cases{
        {"nothing", AssetFilter{}, {db, staff, tape}},
        {"search in description",
         with([](AssetFilter& f) { f.search = QStringLiteral("退避"); }),
         {tape}},
        {"search in owner",
         with([](AssetFilter& f) { f.search = QStringLiteral("総務"); }),
         {staff}},
        {"search words all match, any case",
         with([](AssetFilter& f) { f.search = QStringLiteral("int 人事"); }),
         {staff}},
        {"class",
         with([](AssetFilter& f) { f.classes = {QStringLiteral("internal")}; }),
         {staff, tape}},
        {"subtype", with([](AssetFilter& f) { f.subtypes = {QStringLiteral("media")}; }), {tape}},
        {"priority", with([](AssetFilter& f) { f.priorities = {1}; }), {db}},
        {"personal kinds",
         with([](AssetFilter& f) {
             f.personal = {QStringLiteral("my-number"), QStringLiteral("personal")};
         }),
         {staff}},
        {"overdue", with([](AssetFilter& f) { f.overdueOnly = true; }), {db}},
        {"missing owner", with([](AssetFilter& f) { f.missingOwnerOnly = true; }), {tape}},
        {"class and subtype",
         with([](AssetFilter& f) {
             f.classes = {QStringLiteral("internal")};
             f.subtypes = {QStringLiteral("data")};
         }),
         {staff}},
    };
    for (const Case& c : cases) {
        INFO(c.what);
        proxy.setFilter(c.filter);
        CHECK(shownCodes(proxy) == c.expected);
    }
}

TEST_CASE("the filter bar and the search box follow a filter set from elsewhere", "[ui][proxy]")
{
    SettingsSandbox settings;
    MainWindow w;
    w.setRegister(filterSample());
    AssetsView* view = w.assetsView();
    REQUIRE(view);
    AssetFilter f;
    f.search = QStringLiteral("INT");
    f.classes = {QStringLiteral("internal")};
    f.priorities = {3};
    view->applyFilter(f);
    CHECK(view->searchBox()->text() == QStringLiteral("INT"));
    CHECK(view->filterBar()->classBox()->currentData().toStringList() ==
          QStringList{QStringLiteral("internal")});
    CHECK(view->filterBar()->priorityBox()->currentText() == QStringLiteral("P3"));
    CHECK(view->proxy()->rowCount() == 2);

    // And the other way: choosing in the bar filters the table.
    view->filterBar()->missingOwnerBox()->setChecked(true);
    CHECK(view->proxy()->rowCount() == 1);
    view->filterBar()->subtypeBox()->setCurrentIndex(
        view->filterBar()->subtypeBox()->findData(QStringList{QStringLiteral("data")}));
    CHECK(view->proxy()->rowCount() == 0);
}

TEST_CASE("hidden and moved columns are remembered", "[ui][columns]")
{
    SettingsSandbox settings;
    {
        MainWindow w;
        w.setRegister(filterSample());
        AssetsView* view = w.assetsView();
        REQUIRE(view);
        CHECK(view->isColumnVisible(AssetTableModel::OwnerColumn));
        view->setColumnVisible(AssetTableModel::OwnerColumn, false);
        view->setColumnVisible(AssetTableModel::CodeColumn, false); // refused: names the asset
        CHECK(view->isColumnVisible(AssetTableModel::CodeColumn));
        QHeaderView* h = view->table()->horizontalHeader();
        h->moveSection(h->visualIndex(AssetTableModel::ImportanceColumn), 0);
    }
    MainWindow again;
    again.setRegister(filterSample());
    AssetsView* view = again.assetsView();
    CHECK_FALSE(view->isColumnVisible(AssetTableModel::OwnerColumn));
    CHECK(view->table()->horizontalHeader()->logicalIndex(0) == AssetTableModel::ImportanceColumn);
    view->resetColumns();
    CHECK(view->isColumnVisible(AssetTableModel::OwnerColumn));
    CHECK(view->table()->horizontalHeader()->logicalIndex(0) == AssetTableModel::CodeColumn);
    // Priority and the review date sit side by side, both seen without scrolling.
    QHeaderView* header = view->table()->horizontalHeader();
    CHECK(header->visualIndex(AssetTableModel::NextReviewColumn) ==
          header->visualIndex(AssetTableModel::PriorityColumn) + 1);
}

TEST_CASE("the personal-data filter says what each choice keeps, and 'all' is not 'none'",
          "[ui][proxy][i18n]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    MainWindow w;
    w.setRegister(filterSample());
    AssetsView* view = w.assetsView();
    REQUIRE(view);
    QComboBox* personal = view->filterBar()->personalBox();
    REQUIRE(personal);
    struct Choice
    {
        QString text;
        QStringList shown;
    };
    const QString db = QStringLiteral("CUS-DB-001"), tape = QStringLiteral("INT-MD-002"),
                  staff = QStringLiteral("INT-DT-001");
    const std::vector<Choice> choices{
        {QStringLiteral("Personal data: all"), {db, staff, tape}},
        {QStringLiteral("Personal data: held (any kind)"), {db, staff}},
        {QStringLiteral("Special-care personal data"), {db}},
        {QStringLiteral("My Number data"), {staff}},
        {QStringLiteral("Personal data: none"), {tape}},
    };
    for (const Choice& c : choices) {
        INFO(c.text.toStdString());
        const int i = personal->findText(c.text);
        REQUIRE(i >= 0);
        personal->setCurrentIndex(i);
        CHECK(shownCodes(*view->proxy()) == c.shown);
    }
    // Every "any" choice reads "<filter>: all", never an ambiguous "not specified".
    for (QComboBox* box : {view->filterBar()->classBox(), view->filterBar()->subtypeBox(),
                           view->filterBar()->priorityBox(), personal}) {
        CHECK(box->itemText(0).endsWith(QStringLiteral(": all")));
        CHECK(box->itemData(0).toStringList().isEmpty());
    }
}

TEST_CASE("the Columns button is wide enough for its text in Japanese and English",
          "[ui][columns][i18n]")
{
    SettingsSandbox settings;
    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        INFO(lang.toStdString());
        Translations::install(lang);
        MainWindow w;
        w.setRegister(filterSample());
        w.resize(1200, 700);
        w.show();
        auto* button = w.assetsView()->findChild<QPushButton*>(QStringLiteral("columnsButton"));
        REQUIRE(button);
        CHECK(button->menu() != nullptr);
        CHECK(button->width() >= button->fontMetrics().horizontalAdvance(button->text()) + 16);
    }
    Translations::install(QStringLiteral("en"));
}

TEST_CASE("an overdue review is marked in words, not only by colour", "[ui][model][overdue]")
{
    SettingsSandbox settings;
    ClockGuard clock; // 2026-04-01
    auto reg = filterSample();
    AssetTableModel model(*reg);
    model.setToday(QDate(2026, 4, 1));
    REQUIRE(model.reload());
    auto cell = [&model, &reg](const QString& code) {
        const qint64 id = (*reg->assets().findByCode(code))->id;
        return model.index(model.rowOf(id), AssetTableModel::NextReviewColumn);
    };
    const QModelIndex late = cell(QStringLiteral("CUS-DB-001"));
    CHECK(late.data().toString().contains(QStringLiteral("(overdue)")));
    CHECK(late.data(Qt::BackgroundRole).isValid());
    CHECK(late.data(Qt::ToolTipRole).toString().contains(QStringLiteral("due")));
    const QModelIndex onTime = cell(QStringLiteral("INT-MD-002"));
    CHECK_FALSE(onTime.data().toString().contains(QStringLiteral("overdue")));
    CHECK_FALSE(onTime.data(Qt::BackgroundRole).isValid());

    // The narrow personal-data column has a short word; the tooltip has the full term.
    const QModelIndex personal = late.siblingAtColumn(AssetTableModel::PersonalDataColumn);
    CHECK(personal.data().toString() == QStringLiteral("Special care"));
    CHECK(personal.data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Special-care personal data"));
    CHECK(onTime.siblingAtColumn(AssetTableModel::PersonalDataColumn).data().toString().isEmpty());
}

TEST_CASE("Ctrl+C copies the selected rows as tab-separated text for a spreadsheet",
          "[ui][clipboard]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    MainWindow w;
    w.setRegister(filterSample());
    AssetsView* view = w.assetsView();
    REQUIRE(view);
    view->setColumnVisible(AssetTableModel::OwnerColumn, false); // hidden columns stay out
    QTableView* table = view->table();
    table->selectAll();
    const QString tsv = view->selectionAsTsv();
    const QStringList lines = tsv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 4); // the header and three assets
    const QStringList header = lines.first().split(QLatin1Char('\t'));
    CHECK(header.first() == QStringLiteral("Code"));
    CHECK_FALSE(header.contains(QStringLiteral("Owning department")));
    CHECK(lines.at(1).startsWith(QStringLiteral("CUS-DB-001\t請求データ\t")));
    for (const QString& line : lines)
        CHECK(line.split(QLatin1Char('\t')).size() == header.size());

    // Only the selection, in table order; Ctrl+C in the table puts it on the clipboard.
    table->clearSelection();
    REQUIRE(view->selectAsset(
        (*w.currentRegister()->assets().findByCode(QStringLiteral("INT-MD-002")))->id));
    w.show();
    QApplication::setActiveWindow(&w);
    REQUIRE(QTest::qWaitForWindowActive(&w));
    table->setFocus();
    QTest::keySequence(table, QKeySequence::Copy);
    const QStringList copied =
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(copied.size() == 2);
    CHECK(copied.at(1).startsWith(QStringLiteral("INT-MD-002\t")));
}

TEST_CASE("Edit menu: Select All and Copy Rows work on the asset table and show their keys",
          "[ui][clipboard][window]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    MainWindow w;
    w.setRegister(filterSample());
    QAction* selectAll = nullptr;
    QAction* copyRows = nullptr;
    for (QAction* a : w.editMenu()->actions()) {
        if (a->shortcut() == QKeySequence(QKeySequence::SelectAll))
            selectAll = a;
        if (a->shortcut() == QKeySequence(QKeySequence::Copy))
            copyRows = a;
    }
    REQUIRE(selectAll);
    REQUIRE(copyRows);
    REQUIRE(w.showView(QStringLiteral("overview")));
    selectAll->trigger(); // brings the asset table to the front
    CHECK(w.currentViewId() == QStringLiteral("assets"));
    CHECK(w.assetsView()->selectedIds().size() == 3);
    QGuiApplication::clipboard()->clear();
    copyRows->trigger();
    CHECK(
        QGuiApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() ==
        4);
}
