#include "CliRunner.h"
#include "support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace daicho::test;

namespace {

QString at(const QTemporaryDir& dir, const char* name)
{
    return dir.filePath(QString::fromUtf8(name));
}

QByteArray sha(const QString& path)
{
    return QCryptographicHash::hash(readBytes(path), QCryptographicHash::Sha256);
}

void initRegister(const QString& path, bool demo = false)
{
    QStringList args{QStringLiteral("init"), path};
    if (demo)
        args << QStringLiteral("--demo");
    REQUIRE(runCli(args).exitCode == 0);
}

} // namespace

TEST_CASE("export then import into an empty register then export again gives the same bytes",
          "[cli][csv]")
{
    QTemporaryDir dir;
    const QString demo = at(dir, "demo.daicho");
    const QString empty = at(dir, "empty.daicho");
    initRegister(demo, true);
    initRegister(empty);
    for (const char* encoding : {"utf-8-bom", "utf-8", "cp932"}) {
        INFO(encoding);
        const QString enc = QString::fromUtf8(encoding);
        const QString first = dir.filePath(enc + QStringLiteral("-1.csv"));
        const QString second = dir.filePath(enc + QStringLiteral("-2.csv"));
        const QString target = dir.filePath(enc + QStringLiteral(".daicho"));
        initRegister(target);
        auto e1 = runCli({QStringLiteral("export"), demo, QStringLiteral("--table"),
                          QStringLiteral("assets"), QStringLiteral("--out"), first,
                          QStringLiteral("--encoding"), enc});
        REQUIRE(e1.exitCode == 0);
        auto imp = runCli({QStringLiteral("import"), target, first});
        INFO(imp.err.toStdString());
        REQUIRE(imp.exitCode == 0);
        CHECK(imp.out.contains(QStringLiteral("37 created")));
        auto e2 = runCli({QStringLiteral("export"), target, QStringLiteral("--out"), second,
                          QStringLiteral("--encoding"), enc});
        REQUIRE(e2.exitCode == 0);
        CHECK(readBytes(first) == readBytes(second));
        CHECK(runCli({QStringLiteral("check"), target}).exitCode == 0);
        // Dependencies travel too, so priorities come out the same.
        auto assetsOf = [](const QString& reg) {
            auto st = runCli({QStringLiteral("stats"), reg});
            REQUIRE(st.exitCode == 0);
            return QJsonDocument::fromJson(st.out.toUtf8())
                .object()
                .value(QStringLiteral("assets"));
        };
        CHECK(assetsOf(target) == assetsOf(demo));
        CHECK(assetsOf(target).toObject().value(QStringLiteral("dependencies")).toInt() > 0);
    }
    // Japanese is intact: the UTF-8 file holds the demo's Japanese names as text.
    const QString text = QString::fromUtf8(readBytes(dir.filePath(QStringLiteral("utf-8-1.csv"))));
    CHECK(text.contains(QStringLiteral("Web請求DBサーバ")));
    // Importance and priority are written for people (and skipped by the importer).
    CHECK(text.contains(QStringLiteral(",Depends on,Importance,Priority\r\n")));
    CHECK(text.contains(QStringLiteral("CUS-NW-001\nCUS-SVC-004\nINT-SW-002\",3,P1\r\n")));
}

TEST_CASE("a refused import exits 1, names the line, and leaves the register's bytes alone",
          "[cli][csv]")
{
    QTemporaryDir dir;
    const QString reg = at(dir, "r.daicho");
    initRegister(reg, true);
    const QByteArray before = sha(reg);
    const QString csv = at(dir, "bad.csv");
    writeBytes(csv, "code,name,class,subtype,confidentiality\n"
                    "N-1,ok,internal,data,2\n"
                    "N-2,bad,internal,data,7\n"
                    "N-3,also bad,nowhere,data,1\n");
    auto r = runCli({QStringLiteral("import"), reg, csv});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(csv + QStringLiteral(":3: column confidentiality: ")));
    CHECK(r.err.contains(csv + QStringLiteral(":4: column class: ")));
    CHECK(sha(reg) == before);
    CHECK(runCli({QStringLiteral("check"), reg}).exitCode == 0);
}

TEST_CASE("import and export usage errors exit 2", "[cli][csv]")
{
    QTemporaryDir dir;
    const QString reg = at(dir, "r.daicho");
    initRegister(reg);
    CHECK(runCli({QStringLiteral("import"), reg}).exitCode == 2);
    CHECK(runCli({QStringLiteral("import"), reg, at(dir, "missing.csv")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("import"), reg, at(dir, "x.csv"), QStringLiteral("--table"),
                  QStringLiteral("nonsense")})
              .exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), reg}).exitCode == 2);
    CHECK(runCli({QStringLiteral("export"), reg, QStringLiteral("--out"), at(dir, "o.csv"),
                  QStringLiteral("--catalog"), QStringLiteral("iso27001-2022")})
              .exitCode == 2);
    CHECK(
        runCli({QStringLiteral("import"), at(dir, "nothere.daicho"), at(dir, "x.csv")}).exitCode ==
        2);
}
