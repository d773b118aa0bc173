#include "services/AssetService.h"
#include "services/Register.h"
#include "storage/AssetSnapshot.h"
#include "storage/HistoryLog.h"
#include "storage/Sql.h"
#include "support/JsonWriter.h"
#include "support/Sha256.h"
#include "support/TestSupport.h"
#include "support/Utf8.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

using namespace daicho;
using namespace daicho::test;

TEST_CASE("every write appends a chained history entry with who and what", "[history]")
{
    ClockGuard clock;
    auto reg = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(reg);
    AssetService& assets = (*reg)->assets();
    HistoryLog& log = (*reg)->history();
    const qint64 initial = *log.count();
    CHECK(initial == 5); // the register's settings at creation

    auto a = assets.create(makeAsset(QStringLiteral("INT-PC-001")));
    REQUIRE(a);
    auto b = assets.create(makeAsset(QStringLiteral("INT-NW-001")));
    REQUIRE(b);
    clock.clock().advanceSecs(60);
    Asset edited = *a;
    edited.confidentiality = 3;
    REQUIRE(assets.update(edited));
    REQUIRE(assets.addDependency(a->id, b->id));
    REQUIRE(assets.setPriorityOverride(b->id, Priority::P2, QStringLiteral("VPN keys")));
    REQUIRE(assets.removeDependency(a->id, b->id));
    REQUIRE(assets.remove(b->id));

    auto entries = log.latest(100);
    REQUIRE(entries);
    REQUIRE(entries->size() == initial + 7);
    const HistoryEntry& newest = entries->first();
    CHECK(newest.action == QStringLiteral("delete"));
    CHECK(newest.entityLabel == QStringLiteral("INT-NW-001"));
    CHECK(newest.before.has_value());
    CHECK_FALSE(newest.after.has_value());
    CHECK(newest.actor == QStringLiteral("tester"));

    const HistoryEntry& override = entries->at(2);
    CHECK(override.action == QStringLiteral("override"));
    CHECK(override.note == QStringLiteral("VPN keys"));

    const HistoryEntry& link = entries->at(3);
    CHECK(link.action == QStringLiteral("link"));
    CHECK(link.entityLabel == QStringLiteral("INT-PC-001 → INT-NW-001"));

    const HistoryEntry& update = entries->at(4);
    CHECK(update.action == QStringLiteral("update"));
    CHECK(AssetSnapshot::members(*update.before).value(u"confidentiality").toInt() == 1);
    CHECK(AssetSnapshot::members(*update.after).value(u"confidentiality").toInt() == 3);
    CHECK(update.at == clock.clock().nowUtc());

    // Each entry's hash covers the hash of the one before.
    for (qsizetype i = 0; i + 1 < entries->size(); ++i)
        CHECK(HistoryLog::computeHash(entries->at(i), entries->at(i + 1).hash) ==
              entries->at(i).hash);
    auto chain = log.verifyChain();
    REQUIRE(chain);
    CHECK(chain->ok());
    CHECK(chain->entries == initial + 7);
}

TEST_CASE("an unchanged update writes nothing", "[history]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    auto a = (*reg)->assets().create(makeAsset(QStringLiteral("X-1")));
    REQUIRE(a);
    const qint64 before = *(*reg)->history().count();
    REQUIRE((*reg)->assets().update(*a));
    CHECK(*(*reg)->history().count() == before);
}

