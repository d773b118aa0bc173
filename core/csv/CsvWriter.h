#pragma once

#include "CsvEncoding.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

namespace daicho {

// Writes RFC 4180 records (CRLF between records, LF kept inside quoted fields) in one encoding.
// Cells that a spreadsheet would run as a formula are neutralised; a value the encoding cannot
// hold is an error naming its column, never a silent "?".
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // The device must be open for writing and outlive the writer. The byte-order mark, if the
    // encoding has one, is written first.
    CsvWriter(QIODevice& device, CsvEncoding encoding, QChar delimiter = QLatin1Char(','));

    // On failure, Error::column is the 1-based index of the field that could not be encoded.
    Status writeRecord(const QStringList& fields);
    Status flush();

    // A leading ' keeps =, +, -, @, tab and CR from starting a formula in a spreadsheet. Values
    // that already begin with ' before such a character get one more, so that
    // restoreNeutralised() gives back exactly what was written.
    static QString neutralised(const QString& value);
    static QString restoreNeutralised(const QString& value);
    // The same, in place (an import restores every cell of every row).
    static void restoreNeutralisedInPlace(QString& value);
    static QString quoted(const QString& value, QChar delimiter);

private:
    Status writeBytes(const QByteArray& bytes);

    QIODevice& m_dev;
    CsvEncoding m_encoding;
    QChar m_delimiter;
    QStringEncoder m_encoder;
    QByteArray m_buffer;
    bool m_bomWritten = false;
};

} // namespace daicho
