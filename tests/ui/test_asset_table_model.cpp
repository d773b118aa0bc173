#include "SettingsSandbox.h"
#include "assets/AssetFilterProxy.h"
#include "assets/AssetTableModel.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "support/TestSupport.h"

#include <QAbstractItemModelTester>

using namespace daicho;
using namespace daicho::test;

namespace {

std::unique_ptr<Register> sample()
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    Asset db = makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer, AssetSubtype::Physical,
                         3, 3, 3);
    db.personalData = PersonalData::SpecialCare;
    db.customerData = true;
    auto a = s.create(db);
    auto b = s.create(
        makeAsset(QStringLiteral("INT-PC-010"), AssetClass::Internal, AssetSubtype::Physical));
    auto c = s.create(
        makeAsset(QStringLiteral("INT-PC-9"), AssetClass::Internal, AssetSubtype::Physical));
    REQUIRE((a && b && c));
    REQUIRE(s.addDependency(a->id, b->id));
    return std::move(*reg);
}

} // namespace

TEST_CASE("the asset model passes QAbstractItemModelTester through edits", "[ui][model]")
{
    SettingsSandbox settings;
    auto reg = sample();
    AssetTableModel model(*reg);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model.reload());
    CHECK(model.rowCount() == 3);

    AssetService& s = reg->assets();
    auto added =
        s.create(makeAsset(QStringLiteral("TST-SV-001"), AssetClass::Test, AssetSubtype::Physical));
    REQUIRE(added);
    CHECK(model.rowCount() == 4);
    Asset changed = *added;
    changed.name = QStringLiteral("試験サーバ");
    REQUIRE(s.update(changed));
    CHECK(model.index(model.rowOf(added->id), AssetTableModel::NameColumn).data().toString() ==
          QStringLiteral("試験サーバ"));
    REQUIRE(s.remove(added->id));
    CHECK(model.rowCount() == 3);
    CHECK(model.rowOf(added->id) == -1);
}

TEST_CASE("priority in the table follows dependency changes, with text and not only colour",
          "[ui][model][priority]")
{
    SettingsSandbox settings;
    auto reg = sample();
    AssetTableModel model(*reg);
    REQUIRE(model.reload());
    const qint64 pc = (*reg->assets().findByCode(QStringLiteral("INT-PC-010")))->id;
    const qint64 db = (*reg->assets().findByCode(QStringLiteral("CUS-DB-001")))->id;
    const QModelIndex cell = model.index(model.rowOf(pc), AssetTableModel::PriorityColumn);
    CHECK(cell.data().toString().startsWith(QStringLiteral("P1")));
    CHECK(cell.data().toString().contains(QStringLiteral("raised")));
    CHECK(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("CUS-DB-001")));

    REQUIRE(reg->assets().removeDependency(db, pc));
    CHECK(model.index(model.rowOf(pc), AssetTableModel::PriorityColumn).data().toString() ==
          QStringLiteral("P3"));
}

TEST_CASE("the proxy sorts codes in natural order and filters by search and class", "[ui][proxy]")
{
    SettingsSandbox settings;
    auto reg = sample();
    AssetTableModel model(*reg);
    REQUIRE(model.reload());
    AssetFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(AssetTableModel::CodeColumn, Qt::AscendingOrder);
    QStringList codes;
    for (int r = 0; r < proxy.rowCount(); ++r)
        codes << proxy.index(r, AssetTableModel::CodeColumn).data().toString();
    CHECK(codes == QStringList{QStringLiteral("CUS-DB-001"), QStringLiteral("INT-PC-9"),
                               QStringLiteral("INT-PC-010")});

    proxy.setSearchText(QStringLiteral("int-pc"));
    CHECK(proxy.rowCount() == 2);
    proxy.setSearchText(QStringLiteral("pc 9"));
    CHECK(proxy.rowCount() == 1);
    proxy.setSearchText({});
    proxy.setClassFilter({QStringLiteral("customer")});
    CHECK(proxy.rowCount() == 1);
    proxy.setClassFilter({});
    proxy.setPriorityFilter({1});
    CHECK(proxy.rowCount() == 2); // the DB and the PC it raises
    proxy.clearFilters();
    CHECK(proxy.rowCount() == 3);
}
