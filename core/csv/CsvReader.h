#pragma once

#include "CsvEncoding.h"
#include "support/Result.h"
#include "support/Sha256.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace daicho {

// One record of a CSV file and the physical line it starts on (a quoted field may span lines).
struct CsvRecord
{
    QStringList fields;
    int line = 0;
};

// Reads RFC 4180 CSV record by record from a device, with memory independent of the file's
// size: quoted fields with delimiters, doubled quotes and line breaks; LF, CRLF or CR line ends
// (a line break inside a quoted field becomes LF); a byte-order mark; a last line without a line
// end. Blank lines are skipped. Anything malformed is an Error with the physical line (and the
// column, counted in characters), never a guess: an unterminated quote, a quote inside an
// unquoted field or text after a closing quote, a NUL, an absurdly long field, bytes that are not
// valid in the encoding.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    struct Options
    {
        std::optional<CsvEncoding> encoding; // detected when not given
        std::optional<QChar> delimiter;      // detected from the first record when not given
        qsizetype maxFieldLength = 1 << 20;  // characters
        int maxFields = 4096;                // per record
        QString fileName;                    // put into errors
        // When > 0, fields are cut from blocks of this many characters that many records
        // share: one allocation for dozens of fields instead of one each (an import reads
        // 200,000 rows of fifteen; it uses FieldBlockChars). A field kept after its record is
        // gone keeps its whole block alive: copy it (ownCopy) to keep it for long.
        qsizetype fieldBlockChars = 0;
    };
    static constexpr qsizetype FieldBlockChars = 8192; // about thirty rows of an asset ledger

    // The device must be open for reading and outlive the reader.
    CsvReader(QIODevice& device, Options options);
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Reads the start of the input and settles encoding and delimiter. Call once, first.
    Status begin();

    // Reads the next record. Returns false at the end of the input.
    Result<bool> next(CsvRecord& record);

    CsvEncoding encoding() const { return m_encoding; }
    bool encodingDetected() const { return !m_options.encoding.has_value(); }
    QChar delimiter() const { return m_delimiter; }
    qint64 bytesRead() const { return m_bytesRead; }
    // SHA-256 of every byte read so far: of the whole file once next() has returned false.
    QByteArray sha256() const { return m_hash.result(); }

    // A copy of `s` with storage of its own (see Options::fieldBlockChars).
    static QString ownCopy(const QString& s) { return QString(s.constData(), s.size()); }

    // The delimiter (comma, tab or semicolon) that occurs most often outside quotes in the first
    // record of `text`; comma on a tie or when none occurs.
    static QChar detectDelimiter(QStringView text);

private:
    enum class State
    {
        StartField,
        Unquoted,
        Quoted,
        QuoteInQuoted
    };

    Status readMore();
    Result<bool> fillText();
    Result<QString> decodeChunk(const QByteArray& bytes, bool* clean);
    qsizetype cutPosition() const;
    Error error(const QString& message, int line, int column = 0) const;
    Error encodingError() const;
    Status appendToField(QStringView chars, int fieldLine, int fieldColumn);
    // `chars` is m_text from `textFrom` on.
    Status appendToField(QStringView chars, qsizetype textFrom, int fieldLine, int fieldColumn);
    void keepPending();  // copies the pending run into m_field
    QString takeField(); // the field read so far; empties it
    QString cutFromBlock(QStringView chars);

    QIODevice& m_dev;
    Options m_options;
    CsvEncoding m_encoding = CsvEncoding::Utf8;
    QChar m_delimiter = QLatin1Char(',');
    Sha256 m_hash;
    qint64 m_bytesRead = 0;
    bool m_begun = false;

    QByteArray m_raw; // read, not yet decoded
    bool m_eof = false;
    bool m_badBytesAhead = false; // decoding stopped at a line with invalid bytes

    QString m_text; // decoded, being parsed
    qsizetype m_pos = 0;
    int m_line = 1;   // physical line of m_text[m_pos]
    int m_column = 0; // of the last character consumed
    bool m_afterCr = false;
    QString m_field;
    // The field so far when it is one run of m_text (the common case), not yet copied.
    qsizetype m_pendingFrom = 0;
    qsizetype m_pendingLength = 0;
    // With fieldBlockChars: where fields are copied to, and how much of it is used.
    QString m_block;
    qsizetype m_blockUsed = 0;
};

} // namespace daicho
