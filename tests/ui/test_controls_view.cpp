#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "controls/ControlDetailsPanel.h"
#include "controls/ControlsView.h"
#include "controls/SoaIssuesPanel.h"
#include "controls/SoaTreeModel.h"
#include "controls/TransitionDialog.h"
#include "risks/RiskFilterProxy.h"
#include "risks/RisksView.h"
#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/RiskService.h"
#include "services/SoaCoverage.h"
#include "services/SoaService.h"
#include "support/TestSupport.h"
#include "support/Translations.h"
#include "undo/RegisterDocument.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

using namespace daicho;
using namespace daicho::test;

namespace {

std::unique_ptr<RegisterDocument> demoDocument()
{
    auto reg = Register::createInMemory(
        {QStringLiteral("株式会社日本ケアコミュニケーションズ"), QStringLiteral("東京センター")});
    REQUIRE(reg);
    REQUIRE(DemoRegister::populate(**reg));
    return std::make_unique<RegisterDocument>(std::move(*reg));
}

int visibleControls(const SoaFilterProxy& proxy)
{
    int n = 0;
    for (int t = 0; t < proxy.rowCount(); ++t)
        n += proxy.rowCount(proxy.index(t, 0));
    return n;
}

void requireSound(Register& reg)
{
    auto report = RegisterCheck::run(reg);
    REQUIRE(report);
    INFO(report->problems().join(QLatin1Char('\n')).toStdString());
    CHECK(report->ok());
}

} // namespace

TEST_CASE("the SoA tree shows a catalog by theme with the register's decisions", "[ui][soa]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    Translations::install(QStringLiteral("en"));
    auto doc = demoDocument();
    SoaTreeModel model(*doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == 4);
    const QList<int> perTheme{37, 8, 14, 34};
    for (int t = 0; t < 4; ++t)
        CHECK(model.rowCount(model.index(t, 0)) == perTheme.at(t));
    CHECK(model.index(1, 0).data().toString() ==
          QStringLiteral("People controls — controls: 8 · decided: 8 · applicable: 7 · "
                         "implemented: 7"));

    const QModelIndex remote = model.indexOf(QStringLiteral("6.7"));
    REQUIRE(remote.isValid());
    CHECK(remote.siblingAtColumn(SoaTreeModel::ApplicableColumn).data().toString() ==
          QStringLiteral("Not applicable"));
    CHECK(remote.siblingAtColumn(SoaTreeModel::JustificationColumn)
              .data()
              .toString()
              .contains(QStringLiteral("テレワーク")));
    const QModelIndex dlp = model.indexOf(QStringLiteral("8.12"));
    CHECK(dlp.data().toString() == QStringLiteral("8.12 ★"));
    CHECK(dlp.data(SoaTreeModel::OverdueRole).toBool());
    CHECK(model.indexOf(QStringLiteral("8.23")).data(SoaTreeModel::GapRole).toBool());

    model.setCatalog(catalogkey::Iso2013);
    CHECK(model.rowCount() == 14);
    model.setCatalog(catalogkey::AppiSafety);
    CHECK(model.rowCount() == 7);
    CHECK(model.index(0, 0).data().toString().startsWith(QStringLiteral("10-1")));
}

