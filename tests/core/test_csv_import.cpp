#include "csv/AssetImporter.h"
#include "csv/AssetTableIo.h"
#include "csv/ImportUndo.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace daicho;
using namespace daicho::test;

namespace {

struct Fixture
{
    ClockGuard clock;
    QTemporaryDir dir;
    std::unique_ptr<Register> reg;

    Fixture()
    {
        auto r = Register::createInMemory();
        REQUIRE(r);
        reg = std::move(*r);
    }

    QString file(const QByteArray& bytes, const char* name = "in.csv")
    {
        const QString path = dir.filePath(QString::fromUtf8(name));
        writeBytes(path, bytes);
        return path;
    }

    ImportReport import(const QByteArray& bytes, ImportRequest request = {},
                        AssetImportOptions options = {})
    {
        request.path = file(bytes);
        auto report = AssetImporter(*reg).run(request, options);
        REQUIRE(report);
        return *report;
    }

    qint64 assetCount()
    {
        auto all = reg->assets().all();
        REQUIRE(all);
        return all->size();
    }
    qint64 historyCount()
    {
        auto n = reg->history().count();
        REQUIRE(n);
        return *n;
    }
    Asset asset(const char* code)
    {
        auto a = reg->assets().findByCode(QString::fromUtf8(code));
        REQUIRE(a);
        REQUIRE(a->has_value());
        return **a;
    }
};

QString errorsOf(const ImportReport& r)
{
    QStringList out;
    for (const Error& e : r.errors)
        out.append(e.toString());
    return out.join(QLatin1Char('\n'));
}

const QByteArray kHeader = "code,name,class,subtype,confidentiality,integrity,availability\n";

} // namespace

TEST_CASE("a valid file is imported in one operation with per-asset history", "[csv][import]")
{
    Fixture f;
    const qint64 historyBefore = f.historyCount();
    const QByteArray csv = kHeader + "A-1,Web DB,customer,physical,3,3,2\n"
                                     "A-2,\"Notes, with comma\",internal,media,1,2,3\n";
    const ImportReport r = f.import(csv);
    INFO(errorsOf(r).toStdString());
    REQUIRE(r.ok());
    CHECK(r.written);
    CHECK(r.rows == 2);
    CHECK(r.created == 2);
    CHECK(f.assetCount() == 2);
    CHECK(f.asset("A-2").subtype == AssetSubtype::Media);
    CHECK(f.asset("a-1").confidentiality == 3);
    // Two creations and one event entry naming the file, its SHA-256 and the counts.
    CHECK(f.historyCount() == historyBefore + 3);
    auto latest = f.reg->history().latest(1);
    REQUIRE(latest);
    const HistoryEntry& event = latest->first();
    CHECK(event.entityType == history::Event);
    CHECK(event.action == QStringLiteral("import"));
    const QJsonObject details = QJsonDocument::fromJson(event.after->toUtf8()).object();
    CHECK(details.value(QStringLiteral("file")).toString() == QStringLiteral("in.csv"));
    CHECK(details.value(QStringLiteral("sha256")).toString() ==
          QString::fromLatin1(QCryptographicHash::hash(csv, QCryptographicHash::Sha256).toHex()));
    CHECK(details.value(QStringLiteral("created")).toInt() == 2);
    auto check = RegisterCheck::run(*f.reg);
    REQUIRE(check);
    CHECK(check->ok());
}