TEST_CASE("edits to the history behind Daicho's back break the chain", "[history][tamper]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    for (int i = 1; i <= 3; ++i)
        REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("X-%1").arg(i))));
    const QSqlDatabase db = (*reg)->database().connection();

    SECTION("a changed value")
    {
        REQUIRE(sql::run(db, QStringLiteral("UPDATE history SET actor = 'mallory' WHERE seq = 7")));
        auto chain = (*reg)->history().verifyChain();
        REQUIRE(chain);
        CHECK(chain->firstBadSeq == 7);
        CHECK(chain->problem.contains(QStringLiteral("changed")));
    }
    SECTION("a removed entry")
    {
        REQUIRE(sql::run(db, QStringLiteral("DELETE FROM history WHERE seq = 6")));
        auto chain = (*reg)->history().verifyChain();
        REQUIRE(chain);
        CHECK(chain->firstBadSeq == 7);
        CHECK(chain->problem.contains(QStringLiteral("missing")));
    }
    SECTION("an entry rewritten with a fresh hash")
    {
        // Recomputing the entry's own hash is not enough: the next entry still points at the
        // old one.
        auto entries = (*reg)->history().entriesFor(history::Asset, QStringLiteral("2"));
        REQUIRE(entries);
        HistoryEntry e = entries->first();
        auto all = (*reg)->history().latest(100);
        REQUIRE(all);
        const auto previous = std::find_if(
            all->cbegin(), all->cend(), [&](const HistoryEntry& x) { return x.seq == e.seq - 1; });
        REQUIRE(previous != all->cend());
        e.actor = QStringLiteral("mallory");
        e.hash = HistoryLog::computeHash(e, previous->hash);
        REQUIRE(sql::run(db, QStringLiteral("UPDATE history SET actor = ?, hash = ? WHERE seq = ?"),
                         {e.actor, e.hash, e.seq}));
        auto chain = (*reg)->history().verifyChain();
        REQUIRE(chain);
        CHECK(chain->firstBadSeq == e.seq + 1);
    }
}

TEST_CASE("a failed write leaves neither the change nor a history entry", "[history]")
{
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("DUP-1"))));
    const qint64 before = *(*reg)->history().count();
    auto dup = (*reg)->assets().create(makeAsset(QStringLiteral("dup-1")));
    REQUIRE_FALSE(dup);
    CHECK(dup.error().kind == Error::Kind::Conflict);
    CHECK(dup.error().field == QStringLiteral("code"));
    CHECK(*(*reg)->history().count() == before);
    auto chain = (*reg)->history().verifyChain();
    REQUIRE(chain);
    CHECK(chain->ok());
}

// The chain's hash format is what every register already written depends on: pinned here to
// a value computed outside Daicho (Python's hashlib over "<length>:<UTF-8>" fields, "-" for an
// absent snapshot).
TEST_CASE("an entry's hash is computed exactly as registers already store it", "[history]")
{
    HistoryEntry e;
    e.seq = 12;
    e.op = 7;
    e.at = QDateTime(QDate(2026, 12, 2), QTime(1, 45, 1, 931), Qt::UTC);
    e.actor = QStringLiteral("担当者");
    e.entityType = history::Asset;
    e.entityKey = QStringLiteral("12");
    e.entityLabel = QStringLiteral("INT-DT-001");
    e.action = QStringLiteral("update");
    e.after = QStringLiteral("{\"名\":\"台帳\"}");
    CHECK(HistoryLog::computeHash(e, QStringLiteral("ab").repeated(32)) ==
          QStringLiteral("a8c48eb9d6f04af52d8acc112b463081dc6682261fa1c47f27def0e5095e5b8a"));
}

