#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "storage/BulkLoad.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"
#include "storage/WriteBehindVfs.h"
#include "support/TestSupport.h"

#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>

using namespace daicho;
using namespace daicho::test;

namespace {

QString notesOf(int i)
{
    return QStringLiteral("備考 %1").arg(i).repeated(30);
}

// A bulk write of `n` assets with long notes. Through a page cache of 64 KiB pages leave the
// cache (and reach the layer) long before the commit.
Result<AssetService::BulkWriter> bulkOf(Register& reg, int n, const QString& prefix,
                                        int cacheKib = 64)
{
    BulkLoad::setCacheKib(cacheKib);
    auto bulk = reg.assets().beginBulk();
    BulkLoad::setCacheKib(0);
    if (!bulk)
        return bulk;
    for (int i = 0; i < n; ++i) {
        Asset a = makeAsset(prefix + QString::number(i));
        a.notes = notesOf(i);
        if (auto id = bulk->create(a); !id)
            return id.error();
    }
    return bulk;
}

// While it lives, files may not grow past `bytes` (as on a full disk): a write past it fails
// with EFBIG instead of a signal. Restored on every way out, a failed REQUIRE included.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(qint64 bytes)
    {
        m_saved = getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limited = m_old;
        limited.rlim_cur = rlim_t(bytes);
        m_set = m_saved && setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_saved)
            (void)setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return m_set; }

private:
    rlimit m_old{};
    void (*m_handler)(int) = SIG_DFL;
    bool m_saved = false;
    bool m_set = false;
};

// The register at `path`, closed, is byte for byte what `committed` was, and sound: nothing of
// the failed bulk write is in it.
void requireAsCommitted(const QString& path, const QByteArray& committed)
{
    auto back = Register::open(path);
    REQUIRE(back);
    CHECK((*back)->assets().findByCode(QStringLiteral("INT-DT-001"))->has_value());
    CHECK_FALSE((*back)->assets().findByCode(QStringLiteral("BULK-0"))->has_value());
    auto report = RegisterCheck::run(**back);
    REQUIRE(report);
    CHECK(report->ok());
    back->reset();
    CHECK(readBytes(path) == committed);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
}

} // namespace

TEST_CASE("a bulk write reaches the file in fewer, larger writes", "[core][database][write-behind]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    auto reg = Register::create(path, {});
    REQUIRE(reg);
    REQUIRE(WriteBehindVfs::install());
    const WriteBehindVfs::Counters before = WriteBehindVfs::counters();
    {
        auto bulk = bulkOf(**reg, 3000, QStringLiteral("BULK-"), 0); // the bulk load's cache
        REQUIRE(bulk);
        REQUIRE(
            bulk->commit(QStringLiteral("test"), QStringLiteral("import"), QStringLiteral("{}")));
    }
    const WriteBehindVfs::Counters after = WriteBehindVfs::counters();
    const auto asked = after.pageWrites - before.pageWrites;
    const auto made = after.fileWrites - before.fileWrites;
    INFO("page writes " << asked << ", file writes " << made);
    CHECK(asked > 500);
    CHECK(made * 8 < asked); // the commit writes the pages in order: 16 to a write
    CHECK(after.flushes > before.flushes);

    reg->reset();
    auto back = Register::open(path);
    REQUIRE(back);
    auto count = sql::scalar((*back)->database().connection(),
                             QStringLiteral("SELECT count(*) FROM assets"));
    REQUIRE(count);
    CHECK(count->toInt() == 3000);
    auto report = RegisterCheck::run(**back);
    REQUIRE(report);
    CHECK(report->ok());
}

