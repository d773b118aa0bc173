#include "CsvPreview.h"

#include <QFile>

namespace daicho {

Result<CsvPreview> CsvPreview::read(const QString& path, std::optional<CsvEncoding> encoding,
                                    std::optional<QChar> delimiter, int maxRecords)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(CsvReader::tr("Cannot read the file: %1").arg(file.errorString()), path);
    CsvPreview p;
    p.fileSize = file.size();
    CsvReader::Options o;
    o.encoding = encoding;
    o.delimiter = delimiter;
    o.fileName = path;
    CsvReader reader(file, o);
    Status begun = reader.begin();
    p.encoding = reader.encoding();
    p.delimiter = reader.delimiter();
    if (!begun) {
        if (begun.error().kind != Error::Kind::Invalid)
            return begun.error();
        p.error = begun.error();
        return p;
    }
    CsvRecord r;
    while (p.records.size() < maxRecords) {
        auto more = reader.next(r);
        if (!more) {
            p.error = more.error();
            break;
        }
        if (!*more)
            break;
        p.records.append(r);
    }
    return p;
}

} // namespace daicho
