#pragma once

#include "CsvEncoding.h"
#include "CsvReader.h"
#include "support/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// The first records of a CSV file as the reader sees them with the given (or detected)
// encoding and delimiter: what an import wizard shows before anything is imported.
struct CsvPreview
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter = QLatin1Char(',');
    QList<CsvRecord> records;   // the header first
    std::optional<Error> error; // a problem within the previewed records
    qint64 fileSize = 0;

    static Result<CsvPreview> read(const QString& path, std::optional<CsvEncoding> encoding,
                                   std::optional<QChar> delimiter, int maxRecords = 50);
};

} // namespace daicho
