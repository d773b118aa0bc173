#include "CsvEncoding.h"

namespace daicho {

namespace {

// ICU (through QStringDecoder) knows CP932 under this name, with the NEC and IBM extensions
// (①, ㈱, 髙) that Excel writes.
constexpr const char* kCp932Name = "windows-31j";

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

const QByteArrayView kBomUtf8("\xEF\xBB\xBF", 3);
const QByteArrayView kBomUtf16LE("\xFF\xFE", 2);
const QByteArrayView kBomUtf16BE("\xFE\xFF", 2);

// Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF): the offset of the
// first invalid byte, or -1. A sequence cut by the end counts as valid when !complete.
qsizetype firstInvalidUtf8(QByteArrayView bytes, bool complete)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        unsigned char lo = 0x80;
        unsigned char hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i;
        }
        for (int k = 1; k < len; ++k) {
            if (i + k >= n)
                return complete ? i : -1;
            const unsigned char t = p[i + k];
            if (k == 1 ? (t < lo || t > hi) : (t < 0x80 || t > 0xBF))
                return i;
        }
        i += len;
    }
    return -1;
}

bool isValidUtf8(QByteArrayView bytes, bool complete)
{
    return firstInvalidUtf8(bytes, complete) < 0;
}

// How far `bytes` look like CP932 by its byte structure alone (lead bytes 81–9F and E0–FC take a
// trail byte 40–7E or 80–FC): the offset of the first byte that cannot be CP932, or -1.
qsizetype firstInvalidCp932(QByteArrayView bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        const bool lead = (c >= 0x81 && c <= 0x9F) || (c >= 0xE0 && c <= 0xFC);
        if (!lead) {
            if (c == 0x80 || c == 0xA0 || c >= 0xFD)
                return i;
            continue;
        }
        if (i + 1 >= n)
            return i;
        const unsigned char t = p[i + 1];
        if (t < 0x40 || t == 0x7F || t > 0xFC)
            return i;
        ++i;
    }
    return -1;
}

} // namespace

QString CsvEncodings::key(CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Utf8:
        return QStringLiteral("utf-8");
    case CsvEncoding::Utf8Bom:
        return QStringLiteral("utf-8-bom");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("utf-16le");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("utf-16be");
    case CsvEncoding::Cp932:
        return QStringLiteral("cp932");
    }
    return {};
}

std::optional<CsvEncoding> CsvEncodings::fromKey(QStringView key)
{
    const QString k =
        key.trimmed().toString().toLower().remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    if (k == QLatin1String("utf8"))
        return CsvEncoding::Utf8;
    if (k == QLatin1String("utf8bom") || k == QLatin1String("utf8sig"))
        return CsvEncoding::Utf8Bom;
    if (k == QLatin1String("utf16") || k == QLatin1String("utf16le") ||
        k == QLatin1String("unicode"))
        return CsvEncoding::Utf16LE;
    if (k == QLatin1String("utf16be"))
        return CsvEncoding::Utf16BE;
    if (k == QLatin1String("cp932") || k == QLatin1String("shiftjis") ||
        k == QLatin1String("sjis") || k == QLatin1String("windows31j") ||
        k == QLatin1String("ms932"))
        return CsvEncoding::Cp932;
    return std::nullopt;
}

QString CsvEncodings::label(CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case CsvEncoding::Utf8Bom:
        return tr("UTF-8 with BOM");
    case CsvEncoding::Utf16LE:
        return QStringLiteral("UTF-16 LE");
    case CsvEncoding::Utf16BE:
        return QStringLiteral("UTF-16 BE");
    case CsvEncoding::Cp932:
        return QStringLiteral("Shift_JIS (CP932)");
    }
    return {};
}

int CsvEncodings::bomLength(QByteArrayView bytes, CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        return startsWith(bytes, kBomUtf8) ? 3 : 0;
    case CsvEncoding::Utf16LE:
        return startsWith(bytes, kBomUtf16LE) ? 2 : 0;
    case CsvEncoding::Utf16BE:
        return startsWith(bytes, kBomUtf16BE) ? 2 : 0;
    case CsvEncoding::Cp932:
        return 0;
    }
    return 0;
}

