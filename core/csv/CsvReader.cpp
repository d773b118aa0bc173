#include "CsvReader.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace daicho {

namespace {

constexpr qint64 kReadSize = 256 * 1024;
// Enough bytes to judge the encoding by, read before anything is parsed.
constexpr qint64 kSampleSize = 1024 * 1024;
// A physical line longer than this is not a CSV file anyone meant to write.
constexpr qsizetype kMaxLineBytes = 64 * 1024 * 1024;

int unitSize(CsvEncoding e)
{
    return (e == CsvEncoding::Utf16LE || e == CsvEncoding::Utf16BE) ? 2 : 1;
}

// The code unit at byte offset i (aligned) of a UTF-16 or byte-oriented text.
inline char16_t unitAt(const QByteArray& b, qsizetype i, CsvEncoding e)
{
    const auto* p = reinterpret_cast<const unsigned char*>(b.constData());
    if (e == CsvEncoding::Utf16LE)
        return char16_t(p[i] | (p[i + 1] << 8));
    if (e == CsvEncoding::Utf16BE)
        return char16_t((p[i] << 8) | p[i + 1]);
    return p[i];
}

QByteArray newlineBytes(CsvEncoding e)
{
    if (e == CsvEncoding::Utf16LE)
        return QByteArray("\n\0", 2);
    if (e == CsvEncoding::Utf16BE)
        return QByteArray("\0\n", 2);
    return QByteArray("\n", 1);
}

} // namespace

CsvReader::CsvReader(QIODevice& device, Options options)
    : m_dev(device)
    , m_options(std::move(options))
{
    if (m_options.delimiter)
        m_delimiter = *m_options.delimiter;
}

Error CsvReader::error(const QString& message, int line, int column) const
{
    Error e = Error::invalid(message);
    e.file = m_options.fileName;
    e.line = line;
    e.column = column;
    return e;
}

Status CsvReader::readMore()
{
    QByteArray chunk(kReadSize, Qt::Uninitialized);
    const qint64 n = m_dev.read(chunk.data(), kReadSize);
    if (n < 0)
        return Error::io(tr("Cannot read the file: %1").arg(m_dev.errorString()),
                         m_options.fileName);
    if (n == 0) {
        m_eof = true;
        return {};
    }
    chunk.truncate(n);
    m_hash.add(chunk);
    m_bytesRead += n;
    m_raw.append(chunk);
    return {};
}

Status CsvReader::begin()
{
    Q_ASSERT(!m_begun);
    m_begun = true;
    while (!m_eof && m_raw.size() < kSampleSize) {
        if (Status s = readMore(); !s)
            return s;
    }
    if (m_options.encoding) {
        m_encoding = *m_options.encoding;
        if (m_encoding == CsvEncoding::Utf8Bom)
            m_encoding = CsvEncoding::Utf8;
        // Asked for UTF-16: the byte-order mark, when present, says which.
        if (m_encoding == CsvEncoding::Utf16LE || m_encoding == CsvEncoding::Utf16BE) {
            const DetectedEncoding d = CsvEncodings::detect(m_raw, m_eof);
            if (d.encoding == CsvEncoding::Utf16LE || d.encoding == CsvEncoding::Utf16BE)
                m_encoding = d.encoding;
        }
    } else {
        m_encoding = CsvEncodings::detect(m_raw, m_eof).encoding;
    }
    m_raw.remove(0, CsvEncodings::bomLength(m_raw, m_encoding));

    // NUL bytes in a byte-oriented encoding mean a binary file (or UTF-16 without a mark):
    // say so at once, instead of parsing garbage into a header first.
    if (unitSize(m_encoding) == 1) {
        const qsizetype nul = m_raw.indexOf('\0');
        if (nul >= 0) {
            int line = 1;
            for (qsizetype i = 0; i < nul; ++i) {
                const char c = m_raw.at(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= nul || m_raw.at(i + 1) != '\n')))
                    ++line;
            }
            return error(tr("A NUL byte on this line: this looks like a binary file, or UTF-16 "
                            "without a byte-order mark."),
                         line);
        }
    }

    auto more = fillText();
    if (!more)
        return more.error();
    if (!m_options.delimiter)
        m_delimiter = detectDelimiter(m_text);
    return {};
}

