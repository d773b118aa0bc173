#include "CsvWriter.h"

namespace daicho {

namespace {

bool startsFormula(QStringView v)
{
    qsizetype i = 0;
    while (i < v.size() && v.at(i) == QLatin1Char('\''))
        ++i;
    if (i >= v.size())
        return false;
    const char16_t c = v.at(i).unicode();
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

constexpr qsizetype kFlushSize = 256 * 1024;

} // namespace

CsvWriter::CsvWriter(QIODevice& device, CsvEncoding encoding, QChar delimiter)
    : m_dev(device)
    , m_encoding(encoding)
    , m_delimiter(delimiter)
    , m_encoder(CsvEncodings::encoder(encoding))
{}

QString CsvWriter::neutralised(const QString& value)
{
    return startsFormula(value) ? QLatin1Char('\'') + value : value;
}

QString CsvWriter::restoreNeutralised(const QString& value)
{
    QString v = value;
    restoreNeutralisedInPlace(v);
    return v;
}

void CsvWriter::restoreNeutralisedInPlace(QString& value)
{
    // Most cells do not begin with ': nothing is copied or released for them.
    if (value.startsWith(QLatin1Char('\'')) && startsFormula(value))
        value.remove(0, 1);
}

QString CsvWriter::quoted(const QString& value, QChar delimiter)
{
    // A leading U+FEFF would read back as a byte-order mark at the start of a file.
    bool needs = value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' ')) ||
                 value.startsWith(QChar(0xFEFF));
    for (QChar c : value) {
        if (c == delimiter || c == QLatin1Char('"') || c == QLatin1Char('\n') ||
            c == QLatin1Char('\r')) {
            needs = true;
            break;
        }
    }
    if (!needs)
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (QChar c : value) {
        if (c == QLatin1Char('"'))
            out += QLatin1Char('"');
        out += c;
    }
    out += QLatin1Char('"');
    return out;
}

Status CsvWriter::writeBytes(const QByteArray& bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kFlushSize)
        return flush();
    return {};
}

Status CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return {};
    if (m_dev.write(m_buffer) != m_buffer.size())
        return Error::io(tr("Cannot write the file: %1").arg(m_dev.errorString()));
    m_buffer.clear();
    return {};
}

Status CsvWriter::writeRecord(const QStringList& fields)
{
    if (!m_bomWritten) {
        m_bomWritten = true;
        if (Status s = writeBytes(CsvEncodings::byteOrderMark(m_encoding)); !s)
            return s;
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += m_delimiter;
        line += quoted(neutralised(fields.at(i)), m_delimiter);
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = m_encoder.encode(line);
    if (m_encoder.hasError()) {
        // Find the field the encoding cannot hold, for a message that names it.
        for (qsizetype i = 0; i < fields.size(); ++i) {
            QStringEncoder probe = CsvEncodings::encoder(m_encoding);
            const QByteArray ignored = probe.encode(fields.at(i));
            Q_UNUSED(ignored)
            if (probe.hasError()) {
                // The first character (a whole code point) the encoding cannot hold.
                QString bad;
                const QString& v = fields.at(i);
                for (qsizetype k = 0; k < v.size();) {
                    const qsizetype len = v.at(k).isHighSurrogate() && k + 1 < v.size() ? 2 : 1;
                    const QString one = v.mid(k, len);
                    QStringEncoder enc = CsvEncodings::encoder(m_encoding);
                    const QByteArray b = enc.encode(one);
                    Q_UNUSED(b)
                    if (enc.hasError()) {
                        bad = one;
                        break;
                    }
                    k += len;
                }
                Error e =
                    Error::invalid(tr("\"%1\" cannot be written in %2 (the character "
                                      "\"%3\"). Export in UTF-8 instead.")
                                       .arg(fields.at(i), CsvEncodings::label(m_encoding), bad));
                e.column = int(i + 1);
                return e;
            }
        }
        return Error::invalid(
            tr("A value cannot be written in %1.").arg(CsvEncodings::label(m_encoding)));
    }
    return writeBytes(bytes);
}

} // namespace daicho
