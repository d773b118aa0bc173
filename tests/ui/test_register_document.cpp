#include "SettingsSandbox.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "storage/AssetSnapshot.h"
#include "support/TestSupport.h"
#include "undo/RegisterDocument.h"

#include <QSignalSpy>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("service commands undo and redo as real writes", "[ui][undo]")
{
    SettingsSandbox settings;
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    RegisterDocument doc(std::move(*reg));
    AssetService& s = doc.reg().assets();
    auto a = s.create(makeAsset(QStringLiteral("A-1")));
    auto b = s.create(makeAsset(QStringLiteral("B-1")));
    REQUIRE((a && b));
    REQUIRE(s.addDependency(a->id, b->id));
    const QString before = AssetSnapshot::toJson(**s.find(b->id));
    const qint64 entries = *doc.reg().history().count();

    // Delete B: the first step captures what the second needs.
    auto deleted = std::make_shared<DeletedAsset>();
    const qint64 id = b->id;
    REQUIRE(doc.execute(
        QStringLiteral("Delete B-1"),
        [&s, deleted, id]() -> Status {
            auto r = s.remove(id);
            if (!r)
                return r.error();
            *deleted = *r;
            return {};
        },
        [&s, deleted]() -> Status {
            auto r = s.restore(*deleted);
            return r ? Status() : Status(r.error());
        }));
    CHECK_FALSE(s.find(id)->has_value());
    CHECK(doc.undoStack()->count() == 1);
    CHECK(doc.undoStack()->undoText() == QStringLiteral("Delete B-1"));

    doc.undoStack()->undo();
    REQUIRE(s.find(id)->has_value());
    CHECK(AssetSnapshot::toJson(**s.find(id)) == before);
    CHECK(s.graph()->hasEdge(a->id, id));

    doc.undoStack()->redo();
    CHECK_FALSE(s.find(id)->has_value());
    // delete (unlink + delete), restore (restore + link), delete again (unlink + delete)
    CHECK(*doc.reg().history().count() == entries + 6);
}

TEST_CASE("a failed action is not pushed, a failed undo is reported", "[ui][undo]")
{
    SettingsSandbox settings;
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    RegisterDocument doc(std::move(*reg));
    QSignalSpy failed(&doc, &RegisterDocument::actionFailed);

    const Status s = doc.execute(
        QStringLiteral("Impossible"), [] { return Status(Error::invalid(QStringLiteral("no"))); },
        [] { return Status(); });
    CHECK_FALSE(s);
    CHECK(doc.undoStack()->count() == 0);

    REQUIRE(doc.execute(
        QStringLiteral("Fragile"), [] { return Status(); },
        [] { return Status(Error::invalid(QStringLiteral("gone"))); }));
    doc.undoStack()->undo();
    REQUIRE(failed.wait(1000));
    CHECK(failed.first().first().toString() == QStringLiteral("gone"));
}