// Bytes up to and including the last line break in m_raw (0 if none): decoding stops at line
// breaks, so no character is ever cut and a bad byte can be pinned to its line.
qsizetype CsvReader::cutPosition() const
{
    const int unit = unitSize(m_encoding);
    qsizetype i = (m_raw.size() / unit) * unit - unit;
    for (; i >= 0; i -= unit) {
        const char16_t u = unitAt(m_raw, i, m_encoding);
        if (u == u'\n' || u == u'\r')
            return i + unit;
    }
    return 0;
}

// Decodes whole lines. Appending a line end and decoding it too makes a character cut by the
// end of `bytes` show as an error instead of being held back by the decoder.
Result<QString> CsvReader::decodeChunk(const QByteArray& bytes, bool* clean)
{
    if (bytes.size() % unitSize(m_encoding) != 0) {
        *clean = false;
        return QString();
    }
    QStringDecoder d = CsvEncodings::decoder(m_encoding);
    QString text = d.decode(bytes);
    text += d.decode(newlineBytes(m_encoding));
    *clean = !d.hasError() && text.endsWith(QLatin1Char('\n'));
    if (*clean && unitSize(m_encoding) == 2) {
        // Qt's UTF-16 decoder passes unpaired surrogates through; they are not text.
        const char16_t* u = reinterpret_cast<const char16_t*>(text.constData());
        const qsizetype n = text.size();
        for (qsizetype i = 0; i < n && *clean; ++i) {
            if (QChar::isHighSurrogate(u[i])) {
                if (i + 1 < n && QChar::isLowSurrogate(u[i + 1]))
                    ++i;
                else
                    *clean = false;
            } else if (QChar::isLowSurrogate(u[i])) {
                *clean = false;
            }
        }
    }
    if (*clean)
        text.chop(1);
    return text;
}

Error CsvReader::encodingError() const
{
    QString msg =
        tr("This line has bytes that are not valid %1 text.").arg(CsvEncodings::label(m_encoding));
    if (encodingDetected())
        msg += QLatin1Char(' ') + tr("The file may be in another encoding: choose it explicitly.");
    return error(msg, m_line);
}

Result<bool> CsvReader::fillText()
{
    if (m_badBytesAhead)
        return encodingError();
    qsizetype cut = 0;
    for (;;) {
        if (m_eof) {
            cut = m_raw.size();
            break;
        }
        cut = cutPosition();
        if (cut > 0)
            break;
        if (m_raw.size() > kMaxLineBytes) {
            return error(tr("A line longer than %1 MB: this is not a CSV file.")
                             .arg(kMaxLineBytes / (1024 * 1024)),
                         m_line);
        }
        if (Status s = readMore(); !s)
            return s.error();
    }
    if (cut == 0)
        return false;

    const QByteArray bytes = m_raw.left(cut);
    m_raw.remove(0, cut);
    bool clean = false;
    auto text = decodeChunk(bytes, &clean);
    if (!text)
        return text.error();
    m_text = clean ? std::move(*text) : QString();
    m_pos = 0;
    if (clean)
        return true;

    // Decode line by line to keep the good lines before the first bad one; parsing them first
    // puts the error on the right line (and after any earlier error).
    const int unit = unitSize(m_encoding);
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); i += unit) {
        if (i + unit > bytes.size())
            break;
        const char16_t u = unitAt(bytes, i, m_encoding);
        const bool crlf = u == u'\r' && i + 2 * unit <= bytes.size() &&
                          unitAt(bytes, i + unit, m_encoding) == u'\n';
        if (u != u'\n' && (u != u'\r' || crlf))
            continue;
        bool lineClean = false;
        auto line = decodeChunk(bytes.mid(start, i + unit - start), &lineClean);
        if (!line || !lineClean)
            break;
        m_text += *line;
        start = i + unit;
    }
    m_badBytesAhead = true;
    m_raw.clear();
    m_eof = true;
    if (m_text.isEmpty())
        return encodingError();
    return true;
}

