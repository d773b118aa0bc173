#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "assets/AssetsView.h"
#include "risks/CategoryDelegate.h"
#include "risks/RiskCommands.h"
#include "risks/RiskEditor.h"
#include "risks/RiskFilterProxy.h"
#include "risks/RiskHeatMap.h"
#include "risks/RiskMethodDialog.h"
#include "risks/RiskTableModel.h"
#include "risks/RisksView.h"
#include "risks/ThreatsDialog.h"
#include "risks/VulnerabilitiesPage.h"
#include "risks/VulnerabilityCatalog.h"
#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/TestSupport.h"
#include "support/Translations.h"
#include "undo/RegisterDocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

struct DemoDoc
{
    QTemporaryDir dir;
    std::unique_ptr<RegisterDocument> doc;
    DemoDoc()
    {
        auto reg = DemoRegister::create(dir.filePath(QStringLiteral("demo.daicho")));
        REQUIRE(reg);
        doc = std::make_unique<RegisterDocument>(std::move(*reg));
    }
    Register& reg() { return doc->reg(); }
};

qint64 assetId(Register& reg, const char* code)
{
    auto a = reg.assets().findByCode(QString::fromLatin1(code));
    REQUIRE(a);
    REQUIRE(a->has_value());
    return (*a)->id;
}

} // namespace

TEST_CASE("the risks view lists every risk, the heat map counts and filters", "[ui][risks]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    RisksView view(*demo.doc);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    const auto all = demo.reg().risks().all();
    REQUIRE(all);
    CHECK(view.model()->rowCount() == all->size());
    CHECK(view.proxy()->rowCount() == all->size());

    // The inherent map's counts add up to the scored risks, cell by cell.
    int total = 0;
    QHash<QPoint, int> expected;
    for (const Risk& r : std::as_const(*all)) {
        if (r.inherent) {
            expected[QPoint(r.inherent->likelihood, r.inherent->impact)] += 1;
            ++total;
        }
    }
    int counted = 0;
    for (int l = 1; l <= 3; ++l) {
        for (int i = 1; i <= 3; ++i) {
            CHECK(view.inherentMap()->count(l, i) == expected.value(QPoint(l, i)));
            counted += view.inherentMap()->count(l, i);
        }
    }
    CHECK(counted == total);

    // Clicking a cell shows the risks in it; clicking it again shows all.
    view.resize(1300, 800);
    view.show();
    QPoint busiest;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.value() > expected.value(busiest))
            busiest = it.key();
    }
    const QRect cell = view.inherentMap()->cellRect(busiest.x(), busiest.y());
    QTest::mouseClick(view.inherentMap(), Qt::LeftButton, {}, cell.center());
    CHECK(view.proxy()->rowCount() == expected.value(busiest));
    REQUIRE(view.proxy()->filter().cell.has_value());
    CHECK_FALSE(view.proxy()->filter().cell->residual);
    for (int row = 0; row < view.proxy()->rowCount(); ++row) {
        const QModelIndex i = view.proxy()->index(row, RiskTableModel::ValueColumn);
        CHECK(i.data().toInt() == busiest.x() * busiest.y());
    }
    QTest::mouseClick(view.inherentMap(), Qt::LeftButton, {}, cell.center());
    CHECK(view.proxy()->rowCount() == all->size());

    // The residual map filters by residual scores.
    const QRect low = view.residualMap()->cellRect(1, 3);
    QTest::mouseClick(view.residualMap(), Qt::LeftButton, {}, low.center());
    REQUIRE(view.proxy()->filter().cell.has_value());
    CHECK(view.proxy()->filter().cell->residual);
    CHECK(view.proxy()->rowCount() == view.residualMap()->count(1, 3));
}