TEST_CASE("editing in place is one undo step with history, and what it makes meaningless goes",
          "[ui][soa][undo]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    auto doc = demoDocument();
    SoaTreeModel model(*doc);
    QUndoStack* undo = doc->undoStack();
    const QString key = catalogkey::Iso2022 + QStringLiteral(":8.23");
    const auto historyOf = [&] {
        return doc->reg().history().entriesFor(history::SoaEntry, key)->size();
    };

    // 8.23 is not decided: giving it a status makes it applicable.
    const QModelIndex status = model.indexOf(QStringLiteral("8.23"), SoaTreeModel::StatusColumn);
    REQUIRE(model.setData(status, int(SoaStatus::Planned)));
    CHECK(undo->count() == 1);
    CHECK(historyOf() == 1);
    auto e = doc->reg().soa().find(catalogkey::Iso2022, QStringLiteral("8.23"));
    REQUIRE(e->has_value());
    CHECK((*e)->applicable == true);
    CHECK((*e)->status == SoaStatus::Planned);
    CHECK(model.indexOf(QStringLiteral("8.23"), SoaTreeModel::ApplicableColumn).data().toString() ==
          SoaTerms::applicableLabel(true));

    REQUIRE(model.setData(model.indexOf(QStringLiteral("8.23"), SoaTreeModel::ReasonsColumn),
                          QStringLiteral("risk-treatment business")));
    REQUIRE(model.setData(model.indexOf(QStringLiteral("8.23"), SoaTreeModel::TargetColumn),
                          QDate(2026, 6, 30)));
    CHECK(undo->count() == 3);

    // Not applicable: reasons, status and target go with it.
    REQUIRE(
        model.setData(model.indexOf(QStringLiteral("8.23"), SoaTreeModel::ApplicableColumn), 2));
    e = doc->reg().soa().find(catalogkey::Iso2022, QStringLiteral("8.23"));
    CHECK((*e)->applicable == false);
    CHECK((*e)->reasons.isEmpty());
    CHECK_FALSE((*e)->status.has_value());
    CHECK_FALSE((*e)->targetDate.isValid());
    // …and the completeness list asks for a justification.
    bool wantsJustification = false;
    for (const SoaGap& g : model.gaps())
        wantsJustification |=
            g.controlId == QStringLiteral("8.23") && g.kind == SoaGap::Kind::NoJustification;
    CHECK(wantsJustification);

    undo->undo();
    e = doc->reg().soa().find(catalogkey::Iso2022, QStringLiteral("8.23"));
    CHECK((*e)->applicable == true);
    CHECK((*e)->reasons == QList<SoaReason>{SoaReason::Business, SoaReason::RiskTreatment});
    CHECK((*e)->targetDate == QDate(2026, 6, 30));
    while (undo->canUndo())
        undo->undo();
    CHECK_FALSE(doc->reg().soa().find(catalogkey::Iso2022, QStringLiteral("8.23"))->has_value());
    CHECK(model.indexOf(QStringLiteral("8.23"), SoaTreeModel::ApplicableColumn).data().toString() ==
          SoaTerms::applicableLabel(std::nullopt));
    undo->redo();
    CHECK(doc->reg().soa().find(catalogkey::Iso2022, QStringLiteral("8.23"))->has_value());
    requireSound(doc->reg());

    // A refused edit changes nothing and says why.
    QSignalSpy failed(&model, &SoaTreeModel::editFailed);
    const int before = undo->count();
    CHECK_FALSE(model.setData(model.indexOf(QStringLiteral("5.1"), SoaTreeModel::ReviewedColumn),
                              QDate(2030, 1, 1)));
    CHECK(failed.count() == 1);
    CHECK(undo->count() == before);
}

TEST_CASE("filters: applicable, status, theme, overdue, to complete, new", "[ui][soa][filter]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    auto doc = demoDocument();
    SoaTreeModel model(*doc);
    SoaFilterProxy proxy;
    proxy.setSourceModel(&model);
    CHECK(visibleControls(proxy) == 93);
    struct Row
    {
        const char* what;
        SoaFilter filter;
        int expected;
    };
    SoaFilter people;
    people.theme = QStringLiteral("people");
    SoaFilter excluded;
    excluded.applicable = 2;
    SoaFilter overdue;
    overdue.overdueOnly = true;
    SoaFilter gaps;
    gaps.gapsOnly = true;
    SoaFilter fresh;
    fresh.newOnly = true;
    SoaFilter planned;
    planned.status = int(SoaStatus::Planned);
    SoaFilter undecided;
    undecided.applicable = 0;
    SoaFilter search;
    search.text = QStringLiteral("cloud");
    SoaFilter searchJa;
    searchJa.text = QStringLiteral("バックアップ");
    const QList<Row> rows{
        {"theme people", people, 8},
        {"not applicable", excluded, 1},
        {"overdue", overdue, 1},
        {"to complete", gaps, 1},
        {"new in 2022", fresh, 11},
        {"planned", planned, 3},
        {"not decided", undecided, 1},
        {"search English title", search, 1},
        {"search Japanese evidence", searchJa, 1},
    };
    for (const Row& r : rows) {
        INFO(r.what);
        proxy.setFilter(r.filter);
        CHECK(visibleControls(proxy) == r.expected);
    }
    // Theme rows without matching controls disappear.
    proxy.setFilter(people);
    CHECK(proxy.rowCount() == 1);
}