TEST_CASE("every invalid row and column is reported, and nothing is written", "[csv][import]")
{
    struct Row
    {
        const char* name;
        QByteArray row; // data row, written as line 3 after a valid line 2
        const char* column;
        const char* messagePart;
    };
    const Row table[] = {
        {"unknown class", "B-1,x,outer,data,1,1,1", "class", "outer"},
        {"unknown subtype", "B-1,x,internal,paper,1,1,1", "subtype", "paper"},
        {"CIA out of range", "B-1,x,internal,data,1,4,1", "integrity", "1–3"},
        {"CIA not a number", "B-1,x,internal,data,x,1,1", "confidentiality", "\"x\""},
        {"media on a customer asset", "B-1,x,customer,media,1,1,1", "subtype", "internal"},
        {"empty code", ",x,internal,data,1,1,1", "code", "code"},
        {"empty name", "B-1,,internal,data,1,1,1", "name", "name"},
        {"empty class without default", "B-1,x,,data,1,1,1", "class", "default"},
        {"duplicate of line 2", "A-1,again,internal,data,1,1,1", "code", "line 2"},
        {"duplicate differing in case", "a-1,again,internal,data,1,1,1", "code", "line 2"},
    };
    for (const Row& r : table) {
        INFO(r.name);
        Fixture f;
        const qint64 historyBefore = f.historyCount();
        const ImportReport rep = f.import(kHeader + "A-1,ok,internal,data,1,1,1\n" + r.row + "\n");
        INFO(errorsOf(rep).toStdString());
        REQUIRE(rep.errors.size() == 1);
        const Error& e = rep.errors.first();
        CHECK(e.line == 3);
        CHECK(e.field == QString::fromUtf8(r.column));
        CHECK(e.message.contains(QString::fromUtf8(r.messagePart)));
        CHECK(e.toString().startsWith(e.file + QStringLiteral(":3: column ") +
                                      QString::fromUtf8(r.column) + QStringLiteral(": ")));
        CHECK_FALSE(rep.written);
        CHECK(f.assetCount() == 0);
        CHECK(f.historyCount() == historyBefore);
    }
}

TEST_CASE("all problems of a file are collected, not just the first", "[csv][import]")
{
    Fixture f;
    const ImportReport r = f.import(kHeader + "A-1,x,outer,data,0,1,9\n"
                                              "A-2,y,internal,data,1,1,1,extra\n"
                                              "A-3,z,internal,data,1,1,1\n"
                                              "A-1,dup,internal,data,1,1,1\n");
    const QString all = errorsOf(r);
    INFO(all.toStdString());
    CHECK(r.errors.size() == 5);
    CHECK(all.contains(QStringLiteral(":2: column class:")));
    CHECK(all.contains(QStringLiteral(":2: column confidentiality:")));
    CHECK(all.contains(QStringLiteral(":2: column availability:")));
    CHECK(all.contains(QStringLiteral(":3: This row has 8 fields; the header has 7.")));
    CHECK(all.contains(QStringLiteral(":5: column code:")));
    CHECK(f.assetCount() == 0);
}

// Rows are read and checked on one thread and written on another, a few hundred at a time:
// problems found on either side, in different batches, still come out all and in file order.
TEST_CASE("a long file's problems come out all, in the file's order", "[csv][import]")
{
    Fixture f;
    REQUIRE(f.reg->assets().create(makeAsset(QStringLiteral("IN-REG"))));
    QByteArray csv = kHeader;
    for (int i = 1; i <= 1500; ++i) {
        const int line = i + 1;
        if (line == 7)
            csv += "L-7,x,outer,data,1,1,1\n"; // checked on the reading side
        else if (line == 700)
            csv += "in-reg,x,internal,data,1,1,1\n"; // found by the write: in the register
        else if (line == 1300)
            csv += "L-8,x,internal,data,1,1,9\n"; // a code used on line 8
        else
            csv += "L-" + QByteArray::number(line) + ",x,internal,data,1,1,1\n";
    }
    csv += "L-9999,\"never closed,internal,data,1,1,1\n";
    const ImportReport r = f.import(csv);
    QStringList where;
    for (const Error& e : r.errors)
        where.append(QString::number(e.line) + QLatin1Char(':') + e.field);
    CHECK(where.join(QLatin1Char(' ')) ==
          QStringLiteral("7:class 700:code 1300:availability 1300:code 1502:"));
    CHECK(r.rows == 1500);
    CHECK(f.assetCount() == 1);
}

