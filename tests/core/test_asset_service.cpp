#include "services/AssetService.h"
#include "services/Register.h"
#include "storage/AssetBulkReader.h"
#include "storage/AssetRepository.h"
#include "storage/AssetSnapshot.h"
#include "storage/Database.h"
#include "storage/Transaction.h"
#include "support/TestSupport.h"

#include <functional>

using namespace daicho;
using namespace daicho::test;

namespace {

struct SignalLog
{
    QList<QString> events;
    explicit SignalLog(AssetService& s)
    {
        QObject::connect(&s, &AssetService::assetAdded,
                         [this](qint64 id) { events << QStringLiteral("added %1").arg(id); });
        QObject::connect(&s, &AssetService::assetUpdated,
                         [this](qint64 id) { events << QStringLiteral("updated %1").arg(id); });
        QObject::connect(&s, &AssetService::assetRemoved,
                         [this](qint64 id) { events << QStringLiteral("removed %1").arg(id); });
        QObject::connect(&s, &AssetService::dependenciesChanged,
                         [this] { events << QStringLiteral("dependencies"); });
        QObject::connect(&s, &AssetService::assetsReset,
                         [this] { events << QStringLiteral("reset"); });
    }
};

} // namespace

TEST_CASE("create, update and find assets", "[service]")
{
    ClockGuard clock;
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    SignalLog log(s);

    Asset in = makeAsset(QStringLiteral(" CUS-DB-001 "), AssetClass::Customer,
                         AssetSubtype::Physical, 3, 3, 3);
    in.name = QStringLiteral("Web請求DBサーバ");
    in.personalData = PersonalData::SpecialCare;
    in.customerData = true;
    in.nextReview = QDate(2026, 10, 1);
    auto created = s.create(in);
    REQUIRE(created);
    CHECK(created->id > 0);
    CHECK(created->code == QStringLiteral("CUS-DB-001")); // trimmed
    CHECK(created->createdAt == clock.clock().nowUtc());
    CHECK(log.events == QStringList{QStringLiteral("added %1").arg(created->id)});

    auto found = s.findByCode(QStringLiteral("cus-db-001")); // codes compare without case
    REQUIRE(found);
    REQUIRE(found->has_value());
    CHECK((*found)->sameContent(*created));
    CHECK((*found)->nextReview == QDate(2026, 10, 1));

    clock.clock().advanceSecs(3600);
    Asset edit = *created;
    edit.owner = QStringLiteral("システム運用部");
    auto updated = s.update(edit);
    REQUIRE(updated);
    CHECK(updated->createdAt == created->createdAt);
    CHECK(updated->updatedAt == clock.clock().nowUtc());
    CHECK(log.events.last() == QStringLiteral("updated %1").arg(created->id));
}

TEST_CASE("rule violations are refused with a message and write nothing", "[service]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    const qint64 entries = *(*reg)->history().count();

    auto media =
        s.create(makeAsset(QStringLiteral("C-1"), AssetClass::Customer, AssetSubtype::Media));
    REQUIRE_FALSE(media);
    CHECK(media.error().kind == Error::Kind::Invalid);
    CHECK(media.error().field == QStringLiteral("subtype"));

    Asset noReason = makeAsset(QStringLiteral("C-2"));
    noReason.priorityOverride = Priority::P1;
    auto r = s.create(noReason);
    REQUIRE_FALSE(r);
    CHECK(r.error().field == QStringLiteral("override_reason"));

    CHECK(s.all()->isEmpty());
    CHECK(*(*reg)->history().count() == entries);
}

TEST_CASE("a dependency that would close a cycle is refused, naming the cycle", "[service][graph]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    auto a = s.create(
        makeAsset(QStringLiteral("CUS-APP-001"), AssetClass::Customer, AssetSubtype::Software));
    auto b = s.create(
        makeAsset(QStringLiteral("INT-PC-001"), AssetClass::Internal, AssetSubtype::Physical));
    auto c = s.create(makeAsset(QStringLiteral("INT-KEY-001")));
    REQUIRE((a && b && c));
    REQUIRE(s.addDependency(a->id, b->id));
    REQUIRE(s.addDependency(b->id, c->id));
    const qint64 entries = *(*reg)->history().count();

    const Status refused = s.addDependency(c->id, a->id);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == Error::Kind::Conflict);
    CHECK(refused.error().message.contains(
        QStringLiteral("INT-KEY-001 → CUS-APP-001 → INT-PC-001 → INT-KEY-001")));
    const Status self = s.addDependency(a->id, a->id);
    REQUIRE_FALSE(self);
    CHECK(self.error().message.contains(QStringLiteral("CUS-APP-001 → CUS-APP-001")));
    CHECK(*(*reg)->history().count() == entries);
    CHECK(s.graph()->edges().size() == 2);

    const Status twice = s.addDependency(a->id, b->id);
    REQUIRE_FALSE(twice);
    CHECK(twice.error().message.contains(QStringLiteral("already depends")));
}