TEST_CASE("the Controls view: details, applying a control to assets, completeness, coverage",
          "[ui][soa][view]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    Translations::install(QStringLiteral("en"));
    auto doc = demoDocument();
    ControlsView view(*doc);
    view.resize(1400, 900);
    CHECK(view.catalogBox()->currentData().toString() == catalogkey::Iso2022);

    REQUIRE(view.selectControl(QStringLiteral("7.2")));
    CHECK(view.currentControl() == QStringLiteral("7.2"));
    ControlDetailsPanel* details = view.details();
    CHECK(details->controlId() == QStringLiteral("7.2"));
    const int linked = details->assetList()->count();
    CHECK(linked == 4);

    // Apply 7.2 to one more asset, then undo.
    const int index =
        details->assetChoice()->findText(QStringLiteral("INT-PC-001"), Qt::MatchStartsWith);
    REQUIRE(index >= 0);
    // The choices are the assets it is not applied to (read from an asset model).
    auto assets = doc->reg().assets().all();
    REQUIRE(assets);
    CHECK(details->assetChoice()->count() == assets->size() - linked);
    for (int i = 0; i < details->assetList()->count(); ++i) {
        const QString code = details->assetList()->item(i)->data(Qt::UserRole + 1).toString();
        CHECK(details->assetChoice()->findData(code, Qt::UserRole + 1) < 0);
    }
    details->assetChoice()->setCurrentIndex(index);
    CHECK(details->assetChoice()->currentText().startsWith(QStringLiteral("INT-PC-001  ")));
    details->applyToChosenAsset();
    CHECK(details->assetList()->count() == linked + 1);
    CHECK(details->assetChoice()->findText(QStringLiteral("INT-PC-001"), Qt::MatchStartsWith) < 0);
    CHECK(details->assetChoice()->count() == assets->size() - linked - 1);
    doc->undoStack()->undo();
    CHECK(details->assetList()->count() == linked);
    CHECK(details->assetChoice()->findText(QStringLiteral("INT-PC-001"), Qt::MatchStartsWith) >= 0);

    // Evidence and links are edited in the panel, one undo step.
    details->evidenceEdit()->setPlainText(QStringLiteral("入退室記録(月次確認)"));
    details->linksEdit()->setPlainText(QStringLiteral("https://intra.example/entry-log\n\n"));
    const int steps = doc->undoStack()->index();
    details->saveTexts();
    CHECK(doc->undoStack()->index() == steps + 1);
    auto e = doc->reg().soa().find(catalogkey::Iso2022, QStringLiteral("7.2"));
    CHECK((*e)->evidence == QStringLiteral("入退室記録(月次確認)"));
    CHECK((*e)->evidenceLinks == QStringList{QStringLiteral("https://intra.example/entry-log")});

    // The lists below.
    QTreeWidget* gaps = view.issues()->completenessList();
    REQUIRE(gaps->topLevelItemCount() == 1);
    CHECK(gaps->topLevelItem(0)->text(0).startsWith(QStringLiteral("8.23")));
    QTreeWidget* coverage = view.issues()->coverageList();
    REQUIRE(coverage->topLevelItemCount() == 3);
    CHECK(coverage->topLevelItem(0)->childCount() > 0);  // some P1 assets have no control yet
    CHECK(coverage->topLevelItem(1)->childCount() == 1); // 8.12
    // A new risk above the acceptance band with no control shows up at once, and goes with it.
    const int unplanned = coverage->topLevelItem(2)->childCount();
    auto db = doc->reg().assets().findByCode(QStringLiteral("CUS-DB-001"));
    REQUIRE(db);
    REQUIRE(db->has_value());
    Risk risk;
    risk.code = QStringLiteral("R-UI-1");
    risk.title = QStringLiteral("課金DBへの不正アクセス");
    risk.assetIds = {(*db)->id};
    risk.scores.threat = 3;
    risk.scores.vulnerability = 3;
    auto made = doc->reg().risks().create(risk);
    REQUIRE(made);
    REQUIRE(coverage->topLevelItem(2)->childCount() == unplanned + 1);
    bool listed = false;
    for (int i = 0; i < coverage->topLevelItem(2)->childCount(); ++i)
        listed = listed || coverage->topLevelItem(2)->child(i)->text(0) == risk.code;
    CHECK(listed);
    REQUIRE(doc->reg().risks().remove(made->id));
    CHECK(coverage->topLevelItem(2)->childCount() == unplanned);
    // Activating a line selects the control.
    Q_EMIT gaps->itemActivated(gaps->topLevelItem(0), 0);
    CHECK(view.currentControl() == QStringLiteral("8.23"));

    // Keeping the SoA against another catalog is a register setting, undoable.
    view.setCatalog(catalogkey::Iso2013);
    const int index2013 = doc->undoStack()->index();
    for (QPushButton* b : view.findChildren<QPushButton*>()) {
        if (b->text() == QStringLiteral("Use for the SoA"))
            b->click();
    }
    CHECK(doc->reg().soa().catalogKey() == catalogkey::Iso2013);
    CHECK(doc->undoStack()->index() == index2013 + 1);
    doc->undoStack()->undo();
    CHECK(doc->reg().soa().catalogKey() == catalogkey::Iso2022);

    // Another catalog in the same view.
    view.setCatalog(catalogkey::AppiSafety);
    CHECK(view.model()->catalog().key() == catalogkey::AppiSafety);
    CHECK(view.issues()->completenessList()->topLevelItemCount() == 0);
    requireSound(doc->reg());
}