TEST_CASE("a malformed file stops with its line and writes nothing", "[csv][import]")
{
    Fixture f;
    const ImportReport r = f.import(kHeader + "A-1,x,internal,data,1,1,1\n"
                                              "A-2,\"open,internal,data,1,1,1\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.first().line == 3);
    CHECK(r.errors.first().message.contains(QStringLiteral("never closed")));
    CHECK(f.assetCount() == 0);
}

TEST_CASE("empty file, header only, blank rows", "[csv][import]")
{
    Fixture f;
    CHECK(f.import("").errors.first().message.contains(QStringLiteral("empty")));
    CHECK(f.import(kHeader).errors.first().message.contains(QStringLiteral("no asset rows")));
    const ImportReport blanks = f.import(kHeader + ",,,,,,\n" + "A-1,x,internal,data,1,1,1\n\n");
    CHECK(blanks.ok());
    CHECK(blanks.rows == 1);
}

TEST_CASE("duplicates against the register: fail, skip or update", "[csv][import]")
{
    Fixture f;
    REQUIRE(
        f.import(kHeader + "A-1,first,internal,data,1,1,1\nA-2,two,internal,data,1,1,1\n").ok());
    const QByteArray again = kHeader +
                             "a-1,changed,internal,data,2,2,2\nA-2,two,internal,data,1,1,1\n"
                             "A-3,new,test,software,1,1,1\n";
    SECTION("fail")
    {
        const ImportReport r = f.import(again);
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors.at(0).line == 2);
        CHECK(r.errors.at(0).message.contains(QStringLiteral("already in the register")));
        CHECK(f.assetCount() == 2);
        CHECK(f.asset("A-1").name == QStringLiteral("first"));
    }
    SECTION("skip")
    {
        ImportRequest q;
        q.onDuplicate = OnDuplicate::Skip;
        const ImportReport r = f.import(again, q);
        REQUIRE(r.ok());
        CHECK(r.created == 1);
        CHECK(r.skipped == 2);
        CHECK(f.asset("A-1").name == QStringLiteral("first"));
        // The rows skipped were expected to be created (their ids and history entries were
        // made ahead); what was written instead still chains and replays.
        CHECK(f.asset("A-3").id == 3);
        auto check = RegisterCheck::run(*f.reg);
        REQUIRE(check);
        CHECK(check->ok());
    }
    SECTION("update")
    {
        ImportRequest q;
        q.onDuplicate = OnDuplicate::Update;
        const ImportReport r = f.import(again, q);
        REQUIRE(r.ok());
        CHECK(r.created == 1);
        CHECK(r.updated == 1);
        CHECK(r.unchanged == 1);
        CHECK(f.asset("A-1").name == QStringLiteral("changed"));
        CHECK(f.asset("A-1").code == QStringLiteral("A-1")); // stored spelling kept
        auto check = RegisterCheck::run(*f.reg);
        REQUIRE(check);
        CHECK(check->ok());
    }
}

// Rows are written a dozen to a statement with the ids and history entries the reading thread
// made ahead; a code already in the register inside such a group sends its rows one by one.
TEST_CASE("codes already in the register among rows written together", "[csv][import]")
{
    Fixture f;
    REQUIRE(f.reg->assets().create(makeAsset(QStringLiteral("G-5"))));
    REQUIRE(f.reg->assets().create(makeAsset(QStringLiteral("G-30"))));
    QByteArray csv = kHeader;
    for (int i = 1; i <= 40; ++i)
        csv += "g-" + QByteArray::number(i) + ",row " + QByteArray::number(i) +
               ",internal,data,2,2,2\n";
    SECTION("fail: each named once, in order, nothing written")
    {
        const ImportReport r = f.import(csv);
        QStringList lines;
        for (const Error& e : r.errors)
            lines.append(QString::number(e.line));
        CHECK(lines.join(QLatin1Char(' ')) == QStringLiteral("6 31"));
        CHECK(f.assetCount() == 2);
    }
    SECTION("skip")
    {
        ImportRequest q;
        q.onDuplicate = OnDuplicate::Skip;
        const ImportReport r = f.import(csv, q);
        REQUIRE(r.ok());
        CHECK(r.created == 38);
        CHECK(r.skipped == 2);
        CHECK(f.asset("G-5").name != QStringLiteral("row 5"));
        CHECK(f.asset("g-40").id == 40); // ids 1 and 2 were taken; 5 and 30 skipped
        auto check = RegisterCheck::run(*f.reg);
        REQUIRE(check);
        CHECK(check->ok());
    }
    SECTION("update, and undo")
    {
        ImportRequest q;
        q.onDuplicate = OnDuplicate::Update;
        q.collectUndo = true;
        const ImportReport r = f.import(csv, q);
        REQUIRE(r.ok());
        CHECK(r.created == 38);
        CHECK(r.updated == 2);
        CHECK(f.asset("G-30").name == QStringLiteral("row 30"));
        CHECK(r.undo.created.size() == 38);
        for (qint64 id : r.undo.created) {
            auto a = f.reg->assets().find(id);
            REQUIRE(a);
            REQUIRE(a->has_value());
            CHECK((*a)->code.startsWith(QStringLiteral("g-")));
        }
        auto check = RegisterCheck::run(*f.reg);
        REQUIRE(check);
        CHECK(check->ok());
    }
}