TEST_CASE("a bulk write reads back what it wrote while some of it is kept back",
          "[core][database][write-behind]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    auto reg = Register::create(path, {});
    REQUIRE(reg);
    const WriteBehindVfs::Counters before = WriteBehindVfs::counters();
    {
        auto bulk = bulkOf(**reg, 3000, QStringLiteral("BULK-"));
        REQUIRE(bulk);
        // Inside the transaction, with most pages out of the cache: SQLite reads them back
        // from the file, and must find what it wrote.
        CHECK(WriteBehindVfs::counters().pageWrites - before.pageWrites > 500);
        for (int i : {0, 1, 777, 1500, 2999}) {
            auto found = (*reg)->assets().findByCode(QStringLiteral("BULK-%1").arg(i));
            REQUIRE(found);
            REQUIRE(found->has_value());
            CHECK((*found)->notes == notesOf(i));
        }
        REQUIRE(
            bulk->commit(QStringLiteral("test"), QStringLiteral("import"), QStringLiteral("{}")));
    }
    reg->reset();
    auto back = Register::open(path);
    REQUIRE(back);
    auto report = RegisterCheck::run(**back);
    REQUIRE(report);
    CHECK(report->ok());
    CHECK((*back)->assets().findByCode(QStringLiteral("BULK-2999"))->has_value());
}

// The file may not grow past a limit (as on a full disk): a write the layer kept back fails
// when it is finally made. The commit must fail with it, and the register lose nothing.
TEST_CASE("a kept-back write that fails makes the write fail and the register lose nothing",
          "[core][database][write-behind]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    auto reg = Register::create(path, {});
    REQUIRE(reg);
    REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("INT-DT-001"))));
    const QByteArray committed = readBytes(path);

    bool failed = false;
    {
        FileSizeLimit limit(committed.size() + 512 * 1024);
        REQUIRE(limit.ok());
        auto bulk = bulkOf(**reg, 4000, QStringLiteral("BULK-"));
        if (!bulk)
            failed = true;
        else
            failed = !bulk->commit(QStringLiteral("test"), QStringLiteral("import"),
                                   QStringLiteral("{}"));
    }
    CHECK(failed);
    reg->reset();
    requireAsCommitted(path, committed);
}

// In WAL mode other connections read pages from the file on the strength of what the shared
// memory says; nothing may wait there.
TEST_CASE("writes to a register in WAL mode are never kept back", "[core][database][write-behind]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    auto reg = Register::create(path, {});
    REQUIRE(reg);
    sqlite3* handle = sqliteHandle((*reg)->database().connection());
    REQUIRE(handle);
    CHECK(WriteBehindVfs::keepWrites(handle, true));
    CHECK(WriteBehindVfs::keepWrites(handle, false));
    REQUIRE(sql::run((*reg)->database().connection(), QStringLiteral("PRAGMA journal_mode = WAL")));
    REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("INT-DT-001"))));
    CHECK_FALSE(WriteBehindVfs::keepWrites(handle, true));
}

// Defence in depth: should what waits fail to reach the file anywhere but in a write or a sync
// (here when a bulk load stops keeping writes back, which cannot report it), no later sync may
// succeed, or the commit would seal a register with pages missing.
TEST_CASE("a kept-back write that failed unseen makes the commit fail",
          "[core][database][write-behind]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    auto reg = Register::create(path, {});
    REQUIRE(reg);
    REQUIRE((*reg)->assets().create(makeAsset(QStringLiteral("INT-DT-001"))));
    const QByteArray committed = readBytes(path);
    sqlite3* handle = sqliteHandle((*reg)->database().connection());
    REQUIRE(handle);

    bool flushed = true;
    bool committedAnyway = true;
    {
        // About a megabyte of pages leave SQLite's cache: all of it waits in the layer.
        auto bulk = bulkOf(**reg, 600, QStringLiteral("BULK-"));
        REQUIRE(bulk);
        REQUIRE(readBytes(path) == committed);
        {
            FileSizeLimit limit(committed.size());
            REQUIRE(limit.ok());
            flushed = WriteBehindVfs::keepWrites(handle, false);
        }
        committedAnyway = bool(
            bulk->commit(QStringLiteral("test"), QStringLiteral("import"), QStringLiteral("{}")));
    }
    CHECK_FALSE(flushed);
    CHECK_FALSE(committedAnyway);
    reg->reset();
    requireAsCommitted(path, committed);
}
