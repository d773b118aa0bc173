#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "support/TestSupport.h"

#include <QFile>

using namespace daicho;
using namespace daicho::test;

// A register whose process died before SQLite moved the write-ahead log into the file: the
// file itself may still have an empty schema (user_version 0), and the data is in FILE-wal.
// Found by killing the installed GUI while it created the demo register.
TEST_CASE("a register left with its write-ahead log after a crash opens with all its data",
          "[core][database]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.daicho"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.daicho"));
    {
        auto reg = Register::create(live, {QStringLiteral("株式会社サンプル"), {}});
        REQUIRE(reg);
        REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("INT-DT-001"))));
        // Copy the files while the connection is open and nothing is checkpointed: what a
        // crash leaves behind.
        REQUIRE(QFile::exists(live + QStringLiteral("-wal")));
        REQUIRE(QFile::copy(live, crashed));
        REQUIRE(QFile::copy(live + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    auto reg = Register::open(crashed);
    REQUIRE(reg);
    CHECK((*reg)->assets().findByCode(QStringLiteral("INT-DT-001"))->has_value());
    CHECK((*reg)->info().organisation == QStringLiteral("株式会社サンプル"));
    auto report = RegisterCheck::run(**reg);
    REQUIRE(report);
    CHECK(report->ok());
}

TEST_CASE("an empty schema without a write-ahead log is still refused untouched",
          "[core][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    {
        auto reg = Register::create(path, {});
        REQUIRE(reg);
    }
    // Only the first page survived, with no log beside it.
    QByteArray bytes = readBytes(path);
    bytes.resize(4096);
    bytes[60] = bytes[61] = bytes[62] = bytes[63] = 0; // user_version
    writeBytes(path, bytes);
    QFile::remove(path + QStringLiteral("-wal"));
    auto reg = Register::open(path);
    REQUIRE_FALSE(reg);
    CHECK(reg.error().kind == Error::Kind::NotARegister);
    CHECK(readBytes(path) == bytes);
}
