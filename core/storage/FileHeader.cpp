#include "FileHeader.h"

#include <QByteArray>
#include <QtEndian>

namespace daicho {

FileHeader FileHeader::parse(const QByteArray& bytes, qint64 fileSize)
{
    FileHeader h;
    h.fileSize = fileSize;
    static const QByteArray magic("SQLite format 3\0", 16);
    if (bytes.size() < Size || !bytes.startsWith(magic))
        return h;
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData());
    h.isSqlite = true;
    const quint16 rawPage = qFromBigEndian<quint16>(p + 16);
    h.pageSize = rawPage == 1 ? 65536u : rawPage;
    const quint32 changeCounter = qFromBigEndian<quint32>(p + 24);
    h.pageCount = qFromBigEndian<quint32>(p + 28);
    const quint32 versionValidFor = qFromBigEndian<quint32>(p + 92);
    h.pageCountValid = h.pageCount > 0 && versionValidFor == changeCounter;
    h.userVersion = qFromBigEndian<quint32>(p + 60);
    h.applicationId = qFromBigEndian<quint32>(p + 68);
    return h;
}

} // namespace daicho