TEST_CASE("delete and restore put back exactly what was there, dependencies included",
          "[service][undo]")
{
    ClockGuard clock;
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    auto db = s.create(makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer,
                                 AssetSubtype::Physical, 3, 3, 3));
    auto sw = s.create(
        makeAsset(QStringLiteral("INT-NW-001"), AssetClass::Internal, AssetSubtype::Physical));
    auto pc = s.create(
        makeAsset(QStringLiteral("INT-PC-001"), AssetClass::Internal, AssetSubtype::Physical));
    REQUIRE((db && sw && pc));
    REQUIRE(s.addDependency(db->id, sw->id));
    REQUIRE(s.addDependency(sw->id, pc->id));
    const QString snapshotBefore = AssetSnapshot::toJson(**s.find(sw->id));
    const auto prioritiesBefore = s.priorities()->results;

    clock.clock().advanceSecs(10);
    auto deleted = s.remove(sw->id);
    REQUIRE(deleted);
    CHECK(deleted->edges.size() == 2);
    CHECK(s.graph()->edges().isEmpty());
    CHECK(s.priorities()->effective(pc->id) == Priority::P3); // nothing raises it any more

    clock.clock().advanceSecs(10);
    auto restored = s.restore(*deleted);
    REQUIRE(restored);
    CHECK(AssetSnapshot::toJson(**s.find(sw->id)) == snapshotBefore);
    auto edges = s.graph()->edges();
    CHECK(edges.size() == 2);
    CHECK(s.graph()->hasEdge(db->id, sw->id));
    CHECK(s.graph()->hasEdge(sw->id, pc->id));
    CHECK(s.priorities()->results == prioritiesBefore);

    auto history = s.historyOf(sw->id);
    REQUIRE(history);
    QStringList actions;
    for (const auto& e : *history)
        actions << e.action;
    CHECK(actions ==
          QStringList{QStringLiteral("create"), QStringLiteral("link"), QStringLiteral("link"),
                      QStringLiteral("unlink"), QStringLiteral("unlink"), QStringLiteral("delete"),
                      QStringLiteral("restore"), QStringLiteral("link"), QStringLiteral("link")});
}

TEST_CASE("a bulk write is all or nothing", "[service][bulk]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    SignalLog log(s);
    const qint64 entries = *(*reg)->history().count();
    {
        auto bulk = s.beginBulk();
        REQUIRE(bulk);
        REQUIRE(bulk->create(makeAsset(QStringLiteral("B-1"))));
        REQUIRE(bulk->create(makeAsset(QStringLiteral("B-2"))));
        auto dup = bulk->create(makeAsset(QStringLiteral("b-1")));
        REQUIRE_FALSE(dup);
        CHECK(dup.error().message.contains(QStringLiteral("already used")));
        // dropped without commit
    }
    CHECK(s.all()->isEmpty());
    CHECK(*(*reg)->history().count() == entries);
    CHECK(log.events.isEmpty());

    auto bulk = s.beginBulk();
    REQUIRE(bulk);
    REQUIRE(bulk->create(makeAsset(QStringLiteral("B-1"))));
    REQUIRE(bulk->create(makeAsset(QStringLiteral("B-2"))));
    REQUIRE(bulk->addDependency(QStringLiteral("B-1"), QStringLiteral("B-2")));
    const Status cycle = bulk->addDependency(QStringLiteral("B-2"), QStringLiteral("B-1"));
    REQUIRE_FALSE(cycle);
    CHECK(cycle.error().message.contains(QStringLiteral("B-2 → B-1 → B-2")));
    Asset changed = makeAsset(QStringLiteral("b-2"));
    changed.owner = QStringLiteral("総務部");
    REQUIRE(bulk->updateByCode(changed));
    REQUIRE(bulk->commit(QStringLiteral("test import"), QStringLiteral("import"),
                         QStringLiteral("{}")));
    CHECK(bulk->created() == 2);
    CHECK(bulk->updated() == 1);
    CHECK(log.events == QStringList{QStringLiteral("reset")});
    CHECK(s.all()->size() == 2);
    CHECK((*s.findByCode(QStringLiteral("B-2")))->owner == QStringLiteral("総務部"));
    CHECK((*s.findByCode(QStringLiteral("B-2")))->code == QStringLiteral("B-2"));
    // 2 creates + 1 link + 1 update + the event, all one operation
    auto latest = (*reg)->history().latest(5);
    REQUIRE(latest);
    CHECK(latest->first().entityType == history::Event);
    CHECK(latest->first().op == latest->last().op);
}

