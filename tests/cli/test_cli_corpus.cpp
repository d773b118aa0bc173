#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace daicho::test;

namespace {

const QString kCorpus = QStringLiteral(DAICHO_CSV_CORPUS);

QString corpus(const char* rel)
{
    return kCorpus + QLatin1Char('/') + QString::fromUtf8(rel);
}

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

QString newRegister(const QTemporaryDir& dir, bool demo = true)
{
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    QStringList args{QStringLiteral("init"), path};
    if (demo)
        args << QStringLiteral("--demo");
    REQUIRE(runCli(args).exitCode == 0);
    return path;
}

} // namespace

TEST_CASE("every broken file is refused with its line, and the register is untouched",
          "[cli][csv][corpus]")
{
    struct Row
    {
        const char* file;
        QStringList extra;
        int line;
        const char* part;
    };
    const Row table[] = {
        {"broken/unterminated-quote.csv", {}, 3, "never closed"},
        {"broken/stray-quote.csv", {}, 4, "quote inside"},
        {"broken/text-after-quote.csv", {}, 2, "after the closing quote"},
        {"broken/nul-byte.csv", {}, 3, "NUL"},
        {"broken/ragged-rows.csv", {}, 3, "has 5 fields"},
        {"broken/unknown-class.csv", {}, 4, "column class: Unknown asset class \"external\""},
        {"broken/cia-out-of-range.csv", {}, 3, "column integrity: 5 is outside"},
        {"broken/media-on-customer.csv", {}, 2, "column subtype:"},
        {"broken/duplicate-codes.csv", {}, 4, "already used on line 2"},
        {"broken/empty.csv", {}, 1, "empty"},
        {"broken/header-only.csv", {}, 1, "no asset rows"},
        {"broken/invalid-utf8.csv", {}, 4, "not valid UTF-8"},
        {"broken/binary-garbage.csv", {}, 3, "binary"},
        {"good/ipa-ledger-cp932.csv",
         {QStringLiteral("--encoding"), QStringLiteral("utf-8"), QStringLiteral("--default-class"),
          QStringLiteral("customer"), QStringLiteral("--default-subtype"), QStringLiteral("data")},
         1,
         "not valid UTF-8"},
        {"good/ipa-ledger-cp932.csv", {}, 1, "no default class"},
    };
    QTemporaryDir dir;
    const QString reg = newRegister(dir);
    const QByteArray before = sha(reg);
    for (const Row& r : table) {
        const QString file = corpus(r.file);
        INFO(r.file);
        auto result = runCli(QStringList{QStringLiteral("import"), reg, file} + r.extra);
        INFO(result.err.toStdString());
        CHECK(result.exitCode == 1);
        CHECK(result.err.contains(file + QLatin1Char(':') + QString::number(r.line) +
                                  QStringLiteral(": ")));
        CHECK(result.err.contains(QString::fromUtf8(r.part)));
        CHECK(sha(reg) == before);
        CHECK_FALSE(QFileInfo::exists(reg + QStringLiteral("-wal")));
        CHECK_FALSE(QFileInfo::exists(reg + QStringLiteral("-journal")));
    }
    CHECK(runCli({QStringLiteral("check"), reg}).exitCode == 0);
}

TEST_CASE("an absurdly long field is refused with its line", "[cli][csv][corpus]")
{
    QTemporaryDir dir;
    const QString reg = newRegister(dir, false);
    const QByteArray before = sha(reg);
    const QString file = dir.filePath(QStringLiteral("long.csv"));
    writeBytes(file, "code,name,class,subtype\nA-1,ok,internal,data\nA-2," +
                         QByteArray(1100 * 1000, 'x') + ",internal,data\n");
    auto r = runCli({QStringLiteral("import"), reg, file});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(file + QStringLiteral(":3: ")));
    CHECK(sha(reg) == before);
}

TEST_CASE("real-world files import: CP932 IPA ledger, semicolons with BOM, UTF-16",
          "[cli][csv][corpus]")
{
    QTemporaryDir dir;
    const QString reg = newRegister(dir, false);
    struct Row
    {
        const char* file;
        int created;
        const char* summaryPart;
    };
    const Row table[] = {
        {"good/ipa-ledger-cp932.csv", 5, "Shift_JIS (CP932), comma"},
        {"good/english-semicolon-utf8bom.csv", 3, "UTF-8, semicolon"},
        {"good/unicode-text-utf16le.csv", 2, "UTF-16 LE, tab"},
    };
    for (const Row& r : table) {
        INFO(r.file);
        auto result = runCli({QStringLiteral("import"), reg, corpus(r.file),
                              QStringLiteral("--default-class"), QStringLiteral("customer"),
                              QStringLiteral("--default-subtype"), QStringLiteral("data")});
        INFO(result.err.toStdString());
        REQUIRE(result.exitCode == 0);
        CHECK(result.out.contains(QStringLiteral("%1 created").arg(r.created)));
        CHECK(result.out.contains(QString::fromUtf8(r.summaryPart)));
    }
    CHECK(runCli({QStringLiteral("check"), reg}).exitCode == 0);

    // The ledger's Japanese, multi-line notes and extension characters survive an export.
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    REQUIRE(runCli({QStringLiteral("export"), reg, QStringLiteral("--out"), out}).exitCode == 0);
    const QString text = QString::fromUtf8(readBytes(out));
    CHECK(text.contains(
        QStringLiteral("\"要介護度を含む。\n国保連伝送の元データ。\n㈱髙橋ケア提供\"")));
    CHECK(text.contains(QStringLiteral("請求DB(①系)")));
    CHECK(text.contains(QStringLiteral("\"\"\"控え\"\"は紙でも保管\"")));
    CHECK(text.contains(QStringLiteral("IPA-004,マイナンバー台帳")));
    CHECK(text.contains(QStringLiteral(",my-number,")));
    // The formula-looking note comes back neutralised.
    CHECK(text.contains(QStringLiteral("'=not a formula")));
}