TEST_CASE("SHA-256 in one call and in pieces give the standard digest", "[history]")
{
    const QByteArray abc("abc");
    const QByteArray expected =
        QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(Sha256::of(abc) == expected);
    Sha256 pieces;
    pieces.add(QByteArrayView("a"));
    pieces.add(QByteArrayView("bc"));
    CHECK(pieces.result() == expected);
    const QByteArray big(1 << 20, 'x');
    CHECK(Sha256::of(big) == QCryptographicHash::hash(big, QCryptographicHash::Sha256));
    // Again on the same thread (the context is reused), and as hex.
    CHECK(Sha256::of(abc) == expected);
    CHECK(Sha256::hexOf(abc) == expected.toHex());
    CHECK(Sha256::hexOf(big) == QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex());
    CHECK(Sha256::hexOf(QByteArrayView()) ==
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

// Snapshots are written in UTF-8 from the row as encoded for its insert, by an import and by
// every other write; their text, whatever the characters, is what check compares.
TEST_CASE("an asset's snapshot is its members in order, escaped, from its encoded row", "[history]")
{
    Asset a = makeAsset(QStringLiteral("INT-DT-001"));
    a.id = 123456;
    a.name = QStringLiteral("請求データ \"月次\" \\ 控え");
    a.notes = QStringLiteral("一行目\n二行目\t\r") + QChar(0x01) + QStringLiteral("😀 ｶﾅ");
    a.description = QString(QChar(0xD800)) + QStringLiteral("lone"); // a lone surrogate
    a.nextReview = QDate(2027, 4, 1);
    a.createdAt = a.updatedAt = QDateTime(QDate(2026, 12, 2), QTime(1, 2, 3, 4), Qt::UTC);
    const QString whole = AssetSnapshot::toJson(a);
    CHECK(whole.startsWith(QStringLiteral("[123456,\"INT-DT-001\",\"請求データ ")));
    CHECK(whole.contains(QStringLiteral(",\"一行目\\n二行目\\t\\r\\u0001😀 ｶﾅ\",")));
    CHECK(whole.contains(QStringLiteral(",\"請求データ \\\"月次\\\" \\\\ 控え\",")));
    CHECK(whole.endsWith(
        QStringLiteral(",\"2026-12-02T01:02:03.004Z\",\"2026-12-02T01:02:03.004Z\"]")));
    auto back = AssetSnapshot::fromJson(whole);
    REQUIRE(back);
    CHECK(back->name == a.name);
    CHECK(back->notes == a.notes);

    // The other shapes of a row: an override, no review date, customers' data.
    a.priorityOverride = Priority::P1;
    a.overrideReason = QStringLiteral("監査指摘");
    a.nextReview = QDate();
    a.customerData = true;
    a.description.clear();
    const QString other = AssetSnapshot::toJson(a);
    // The whole text, as registers store it: the format is pinned, later versions only append.
    CHECK(other ==
          QStringLiteral(R"([123456,"INT-DT-001","請求データ \"月次\" \\ 控え","","internal",)"
                         R"("data","","","","","","一行目\n二行目\t\r\u0001😀 ｶﾅ",1,1,1,)"
                         R"("none",1,"P1","監査指摘",null,"2026-12-02T01:02:03.004Z",)"
                         R"("2026-12-02T01:02:03.004Z"])"));
    // personal data, customers' data, the override and its reason, the review date
    CHECK(other.contains(QStringLiteral(",\"none\",1,\"P1\",\"監査指摘\",null,")));
    const QJsonObject named = AssetSnapshot::members(other);
    CHECK(named.value(u"customer_data") == QJsonValue(true));
    CHECK(named.value(u"priority_override") == QJsonValue(u"P1"_qs));
    CHECK(named.value(u"next_review").isNull());
    CHECK(named.value(u"code") == QJsonValue(u"INT-DT-001"_qs));
}

// Registers before schema 5 hold asset snapshots as objects of named members; their entries
// are never rewritten (their hashes cover them), so they must still read as the same asset.
TEST_CASE("an asset snapshot of the older, object form reads as the same asset", "[history]")
{
    const QString old = QStringLiteral(
        R"({"id":7,"code":"CUS-DT-001","name":"請求データ \"月次\"","description":"",)"
        R"("class":"customer","subtype":"data","owner":"業務部","location":"DC",)"
        R"("retention":"5年","business_area":"介護保険請求","user_scope":"担当者",)"
        R"("notes":"一行目\n二行目","confidentiality":3,"integrity":2,"availability":1,)"
        R"("personal_data":"special-care","customer_data":true,"priority_override":null,)"
        R"("override_reason":"","next_review":"2027-04-01",)"
        R"("created_at":"2026-12-02T01:02:03.004Z","updated_at":"2026-12-03T01:02:03.004Z"})");
    auto a = AssetSnapshot::fromJson(old);
    REQUIRE(a);
    CHECK(a->id == 7);
    CHECK(a->name == QStringLiteral("請求データ \"月次\""));
    CHECK(a->notes == QStringLiteral("一行目\n二行目"));
    CHECK(a->assetClass == AssetClass::Customer);
    CHECK(a->personalData == PersonalData::SpecialCare);
    CHECK(a->customerData);
    CHECK(a->confidentiality == 3);
    CHECK(a->nextReview == QDate(2027, 4, 1));
    CHECK(a->updatedAt == QDateTime(QDate(2026, 12, 3), QTime(1, 2, 3, 4), Qt::UTC));

    // The text this version writes for it, read back, is the same asset with the same members.
    const QString now = AssetSnapshot::current(old);
    CHECK(now == AssetSnapshot::toJson(*a));
    CHECK(now.startsWith(QStringLiteral("[7,\"CUS-DT-001\",")));
    CHECK(AssetSnapshot::members(now) == AssetSnapshot::members(old));
    CHECK(AssetSnapshot::current(now) == now);
    auto again = AssetSnapshot::fromJson(now);
    REQUIRE(again);
    CHECK(AssetSnapshot::toJson(*again) == now);

    // Neither form: refused, and left alone for a comparison.
    CHECK_FALSE(AssetSnapshot::fromJson(QStringLiteral("[1,2]")));
    CHECK(AssetSnapshot::members(QStringLiteral("[1,2]")).isEmpty());
    CHECK(AssetSnapshot::current(QStringLiteral("{\"value\":1}")) ==
          QStringLiteral("{\"value\":1}"));
}

