#pragma once

#include <QString>

namespace daicho {

class Database;

// For the length of one large write (an import, the demo register) the page cache grows to a
// fixed size, so that a transaction of a hundred thousand rows does not push pages out to the
// file (with a journal sync each time) at every few rows. Memory stays bounded: the size is
// fixed, whatever the amount of data. The cache returns to its size when the BulkLoad ends.
// Nothing changes when a transaction is already open (it belongs to a larger action) or the
// register is in memory.
class BulkLoad
{
public:
    explicit BulkLoad(Database& db);
    ~BulkLoad();
    BulkLoad(const BulkLoad&) = delete;
    BulkLoad& operator=(const BulkLoad&) = delete;

    // Asks the system to start writing what SQLite has handed it so far to the disk, without
    // waiting for it (Linux; nothing elsewhere). Otherwise all of a large import waits for the
    // commit's fsync, with the processor idle. Safety is unchanged: the commit still syncs.
    void startWriteback();

    // The page cache during a bulk load, in KiB. 8 MiB imports 200,000 rows as fast as 32 MiB
    // did (WriteBehindVfs makes the pages a small cache lets go cheap to write), into an empty
    // register or a large one, with the same number of journal syncs, and 33 MB less memory.
    static constexpr int DefaultCacheKib = 8 * 1024;
    // Tests make it small, to see pages reach the file before the commit.
    static void setCacheKib(int kib);

private:
    Database* m_db = nullptr;
    QString m_cacheSize; // as PRAGMA cache_size gave it, restored at the end
    int m_fd = -1;       // the register file, read-only: writeback is per file, not per handle
    bool m_keepsWrites = false; // WriteBehindVfs gathers the page writes into larger ones
};

} // namespace daicho