Status CsvReader::appendToField(QStringView chars, int fieldLine, int fieldColumn)
{
    return appendToField(chars, -1, fieldLine, fieldColumn);
}

Status CsvReader::appendToField(QStringView chars, qsizetype textFrom, int fieldLine,
                                int fieldColumn)
{
    const qsizetype length = m_field.size() + m_pendingLength + chars.size();
    if (length > m_options.maxFieldLength) {
        return error(tr("A field longer than %n characters starts here (column %1).", nullptr,
                        int(m_options.maxFieldLength))
                         .arg(fieldColumn),
                     fieldLine, fieldColumn);
    }
    // Most fields are one run of the decoded text: kept as a place in it and copied once, when
    // the field ends.
    if (textFrom >= 0 && m_field.isEmpty() && m_pendingLength == 0) {
        m_pendingFrom = textFrom;
        m_pendingLength = chars.size();
        return {};
    }
    keepPending();
    m_field += chars;
    return {};
}

void CsvReader::keepPending()
{
    if (m_pendingLength == 0)
        return;
    m_field += QStringView(m_text).sliced(m_pendingFrom, m_pendingLength);
    m_pendingLength = 0;
}

QString CsvReader::takeField()
{
    if (m_pendingLength > 0) {
        const QStringView run = QStringView(m_text).sliced(m_pendingFrom, m_pendingLength);
        m_pendingLength = 0;
        return m_options.fieldBlockChars > 0 ? cutFromBlock(run) : run.toString();
    }
    if (m_options.fieldBlockChars > 0 && !m_field.isEmpty()) {
        QString f = cutFromBlock(m_field);
        m_field.resize(0); // its room serves the next field that needs it
        return f;
    }
    return std::exchange(m_field, QString());
}

QString CsvReader::cutFromBlock(QStringView chars)
{
    // A field is a QString whose data lies inside a block that it holds a reference to, as
    // any QString holds its own; it ends with a NUL, as every QString's data does.
    const qsizetype need = chars.size() + 1;
    if (m_block.isNull() || m_blockUsed + need > m_block.size()) {
        m_block = QString(std::max(m_options.fieldBlockChars, need), Qt::Uninitialized);
        m_blockUsed = 0;
    }
    QString::DataPointer field(m_block.data_ptr()); // one more reference to the block
    char16_t* const at = field.data() + m_blockUsed;
    std::memcpy(at, chars.utf16(), size_t(chars.size()) * sizeof(char16_t));
    at[chars.size()] = u'\0';
    field.ptr = at;
    field.size = chars.size();
    m_blockUsed += need;
    return QString(std::move(field));
}