TEST_CASE("the attention list and the asset filter of the risks view", "[ui][risks]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    RisksView view(*demo.doc);
    QStringList reasons;
    for (int i = 0; i < view.attentionList()->topLevelItemCount(); ++i)
        reasons.append(view.attentionList()->topLevelItem(i)->text(1));
    CHECK(reasons.contains(RiskAttention::label(RiskAttentionKind::AcceptanceExpired)));
    CHECK(reasons.contains(RiskAttention::label(RiskAttentionKind::UntreatedAboveAccept)));
    CHECK(reasons.contains(RiskAttention::label(RiskAttentionKind::ActionOverdue)));

    // Clicking an entry selects its risk.
    QTreeWidgetItem* first = view.attentionList()->topLevelItem(0);
    REQUIRE(first);
    Q_EMIT view.attentionList()->itemClicked(first, 0);
    CHECK(view.currentId() == first->data(0, Qt::UserRole).toLongLong());

    // From an asset, its risks; from a risk, its assets.
    const qint64 db = assetId(demo.reg(), "CUS-DB-001");
    view.showAsset(db);
    auto ofDb = demo.reg().risks().risksOfAsset(db);
    REQUIRE(ofDb);
    CHECK(view.proxy()->rowCount() == ofDb->size());
    REQUIRE(view.selectRisk(ofDb->first().id));
    CHECK(view.details()->text().contains(QStringLiteral("CUS-DB-001")));
    view.showAsset(0);
    CHECK(view.proxy()->rowCount() == view.model()->rowCount());
}

TEST_CASE("the asset filter offers the assets that have risks, and any asset asked for",
          "[ui][risks]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    RisksView view(*demo.doc);
    auto risks = demo.reg().risks().all();
    REQUIRE(risks);
    QSet<qint64> named;
    for (const Risk& r : std::as_const(*risks)) {
        for (qint64 a : r.assetIds)
            named.insert(a);
    }
    REQUIRE_FALSE(named.isEmpty());
    // "All assets", then each asset some risk names (not every asset of the register).
    QComboBox* box = view.assetFilter();
    CHECK(box->count() == named.size() + 1);
    CHECK(box->itemData(0).toLongLong() == 0);
    for (qint64 id : std::as_const(named))
        CHECK(box->findData(id) >= 0);

    // An asset without risks, chosen from the asset table: offered then, with no risks shown.
    auto assets = demo.reg().assets().all();
    REQUIRE(assets);
    const Asset* without = nullptr;
    for (const Asset& a : std::as_const(*assets)) {
        if (!named.contains(a.id)) {
            without = &a;
            break;
        }
    }
    REQUIRE(without);
    CHECK(box->findData(without->id) < 0);
    view.showAsset(without->id);
    CHECK(box->currentData().toLongLong() == without->id);
    CHECK(box->currentText() == without->code + QLatin1Char(' ') + without->name);
    CHECK(view.proxy()->rowCount() == 0);

    // A risk that names it: listed under that asset, with the asset's code, and the asset stays
    // offered.
    Risk r;
    r.code = QStringLiteral("R-900");
    r.title = QStringLiteral("媒体の紛失");
    r.assetIds = {without->id};
    REQUIRE(demo.reg().risks().create(r));
    CHECK(view.proxy()->rowCount() == 1);
    CHECK(box->currentData().toLongLong() == without->id);
    CHECK(view.proxy()->index(0, RiskTableModel::AssetsColumn).data().toString() == without->code);
    CHECK(box->count() == named.size() + 2);
    view.showAsset(0);
    CHECK(view.proxy()->rowCount() == view.model()->rowCount());
}