namespace {

// Creates, as one group, GroupSize rows prepared as an import prepares them, the last with the
// first one's code in other case (an import finds such a duplicate in its file before writing;
// here it gets through). The rows stay in `rows`.
Result<bool> createGroupWithDuplicate(AssetService::BulkWriter& bulk,
                                      std::vector<AssetService::BulkWriter::Prepared>& rows)
{
    using BulkWriter = AssetService::BulkWriter;
    auto forecast = bulk.forecast();
    if (!forecast)
        return forecast.error();
    rows.clear();
    rows.reserve(BulkWriter::GroupSize);
    BulkWriter::Group group{};
    for (int i = 1; i <= BulkWriter::GroupSize; ++i) {
        const QString code =
            i < BulkWriter::GroupSize ? QStringLiteral("G-%1").arg(i) : QStringLiteral("g-1");
        rows.push_back(BulkWriter::prepare(makeAsset(code)));
        BulkWriter::expect(rows.back(), *forecast);
        group[std::size_t(i - 1)] = &rows.back();
    }
    std::array<qint64, BulkWriter::GroupSize> ids{};
    return bulk.createGroup(group, ids);
}

} // namespace

// In a register without assets, rows written several to a statement cannot meet an existing
// code, so such a statement does without SQLite's statement journal and a failure ends the
// whole transaction. It must then be an error that stops everything, never a conflict to retry
// row by row (that would write outside any transaction).
TEST_CASE("a failed group in an empty register rolls everything back and stops the bulk write",
          "[service][bulk]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    const qint64 entries = *(*reg)->history().count();
    {
        auto bulk = s.beginBulk();
        REQUIRE(bulk);
        REQUIRE(bulk->create(makeAsset(QStringLiteral("FIRST"))));
        std::vector<AssetService::BulkWriter::Prepared> rows;
        auto written = createGroupWithDuplicate(*bulk, rows);
        REQUIRE_FALSE(written);
        CHECK(written.error().kind != Error::Kind::Conflict);
        // The statement is named from SQLite's copy of its text (the one it was made from is
        // long gone), cut short.
        CHECK(written.error().message.contains(QStringLiteral("[INSERT OR ROLLBACK INTO assets")));
        CHECK(written.error().message.endsWith(QStringLiteral("…]")));
        // Nothing more goes in: not one by one, not a commit.
        auto after = bulk->create(makeAsset(QStringLiteral("LATER")));
        REQUIRE_FALSE(after);
        CHECK(after.error().message.contains(QStringLiteral("rolled back")));
        CHECK_FALSE(
            bulk->commit(QStringLiteral("test"), QStringLiteral("import"), QStringLiteral("{}")));
    }
    CHECK(s.all()->isEmpty());
    CHECK(*(*reg)->history().count() == entries);
    CHECK((*reg)->history().verifyChain()->ok());

    // With an asset already there, the same group is a conflict that writes none of its rows,
    // and the rows can then go one by one.
    REQUIRE(s.create(makeAsset(QStringLiteral("BEFORE"))));
    auto bulk = s.beginBulk();
    REQUIRE(bulk);
    std::vector<AssetService::BulkWriter::Prepared> rows;
    auto written = createGroupWithDuplicate(*bulk, rows);
    REQUIRE(written);
    CHECK_FALSE(*written);
    for (const auto& row : rows) {
        auto id = bulk->create(row);
        CHECK(bool(id) == (row.asset.code != QStringLiteral("g-1")));
    }
    REQUIRE(bulk->commit(QStringLiteral("test"), QStringLiteral("import"), QStringLiteral("{}")));
    CHECK(s.all()->size() == AssetService::BulkWriter::GroupSize); // BEFORE and G-1 … G-11
    CHECK((*reg)->history().verifyChain()->ok());
}

TEST_CASE("reading all assets straight from SQLite gives exactly what a single read gives",
          "[service][storage]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetService& s = (*reg)->assets();
    Asset full = makeAsset(QStringLiteral("CUS-DB-001"), AssetClass::Customer,
                           AssetSubtype::Physical, 3, 2, 1);
    full.name = QStringLiteral("Web請求DBサーバ 😀");
    full.description = QStringLiteral("説明\n二行目\tタブ");
    full.owner = QStringLiteral("システム運用部");
    full.location = QStringLiteral("東京センター");
    full.retention = QStringLiteral("契約終了後5年");
    full.businessArea = QStringLiteral("請求");
    full.userScope = QStringLiteral("運用担当");
    full.notes = QStringLiteral("備考");
    full.personalData = PersonalData::SpecialCare;
    full.customerData = true;
    full.priorityOverride = Priority::P1;
    full.overrideReason = QStringLiteral("理由");
    full.nextReview = QDate(2027, 3, 31);
    Asset bare =
        makeAsset(QStringLiteral("INT-PC-001"), AssetClass::Internal, AssetSubtype::Physical);
    REQUIRE(s.create(full));
    REQUIRE(s.create(bare));

    auto direct =
        readAllAssetsDirect((*reg)->database().connection(), AssetRepository::selectColumns(), 2);
    REQUIRE(direct.has_value()); // the fast path is taken on SQLite
    REQUIRE(*direct);
    REQUIRE((*direct)->size() == 2);
    for (const Asset& a : **direct) {
        auto one = s.find(a.id);
        REQUIRE(one);
        REQUIRE(one->has_value());
        const Asset& b = **one;
        CHECK(a.sameContent(b));
        CHECK(a.id == b.id);
        CHECK(a.createdAt == b.createdAt);
        CHECK(a.updatedAt == b.updatedAt);
        CHECK(a.priorityOverride == b.priorityOverride);
        CHECK(a.nextReview == b.nextReview);
    }
    CHECK((*direct)->at(0).name == full.name);
    CHECK_FALSE((*direct)->at(1).priorityOverride.has_value());
    CHECK_FALSE((*direct)->at(1).nextReview.isValid());
    auto all = s.all();
    REQUIRE(all);
    CHECK(all->size() == 2);
}

