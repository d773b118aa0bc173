#include "JsonWriter.h"

namespace daicho {

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
        m_out += QLatin1Char(',');
    m_first = false;
    m_out += QLatin1Char('"');
    m_out += k;
    m_out += QLatin1String("\":");
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
    m_out += QString::number(value);
    return *this;
}

JsonObjectWriter& JsonObjectWriter::add(QLatin1StringView k, bool value)
{
    key(k);
    m_out += value ? QLatin1String("true") : QLatin1String("false");
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addNull(QLatin1StringView k)
{
    key(k);
    m_out += QLatin1String("null");
    return *this;
}

JsonObjectWriter& JsonObjectWriter::addRaw(QLatin1StringView k, const QString& json)
{
    key(k);
    m_out += json;
    return *this;
}

} // namespace daicho