TEST_CASE("a second import with --on-duplicate and --dry-run", "[cli][csv][corpus]")
{
    QTemporaryDir dir;
    const QString reg = newRegister(dir, false);
    const QString file = corpus("good/unicode-text-utf16le.csv");
    REQUIRE(runCli({QStringLiteral("import"), reg, file}).exitCode == 0);
    const QByteArray before = sha(reg);
    auto again = runCli({QStringLiteral("import"), reg, file});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(file + QStringLiteral(":2: column 管理番号: ")));
    auto dry = runCli({QStringLiteral("import"), reg, file, QStringLiteral("--on-duplicate"),
                       QStringLiteral("skip"), QStringLiteral("--dry-run")});
    CHECK(dry.exitCode == 0);
    CHECK(dry.out.contains(QStringLiteral("2 skipped")));
    CHECK(sha(reg) == before);
    auto update = runCli({QStringLiteral("import"), reg, file, QStringLiteral("--on-duplicate"),
                          QStringLiteral("update")});
    CHECK(update.exitCode == 0);
    CHECK(update.out.contains(QStringLiteral("2 unchanged")));
}

TEST_CASE("import messages follow the language", "[cli][csv][corpus]")
{
    QTemporaryDir dir;
    const QString reg = newRegister(dir, false);
    const QString file = corpus("broken/unknown-class.csv");
    auto ja = runCli(
        {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("import"), reg, file});
    CHECK(ja.exitCode == 1);
    CHECK(
        ja.err.contains(file + QStringLiteral(":4: column class: 資産区分「external」は不明です")));
    CHECK(ja.err.contains(QStringLiteral("何も取り込んでいません")));
}

TEST_CASE("saving the mapping, editing it and importing with it", "[cli][csv][corpus]")
{
    QTemporaryDir dir;
    const QString reg = newRegister(dir, false);
    const QString file = dir.filePath(QStringLiteral("odd.csv"));
    writeBytes(file, "No.,Thing,Kind,Type\nX-1,Billing app,customer,software\n");
    const QString map = dir.filePath(QStringLiteral("map.json"));
    auto first = runCli({QStringLiteral("import"), reg, file, QStringLiteral("--save-mapping"), map,
                         QStringLiteral("--dry-run")});
    CHECK(first.exitCode == 1); // No. and Thing are not recognised
    QByteArray json = readBytes(map);
    CHECK(json.contains("\"Type\": \"subtype\""));
    json.replace("\"No.\": \"\"", "\"No.\": \"code\"");
    json.replace("\"Thing\": \"\"", "\"Thing\": \"name\"");
    json.replace("\"Kind\": \"\"", "\"Kind\": \"class\"");
    writeBytes(map, json);
    auto second = runCli({QStringLiteral("import"), reg, file, QStringLiteral("--mapping"), map});
    INFO(second.err.toStdString());
    CHECK(second.exitCode == 0);
    CHECK(second.out.contains(QStringLiteral("1 created")));
}

TEST_CASE("a CP932 export of a value CP932 cannot hold names the asset and writes nothing",
          "[cli][csv][corpus]")
{
    QTemporaryDir dir;
    const QString reg = newRegister(dir, false);
    const QString file = dir.filePath(QStringLiteral("emoji.csv"));
    writeBytes(file, QStringLiteral("code,name,class,subtype\nE-1,ok,internal,data\n"
                                    "E-2,Chat bot 🤖,internal,software\n")
                         .toUtf8());
    REQUIRE(runCli({QStringLiteral("import"), reg, file}).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    auto r = runCli({QStringLiteral("export"), reg, QStringLiteral("--out"), out,
                     QStringLiteral("--encoding"), QStringLiteral("cp932")});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("E-2")));
    CHECK(r.err.contains(QStringLiteral("🤖")));
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(runCli({QStringLiteral("export"), reg, QStringLiteral("--out"), out}).exitCode == 0);
}
