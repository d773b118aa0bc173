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

void writeUtf8(const QString& path, const QString& text)
{
    writeBytes(path, text.toUtf8());
}

} // namespace

TEST_CASE("export --table controls writes each built-in catalog", "[cli][controls]")
{
    QTemporaryDir dir;
    const QString db = tmp(dir, "r.daicho");
    REQUIRE(runCli({QStringLiteral("init"), db}).exitCode == 0);
    const QList<std::pair<QString, int>> catalogs{{QStringLiteral("iso27001-2022"), 93},
                                                  {QStringLiteral("iso27001-2013"), 114},
                                                  {QStringLiteral("appi-safety"), 18}};
    for (const auto& [catalog, count] : catalogs) {
        const QString out = tmp(dir, "c.csv");
        auto r = runCli({QStringLiteral("export"), db, QStringLiteral("--table"),
                         QStringLiteral("controls"), QStringLiteral("--catalog"), catalog,
                         QStringLiteral("--out"), out});
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QStringList l = lines(out);
        CHECK(l.size() == count + 1);
        CHECK(l.at(1).startsWith(catalog + QLatin1Char(',')));
    }
    // 2022: the new controls say so.
    const QString out = tmp(dir, "c.csv");
    REQUIRE(runCli({QStringLiteral("export"), db, QStringLiteral("--table"),
                    QStringLiteral("controls"), QStringLiteral("--out"), out})
                .exitCode == 0);
    CHECK(lines(out).filter(QStringLiteral(",yes")).size() == 11);

    auto bad = runCli({QStringLiteral("export"), db, QStringLiteral("--table"),
                       QStringLiteral("controls"), QStringLiteral("--catalog"),
                       QStringLiteral("iso27001-2005"), QStringLiteral("--out"), out});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("iso27001-2005")));
    auto import = runCli(
        {QStringLiteral("import"), db, out, QStringLiteral("--table"), QStringLiteral("controls")});
    CHECK(import.exitCode == 2);
}