TEST_CASE("UTF-8 appended in place is exactly QString::toUtf8", "[history]")
{
    const QString texts[] = {QString(),
                             QStringLiteral("plain ASCII, 123"),
                             QStringLiteral("é ß ©"),
                             QStringLiteral("介護保険 ｶﾅ　全角"),
                             QStringLiteral("😀 𠮷野家"),
                             QString(QChar(0xD83D)) + QStringLiteral("x"), // lone high
                             QStringLiteral("x") + QChar(0xDE00),          // lone low
                             QStringLiteral("end") + QChar(0xD83D)};       // high at the end
    for (const QString& t : texts) {
        QByteArray out("prefix:");
        appendUtf8(out, t);
        CHECK(out == "prefix:" + t.toUtf8());
    }
}

// The writer takes runs of ASCII eight units at a time: runs of every length, broken by every
// kind of unit (the last ASCII one, the first two-byte one, three-byte ones, pairs and lone
// surrogates) at every place, must still give QString::toUtf8's bytes.
TEST_CASE("UTF-8 of ASCII runs broken at any place is exactly QString::toUtf8", "[history]")
{
    const char16_t breaks[] = {0x7f, 0x80, 0x7ff, 0x800, 0x3042, 0xff76, 0xffff, 0xD83D, 0xDE00};
    QRandomGenerator rng(20261204);
    for (int round = 0; round < 3000; ++round) {
        QString t;
        const int parts = int(rng.bounded(6));
        for (int k = 0; k < parts; ++k) {
            const int run = int(rng.bounded(20));
            for (int i = 0; i < run; ++i)
                t += QChar(char16_t(rng.bounded(0x80)));
            if (rng.bounded(3) == 0)
                t += QString::fromUtf16(u"😀");
            else
                t += QChar(breaks[rng.bounded(int(std::size(breaks)))]);
        }
        QByteArray out("x");
        appendUtf8(out, t);
        INFO(QByteArray(reinterpret_cast<const char*>(t.utf16()), t.size() * 2)
                 .toHex()
                 .toStdString());
        REQUIRE(out == "x" + t.toUtf8());
    }
}