// SQLite gives a new row the largest id plus one, unless the largest possible id is taken;
// then it picks ids at random, and the ids and history entries made ahead are wrong.
TEST_CASE("an import whose ids SQLite does not give in order still records each asset",
          "[csv][import]")
{
    Fixture f;
    REQUIRE(f.reg->assets().create(makeAsset(QStringLiteral("TOP"))));
    REQUIRE(sql::run(f.reg->database().connection(),
                     QStringLiteral("UPDATE assets SET id = 9223372036854775807")));
    QByteArray csv = kHeader;
    for (int i = 1; i <= 30; ++i)
        csv += "R-" + QByteArray::number(i) + ",x,internal,data,1,1,1\n";
    ImportRequest q;
    q.collectUndo = true;
    const ImportReport r = f.import(csv, q);
    REQUIRE(r.ok());
    CHECK(r.created == 30);
    REQUIRE(r.undo.created.size() == 30);
    for (int i = 1; i <= 30; ++i) {
        const Asset a = f.asset(QStringLiteral("R-%1").arg(i).toUtf8().constData());
        CHECK(r.undo.created.at(i - 1) == a.id);
        auto history = f.reg->assets().historyOf(a.id);
        REQUIRE(history);
        REQUIRE(history->size() == 1);
        CHECK(history->first().after->startsWith(QStringLiteral("[%1,").arg(a.id)));
    }
}

TEST_CASE("a dry run reports the counts and writes nothing", "[csv][import]")
{
    Fixture f;
    const qint64 historyBefore = f.historyCount();
    ImportRequest q;
    q.dryRun = true;
    const ImportReport r = f.import(kHeader + "A-1,x,internal,data,1,1,1\n", q);
    REQUIRE(r.ok());
    CHECK(r.created == 1);
    CHECK_FALSE(r.written);
    CHECK(f.assetCount() == 0);
    CHECK(f.historyCount() == historyBefore);
}

