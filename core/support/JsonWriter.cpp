#include "JsonWriter.h"

namespace daicho {

void JsonObjectWriter::appendString(QString& out, const QString& value)
{
    out += QLatin1Char('"');
    for (QChar c : value) {
        const char16_t u = c.unicode();
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
            if (u < 0x20) {
                out += QLatin1String("\\u00");
                out += QLatin1Char("0123456789abcdef"[u >> 4]);
                out += QLatin1Char("0123456789abcdef"[u & 0xf]);
            } else {
                out += c;
            }
        }
    }
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