TEST_CASE("the transition assistant proposes, the officer ticks, one undo step takes it back",
          "[ui][soa][transition]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    auto doc = demoDocument();
    SoaService& soa = doc->reg().soa();
    auto existing = soa.entries(catalogkey::Iso2022);
    REQUIRE(existing);
    for (const SoaEntry& e : std::as_const(*existing))
        REQUIRE(soa.clear(e.catalog, e.controlId));

    TransitionDialog dialog(*doc);
    CHECK(dialog.proposalList()->topLevelItemCount() == 93);
    CHECK(dialog.selected().size() == 82);
    dialog.setChecked(QStringLiteral("7.2"), false);
    CHECK(dialog.selected().size() == 81);

    // The filter shows merged controls only, and keeps the ticks of the hidden ones.
    dialog.kindFilter()->setCurrentIndex(
        dialog.kindFilter()->findData(int(TransitionProposal::Kind::Merged)));
    CHECK(dialog.proposalList()->topLevelItemCount() < 93);
    CHECK(dialog.proposalList()->topLevelItem(0)->childCount() >= 2);
    CHECK(dialog.selected().size() == 81);

    REQUIRE(dialog.applySelected());
    CHECK(soa.entries(catalogkey::Iso2022)->size() == 81);
    CHECK(doc->undoStack()->count() == 1);
    // Those taken over are decided now; only 7.2, left out, is still proposed.
    CHECK(dialog.selected().size() == 1);
    requireSound(doc->reg());

    doc->undoStack()->undo();
    CHECK(soa.entries(catalogkey::Iso2022)->isEmpty());
    doc->undoStack()->redo();
    CHECK(soa.entries(catalogkey::Iso2022)->size() == 81);
    requireSound(doc->reg());
}