TEST_CASE("an IPA-style ledger: Japanese headers, flags, defaults, 0-2 scale", "[csv][import]")
{
    Fixture f;
    const QByteArray ledger =
        QStringLiteral("管理番号,業務分類,情報資産名称,備考,利用者範囲,管理部署,媒体・保存先,"
                       "個人情報,要配慮個人情報,特定個人情報,機密性,完全性,可用性,重要度,"
                       "保存期限,登録日,謎\n"
                       "L-1,介護保険請求,請求データ,\"複数行の\n備考\",全社員,業務部,"
                       "サーバ,○,○,,２,1,1,3,5年,2024/4/1,x\n"
                       "L-2,総務,社員名簿,,総務部,総務部,ファイルサーバ,有,無,無,1,1,0,2,"
                       "退職後3年,2024/4/1,y\n")
            .toUtf8();
    SECTION("without defaults the missing class and subtype are named once, at the header")
    {
        const ImportReport r = f.import(ledger);
        REQUIRE(r.errors.size() == 2);
        CHECK(r.errors.at(0).line == 1);
        CHECK(r.errors.at(0).message.contains(QStringLiteral("--default-class")));
        CHECK(r.errors.at(1).message.contains(QStringLiteral("--default-subtype")));
    }
    SECTION("with defaults and the 0-2 scale")
    {
        AssetImportOptions o;
        o.defaultClass = AssetClass::Customer;
        o.defaultSubtype = AssetSubtype::Data;
        o.ciaZeroBased = true;
        const ImportReport r = f.import(ledger, {}, o);
        INFO(errorsOf(r).toStdString());
        REQUIRE(r.ok());
        // Unknown column, and the computed/unkept ones, are reported as warnings.
        CHECK(r.warnings.size() == 3);
        const Asset a = f.asset("L-1");
        CHECK(a.name == QStringLiteral("請求データ"));
        CHECK(a.notes == QStringLiteral("複数行の\n備考"));
        CHECK(a.location == QStringLiteral("サーバ"));
        CHECK(a.owner == QStringLiteral("業務部"));
        CHECK(a.businessArea == QStringLiteral("介護保険請求"));
        CHECK(a.personalData == PersonalData::SpecialCare);
        CHECK(a.customerData); // personal data on a customer asset
        CHECK(a.confidentiality == 3);
        CHECK(a.integrity == 2);
        CHECK(a.retention == QStringLiteral("5年"));
        const Asset b = f.asset("L-2");
        CHECK(b.personalData == PersonalData::Personal);
        CHECK(b.availability == 1);
    }
}

TEST_CASE("cancelling through the progress callback rolls everything back", "[csv][import]")
{
    Fixture f;
    QByteArray csv = kHeader;
    for (int i = 0; i < 2000; ++i)
        csv += "C-" + QByteArray::number(i) + ",x,internal,data,1,1,1\n";
    ImportRequest q;
    q.path = f.file(csv);
    int calls = 0;
    q.progress = [&calls](qint64 done, qint64 total) {
        CHECK(done <= total);
        return ++calls < 2;
    };
    auto r = AssetImporter(*f.reg).run(q, {});
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::Cancelled);
    CHECK(f.assetCount() == 0);
}

TEST_CASE("a saved mapping decides columns the importer does not recognise", "[csv][import]")
{
    Fixture f;
    const QString map = f.dir.filePath(QStringLiteral("map.json"));
    writeBytes(map, R"({"format":"daicho-column-mapping","version":1,"table":"assets",
                       "columns":{"No.":"code","Thing":"name","Kind":"class"}})");
    ImportRequest q;
    q.mappingPath = map;
    AssetImportOptions o;
    o.defaultSubtype = AssetSubtype::Software;
    const ImportReport r = f.import("No.,Thing,Kind\nX-1,Billing app,customer\n", q, o);
    INFO(errorsOf(r).toStdString());
    REQUIRE(r.ok());
    CHECK(f.asset("X-1").subtype == AssetSubtype::Software);
    CHECK(f.asset("X-1").assetClass == AssetClass::Customer);
}

TEST_CASE("table options are checked by the table", "[csv][import]")
{
    Fixture f;
    AssetTableIo io;
    ImportRequest q;
    q.path = f.file(kHeader + "A-1,x,internal,data,1,1,1\n");
    q.options.insert(QStringLiteral("default-class"), QStringLiteral("outer"));
    auto r = io.importFrom(*f.reg, q);
    REQUIRE_FALSE(r);
    CHECK(r.error().kind == Error::Kind::Usage);
    q.options.clear();
    q.options.insert(QStringLiteral("catalog"), QStringLiteral("x"));
    CHECK_FALSE(io.importFrom(*f.reg, q));
}