TEST_CASE("a risk made in the editor is scored live, saved as one undo step, and undoes",
          "[ui][risks]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    RisksView view(*demo.doc);
    const int before = view.model()->rowCount();
    const qint64 db = assetId(demo.reg(), "CUS-DB-001");

    Risk blank;
    RiskEditor editor(*demo.doc, blank);
    editor.codeEdit()->setText(QStringLiteral("R-100"));
    editor.titleEdit()->setText(QStringLiteral("バックアップ媒体の誤廃棄"));
    for (int i = 0; i < editor.assetList()->count(); ++i) {
        QListWidgetItem* item = editor.assetList()->item(i);
        if (item->data(Qt::UserRole).toLongLong() == db)
            item->setCheckState(Qt::Checked);
    }
    editor.threatLevel()->setValue(3);
    editor.vulnerabilityLevel()->setValue(2);
    // likelihood 2 × importance 3 = 6
    CHECK(editor.inherentLabel()->text().contains(QStringLiteral("<b>6</b>")));
    REQUIRE(editor.save());
    CHECK(view.model()->rowCount() == before + 1);
    auto stored = demo.reg().risks().findByCode(QStringLiteral("R-100"));
    REQUIRE(stored);
    REQUIRE(stored->has_value());
    const qint64 id = (*stored)->id;
    CHECK((*stored)->inherent->value == 6);
    CHECK(demo.doc->undoStack()->count() == 1);

    demo.doc->undoStack()->undo();
    CHECK(view.model()->rowCount() == before);
    CHECK_FALSE(demo.reg().risks().find(id)->has_value());
    demo.doc->undoStack()->redo();
    CHECK(view.model()->rowCount() == before + 1);
    CHECK(demo.reg().risks().find(id)->has_value()); // same id back

    // A refused save keeps the dialog's messages and writes nothing.
    RiskEditor bad(*demo.doc, blank);
    bad.titleEdit()->setText(QStringLiteral("no code"));
    CHECK_FALSE(bad.save());
    CHECK_FALSE(bad.problems().isEmpty());
    CHECK(demo.doc->undoStack()->count() == 1);
}

TEST_CASE("editing and deleting risks undo exactly", "[ui][risks]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    RisksView view(*demo.doc);
    auto r5 = demo.reg().risks().findByCode(QStringLiteral("R-005"));
    REQUIRE(r5);
    REQUIRE(r5->has_value());
    Risk edited = **r5;
    edited.treatment = RiskTreatment::Reduce;
    edited.treatmentPlan = QStringLiteral("操作ログの月次確認");
    REQUIRE(RiskCommands::update(*demo.doc, edited));
    CHECK(demo.reg().risks().find(edited.id).value()->treatment == RiskTreatment::Reduce);
    demo.doc->undoStack()->undo();
    CHECK_FALSE(demo.reg().risks().find(edited.id).value()->treatment.has_value());

    const int before = view.model()->rowCount();
    REQUIRE(RiskCommands::remove(*demo.doc, {edited.id}));
    CHECK(view.model()->rowCount() == before - 1);
    demo.doc->undoStack()->undo();
    CHECK(view.model()->rowCount() == before);
    auto back = demo.reg().risks().find(edited.id);
    REQUIRE(back);
    REQUIRE(back->has_value());
    CHECK((*back)->sameContent(**r5));
}

TEST_CASE("the main window has a Risks view", "[ui][risks]")
{
    SettingsSandbox settings;
    MainWindow w;
    QTemporaryDir dir;
    {
        auto reg = DemoRegister::create(dir.filePath(QStringLiteral("d.daicho")));
        REQUIRE(reg);
    }
    REQUIRE(w.openRegister(dir.filePath(QStringLiteral("d.daicho"))));
    REQUIRE(w.showView(QStringLiteral("risks")));
    auto* view = qobject_cast<RisksView*>(w.view(QStringLiteral("risks")));
    REQUIRE(view);
    CHECK(view->model()->rowCount() >= 15);

    // From an asset, its risks: View ▸ Risks of the Selected Asset.
    REQUIRE(w.showView(QStringLiteral("assets")));
    const qint64 db = assetId(*w.currentRegister(), "CUS-DB-001");
    REQUIRE(w.assetsView()->selectAsset(db));
    QAction* action = nullptr;
    for (QAction* a : w.viewMenu()->actions()) {
        if (a->text() ==
            QCoreApplication::translate("StandardViews", "Risks of the Selected Asset"))
            action = a;
    }
    REQUIRE(action);
    action->trigger();
    CHECK(view->proxy()->filter().assetId == db);
    CHECK(view->proxy()->rowCount() == w.currentRegister()->risks().risksOfAsset(db)->size());

    // From a risk, its assets: the details link each asset; a click opens it in the Assets view.
    REQUIRE(view->proxy()->rowCount() > 0);
    view->table()->setCurrentIndex(view->proxy()->index(0, 0));
    CHECK(view->details()->text().contains(QStringLiteral("asset:%1").arg(db)));
    Q_EMIT view->details()->linkActivated(QStringLiteral("asset:%1").arg(db));
    CHECK(w.currentViewId() == QStringLiteral("assets"));
    CHECK(w.assetsView()->currentId() == db);
}