TEST_CASE("the main window has a Controls view", "[ui][soa][window]")
{
    SettingsSandbox settings;
    MainWindow w;
    CHECK(w.viewIds().contains(QStringLiteral("controls")));
    auto reg = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(reg);
    REQUIRE(DemoRegister::populate(**reg));
    w.setRegister(std::move(*reg));
    CHECK_FALSE(w.isViewMade(QStringLiteral("controls"))); // made when first shown
    REQUIRE(w.showView(QStringLiteral("controls")));
    auto* view = qobject_cast<ControlsView*>(w.view(QStringLiteral("controls")));
    REQUIRE(view);

    // Coverage takes the priorities the window's asset model keeps; they are the register's,
    // also right after an asset's priority changes.
    Register& r = *w.currentRegister();
    auto unprotectedShown = [view] {
        return view->issues()->coverageList()->topLevelItem(0)->childCount();
    };
    auto report = SoaCoverage::run(r, Clock::current().today());
    REQUIRE(report);
    CHECK(unprotectedShown() == report->unprotectedP1.size());
    auto all = r.assets().all();
    REQUIRE(all);
    auto links = r.soa().assetLinks();
    REQUIRE(links);
    QSet<qint64> linked;
    for (const ControlAssetLink& l : std::as_const(*links))
        linked.insert(l.assetId);
    qint64 p3 = 0; // a P3 asset no control is applied to
    for (const Asset& a : std::as_const(*all)) {
        if (!linked.contains(a.id) && r.assets().priorities()->effective(a.id) == Priority::P3) {
            p3 = a.id;
            break;
        }
    }
    REQUIRE(p3 != 0);
    REQUIRE(r.assets().setPriorityOverride(p3, Priority::P1, QStringLiteral("監査で指摘")));
    auto after = SoaCoverage::run(r, Clock::current().today());
    REQUIRE(after);
    CHECK(after->unprotectedP1.size() == report->unprotectedP1.size() + 1);
    CHECK(unprotectedShown() == after->unprotectedP1.size());
}

TEST_CASE("a control shows the risks it treats, and opens one in the Risks view",
          "[ui][soa][risks]")
{
    SettingsSandbox settings;
    ClockGuard clock;
    Translations::install(QStringLiteral("en"));
    MainWindow w;
    QTemporaryDir dir;
    {
        auto reg = DemoRegister::create(dir.filePath(QStringLiteral("d.daicho")));
        REQUIRE(reg);
    }
    REQUIRE(w.openRegister(dir.filePath(QStringLiteral("d.daicho"))));
    Register& reg = *w.currentRegister();
    REQUIRE(w.showView(QStringLiteral("controls")));
    auto* view = qobject_cast<ControlsView*>(w.view(QStringLiteral("controls")));
    REQUIRE(view);
    ControlDetailsPanel* details = view->details();
    QListWidget* list = details->riskList();

    // 8.14 (redundancy) is named by the treatments of, listed by code.
    REQUIRE(view->selectControl(QStringLiteral("8.14")));
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("R-008  ")));
    CHECK(list->item(1)->text().startsWith(QStringLiteral("R-012  ")));
    CHECK(list->item(0)->text().contains(QStringLiteral("(risk value ")));
    CHECK(list->item(0)->toolTip() == list->item(0)->text());
    bool labelled = false;
    for (QLabel* l : details->findChildren<QLabel*>())
        labelled = labelled || l->text() == QStringLiteral("Risks it treats (2)");
    CHECK(labelled);
    // A control no risk names shows an empty list.
    REQUIRE(view->selectControl(QStringLiteral("6.7")));
    CHECK(list->count() == 0);

    // A risk that names the control appears at once; undoing its deletion brings it back.
    REQUIRE(view->selectControl(QStringLiteral("8.14")));
    auto db = reg.assets().findByCode(QStringLiteral("CUS-DB-001"));
    REQUIRE(db);
    REQUIRE(db->has_value());
    Risk risk;
    risk.code = QStringLiteral("R-UI-2");
    risk.title = QStringLiteral("DBサーバの二重化が働かない");
    risk.assetIds = {(*db)->id};
    risk.scores.threat = 2;
    risk.scores.vulnerability = 2;
    risk.controls = {RiskControlRef{catalogkey::Iso2022, QStringLiteral("8.14")}};
    auto made = reg.risks().create(risk);
    REQUIRE(made);
    REQUIRE(list->count() == 3);
    CHECK(list->item(2)->text().startsWith(QStringLiteral("R-UI-2  ")));
    REQUIRE(reg.risks().remove(made->id));
    CHECK(list->count() == 2);

    // Double-clicking a risk opens it in the Risks view, even when a filter there hides it.
    REQUIRE(w.showView(QStringLiteral("risks")));
    auto* risks = qobject_cast<RisksView*>(w.view(QStringLiteral("risks")));
    REQUIRE(risks);
    risks->searchBox()->setText(QStringLiteral("R-008"));
    REQUIRE(risks->proxy()->rowCount() == 1);
    REQUIRE(w.showView(QStringLiteral("controls")));
    const qint64 r012 = (*reg.risks().findByCode(QStringLiteral("R-012")))->id;
    Q_EMIT list->itemActivated(list->item(1));
    CHECK(w.currentViewId() == QStringLiteral("risks"));
    CHECK(risks->currentId() == r012);

    // A risk line in the coverage list opens the risk too.
    REQUIRE(w.showView(QStringLiteral("controls")));
    QTreeWidget* coverage = view->issues()->coverageList();
    REQUIRE(coverage->topLevelItemCount() == 3);
    QTreeWidgetItem* unplanned = coverage->topLevelItem(2);
    REQUIRE(unplanned->childCount() > 0);
    const qint64 first = (*reg.risks().findByCode(unplanned->child(0)->text(0)))->id;
    Q_EMIT coverage->itemActivated(unplanned->child(0), 0);
    CHECK(w.currentViewId() == QStringLiteral("risks"));
    CHECK(risks->currentId() == first);
}

