#include "Utf8.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace daicho {

namespace {

// The common case: nullptr when the text has a lone surrogate, which Qt writes its own way.
char* writeWellFormed(char* out, QStringView text)
{
    auto* p = reinterpret_cast<uchar*>(out);
    const char16_t* s = text.utf16();
    const char16_t* const end = s + text.size();
    while (s != end) {
#ifdef __SSE2__
        // Runs of ASCII (codes, keys, dates, numbers), eight units at a time.
        while (end - s >= 8) {
            const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
            const __m128i high = _mm_and_si128(units, _mm_set1_epi16(short(0xFF80)));
            if (_mm_movemask_epi8(_mm_cmpeq_epi16(high, _mm_setzero_si128())) != 0xFFFF)
                break;
            _mm_storel_epi64(reinterpret_cast<__m128i*>(p), _mm_packus_epi16(units, units));
            p += 8;
            s += 8;
        }
        if (s == end)
            break;
#endif
        const char32_t u = *s++;
        if (u < 0x80) {
            *p++ = uchar(u);
        } else if (u < 0x800) {
            *p++ = uchar(0xC0 | (u >> 6));
            *p++ = uchar(0x80 | (u & 0x3F));
        } else if (u >= 0xD800 && u < 0xDC00 && s != end && *s >= 0xDC00 && *s < 0xE000) {
            const char32_t c = 0x10000 + ((u - 0xD800) << 10) + (char32_t(*s++) - 0xDC00);
            *p++ = uchar(0xF0 | (c >> 18));
            *p++ = uchar(0x80 | ((c >> 12) & 0x3F));
            *p++ = uchar(0x80 | ((c >> 6) & 0x3F));
            *p++ = uchar(0x80 | (c & 0x3F));
        } else if (u >= 0xD800 && u < 0xE000) {
            return nullptr;
        } else {
            *p++ = uchar(0xE0 | (u >> 12));
            *p++ = uchar(0x80 | ((u >> 6) & 0x3F));
            *p++ = uchar(0x80 | (u & 0x3F));
        }
    }
    return reinterpret_cast<char*>(p);
}

} // namespace

char* writeUtf8(char* out, QStringView text)
{
    if (char* end = writeWellFormed(out, text))
        return end;
    const QByteArray qt = text.toUtf8(); // at most three bytes a unit, as for any text
    std::memcpy(out, qt.constData(), size_t(qt.size()));
    return out + qt.size();
}

void appendUtf8(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 3);
    char* end = writeUtf8(out.data() + start, text);
    out.truncate(end - out.constData());
}

} // namespace daicho