TEST_CASE("the risk editor's asset search hides other assets but keeps the chosen ones",
          "[ui][risks]")
{
    DemoDoc d;
    auto r = d.reg().risks().findByCode(QStringLiteral("R-002"));
    REQUIRE(r);
    REQUIRE(r->has_value());
    RiskEditor editor(*d.doc, **r);
    QListWidget* list = editor.assetList();
    // The risk's own assets come first.
    for (int i = 0; i < (*r)->assetIds.size(); ++i)
        CHECK(list->item(i)->checkState() == Qt::Checked);
    editor.assetSearch()->setText(QStringLiteral("TST-"));
    int shown = 0;
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->isHidden())
            continue;
        ++shown;
        CHECK(
            (item->checkState() == Qt::Checked || item->text().startsWith(QStringLiteral("TST-"))));
    }
    CHECK(shown > int((*r)->assetIds.size()));
    CHECK(shown < list->count());
    editor.assetSearch()->clear();
    for (int i = 0; i < list->count(); ++i)
        CHECK_FALSE(list->item(i)->isHidden());
    // Searching changes nothing about the risk.
    CHECK(editor.risk().assetIds == (*r)->assetIds);
}

TEST_CASE("the method dialog previews every risk and applies a new version as one undo step",
          "[ui][risks][method]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    RisksView view(*demo.doc);
    RiskMethodDialog dialog(*demo.doc);
    const int risks = view.model()->rowCount();
    CHECK(dialog.previewTable()->rowCount() == risks);
    const int versionBefore = demo.reg().risks().method()->version;

    dialog.kindBox()->setCurrentIndex(1); // the matrix
    dialog.sizeBox()->setValue(5);
    REQUIRE(dialog.refreshPreview());
    CHECK(dialog.previewTable()->rowCount() == risks);
    CHECK(dialog.bandTable()->rowCount() == 4);
    // What the preview says is what applying writes.
    QHash<QString, QString> shown;
    for (int row = 0; row < dialog.previewTable()->rowCount(); ++row)
        shown.insert(dialog.previewTable()->item(row, 0)->text(),
                     dialog.previewTable()->item(row, 2)->text());
    REQUIRE(dialog.apply());
    auto m = demo.reg().risks().method();
    REQUIRE(m);
    CHECK(m->kind == RiskMethodKind::Matrix);
    CHECK(m->version == versionBefore + 1);
    auto all = demo.reg().risks().all();
    REQUIRE(all);
    for (const Risk& r : std::as_const(*all)) {
        INFO(r.code.toStdString());
        const QString after = r.inherent ? QStringLiteral("%1 (%2)")
                                               .arg(r.inherent->value)
                                               .arg(m->bandLabel(r.inherent->band))
                                         : QString();
        CHECK(shown.value(r.code) == after);
    }
    CHECK(view.inherentMap()->sizeHint().width() > 0);
    CHECK(demo.doc->undoStack()->count() == 1);
    demo.doc->undoStack()->undo();
    CHECK(demo.reg().risks().method()->kind == RiskMethodKind::Ipa);

    // A band table with a gap is refused and says why.
    RiskMethodDialog broken(*demo.doc);
    broken.bandTable()->item(1, 2)->setText(QStringLiteral("4"));
    CHECK_FALSE(broken.refreshPreview());
    CHECK_FALSE(broken.apply());
}