DetectedEncoding CsvEncodings::detect(QByteArrayView sample, bool complete)
{
    if (startsWith(sample, kBomUtf8))
        return {CsvEncoding::Utf8, 3};
    if (startsWith(sample, kBomUtf16LE))
        return {CsvEncoding::Utf16LE, 2};
    if (startsWith(sample, kBomUtf16BE))
        return {CsvEncoding::Utf16BE, 2};
    if (isValidUtf8(sample, complete))
        return {CsvEncoding::Utf8, 0};
    if (decodesCleanly(sample, CsvEncoding::Cp932, complete))
        return {CsvEncoding::Cp932, 0};
    // Neither is clean: the one that goes further is the better guess, so the error the reader
    // reports is the one bad spot rather than the first Japanese character.
    const qsizetype utf8Bad = firstInvalidUtf8(sample, complete);
    const qsizetype cp932Bad = firstInvalidCp932(sample);
    if (cp932Bad < 0 || cp932Bad > utf8Bad)
        return {CsvEncoding::Cp932, 0};
    return {CsvEncoding::Utf8, 0};
}

bool CsvEncodings::decodesCleanly(QByteArrayView bytes, CsvEncoding e, bool complete)
{
    if (e == CsvEncoding::Utf8 || e == CsvEncoding::Utf8Bom)
        return isValidUtf8(bytes, complete);
    QStringDecoder d = decoder(e);
    const QString text = d.decode(bytes);
    if (d.hasError())
        return false;
    if (complete) {
        // A character cut by the end of the input: decoding one more byte that cannot
        // continue it shows whether the decoder was holding something back.
        const QString rest = d.decode(QByteArrayView("\n", 1));
        Q_UNUSED(rest)
        return !d.hasError();
    }
    Q_UNUSED(text)
    return true;
}

QStringDecoder CsvEncodings::decoder(CsvEncoding e)
{
    // The reader strips the byte-order mark itself; keep any other U+FEFF as data.
    const auto flags = QStringConverter::Flag::ConvertInitialBom;
    switch (e) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        return QStringDecoder(QStringConverter::Utf8, flags);
    case CsvEncoding::Utf16LE:
        return QStringDecoder(QStringConverter::Utf16LE, flags);
    case CsvEncoding::Utf16BE:
        return QStringDecoder(QStringConverter::Utf16BE, flags);
    case CsvEncoding::Cp932:
        return QStringDecoder(kCp932Name, flags);
    }
    return QStringDecoder(QStringConverter::Utf8, flags);
}

QStringEncoder CsvEncodings::encoder(CsvEncoding e)
{
    const auto flags = QStringConverter::Flag::Stateless;
    switch (e) {
    case CsvEncoding::Utf8:
    case CsvEncoding::Utf8Bom:
        return QStringEncoder(QStringConverter::Utf8, flags);
    case CsvEncoding::Utf16LE:
        return QStringEncoder(QStringConverter::Utf16LE, flags);
    case CsvEncoding::Utf16BE:
        return QStringEncoder(QStringConverter::Utf16BE, flags);
    case CsvEncoding::Cp932:
        return QStringEncoder(kCp932Name, flags);
    }
    return QStringEncoder(QStringConverter::Utf8, flags);
}

QByteArray CsvEncodings::byteOrderMark(CsvEncoding e)
{
    switch (e) {
    case CsvEncoding::Utf8Bom:
        return kBomUtf8.toByteArray();
    case CsvEncoding::Utf16LE:
        return kBomUtf16LE.toByteArray();
    case CsvEncoding::Utf16BE:
        return kBomUtf16BE.toByteArray();
    case CsvEncoding::Utf8:
    case CsvEncoding::Cp932:
        return {};
    }
    return {};
}

} // namespace daicho