TEST_CASE("dependencies: forward references, unknown codes and cycles", "[csv][import]")
{
    const QByteArray header = "code,name,class,subtype,depends on\n";
    SECTION("links by code, also to rows further down, and priorities follow them")
    {
        Fixture f;
        const ImportReport r =
            f.import(header + "PC-1,Admin PC,internal,physical,\n"
                              "DB-1,Customer DB,customer,software,\"SV-1\nPC-1\"\n"
                              "SV-1,Server,customer,physical,PC-1; \n");
        INFO(errorsOf(r).toStdString());
        REQUIRE(r.ok());
        auto g = f.reg->assets().graph();
        REQUIRE(g);
        CHECK(g->hasEdge(f.asset("DB-1").id, f.asset("SV-1").id));
        CHECK(g->hasEdge(f.asset("DB-1").id, f.asset("PC-1").id));
        CHECK(g->hasEdge(f.asset("SV-1").id, f.asset("PC-1").id));
        auto check = RegisterCheck::run(*f.reg);
        REQUIRE(check);
        CHECK(check->ok());
    }
    SECTION("an unknown code is an error on its row and column")
    {
        Fixture f;
        const ImportReport r =
            f.import(header + "A-1,x,internal,data,\nA-2,y,internal,data,NOPE-9\n");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().line == 3);
        CHECK(r.errors.first().field == QStringLiteral("depends on"));
        CHECK(r.errors.first().message.contains(QStringLiteral("NOPE-9")));
        CHECK(f.assetCount() == 0);
    }
    SECTION("a cycle is refused")
    {
        Fixture f;
        const ImportReport r =
            f.import(header + "A-1,x,internal,data,A-2\nA-2,y,internal,data,A-1\n");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors.first().line == 3);
        CHECK(r.errors.first().message.contains(QStringLiteral("cycle")));
        CHECK(f.assetCount() == 0);
    }
}

TEST_CASE("an import is taken back exactly: created, updated and linked", "[csv][import][undo]")
{
    Fixture f;
    const QByteArray header = "code,name,class,subtype,depends on\n";
    REQUIRE(f.import(header + "OLD-1,old one,internal,data,\nOLD-2,old two,internal,data,\n").ok());
    const Asset old1 = f.asset("OLD-1");
    const qint64 assetsBefore = f.assetCount();
    ImportRequest q;
    q.onDuplicate = OnDuplicate::Update;
    q.collectUndo = true;
    const ImportReport r = f.import(header + "OLD-1,renamed,internal,data,OLD-2\n"
                                             "NEW-1,new,test,software,OLD-1\n"
                                             "OLD-2,old two,internal,data,\n",
                                    q);
    INFO(errorsOf(r).toStdString());
    REQUIRE(r.ok());
    CHECK(r.undo.created.size() == 1);
    CHECK(r.undo.replaced.size() == 1);
    CHECK(r.undo.addedLinks.size() == 1); // OLD-1 → OLD-2; NEW-1's link goes with NEW-1
    CHECK(f.asset("OLD-1").name == QStringLiteral("renamed"));

    REQUIRE(AssetImportUndo::apply(*f.reg, r.undo, QStringLiteral("in.csv")).ok());
    CHECK(f.assetCount() == assetsBefore);
    CHECK(f.asset("OLD-1").sameContent(old1));
    auto g = f.reg->assets().graph();
    REQUIRE(g);
    CHECK(g->edges().isEmpty());
    auto check = RegisterCheck::run(*f.reg);
    REQUIRE(check);
    CHECK(check->ok());
}

TEST_CASE("an IPA ledger numbered by \"No.\" takes its codes from that column", "[csv][import]")
{
    Fixture f;
    AssetImportOptions o;
    o.defaultClass = AssetClass::Internal;
    o.defaultSubtype = AssetSubtype::Data;
    const ImportReport r =
        f.import(QStringLiteral("No.,業務分類,情報資産名称,機密性,完全性,可用性\n"
                                "1,総務,社員名簿,2,2,1\n2,経理,請求書控え,2,2,1\n")
                     .toUtf8(),
                 {}, o);
    INFO(errorsOf(r).toStdString());
    REQUIRE(r.ok());
    CHECK(f.asset("1").name == QStringLiteral("社員名簿"));
    CHECK(f.asset("2").businessArea == QStringLiteral("経理"));
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings.first().message.contains(QStringLiteral("gives the asset codes")));
    // With a real code column, "No." stays a row number and is not imported.
    CHECK(AssetImporter::automaticMapping({QStringLiteral("No."), QStringLiteral("管理番号")})
              .target(0)
              .isEmpty());
}