TEST_CASE("export --table control-mapping: every 2013 control and the new 2022 ones",
          "[cli][controls]")
{
    QTemporaryDir dir;
    const QString db = tmp(dir, "r.daicho");
    REQUIRE(runCli({QStringLiteral("init"), db}).exitCode == 0);
    const QString out = tmp(dir, "m.csv");
    auto r = runCli({QStringLiteral("export"), db, QStringLiteral("--table"),
                     QStringLiteral("control-mapping"), QStringLiteral("--out"), out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList l = lines(out);
    CHECK(l.size() == 1 + 115 + 11); // A.18.2.3 goes to two controls
    CHECK(l.filter(QStringLiteral("A.13.2.1,")).first().contains(QStringLiteral(",5.14,")));
    CHECK(l.filter(QStringLiteral("new in 2022")).size() == 11);
    CHECK(runCli({QStringLiteral("export"), db, QStringLiteral("--table"),
                  QStringLiteral("control-mapping"), QStringLiteral("--catalog"),
                  QStringLiteral("appi-safety"), QStringLiteral("--out"), out})
              .exitCode == 2);
}

TEST_CASE("export/import --table soa round trip", "[cli][soa]")
{
    QTemporaryDir dir;
    const QString demo = tmp(dir, "demo.daicho");
    const QString fresh = tmp(dir, "fresh.daicho");
    REQUIRE(runCli({QStringLiteral("init"), demo, QStringLiteral("--demo")}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("init"), fresh}).exitCode == 0);
    for (const QString& catalog : {QStringLiteral("iso27001-2022"), QStringLiteral("iso27001-2013"),
                                   QStringLiteral("appi-safety")}) {
        INFO(catalog.toStdString());
        const QString a = tmp(dir, "a.csv");
        const QString b = tmp(dir, "b.csv");
        for (const QString& encoding : {QStringLiteral("utf-8-bom"), QStringLiteral("cp932")}) {
            REQUIRE(runCli({QStringLiteral("export"), demo, QStringLiteral("--table"),
                            QStringLiteral("soa"), QStringLiteral("--catalog"), catalog,
                            QStringLiteral("--encoding"), encoding, QStringLiteral("--out"), a})
                        .exitCode == 0);
            auto imp = runCli({QStringLiteral("import"), fresh, a, QStringLiteral("--table"),
                               QStringLiteral("soa"), QStringLiteral("--on-duplicate"),
                               QStringLiteral("update")});
            INFO(imp.err.toStdString());
            REQUIRE(imp.exitCode == 0);
            REQUIRE(runCli({QStringLiteral("export"), fresh, QStringLiteral("--table"),
                            QStringLiteral("soa"), QStringLiteral("--catalog"), catalog,
                            QStringLiteral("--encoding"), encoding, QStringLiteral("--out"), b})
                        .exitCode == 0);
            CHECK(readBytes(a) == readBytes(b));
        }
    }
    // Japanese headers (as a Japanese Excel user sees them) read back too.
    const QString ja = tmp(dir, "ja.csv");
    const QString again = tmp(dir, "again.csv");
    REQUIRE(
        runCli({QStringLiteral("export"), demo, QStringLiteral("--table"), QStringLiteral("soa"),
                QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--out"), ja})
            .exitCode == 0);
    CHECK(lines(ja).first().startsWith(QStringLiteral("カタログ,管理策,管理策名,適用")));
    const QString third = tmp(dir, "third.daicho");
    REQUIRE(runCli({QStringLiteral("init"), third}).exitCode == 0);
    REQUIRE(runCli({QStringLiteral("import"), third, ja, QStringLiteral("--table"),
                    QStringLiteral("soa")})
                .exitCode == 0);
    REQUIRE(
        runCli({QStringLiteral("export"), third, QStringLiteral("--table"), QStringLiteral("soa"),
                QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--out"), again})
            .exitCode == 0);
    CHECK(readBytes(ja) == readBytes(again));

    auto check = runCli({QStringLiteral("check"), fresh});
    CHECK(check.exitCode == 0);
}

TEST_CASE("a bad SoA file is refused whole, each problem with its line and column", "[cli][soa]")
{
    QTemporaryDir dir;
    const QString db = tmp(dir, "r.daicho");
    REQUIRE(runCli({QStringLiteral("init"), db}).exitCode == 0);
    const QString csv = tmp(dir, "soa.csv");
    writeUtf8(csv, QStringLiteral("管理策,適用,採用理由,除外の正当化理由,実施状況,目標期日\n"
                                  "5.1,はい,法令・規制,,実施済み,\n"       // line 2: fine
                                  "5.2,maybe,,,,\n"                        // 3: applicable
                                  "5.99,yes,business,,implemented,\n"      // 4: control
                                  "5.1,yes,business,,implemented,\n"       // 5: twice
                                  "6.7,いいえ,business,テレワークなし,,\n" // 6: reasons
                                  "8.12,yes,risk,,計画中,2026-02-30\n"     // 7: date
                                  "8.13,yes,luck,,implemented,\n"));       // 8: reason
    auto r = runCli(
        {QStringLiteral("import"), db, csv, QStringLiteral("--table"), QStringLiteral("soa")});
    CHECK(r.exitCode == 1);
    const QStringList errs = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    INFO(r.err.toStdString());
    CHECK(errs.filter(QStringLiteral("soa.csv:3:")).size() == 1);
    CHECK(errs.filter(QStringLiteral("soa.csv:4:")).size() == 1);
    CHECK(errs.filter(QStringLiteral("soa.csv:5:")).size() == 1);
    CHECK(errs.filter(QStringLiteral("soa.csv:6:")).size() == 1);
    CHECK(errs.filter(QStringLiteral("soa.csv:7:")).size() == 1);
    CHECK(errs.filter(QStringLiteral("soa.csv:8:")).size() == 1);
    CHECK(errs.filter(QStringLiteral("soa.csv:2:")).isEmpty());
    CHECK(errs.filter(QStringLiteral("soa.csv:3:")).first().contains(QStringLiteral("適用")));

    // Nothing was written.
    const QString out = tmp(dir, "out.csv");
    REQUIRE(runCli({QStringLiteral("export"), db, QStringLiteral("--table"), QStringLiteral("soa"),
                    QStringLiteral("--out"), out})
                .exitCode == 0);
    CHECK(lines(out).filter(QStringLiteral(",yes,")).isEmpty());

    // A decision that differs from the register's is a duplicate unless told otherwise.
    writeUtf8(csv,
              QStringLiteral("control,applicable,reasons,status\n5.1,yes,legal,implemented\n"));
    REQUIRE(runCli({QStringLiteral("import"), db, csv, QStringLiteral("--table"),
                    QStringLiteral("soa")})
                .exitCode == 0);
    writeUtf8(csv, QStringLiteral("control,applicable,reasons,status\n5.1,yes,legal,planned\n"));
    CHECK(runCli(
              {QStringLiteral("import"), db, csv, QStringLiteral("--table"), QStringLiteral("soa")})
              .exitCode == 1);
    CHECK(
        runCli({QStringLiteral("import"), db, csv, QStringLiteral("--table"), QStringLiteral("soa"),
                QStringLiteral("--on-duplicate"), QStringLiteral("update")})
            .exitCode == 0);
    CHECK(runCli({QStringLiteral("check"), db}).exitCode == 0);
}