namespace {

// What the category cell's editor offers (keys, in order) and, with `key`, the choice of it
// committed as the view would.
QStringList chooseCategory(QTableWidget* table, CategoryDelegate* delegate, int row, int column,
                           const QString& key = {})
{
    const QModelIndex index = table->model()->index(row, column);
    std::unique_ptr<QWidget> editor(delegate->createEditor(table->viewport(), {}, index));
    auto* combo = qobject_cast<QComboBox*>(editor.get());
    REQUIRE(combo);
    delegate->setEditorData(combo, index);
    QStringList offered;
    for (int i = 0; i < combo->count(); ++i)
        offered << combo->itemData(i).toString();
    if (!key.isNull()) {
        const int at = combo->findData(key);
        REQUIRE(at >= 0);
        combo->setCurrentIndex(at);
        delegate->setModelData(combo, table->model(), index);
    }
    return offered;
}

} // namespace

TEST_CASE("the threat catalog is editable with undo, a threat in use stays", "[ui][risks][threat]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    ThreatsDialog dialog(*demo.doc);
    const int before = dialog.table()->rowCount();
    CHECK(before >= 15);
    // Rename a built-in threat in its Japanese column.
    QTableWidgetItem* ja = dialog.table()->item(0, 1);
    REQUIRE(ja);
    const qint64 id = ja->data(Qt::UserRole).toLongLong();
    const QString old = ja->text();
    ja->setText(QStringLiteral("不正アクセス(外部)"));
    CHECK(demo.reg().risks().findThreat(id).value()->nameJa ==
          QStringLiteral("不正アクセス(外部)"));
    demo.doc->undoStack()->undo();
    CHECK(demo.reg().risks().findThreat(id).value()->nameJa == old);

    REQUIRE(dialog.addThreat(QStringLiteral("T-OWN"), QStringLiteral("独自の脅威"), {}));
    CHECK(dialog.table()->rowCount() == before + 1);
    const qint64 ownId = dialog.table()->item(before, 0)->data(Qt::UserRole).toLongLong();
    // Undo takes the creation back; redo makes it again with the same id.
    demo.doc->undoStack()->undo();
    CHECK_FALSE(demo.reg().risks().findThreat(ownId).value().has_value());
    demo.doc->undoStack()->redo();
    REQUIRE(demo.reg().risks().findThreat(ownId).value().has_value());
    CHECK(demo.reg().risks().findThreat(ownId).value()->code == u"T-OWN");
    REQUIRE(dialog.removeRow(before)); // the new one: no risk names it
    CHECK(dialog.table()->rowCount() == before);
    demo.doc->undoStack()->undo();
    CHECK(demo.reg().risks().findThreat(ownId).value()->nameJa == u"独自の脅威");
    demo.doc->undoStack()->redo();
    CHECK_FALSE(demo.reg().risks().findThreat(ownId).value().has_value());
    // T-MALWARE is named by demo risks: refused, and the reason is shown.
    int malware = -1;
    for (int row = 0; row < dialog.table()->rowCount(); ++row) {
        if (dialog.table()->item(row, 0)->text() == u"T-MALWARE")
            malware = row;
    }
    REQUIRE(malware >= 0);
    CHECK_FALSE(dialog.removeRow(malware));
    CHECK(dialog.message()->text().contains(QStringLiteral("T-MALWARE")));
    CHECK(dialog.table()->rowCount() == before);

    // The category shows by its label and is chosen from the known ones, with undo.
    const qint64 malwareId = dialog.table()->item(malware, 0)->data(Qt::UserRole).toLongLong();
    const QString oldCategory = demo.reg().risks().findThreat(malwareId).value()->category;
    QTableWidgetItem* category = dialog.table()->item(malware, ThreatsDialog::CategoryColumn);
    CHECK(category->text() == ThreatTerms::categoryLabel(oldCategory));
    CHECK(category->data(CategoryDelegate::KeyRole).toString() == oldCategory);
    QStringList expected{QString()};
    expected += ThreatTerms::categories();
    CHECK(chooseCategory(dialog.table(), dialog.categoryDelegate(), malware,
                         ThreatsDialog::CategoryColumn) == expected);
    const QString other = oldCategory == u"environmental" ? QStringLiteral("accidental")
                                                          : QStringLiteral("environmental");
    chooseCategory(dialog.table(), dialog.categoryDelegate(), malware,
                   ThreatsDialog::CategoryColumn, other);
    CHECK(demo.reg().risks().findThreat(malwareId).value()->category == other);
    CHECK(dialog.table()->item(malware, ThreatsDialog::CategoryColumn)->text() ==
          ThreatTerms::categoryLabel(other));
    demo.doc->undoStack()->undo();
    CHECK(demo.reg().risks().findThreat(malwareId).value()->category == oldCategory);
}

