#include "JsonWriter.h"

#include "Utf8.h"

#include <charconv>

namespace daicho {

void JsonObjectWriter::appendString(QByteArray& utf8, QStringView value)
{
    utf8 += '"';
    // Runs of characters that need no escape are encoded whole. A run never ends inside a
    // surrogate pair: only ASCII characters are escaped.
    const char16_t* const begin = value.utf16();
    const qsizetype n = value.size();
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = begin[i];
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        appendUtf8(utf8, value.sliced(plainFrom, i - plainFrom));
        plainFrom = i + 1;
        switch (u) {
        case u'"':
            utf8 += "\\\"";
            break;
        case u'\\':
            utf8 += "\\\\";
            break;
        case u'\n':
            utf8 += "\\n";
            break;
        case u'\r':
            utf8 += "\\r";
            break;
        case u'\t':
            utf8 += "\\t";
            break;
        default:
            utf8 += "\\u00";
            utf8 += "0123456789abcdef"[u >> 4];
            utf8 += "0123456789abcdef"[u & 0xf];
        }
    }
    appendUtf8(utf8, value.sliced(plainFrom));
    utf8 += '"';
}

void JsonObjectWriter::appendString(QString& out, const QString& value)
{
    out += QLatin1Char('"');
    // Runs of characters that need no escape are appended whole (snapshots of imports are
    // written once per row).
    const QChar* const begin = value.constData();
    const qsizetype n = value.size();
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = begin[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        out.append(begin + plainFrom, i - plainFrom);
        plainFrom = i + 1;
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            out += QLatin1String("\\u00");
            out += QLatin1Char("0123456789abcdef"[u >> 4]);
            out += QLatin1Char("0123456789abcdef"[u & 0xf]);
        }
    }
    out.append(begin + plainFrom, n - plainFrom);
    out += QLatin1Char('"');
}

void JsonObjectWriter::key(QLatin1StringView k)
{
    if (!m_first)
        m_out += ',';
    m_first = false;
    m_out += '"';
    m_out.append(k.data(), k.size());
    m_out += "\":";
}

JsonObjectWriter& JsonObjectWriter::add(QLatin1StringView k, const QString& value)
{
    key(k);
    appendString(m_out, value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QLatin1StringView k, qint64 value)
{
    key(k);
    char digits[24];
    const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, value);
    (void)ec; // 24 characters hold any 64-bit number
    m_out.append(digits, end - digits);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QLatin1StringView k, bool value)
{
    key(k);
    m_out += value ? "true" : "false";
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addNull(QLatin1StringView k)
{
    key(k);
    m_out += "null";
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addRaw(QLatin1StringView k, const QString& json)
{
    key(k);
    appendUtf8(m_out, json);
    return *this;
}

} // namespace daicho