// Not run by ctest: renders the Controls view and the transition assistant to PNG for people
// to look at. DAICHO_SHOTS=DIR ui_controls_tests "[.shots]"
TEST_CASE("screenshots of the Controls view and the transition assistant", "[.shots]")
{
    SettingsSandbox settings;
    const QString dir = qEnvironmentVariable("DAICHO_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    QDir().mkpath(dir);
    for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
        Translations::install(lang);
        MainWindow w;
        auto reg = Register::createInMemory({QStringLiteral("株式会社日本ケアコミュニケーションズ"),
                                             QStringLiteral("東京センター")});
        REQUIRE(reg);
        REQUIRE(DemoRegister::populate(**reg));
        w.setRegister(std::move(*reg));
        w.resize(1440, 900);
        REQUIRE(w.showView(QStringLiteral("controls")));
        auto* view = qobject_cast<ControlsView*>(w.view(QStringLiteral("controls")));
        REQUIRE(view);
        w.show();
        view->selectControl(QStringLiteral("7.2"));
        QCoreApplication::processEvents();
        REQUIRE(w.grab().save(dir + QStringLiteral("/controls-%1.png").arg(lang)));
        view->selectControl(QStringLiteral("8.14"));
        QCoreApplication::processEvents();
        REQUIRE(w.grab().save(dir + QStringLiteral("/controls-risks-%1.png").arg(lang)));
        view->issues()->setCurrentWidget(view->issues()->coverageList());
        view->issues()->coverageList()->scrollToBottom();
        QCoreApplication::processEvents();
        REQUIRE(w.grab().save(dir + QStringLiteral("/controls-coverage-%1.png").arg(lang)));
        view->issues()->setCurrentIndex(0);

        SoaFilter f;
        f.newOnly = true;
        view->setFilter(f);
        view->selectControl(QStringLiteral("8.12"));
        QCoreApplication::processEvents();
        REQUIRE(w.grab().save(dir + QStringLiteral("/controls-new-%1.png").arg(lang)));

        TransitionDialog* t = view->openTransition();
        t->resize(1400, 860);
        t->show();
        QCoreApplication::processEvents();
        REQUIRE(t->grab().save(dir + QStringLiteral("/transition-%1.png").arg(lang)));
        t->kindFilter()->setCurrentIndex(
            t->kindFilter()->findData(int(TransitionProposal::Kind::Conflict)));
        QCoreApplication::processEvents();
        REQUIRE(t->grab().save(dir + QStringLiteral("/transition-conflicts-%1.png").arg(lang)));
        t->close();
    }
}