Result<bool> CsvReader::next(CsvRecord& record)
{
    Q_ASSERT(m_begun);
    record.fields.clear();
    record.line = m_line;
    m_field.clear();
    m_pendingLength = 0;
    State state = State::StartField;
    bool any = false;         // something of this record has been read
    bool fieldQuoted = false; // the field being read began with a quote
    int fieldLine = m_line;
    int fieldColumn = 1;
    const QChar delim = m_delimiter;

    auto pushField = [&]() -> Status {
        if (record.fields.size() >= m_options.maxFields) {
            return error(tr("More than %n fields in one record.", nullptr, m_options.maxFields),
                         record.line);
        }
        record.fields.append(takeField());
        return {};
    };
    // Ends the record at a line break; false when it was a blank line to skip.
    auto endRecord = [&](QChar c) -> bool {
        ++m_line;
        m_column = 0;
        m_afterCr = c == QLatin1Char('\r');
        return !(record.fields.size() == 1 && !fieldQuoted && record.fields.first().isEmpty());
    };

    for (;;) {
        if (m_pos >= m_text.size()) {
            keepPending(); // the text is about to be replaced
            auto more = fillText();
            if (!more)
                return more.error();
            if (!*more) {
                if (state == State::Quoted) {
                    return error(tr("A quoted field that starts here (column %1) is never "
                                    "closed.")
                                     .arg(fieldColumn),
                                 fieldLine, fieldColumn);
                }
                if (!any)
                    return false;
                if (Status s = pushField(); !s)
                    return s.error();
                if (record.fields.size() == 1 && !fieldQuoted && record.fields.first().isEmpty())
                    return false;
                return true;
            }
        }
        const QChar c = m_text.at(m_pos++);
        ++m_column;
        if (m_afterCr) {
            m_afterCr = false;
            if (c == QLatin1Char('\n')) {
                m_column = 0;
                continue;
            }
        }
        if (c.unicode() == 0) {
            return error(tr("A NUL byte (column %1): this looks like a binary file, or UTF-16 "
                            "without a byte-order mark.")
                             .arg(m_column),
                         m_line, m_column);
        }
        switch (state) {
        case State::StartField:
            if (!any) {
                any = true;
                record.line = m_line;
            }
            fieldLine = m_line;
            fieldColumn = m_column;
            fieldQuoted = false;
            if (c == QLatin1Char('"')) {
                state = State::Quoted;
                fieldQuoted = true;
            } else if (c == delim) {
                if (Status s = pushField(); !s)
                    return s.error();
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (Status s = pushField(); !s)
                    return s.error();
                if (endRecord(c))
                    return true;
                record.fields.clear();
                any = false;
            } else {
                state = State::Unquoted;
                --m_pos;
                --m_column;
            }
            break;
        case State::Unquoted: {
            if (c == delim) {
                if (Status s = pushField(); !s)
                    return s.error();
                state = State::StartField;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (Status s = pushField(); !s)
                    return s.error();
                endRecord(c);
                return true;
            } else if (c == QLatin1Char('"')) {
                return error(tr("A quote inside a field that does not start with a quote "
                                "(column %1). Quote the whole field and double the quote.")
                                 .arg(m_column),
                             m_line, m_column);
            } else {
                // Take the run of ordinary characters in one go.
                const qsizetype from = m_pos - 1;
                qsizetype to = m_pos;
                const QChar* data = m_text.constData();
                const qsizetype n = m_text.size();
                while (to < n) {
                    const char16_t u = data[to].unicode();
                    if (u == delim.unicode() || u == u'"' || u == u'\r' || u == u'\n' || u == 0)
                        break;
                    ++to;
                }
                if (Status s = appendToField(QStringView(data + from, to - from), from, fieldLine,
                                             fieldColumn);
                    !s)
                    return s.error();
                m_column += int(to - m_pos);
                m_pos = to;
            }
            break;
        }
        case State::Quoted:
            if (c == QLatin1Char('"')) {
                state = State::QuoteInQuoted;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (Status s = appendToField(u"\n", fieldLine, fieldColumn); !s)
                    return s.error();
                ++m_line;
                m_column = 0;
                m_afterCr = c == QLatin1Char('\r');
            } else {
                const qsizetype from = m_pos - 1;
                qsizetype to = m_pos;
                const QChar* data = m_text.constData();
                const qsizetype n = m_text.size();
                while (to < n) {
                    const char16_t u = data[to].unicode();
                    if (u == u'"' || u == u'\r' || u == u'\n' || u == 0)
                        break;
                    ++to;
                }
                if (Status s = appendToField(QStringView(data + from, to - from), from, fieldLine,
                                             fieldColumn);
                    !s)
                    return s.error();
                m_column += int(to - m_pos);
                m_pos = to;
            }
            break;
        case State::QuoteInQuoted:
            if (c == QLatin1Char('"')) {
                if (Status s = appendToField(u"\"", fieldLine, fieldColumn); !s)
                    return s.error();
                state = State::Quoted;
            } else if (c == delim) {
                if (Status s = pushField(); !s)
                    return s.error();
                state = State::StartField;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                if (Status s = pushField(); !s)
                    return s.error();
                endRecord(c);
                return true;
            } else {
                return error(tr("Text after the closing quote of a field (column %1). Quote the "
                                "whole field and double any quote inside it.")
                                 .arg(m_column),
                             m_line, m_column);
            }
            break;
        }
    }
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    const QChar candidates[] = {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    int counts[3] = {0, 0, 0};
    bool quoted = false;
    for (QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            break;
        for (int i = 0; i < 3; ++i) {
            if (c == candidates[i])
                ++counts[i];
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

} // namespace daicho