namespace {

const Vulnerability* vulnerabilityByCode(const QList<Vulnerability>& all, const QString& code)
{
    for (const Vulnerability& v : all)
        if (v.code == code)
            return &v;
    return nullptr;
}

qint64 threatId(Register& reg, const char* code)
{
    auto t = reg.risks().findThreatByName(QString::fromLatin1(code));
    REQUIRE(t);
    REQUIRE(t->has_value());
    return (*t)->id;
}

} // namespace

TEST_CASE("the catalog dialog's vulnerability tab edits, retires and removes with undo",
          "[ui][risks][vulnerability]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    ThreatsDialog dialog(*demo.doc);
    REQUIRE(dialog.tabs()->count() == 2);
    dialog.showVulnerabilities();
    CHECK(dialog.tabs()->currentWidget() == dialog.vulnerabilities());
    VulnerabilitiesPage& page = *dialog.vulnerabilities();
    QTableWidget* table = page.table();
    const int before = table->rowCount();
    CHECK(before == VulnerabilityCatalog::builtIn().vulnerabilities.size());
    VulnerabilityService& vulns = demo.reg().risks().vulnerabilities();

    // Edit a built-in entry's English name in its cell; undo puts it back.
    const int patch = page.rowOf(QStringLiteral("V-PATCH"));
    REQUIRE(patch >= 0);
    const qint64 patchId =
        table->item(patch, VulnerabilitiesPage::CodeColumn)->data(Qt::UserRole).toLongLong();
    const QString oldName = vulns.find(patchId).value()->nameEn;
    table->item(patch, VulnerabilitiesPage::EnColumn)->setText(QStringLiteral("Patches late"));
    CHECK(vulns.find(patchId).value()->nameEn == u"Patches late");
    CHECK(vulns.find(patchId).value()->builtIn);
    demo.doc->undoStack()->undo();
    CHECK(vulns.find(patchId).value()->nameEn == oldName);
    CHECK(
        table->item(page.rowOf(QStringLiteral("V-PATCH")), VulnerabilitiesPage::EnColumn)->text() ==
        oldName);

    // Typical threats are edited as codes.
    table->item(page.rowOf(QStringLiteral("V-PATCH")), VulnerabilitiesPage::ThreatsColumn)
        ->setText(QStringLiteral("T-VULN, T-SWBUG"));
    CHECK(vulns.find(patchId).value()->threatCodes ==
          QStringList{QStringLiteral("T-VULN"), QStringLiteral("T-SWBUG")});

    // The category shows by its label in the user's language and is chosen from the known
    // ones (none is a choice too); the cell keeps the key.
    auto categoryCell = [&] {
        return table->item(page.rowOf(QStringLiteral("V-PATCH")),
                           VulnerabilitiesPage::CategoryColumn);
    };
    CHECK(categoryCell()->text() == VulnerabilityTerms::categoryLabel(QStringLiteral("technical")));
    CHECK(categoryCell()->data(CategoryDelegate::KeyRole).toString() == u"technical");
    QStringList expected{QString()};
    expected += VulnerabilityTerms::categories();
    CHECK(chooseCategory(table, page.categoryDelegate(), page.rowOf(QStringLiteral("V-PATCH")),
                         VulnerabilitiesPage::CategoryColumn) == expected);
    chooseCategory(table, page.categoryDelegate(), page.rowOf(QStringLiteral("V-PATCH")),
                   VulnerabilitiesPage::CategoryColumn, QStringLiteral("access"));
    CHECK(vulns.find(patchId).value()->category == u"access");
    CHECK(categoryCell()->text() == VulnerabilityTerms::categoryLabel(QStringLiteral("access")));
    chooseCategory(table, page.categoryDelegate(), page.rowOf(QStringLiteral("V-PATCH")),
                   VulnerabilitiesPage::CategoryColumn, QString(""));
    CHECK(vulns.find(patchId).value()->category.isEmpty());
    CHECK(categoryCell()->text().isEmpty());
    demo.doc->undoStack()->undo();
    demo.doc->undoStack()->undo();
    CHECK(vulns.find(patchId).value()->category == u"technical");
    {
        Translations::install(QStringLiteral("ja"));
        page.reload();
        CHECK(categoryCell()->text() == QStringLiteral("技術的"));
        Translations::install(QStringLiteral("en"));
        page.reload();
    }

    // A refused edit (a key no catalog knows) says why and shows what is stored.
    categoryCell()->setData(CategoryDelegate::KeyRole, QStringLiteral("martian"));
    CHECK(page.message()->text().contains(QStringLiteral("martian")));
    CHECK(vulns.find(patchId).value()->category == u"technical");
    CHECK(categoryCell()->text() == VulnerabilityTerms::categoryLabel(QStringLiteral("technical")));

    // Retire and reinstate (the button follows the row), each an undo step.
    const int steps = demo.doc->undoStack()->index();
    table->setCurrentCell(page.rowOf(QStringLiteral("V-PATCH")), 0);
    REQUIRE(page.toggleRetired(page.rowOf(QStringLiteral("V-PATCH"))));
    CHECK(vulns.find(patchId).value()->retired);
    table->setCurrentCell(page.rowOf(QStringLiteral("V-PATCH")), 0);
    CHECK(page.retireButton()->text() == VulnerabilitiesPage::tr("Reinstate"));
    CHECK(table->item(page.rowOf(QStringLiteral("V-PATCH")), VulnerabilitiesPage::StatusColumn)
              ->text() == VulnerabilitiesPage::tr("Retired"));
    CHECK(demo.doc->undoStack()->index() == steps + 1);
    demo.doc->undoStack()->undo();
    CHECK_FALSE(vulns.find(patchId).value()->retired);

    // The officer's own: added, removed, and back with the same id through undo.
    REQUIRE(page.addVulnerability(QStringLiteral("V-OWN"), QStringLiteral("独自の弱点"), {}));
    CHECK(table->rowCount() == before + 1);
    CHECK_FALSE(page.addVulnerability(QStringLiteral("v-own"), QStringLiteral("重複"), {}));
    CHECK_FALSE(page.message()->text().isEmpty());
    const int own = page.rowOf(QStringLiteral("V-OWN"));
    const qint64 ownId =
        table->item(own, VulnerabilitiesPage::CodeColumn)->data(Qt::UserRole).toLongLong();
    REQUIRE(page.removeRow(own));
    CHECK(table->rowCount() == before);
    demo.doc->undoStack()->undo();
    CHECK(table->rowCount() == before + 1);
    CHECK(vulns.find(ownId).value().has_value());
    demo.doc->undoStack()->undo();
    CHECK(table->rowCount() == before);
    CHECK_FALSE(vulns.find(ownId).value().has_value());
    // Redo brings it back with the same id, and its removal again.
    demo.doc->undoStack()->redo();
    CHECK(vulns.find(ownId).value().has_value());
    CHECK(vulns.find(ownId).value()->code == u"V-OWN");
    demo.doc->undoStack()->redo();
    CHECK_FALSE(vulns.find(ownId).value().has_value());

    // Every one of these edits is in the history of its vulnerability.
    auto entries =
        demo.reg().history().entriesFor(history::Vulnerability, QString::number(patchId));
    REQUIRE(entries);
    CHECK(entries->size() >= 6); // create, edit, undo, threats, retire, reinstate
}

