#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>

using namespace daicho;
using namespace daicho::test;

// A register whose process died before SQLite moved the write-ahead log into the file: the
// file itself may still have an empty schema (user_version 0), and the data is in FILE-wal.
// Found by killing the installed GUI while it created the demo register, when registers were
// kept in WAL mode (versions before 2026-12); such files still exist.
TEST_CASE("a register left with its write-ahead log after a crash opens with all its data",
          "[core][database]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.daicho"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.daicho"));
    {
        auto reg = Register::create(live, {QStringLiteral("株式会社サンプル"), {}});
        REQUIRE(reg);
        REQUIRE(
            sql::run((*reg)->database().connection(), QStringLiteral("PRAGMA journal_mode = WAL")));
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

// A process that dies in the middle of a write (an import of many rows) leaves the file
// half-written beside its rollback journal; the next open must put it back as it was, not
// refuse it as truncated.
TEST_CASE("a register left half-written by an import that died opens as it was before",
          "[core][database]")
{
    QTemporaryDir dir;
    const QString live = dir.filePath(QStringLiteral("live.daicho"));
    const QString crashed = dir.filePath(QStringLiteral("crashed.daicho"));
    auto reg = Register::create(live, {QStringLiteral("株式会社サンプル"), {}});
    REQUIRE(reg);
    REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("INT-DT-001"))));
    const qint64 committedSize = QFileInfo(live).size();
    {
        // A small cache, so that pages leave it long before the commit, and more of them than
        // WriteBehindVfs keeps back (BufferBytes), so that they reach the file.
        BulkLoad::setCacheKib(64);
        auto bulk = (*reg)->assets().beginBulk();
        BulkLoad::setCacheKib(0);
        REQUIRE(bulk);
        for (int i = 0; i < 4000; ++i) {
            Asset a = makeAsset(QStringLiteral("BULK-%1").arg(i));
            a.notes = QStringLiteral("備考 ").repeated(100);
            REQUIRE(bulk->create(a));
        }
        REQUIRE(QFileInfo(live + QStringLiteral("-journal")).size() > 0);
        REQUIRE(QFile::copy(live, crashed));
        REQUIRE(
            QFile::copy(live + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        // Half-written indeed: the file has grown well past the committed register. The pages
        // written last may not have reached the disk either; the journal restores the file
        // from the committed pages alone.
        const qint64 size = QFileInfo(crashed).size();
        CHECK(size > committedSize + 1024 * 1024);
        QFile f(crashed);
        REQUIRE(f.open(QIODevice::ReadWrite));
        REQUIRE(f.resize((size + committedSize) / 2 / 4096 * 4096));
    } // never committed: rolled back
    CHECK_FALSE((*reg)->assets().findByCode(QStringLiteral("BULK-0"))->has_value());
    CHECK(QFileInfo(live).size() == committedSize);

    auto back = Register::open(crashed);
    REQUIRE(back);
    CHECK((*back)->assets().findByCode(QStringLiteral("INT-DT-001"))->has_value());
    CHECK_FALSE((*back)->assets().findByCode(QStringLiteral("BULK-0"))->has_value());
    CHECK_FALSE(QFileInfo::exists(crashed + QStringLiteral("-journal")));
    auto report = RegisterCheck::run(**back);
    REQUIRE(report);
    CHECK(report->ok());
}

// Leaving WAL for a rollback journal is what makes this true for a write of any size.
TEST_CASE("a large write rolled back leaves the register file byte for byte as it was",
          "[core][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    auto reg = Register::create(path, {});
    REQUIRE(reg);
    REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("INT-DT-001"))));
    const QByteArray before = readBytes(path);
    {
        BulkLoad::setCacheKib(64);
        auto bulk = (*reg)->assets().beginBulk();
        BulkLoad::setCacheKib(0);
        REQUIRE(bulk);
        for (int i = 0; i < 4000; ++i) {
            Asset a = makeAsset(QStringLiteral("BULK-%1").arg(i));
            a.notes = QStringLiteral("備考 ").repeated(100); // more than WriteBehindVfs keeps back
            REQUIRE(bulk->create(a));
        }
        CHECK(readBytes(path) != before); // pages did reach the file
    }
    CHECK(readBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
}

// Registers written before 2026-12 are in WAL mode; they move to a rollback journal when
// opened, unless another program has the file open at that moment.
TEST_CASE("a register in WAL mode opens while another program has it, and leaves WAL later",
          "[core][database]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.daicho"));
    auto first = Register::create(path, {});
    REQUIRE(first);
    REQUIRE(
        sql::run((*first)->database().connection(), QStringLiteral("PRAGMA journal_mode = WAL")));
    REQUIRE((*first)->assets().create(makeAsset(QStringLiteral("INT-DT-001"))));
    auto mode = [](Register& reg) {
        auto v = sql::scalar(reg.database().connection(), QStringLiteral("PRAGMA journal_mode"));
        return v ? v->toString() : QString();
    };
    {
        auto second = Register::open(path);
        REQUIRE(second);
        CHECK(mode(**second) == QStringLiteral("wal"));
        REQUIRE((*second)->assets().create(makeAsset(QStringLiteral("INT-DT-002"))));
    }
    first->reset();
    auto later = Register::open(path);
    REQUIRE(later);
    CHECK(mode(**later) == QStringLiteral("delete"));
    CHECK((*later)->assets().findByCode(QStringLiteral("INT-DT-002"))->has_value());
}
