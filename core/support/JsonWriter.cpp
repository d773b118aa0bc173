#include "JsonWriter.h"

#include "Utf8.h"

#include <charconv>
#include <cstdint>
#include <cstring>

namespace daicho {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Writes the escape of an ASCII character that JSON does not allow bare; returns the end.
char* writeEscape(char* p, char16_t u)
{
    *p++ = '\\';
    switch (u) {
    case u'"':
        *p++ = '"';
        break;
    case u'\\':
        *p++ = '\\';
        break;
    case u'\n':
        *p++ = 'n';
        break;
    case u'\r':
        *p++ = 'r';
        break;
    case u'\t':
        *p++ = 't';
        break;
    default:
        *p++ = 'u';
        *p++ = '0';
        *p++ = '0';
        *p++ = kHex[u >> 4];
        *p++ = kHex[u & 0xf];
    }
    return p;
}

std::uint64_t load8(const char* p)
{
    std::uint64_t w;
    std::memcpy(&w, p, sizeof w);
    return w;
}

// Whether any of the eight bytes is a control character, '"' or '\\' (the bytes JSON escapes;
// UTF-8's bytes of other characters are all 0x80 or more). Exact, with no false alarms: the
// classic "has a byte less than n" and "has a zero byte" tests on the word.
bool needsEscape(std::uint64_t w)
{
    constexpr std::uint64_t ones = 0x0101010101010101u;
    constexpr std::uint64_t highs = 0x8080808080808080u;
    const auto hasZero = [](std::uint64_t v) {
        return (v - ones) & ~v & highs;
    };
    const std::uint64_t control = (w - ones * 0x20) & ~w & highs;
    return (control | hasZero(w ^ (ones * '"')) | hasZero(w ^ (ones * '\\'))) != 0;
}

} // namespace

void JsonObjectWriter::appendString(QByteArray& utf8, QStringView value)
{
    // Room for the worst case first (an escaped control character takes six bytes, any other
    // UTF-16 unit at most three), then written through a pointer: an import writes a dozen
    // strings a row, and growing the array a piece at a time cost more than the encoding. Runs
    // that need no escape are encoded whole; a run never ends inside a surrogate pair, as only
    // ASCII characters are escaped.
    const qsizetype start = utf8.size();
    utf8.resize(start + 6 * value.size() + 2);
    char* p = utf8.data() + start;
    *p++ = '"';
    const char16_t* const begin = value.utf16();
    const qsizetype n = value.size();
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = begin[i];
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        p = writeUtf8(p, value.sliced(plainFrom, i - plainFrom));
        p = writeEscape(p, u);
        plainFrom = i + 1;
    }
    p = writeUtf8(p, value.sliced(plainFrom));
    *p++ = '"';
    utf8.truncate(p - utf8.constData());
}

void JsonObjectWriter::appendStringUtf8(QByteArray& utf8, QByteArrayView text)
{
    const qsizetype start = utf8.size();
    utf8.resize(start + 6 * text.size() + 2);
    char* const end = writeStringUtf8(utf8.data() + start, text);
    utf8.truncate(end - utf8.constData());
}

char* JsonObjectWriter::writeStringUtf8(char* p, QByteArrayView text)
{
    *p++ = '"';
    const char* s = text.data();
    const char* const end = s + text.size();
    while (s != end) {
        // Runs that need no escape are copied whole, found eight bytes at a time.
        const char* run = s;
        while (end - s >= 8 && !needsEscape(load8(s)))
            s += 8;
        while (s != end && (uchar(*s) >= 0x20 && *s != '"' && *s != '\\'))
            ++s;
        std::memcpy(p, run, size_t(s - run));
        p += s - run;
        if (s != end)
            p = writeEscape(p, char16_t(uchar(*s++)));
    }
    *p++ = '"';
    return p;
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
        char escape[6];
        out += QLatin1StringView(escape, writeEscape(escape, u) - escape);
    }
    out.append(begin + plainFrom, n - plainFrom);
    out += QLatin1Char('"');
}

void JsonObjectWriter::key(QLatin1StringView k)
{
    // One resize and one copy: `,"key":`.
    const qsizetype start = m_out.size();
    const qsizetype comma = m_first ? 0 : 1;
    m_out.resize(start + comma + k.size() + 3);
    char* p = m_out.data() + start;
    if (comma)
        *p++ = ',';
    *p++ = '"';
    std::memcpy(p, k.data(), size_t(k.size()));
    p += k.size();
    *p++ = '"';
    *p = ':';
    m_first = false;
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