TEST_CASE("the risk editor suggests the vulnerabilities typical for the chosen threat",
          "[ui][risks][vulnerability]")
{
    ClockGuard clock;
    SettingsSandbox settings;
    DemoDoc demo;
    VulnerabilityService& vulns = demo.reg().risks().vulnerabilities();
    const auto all = vulns.all();
    REQUIRE(all);
    const QString lang = Translations::current();

    Risk blank;
    RiskEditor editor(*demo.doc, blank);
    // No threat yet: every active vulnerability, none marked typical.
    int paired = -1;
    CHECK(editor.suggestedVulnerabilities(&paired).size() == all->size());
    CHECK(paired == 0);

    // Leakage through support work: its typical vulnerabilities come first.
    QComboBox* threat = editor.threatBox();
    threat->setCurrentIndex(threat->findData(threatId(demo.reg(), "T-SUPPORT")));
    QStringList codes = editor.suggestedVulnerabilities(&paired);
    CHECK(codes.size() == all->size());
    REQUIRE(paired >= 2);
    for (int i = 0; i < codes.size(); ++i) {
        const Vulnerability* v = vulnerabilityByCode(*all, codes.at(i));
        REQUIRE(v);
        CHECK(v->pairsWith(QStringLiteral("T-SUPPORT")) == (i < paired));
    }
    CHECK(codes.indexOf(QStringLiteral("V-SUPPORTPROC")) < paired);
    CHECK(codes.indexOf(QStringLiteral("V-SPOF")) >= paired);

    // Another threat, another order.
    threat->setCurrentIndex(threat->findData(threatId(demo.reg(), "T-DCOUTAGE")));
    codes = editor.suggestedVulnerabilities(&paired);
    CHECK(codes.indexOf(QStringLiteral("V-SPOF")) < paired);
    CHECK(codes.indexOf(QStringLiteral("V-SUPPORTPROC")) >= paired);

    // Choosing fills the text; a second choice is added on its own line; free text stays.
    QComboBox* picker = editor.vulnerabilityPicker();
    const int spof = picker->findData(QStringLiteral("V-SPOF"));
    REQUIRE(spof > 0);
    Q_EMIT picker->activated(spof);
    const QString spofName = vulnerabilityByCode(*all, QStringLiteral("V-SPOF"))->name(lang);
    CHECK(editor.vulnerabilityEdit()->toPlainText() == spofName);
    CHECK(picker->currentIndex() == 0);
    Q_EMIT picker->activated(spof); // not twice
    CHECK(editor.vulnerabilityEdit()->toPlainText() == spofName);
    REQUIRE(editor.useVulnerability(QStringLiteral("V-DCCONTRACT")));
    const QString contract = vulnerabilityByCode(*all, QStringLiteral("V-DCCONTRACT"))->name(lang);
    CHECK(editor.vulnerabilityEdit()->toPlainText() == spofName + QLatin1Char('\n') + contract);
    editor.vulnerabilityEdit()->setPlainText(QStringLiteral("予備回線なし(自由記述)"));
    CHECK(editor.risk().vulnerability == u"予備回線なし(自由記述)");

    // A retired vulnerability is no longer offered.
    const Vulnerability* spofEntry = vulnerabilityByCode(*all, QStringLiteral("V-SPOF"));
    REQUIRE(vulns.setRetired(spofEntry->id, true));
    RiskEditor later(*demo.doc, blank);
    CHECK_FALSE(later.suggestedVulnerabilities().contains(QStringLiteral("V-SPOF")));
    CHECK(later.suggestedVulnerabilities().size() == all->size() - 1);
}
