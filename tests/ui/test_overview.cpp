#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "assets/AssetFilterProxy.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsView.h"
#include "overview/OverviewView.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "support/TestSupport.h"

#include <QListWidget>
#include <QTest>
#include <QToolButton>

using namespace daicho;
using namespace daicho::test;

namespace {

std::unique_ptr<Register> overviewSample()
{
    auto reg = Register::createInMemory({QStringLiteral("株式会社サンプル"), {}});
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    Asset db = makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer, AssetSubtype::Data);
    db.personalData = PersonalData::SpecialCare;
    db.customerData = true;
    db.owner = QStringLiteral("システム運用部");
    db.nextReview = QDate(2020, 1, 1); // long overdue
    Asset sv =
        makeAsset(QStringLiteral("CUS-SV-001"), AssetClass::Customer, AssetSubtype::Physical);
    sv.owner = QStringLiteral("システム運用部");
    Asset pc =
        makeAsset(QStringLiteral("INT-PC-001"), AssetClass::Internal, AssetSubtype::Physical);
    Asset tape = makeAsset(QStringLiteral("INT-MD-001"), AssetClass::Internal, AssetSubtype::Media);
    tape.owner = QStringLiteral("総務部");
    const qint64 dbId = s.create(db)->id;
    REQUIRE(s.create(sv));
    const qint64 pcId = s.create(pc)->id;
    REQUIRE(s.create(tape));
    REQUIRE(s.addDependency(dbId, pcId)); // raises the PC to P1
    return std::move(*reg);
}

int shown(OverviewView& v, const QString& name)
{
    QToolButton* b = v.numberButton(name);
    REQUIRE(b);
    return b->text().toInt();
}

} // namespace

TEST_CASE("the overview counts by class and priority, by subtype, and what needs attention",
          "[ui][overview]")
{
    SettingsSandbox settings;
    MainWindow w;
    w.setRegister(overviewSample());
    REQUIRE(w.showView(QStringLiteral("overview")));
    auto* view = qobject_cast<OverviewView*>(w.view(QStringLiteral("overview")));
    REQUIRE(view);
    CHECK(shown(*view, QStringLiteral("count:all")) == 4);
    CHECK(shown(*view, QStringLiteral("count:P1")) == 2);
    CHECK(shown(*view, QStringLiteral("count:customer:P1")) == 1);
    CHECK(shown(*view, QStringLiteral("count:customer:P2")) == 1);
    CHECK(shown(*view, QStringLiteral("count:internal:P1")) == 1);
    CHECK(shown(*view, QStringLiteral("count:internal:P3")) == 1);
    CHECK(shown(*view, QStringLiteral("count:test")) == 0);
    CHECK(shown(*view, QStringLiteral("count:subtype:physical")) == 2);
    CHECK(shown(*view, QStringLiteral("count:subtype:media")) == 1);
    CHECK(shown(*view, QStringLiteral("count:overdue")) == 1);
    CHECK(shown(*view, QStringLiteral("count:no-owner")) == 1);
    CHECK(shown(*view, QStringLiteral("count:personal")) == 1);

    // Numbers follow edits (after the coalescing timer).
    auto added = w.currentRegister()->assets().create(
        makeAsset(QStringLiteral("TST-SV-001"), AssetClass::Test, AssetSubtype::Physical));
    REQUIRE(added);
    QTRY_COMPARE(shown(*view, QStringLiteral("count:test:P3")), 1);
    CHECK(shown(*view, QStringLiteral("count:all")) == 5);
}

TEST_CASE("clicking a number of the overview shows those assets in the table", "[ui][overview]")
{
    SettingsSandbox settings;
    MainWindow w;
    w.setRegister(overviewSample());
    REQUIRE(w.showView(QStringLiteral("overview")));
    auto* view = qobject_cast<OverviewView*>(w.view(QStringLiteral("overview")));
    REQUIRE(view);

    struct Case
    {
        QString button;
        int rows;
    };
    for (const Case& c :
         {Case{QStringLiteral("count:internal:P1"), 1}, Case{QStringLiteral("count:P1"), 2},
          Case{QStringLiteral("count:no-owner"), 1},
          Case{QStringLiteral("count:subtype:physical"), 2},
          Case{QStringLiteral("count:all"), 4}}) {
        INFO(c.button.toStdString());
        w.showView(QStringLiteral("overview"));
        QTest::mouseClick(view->numberButton(c.button), Qt::LeftButton);
        CHECK(w.currentViewId() == QStringLiteral("assets"));
        CHECK(w.assetProxy()->rowCount() == c.rows);
        CHECK(w.assetProxy()->rowCount() == view->numberButton(c.button)->text().toInt());
    }
}

TEST_CASE("the overview lists what needs attention and opens an asset in the table",
          "[ui][overview]")
{
    SettingsSandbox settings;
    MainWindow w;
    w.setRegister(overviewSample());
    auto* view = qobject_cast<OverviewView*>(w.view(QStringLiteral("overview")));
    REQUIRE(view);
    QListWidget* overdue = view->list(QStringLiteral("overdue"));
    REQUIRE(overdue);
    REQUIRE(overdue->count() == 1);
    CHECK(overdue->item(0)->text().contains(QStringLiteral("CUS-DB-001")));
    CHECK(overdue->item(0)->text().startsWith(QStringLiteral("2020-01-01")));
    CHECK(view->list(QStringLiteral("P1"))->count() == 2);
    CHECK(view->list(QStringLiteral("no-owner"))
              ->item(0)
              ->text()
              .startsWith(QStringLiteral("INT-PC-001")));

    // Opening it shows the asset table with that asset selected, even under a filter.
    w.assetsView()->applyFilter([] {
        AssetFilter f;
        f.classes = {QStringLiteral("internal")};
        return f;
    }());
    Q_EMIT overdue->itemActivated(overdue->item(0));
    CHECK(w.currentViewId() == QStringLiteral("assets"));
    const qint64 id = overdue->item(0)->data(Qt::UserRole).toLongLong();
    CHECK(w.assetsView()->currentId() == id);
}
