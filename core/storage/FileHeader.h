#pragma once

#include <QString>

namespace daicho {

// The first 100 bytes of an SQLite file, read with plain file I/O so that a file can be judged
// (foreign, newer, truncated) before SQLite opens it and perhaps writes to it.
struct FileHeader
{
    qint64 fileSize = 0;
    bool isSqlite = false;
    quint32 pageSize = 0;
    quint32 pageCount = 0;       // "in-header database size"
    bool pageCountValid = false; // SQLite only trusts it when the version-valid-for matches
    quint32 userVersion = 0;
    quint32 applicationId = 0;

    static constexpr int Size = 100;

    // Parses a header from raw bytes (at least Size bytes, else isSqlite stays false).
    static FileHeader parse(const QByteArray& bytes, qint64 fileSize);
};

} // namespace daicho
