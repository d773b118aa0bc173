#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>

using namespace daicho::test;

namespace {

QString tmp(const QTemporaryDir& d, const char* name)
{
    return d.filePath(QString::fromUtf8(name));
}

QStringList lines(const QString& path)
{
    QString text = QString::fromUtf8(readBytes(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

CliResult exportRisks(const QString& db, const QString& out,
                      const QString& encoding = QStringLiteral("utf-8-bom"))
{
    return runCli({QStringLiteral("export"), db, QStringLiteral("--table"), QStringLiteral("risks"),
                   QStringLiteral("--encoding"), encoding, QStringLiteral("--out"), out});
}

CliResult importRisks(const QString& db, const QString& file, const QStringList& more = {})
{
    return runCli(QStringList{QStringLiteral("import"), db, file, QStringLiteral("--table"),
                              QStringLiteral("risks")} +
                  more);
}

} // namespace

TEST_CASE("export --table risks and import it into a register with the same assets: round trip",
          "[cli][risks]")
{
    QTemporaryDir dir;
    const QString demo = tmp(dir, "demo.daicho");
    REQUIRE(runCli({QStringLiteral("init"), demo, QStringLiteral("--demo")}).exitCode == 0);
    for (const QString& encoding :
         {QStringLiteral("utf-8-bom"), QStringLiteral("utf-8"), QStringLiteral("cp932")}) {
        INFO(encoding.toStdString());
        const QString out = tmp(dir, "risks.csv");
        auto e = exportRisks(demo, out, encoding);
        INFO(e.err.toStdString());
        REQUIRE(e.exitCode == 0);
        const QStringList l = lines(out);
        REQUIRE(l.size() >= 16);

        // A second register with the demo assets but no risks: export the assets, import them,
        // then the risks; exporting again gives the same bytes.
        const QString other = tmp(dir, "other.daicho");
        QFile::remove(other);
        REQUIRE(runCli({QStringLiteral("init"), other}).exitCode == 0);
        const QString assets = tmp(dir, "assets.csv");
        REQUIRE(runCli({QStringLiteral("export"), demo, QStringLiteral("--table"),
                        QStringLiteral("assets"), QStringLiteral("--out"), assets})
                    .exitCode == 0);
        auto ia = runCli({QStringLiteral("import"), other, assets});
        INFO(ia.err.toStdString());
        REQUIRE(ia.exitCode == 0);
        auto ir = importRisks(other, out);
        INFO(ir.err.toStdString());
        REQUIRE(ir.exitCode == 0);
        const QString again = tmp(dir, "again.csv");
        REQUIRE(exportRisks(other, again, encoding).exitCode == 0);
        CHECK(readBytes(again) == readBytes(out));
        auto check = runCli({QStringLiteral("check"), other});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
        // Importing the same file again changes nothing.
        auto same = importRisks(other, out);
        CHECK(same.exitCode == 0);
        REQUIRE(exportRisks(other, again, encoding).exitCode == 0);
        CHECK(readBytes(again) == readBytes(out));
    }
}

TEST_CASE("a risk import with errors names every one by line and column and writes nothing",
          "[cli][risks]")
{
    QTemporaryDir dir;
    const QString db = tmp(dir, "r.daicho");
    REQUIRE(runCli({QStringLiteral("init"), db, QStringLiteral("--demo")}).exitCode == 0);
    const QString before = tmp(dir, "before.csv");
    REQUIRE(exportRisks(db, before).exitCode == 0);
    const QByteArray beforeBytes = readBytes(tmp(dir, "r.daicho"));

    const QString csv = tmp(dir, "in.csv");
    writeBytes(csv,
               QStringLiteral(
                   "リスクID,リスク,資産,脅威,脅威レベル,脆弱性レベル,リスク対応,対応策,受容期限\n"
                   "N-1,良い行,CUS-DB-001,T-MALWARE,2,2,低減,パッチ適用 | 運用部 | 2026-05-01 |,\n"
                   "N-2,資産なし,NO-SUCH,T-MALWARE,2,2,,,\n"
                   "N-3,脅威なし,CUS-DB-001,隕石,2,2,,,\n"
                   "N-4,レベル外,CUS-DB-001,T-MALWARE,5,x,,,\n"
                   "N-5,対応が不明,CUS-DB-001,,1,1,放置,,\n"
                   "N-6,日付が不明,CUS-DB-001,,1,1,受容,,来年\n"
                   "N-1,重複,CUS-DB-001,,1,1,,,\n"
                   ",コードなし,CUS-DB-001,,1,1,,,\n")
                   .toUtf8());
    auto r = importRisks(db, csv);
    CHECK(r.exitCode == 1);
    const QString err = r.err;
    INFO(err.toStdString());
    CHECK(err.contains(QStringLiteral("in.csv:3: column 資産")));
    CHECK(err.contains(QStringLiteral("NO-SUCH")));
    CHECK(err.contains(QStringLiteral("in.csv:4: column 脅威")));
    CHECK(err.contains(QStringLiteral("in.csv:5: column 脅威レベル")));
    CHECK(err.contains(QStringLiteral("in.csv:5: column 脆弱性レベル")));
    CHECK(err.contains(QStringLiteral("in.csv:6: column リスク対応")));
    CHECK(err.contains(QStringLiteral("in.csv:7: column 受容期限")));
    CHECK(err.contains(QStringLiteral("in.csv:8: column リスクID")));
    CHECK(err.contains(QStringLiteral("in.csv:9: column リスクID")));
    CHECK_FALSE(err.contains(QStringLiteral("in.csv:2:")));
    // Nothing was written.
    const QString after = tmp(dir, "after.csv");
    REQUIRE(exportRisks(db, after).exitCode == 0);
    CHECK(readBytes(after) == readBytes(before));

    // The good row alone goes in, and a second run refuses the duplicate code.
    writeBytes(csv, QStringLiteral("code,title,assets,threat,threat_level,vulnerability_level\n"
                                   "N-1,Good,CUS-DB-001,T-MALWARE,2,2\n")
                        .toUtf8());
    REQUIRE(importRisks(db, csv).exitCode == 0);
    writeBytes(csv, QStringLiteral("code,title,assets,threat,threat_level,vulnerability_level\n"
                                   "N-1,Changed,CUS-DB-001,T-MALWARE,3,3\n")
                        .toUtf8());
    auto dup = importRisks(db, csv);
    CHECK(dup.exitCode == 1);
    CHECK(dup.err.contains(QStringLiteral("in.csv:2: column code")));
    auto upd = importRisks(db, csv, {QStringLiteral("--on-duplicate"), QStringLiteral("update")});
    INFO(upd.err.toStdString());
    CHECK(upd.exitCode == 0);
    REQUIRE(exportRisks(db, after).exitCode == 0);
    CHECK(lines(after)
              .filter(QStringLiteral("N-1,Changed,CUS-DB-001,T-MALWARE,,,3,3,3,3,9,treat"))
              .size() == 1);
    CHECK(runCli({QStringLiteral("check"), db}).exitCode == 0);
}