// Snapshots are compared as text: the UTF-8 writer an import uses must give the bytes of the
// QString one every other write uses, for every character class (and parse back as JSON).
TEST_CASE("a JSON string written as UTF-8 is the UTF-16 writer's text, byte for byte", "[history]")
{
    QString controls;
    for (char16_t u = 0; u < 0x20; ++u)
        controls += QChar(u);
    const QString texts[] = {QString(),
                             QStringLiteral("plain ASCII, 123"),
                             controls,
                             QStringLiteral("\"quoted\" back\\slash / slash"),
                             QStringLiteral("é ß © \u007f \u0080 \u07ff \u0800"),
                             QStringLiteral("介護保険 ｶﾅ　全角\uffff"),
                             QStringLiteral("😀 𠮷野家"),
                             QString(QChar(0xD83D)) + QStringLiteral("x\n"), // lone high
                             QStringLiteral("\"x") + QChar(0xDE00),          // lone low
                             QStringLiteral("end\t") + QChar(0xD83D)};       // high at the end
    for (const QString& t : texts) {
        QByteArray utf8("[");
        JsonObjectWriter::appendString(utf8, t);
        QString utf16;
        JsonObjectWriter::appendString(utf16, t);
        CHECK(utf8 == "[" + utf16.toUtf8());
        utf8 += ']';
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(utf8, &err);
        CHECK(err.error == QJsonParseError::NoError);
        if (!t.contains(QChar(0xD83D)) && !t.contains(QChar(0xDE00)))
            CHECK(doc.array().at(0).toString() == t);
    }
}

// The UTF-8 writer looks for characters to escape eight bytes at a time: each of them, at every
// place in a word and next to multi-byte characters, must still be escaped as the UTF-16 writer
// escapes it.
TEST_CASE("a JSON string of UTF-8 is escaped wherever the character falls", "[history]")
{
    QList<QChar> specials = {QLatin1Char('"'), QLatin1Char('\\')};
    for (char16_t u = 0; u < 0x20; ++u)
        specials.append(QChar(u));
    const QString fillers[] = {QStringLiteral("abcdefghijklmnopqrstu"),
                               QStringLiteral("介護保険請求の明細データ控え")};
    for (const QString& filler : fillers) {
        for (qsizetype at = 0; at <= filler.size(); ++at) {
            for (QChar c : std::as_const(specials)) {
                const QString t = filler.left(at) + c + filler.mid(at);
                QByteArray fromUtf8("[");
                JsonObjectWriter::appendStringUtf8(fromUtf8, t.toUtf8());
                QByteArray fromUtf16("[");
                JsonObjectWriter::appendString(fromUtf16, t);
                INFO("at " << at << ", U+" << int(c.unicode()));
                CHECK(fromUtf8 == fromUtf16);
            }
        }
        // None at all, in strings of every length around a word's.
        for (qsizetype n = 0; n <= filler.size(); ++n) {
            QByteArray out;
            JsonObjectWriter::appendStringUtf8(out, filler.left(n).toUtf8());
            CHECK(out == '"' + filler.left(n).toUtf8() + '"');
        }
    }
}

// The same over random texts (a fixed seed): runs of every length, with the characters around
// the eight-byte tests' edges (0x1f/0x20, '!'/'"'/'#', '['/'\\'/']', 0x7f, 0x80 and above).
TEST_CASE("random JSON strings of UTF-8 are the UTF-16 writer's text", "[history]")
{
    const char16_t alphabet[] = {0x00, 0x01,  0x09, 0x0a, 0x0d, 0x1f, 0x20,   u'!',   u'"',  u'#',
                                 u'[', u'\\', u']', u'a', 0x7f, 0xe9, 0x3042, 0x8acb, 0xff76};
    QRandomGenerator rng(20261202);
    for (int round = 0; round < 3000; ++round) {
        QString t;
        const int n = int(rng.bounded(40));
        for (int i = 0; i < n; ++i) {
            // Mostly plain characters, so that whole words without escapes occur too.
            const bool plain = rng.bounded(4) != 0;
            t += QChar(plain ? char16_t(u'a' + rng.bounded(26))
                             : alphabet[rng.bounded(int(std::size(alphabet)))]);
        }
        QByteArray fromUtf8;
        JsonObjectWriter::appendStringUtf8(fromUtf8, t.toUtf8());
        QByteArray fromUtf16;
        JsonObjectWriter::appendString(fromUtf16, t);
        INFO(t.toUtf8().toHex().toStdString());
        REQUIRE(fromUtf8 == fromUtf16);
    }
}
