#include "WriteBehindVfs.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <sqlite3.h>
#include <vector>

namespace daicho {

namespace {

std::atomic<std::uint64_t> g_pageWrites{0};
std::atomic<std::uint64_t> g_fileWrites{0};
std::atomic<std::uint64_t> g_flushes{0};

// The writes kept back for one file: their bytes one after the other in `bytes`, found by
// their place in the file in `byOffset` (SQLite writes whole pages, so a page written again
// is overwritten where it waits).
struct Pending
{
    struct Span
    {
        std::size_t at = 0; // in `bytes`
        int size = 0;
    };
    std::vector<char> bytes;
    std::size_t used = 0;
    std::map<sqlite3_int64, Span> byOffset;
    std::vector<char> run; // adjacent writes gathered for one write to the file

    bool empty() const { return byOffset.empty(); }

    // Whether any kept-back write touches [offset, offset + size).
    bool overlaps(sqlite3_int64 offset, int size) const
    {
        if (byOffset.empty())
            return false;
        auto it = byOffset.lower_bound(offset);
        if (it != byOffset.end() && it->first < offset + size)
            return true;
        if (it == byOffset.begin())
            return false;
        --it;
        return it->first + it->second.size > offset;
    }

    sqlite3_int64 end() const
    {
        if (byOffset.empty())
            return 0;
        const auto& last = *byOffset.rbegin();
        return last.first + last.second.size;
    }
};

// Our file: SQLite's handle, then the real file of the layer below, in the same allocation.
struct File
{
    sqlite3_file base;
    sqlite3_file* real;
    Pending* pending; // while writes are kept back (BulkLoad asks for it)
    bool usesShm;     // in WAL mode: nothing is kept back
    // A kept-back write that failed: every sync fails until the transaction is over, so the
    // transaction cannot commit without it.
    int failed;
};

constexpr std::size_t realOffset()
{
    constexpr std::size_t align = alignof(std::max_align_t);
    return (sizeof(File) + align - 1) / align * align;
}

// The layer below takes fewer than 128 KiB a write (SQLite's unix layer masks the length with
// 0x1ffff); 64 KiB already takes nearly all the cost of the system calls away.
constexpr sqlite3_int64 kMostPerWrite = 64 * 1024;

sqlite3_vfs* g_root = nullptr; // the file system below
sqlite3_vfs g_vfs{};
sqlite3_io_methods g_methods{};

File* asFile(sqlite3_file* f)
{
    return reinterpret_cast<File*>(f);
}

int writeThrough(File* f, const void* data, int size, sqlite3_int64 offset)
{
    g_fileWrites.fetch_add(1, std::memory_order_relaxed);
    return f->real->pMethods->xWrite(f->real, data, size, offset);
}

// Writes what waits, in order of offset, each run of adjacent writes in one call. Whatever
// happens, nothing waits afterwards: a write that failed is reported, not retried.
int flush(File* f)
{
    Pending* p = f->pending;
    if (!p || p->empty())
        return SQLITE_OK;
    g_flushes.fetch_add(1, std::memory_order_relaxed);
    int rc = SQLITE_OK;
    auto it = p->byOffset.begin();
    while (it != p->byOffset.end() && rc == SQLITE_OK) {
        const sqlite3_int64 start = it->first;
        auto next = std::next(it);
        sqlite3_int64 runEnd = start + it->second.size;
        while (next != p->byOffset.end() && next->first == runEnd &&
               runEnd - start + next->second.size <= kMostPerWrite) {
            runEnd += next->second.size;
            ++next;
        }
        // Pages written in order of their place in the file (a commit, most of a cache's
        // spill) lie in that order in `bytes` too: such a run is written from where it is.
        bool inPlace = true;
        for (auto k = it; std::next(k) != next && inPlace; ++k)
            inPlace = std::next(k)->second.at == k->second.at + std::size_t(k->second.size);
        if (inPlace) {
            rc = writeThrough(f, p->bytes.data() + it->second.at, int(runEnd - start), start);
        } else {
            const auto total = std::size_t(runEnd - start);
            if (p->run.size() < total)
                p->run.resize(total);
            for (auto k = it; k != next; ++k) {
                std::memcpy(p->run.data() + (k->first - start), p->bytes.data() + k->second.at,
                            std::size_t(k->second.size));
            }
            rc = writeThrough(f, p->run.data(), int(total), start);
        }
        it = next;
    }
    p->byOffset.clear();
    p->used = 0;
    if (rc != SQLITE_OK)
        f->failed = rc;
    return rc;
}

// Flushes and stops keeping writes back.
int stopKeeping(File* f)
{
    const int rc = flush(f);
    delete f->pending;
    f->pending = nullptr;
    return rc;
}

int startKeeping(File* f)
{
    if (f->pending)
        return SQLITE_OK;
    if (f->usesShm)
        return SQLITE_NOTFOUND;
    try {
        auto p = std::make_unique<Pending>();
        p->bytes.resize(std::size_t(WriteBehindVfs::BufferBytes));
        f->pending = p.release();
    } catch (const std::bad_alloc&) {
        return SQLITE_NOMEM; // writes simply go through
    }
    return SQLITE_OK;
}

int fileClose(sqlite3_file* file)
{
    File* f = asFile(file);
    const int kept = stopKeeping(f);
    const int rc = f->real->pMethods->xClose(f->real);
    return kept != SQLITE_OK ? kept : rc;
}

int fileRead(sqlite3_file* file, void* out, int size, sqlite3_int64 offset)
{
    File* f = asFile(file);
    if (Pending* p = f->pending; p && p->overlaps(offset, size)) {
        // A page read back as it was written is read from where it waits; anything else
        // (part of a page, several pages) makes what waits reach the file first.
        if (auto it = p->byOffset.find(offset);
            it != p->byOffset.end() && it->second.size == size) {
            std::memcpy(out, p->bytes.data() + it->second.at, std::size_t(size));
            return SQLITE_OK;
        }
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    return f->real->pMethods->xRead(f->real, out, size, offset);
}

int fileWrite(sqlite3_file* file, const void* data, int size, sqlite3_int64 offset)
{
    File* f = asFile(file);
    g_pageWrites.fetch_add(1, std::memory_order_relaxed);
    Pending* p = f->pending;
    if (!p)
        return writeThrough(f, data, size, offset);
    auto it = p->byOffset.find(offset);
    if (it != p->byOffset.end() && it->second.size == size) {
        std::memcpy(p->bytes.data() + it->second.at, data, std::size_t(size));
        return SQLITE_OK;
    }
    const bool large = size <= 0 || size > kMostPerWrite;
    if (large || p->overlaps(offset, size) || p->used + std::size_t(size) > p->bytes.size()) {
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
        if (large)
            return writeThrough(f, data, size, offset);
    }
    try {
        p->byOffset.emplace(offset, Pending::Span{p->used, size});
    } catch (const std::bad_alloc&) {
        const int rc = flush(f);
        return rc == SQLITE_OK ? writeThrough(f, data, size, offset) : rc;
    }
    std::memcpy(p->bytes.data() + p->used, data, std::size_t(size));
    p->used += std::size_t(size);
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    File* f = asFile(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xTruncate(f->real, size);
}

int fileSync(sqlite3_file* file, int flags)
{
    File* f = asFile(file);
    if (int rc = flush(f); rc != SQLITE_OK)
        return rc;
    if (f->failed != SQLITE_OK)
        return f->failed;
    return f->real->pMethods->xSync(f->real, flags);
}

int fileSize(sqlite3_file* file, sqlite3_int64* size)
{
    File* f = asFile(file);
    const int rc = f->real->pMethods->xFileSize(f->real, size);
    if (rc == SQLITE_OK && f->pending)
        *size = std::max(*size, f->pending->end());
    return rc;
}

int fileLock(sqlite3_file* file, int level)
{
    File* f = asFile(file);
    return f->real->pMethods->xLock(f->real, level);
}

int fileUnlock(sqlite3_file* file, int level)
{
    // Another connection may read the file once it is unlocked.
    File* f = asFile(file);
    const int kept = flush(f);
    if (level <= SQLITE_LOCK_SHARED)
        f->failed = SQLITE_OK; // the transaction is over, committed or not
    const int rc = f->real->pMethods->xUnlock(f->real, level);
    return kept != SQLITE_OK ? kept : rc;
}

int fileCheckReservedLock(sqlite3_file* file, int* out)
{
    File* f = asFile(file);
    return f->real->pMethods->xCheckReservedLock(f->real, out);
}

int fileControl(sqlite3_file* file, int op, void* arg)
{
    File* f = asFile(file);
    if (op == WriteBehindVfs::FileControl) {
        if (!arg)
            return SQLITE_MISUSE;
        return *static_cast<int*>(arg) ? startKeeping(f) : stopKeeping(f);
    }
    // A size hint comes before the writes it announces; anything else may want to see the
    // file as written.
    if (op != SQLITE_FCNTL_SIZE_HINT) {
        if (int rc = flush(f); rc != SQLITE_OK)
            return rc;
    }
    return f->real->pMethods->xFileControl(f->real, op, arg);
}

int fileSectorSize(sqlite3_file* file)
{
    File* f = asFile(file);
    return f->real->pMethods->xSectorSize(f->real);
}

int fileDeviceCharacteristics(sqlite3_file* file)
{
    File* f = asFile(file);
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}

// Shared memory means WAL mode: from then on every write goes straight through.
int fileShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    File* f = asFile(file);
    f->usesShm = true;
    if (int rc = stopKeeping(f); rc != SQLITE_OK)
        return rc;
    return f->real->pMethods->xShmMap(f->real, region, size, extend, out);
}

int fileShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    File* f = asFile(file);
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

void fileShmBarrier(sqlite3_file* file)
{
    File* f = asFile(file);
    f->real->pMethods->xShmBarrier(f->real);
}

int fileShmUnmap(sqlite3_file* file, int deleteFlag)
{
    File* f = asFile(file);
    return f->real->pMethods->xShmUnmap(f->real, deleteFlag);
}

int vfsOpen(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
{
    if (!(flags & SQLITE_OPEN_MAIN_DB)) {
        // Journals, logs and temporary files are the layer below's own, in our room.
        return g_root->xOpen(g_root, name, file, flags, outFlags);
    }
    File* f = asFile(file);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + realOffset());
    f->pending = nullptr;
    f->usesShm = false;
    f->failed = SQLITE_OK;
    const int rc = g_root->xOpen(g_root, name, f->real, flags, outFlags);
    // The layer below may leave a file to be closed even when it fails.
    f->base.pMethods = f->real->pMethods ? &g_methods : nullptr;
    return rc;
}

int vfsDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_root->xDelete(g_root, name, syncDir);
}
int vfsAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_root->xAccess(g_root, name, flags, out);
}
int vfsFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return g_root->xFullPathname(g_root, name, size, out);
}
void* vfsDlOpen(sqlite3_vfs*, const char* name)
{
    return g_root->xDlOpen(g_root, name);
}
void vfsDlError(sqlite3_vfs*, int size, char* out)
{
    g_root->xDlError(g_root, size, out);
}
void (*vfsDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_root->xDlSym(g_root, handle, symbol);
}
void vfsDlClose(sqlite3_vfs*, void* handle)
{
    g_root->xDlClose(g_root, handle);
}
int vfsRandomness(sqlite3_vfs*, int size, char* out)
{
    return g_root->xRandomness(g_root, size, out);
}
int vfsSleep(sqlite3_vfs*, int microseconds)
{
    return g_root->xSleep(g_root, microseconds);
}
int vfsCurrentTime(sqlite3_vfs*, double* out)
{
    return g_root->xCurrentTime(g_root, out);
}
int vfsGetLastError(sqlite3_vfs*, int size, char* out)
{
    return g_root->xGetLastError ? g_root->xGetLastError(g_root, size, out) : 0;
}
int vfsCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_root->xCurrentTimeInt64(g_root, out);
}

