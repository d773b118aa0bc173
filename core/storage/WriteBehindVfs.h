#pragma once

#include <cstdint>

struct sqlite3;

namespace daicho {

// A thin layer over SQLite's own file system layer (its "VFS") for register files, installed
// as SQLite's default once per process (Database does it before the first connection).
//
// SQLite writes a register one page (4 KiB) per system call. On a virtual machine a system
// call costs as much as copying a few pages, so a 200,000-row import spent more time entering
// the kernel than writing: 57,000 pwrite calls for 230 MB. While a BulkLoad asks for it
// (keepWrites), this layer keeps a main database file's page writes back (up to BufferBytes)
// and hands them to the file in order of their place in it, each run of adjacent pages in one
// write. Otherwise it passes every call straight through.
//
// Nothing SQLite relies on changes: whatever was written is in the file before the file is
// synced, truncated, closed, unlocked, or told anything through a file control, and before
// any read of it but a whole page's (which is answered from where the page waits); the file's
// size is reported as if everything were written. A write only arrives later, as it may with
// any operating system's page cache, and never later than the next sync. Journals, write-ahead
// logs and temporary files are not touched at all, nor a register in WAL mode (from its first
// use of shared memory on). A failed write is reported by the call that made it reach the
// file, and every sync fails until the transaction is over, so the transaction cannot commit.
class WriteBehindVfs
{
public:
    static constexpr int BufferBytes = 4 << 20;

    // Registers the layer as SQLite's default file system, over the default of the moment.
    // Safe to call more than once and from any thread; returns false if SQLite refused it.
    static bool install();

    // Starts or stops keeping back the writes of a connection's main database file (stopping
    // writes what waits). BulkLoad asks for it for the length of a large write. False when the
    // layer is not under that file, or is refused (a file in WAL mode), or the flush failed.
    static bool keepWrites(sqlite3* db, bool on);
    static constexpr int FileControl = 0x44414901; // our sqlite3_file_control() opcode

    // What the layer did since the process started (for tests and benchmarks).
    struct Counters
    {
        std::uint64_t pageWrites = 0; // writes SQLite asked for on main database files
        std::uint64_t fileWrites = 0; // writes that reached those files
        std::uint64_t flushes = 0;    // times what was kept back was written
    };
    static Counters counters();
};

} // namespace daicho