TEST_CASE("the bulk insert applies the assets table's CHECK constraints itself, exactly",
          "[storage][bulk]")
{
    // BulkInsert's statement is compiled without the CHECKs (they cost a temporary B-tree per
    // row); AssetRepository::schemaCheckFailure applies them instead. Every case must be
    // accepted or refused by both alike: the checked QtSql insert is the reference.
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    AssetRepository repo((*reg)->database());
    struct Case
    {
        const char* what;
        std::function<void(Asset&)> change;
        bool ok;
    };
    const std::vector<Case> cases{
        {"valid", [](Asset&) {}, true},
        {"confidentiality 0", [](Asset& a) { a.confidentiality = 0; }, false},
        {"integrity 4", [](Asset& a) { a.integrity = 4; }, false},
        {"availability -1", [](Asset& a) { a.availability = -1; }, false},
        {"availability 3", [](Asset& a) { a.availability = 3; }, true},
        {"media on a customer asset",
         [](Asset& a) {
             a.assetClass = AssetClass::Customer;
             a.subtype = AssetSubtype::Media;
         },
         false},
        {"media on a test asset",
         [](Asset& a) {
             a.assetClass = AssetClass::Test;
             a.subtype = AssetSubtype::Media;
         },
         false},
        {"media on an internal asset",
         [](Asset& a) {
             a.assetClass = AssetClass::Internal;
             a.subtype = AssetSubtype::Media;
         },
         true},
        {"override without a reason", [](Asset& a) { a.priorityOverride = Priority::P1; }, false},
        {"override with spaces only",
         [](Asset& a) {
             a.priorityOverride = Priority::P2;
             a.overrideReason = QStringLiteral("   ");
         },
         false},
        {"override with a tab (SQLite's trim keeps it)",
         [](Asset& a) {
             a.priorityOverride = Priority::P3;
             a.overrideReason = QStringLiteral("\t");
         },
         true},
        {"override with a reason",
         [](Asset& a) {
             a.priorityOverride = Priority::P1;
             a.overrideReason = QStringLiteral("契約で指定");
         },
         true},
        {"reason without an override", [](Asset& a) { a.overrideReason = QStringLiteral("x"); },
         true},
        {"my-number data", [](Asset& a) { a.personalData = PersonalData::MyNumber; }, true},
    };
    int n = 0;
    for (const Case& c : cases) {
        INFO(c.what);
        Asset a = makeAsset(QStringLiteral("CHK-%1").arg(++n), AssetClass::Internal,
                            AssetSubtype::Data, 2, 2, 2);
        a.createdAt = a.updatedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
        c.change(a);
        CHECK(AssetRepository::schemaCheckFailure(a).isEmpty() == c.ok);
        // The reference: SQLite's own CHECKs.
        auto checked = repo.insert(a);
        CHECK(bool(checked) == c.ok);
        // The bulk insert, under a new code.
        a.code += QStringLiteral("-B");
        auto tx = Transaction::begin((*reg)->database());
        REQUIRE(tx);
        {
            auto bulk = repo.bulkInsert();
            REQUIRE(bulk);
            auto inserted = bulk->insert(a);
            CHECK(bool(inserted) == c.ok);
            if (!inserted)
                CHECK(inserted.error().message.contains(QStringLiteral("CHECK constraint")));
        }
        REQUIRE(tx->commit());
    }
    // The connection's other statements keep SQLite's CHECKs.
    Asset bad =
        makeAsset(QStringLiteral("CHK-AFTER"), AssetClass::Internal, AssetSubtype::Data, 2, 2, 2);
    bad.createdAt = bad.updatedAt = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC);
    bad.confidentiality = 7;
    CHECK_FALSE(repo.insert(bad));
}