bool g_installed = false;

bool installOnce()
{
    if (sqlite3_initialize() != SQLITE_OK)
        return false;
    g_root = sqlite3_vfs_find(nullptr);
    if (!g_root || g_root->iVersion < 2 || !g_root->xCurrentTimeInt64)
        return false;

    g_methods.iVersion = 2; // no memory-mapped reads: they would not see what waits
    g_methods.xClose = fileClose;
    g_methods.xRead = fileRead;
    g_methods.xWrite = fileWrite;
    g_methods.xTruncate = fileTruncate;
    g_methods.xSync = fileSync;
    g_methods.xFileSize = fileSize;
    g_methods.xLock = fileLock;
    g_methods.xUnlock = fileUnlock;
    g_methods.xCheckReservedLock = fileCheckReservedLock;
    g_methods.xFileControl = fileControl;
    g_methods.xSectorSize = fileSectorSize;
    g_methods.xDeviceCharacteristics = fileDeviceCharacteristics;
    g_methods.xShmMap = fileShmMap;
    g_methods.xShmLock = fileShmLock;
    g_methods.xShmBarrier = fileShmBarrier;
    g_methods.xShmUnmap = fileShmUnmap;

    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(realOffset()) + g_root->szOsFile;
    g_vfs.mxPathname = g_root->mxPathname;
    g_vfs.zName = "daicho-write-behind";
    g_vfs.xOpen = vfsOpen;
    g_vfs.xDelete = vfsDelete;
    g_vfs.xAccess = vfsAccess;
    g_vfs.xFullPathname = vfsFullPathname;
    g_vfs.xDlOpen = vfsDlOpen;
    g_vfs.xDlError = vfsDlError;
    g_vfs.xDlSym = vfsDlSym;
    g_vfs.xDlClose = vfsDlClose;
    g_vfs.xRandomness = vfsRandomness;
    g_vfs.xSleep = vfsSleep;
    g_vfs.xCurrentTime = vfsCurrentTime;
    g_vfs.xGetLastError = vfsGetLastError;
    g_vfs.xCurrentTimeInt64 = vfsCurrentTimeInt64;
    return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
}

} // namespace

bool WriteBehindVfs::install()
{
    static std::once_flag once;
    std::call_once(once, [] { g_installed = installOnce(); });
    return g_installed;
}

bool WriteBehindVfs::keepWrites(sqlite3* db, bool on)
{
    int arg = on ? 1 : 0;
    return db && sqlite3_file_control(db, "main", FileControl, &arg) == SQLITE_OK;
}

WriteBehindVfs::Counters WriteBehindVfs::counters()
{
    return {g_pageWrites.load(), g_fileWrites.load(), g_flushes.load()};
}

} // namespace daicho
