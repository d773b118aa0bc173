#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringDecoder>
#include <QStringEncoder>

#include <optional>

namespace daicho {

// The text encodings a CSV file is read or written in. Excel in Japan writes CP932
// (Microsoft's Shift_JIS); elsewhere UTF-8, often with a byte-order mark; "Unicode text" is
// UTF-16 with a byte-order mark.
enum class CsvEncoding
{
    Utf8,
    Utf8Bom, // writing only: UTF-8 with a byte-order mark (Excel recognises it)
    Utf16LE,
    Utf16BE,
    Cp932,
};

struct DetectedEncoding
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    int bomLength = 0; // bytes of byte-order mark at the start of the file
};

class CsvEncodings
{
    Q_DECLARE_TR_FUNCTIONS(CsvEncodings)

public:
    // Stable names used on the command line and in mapping files: "utf-8", "utf-8-bom",
    // "utf-16le", "utf-16be", "cp932".
    static QString key(CsvEncoding e);
    // Accepts the keys and common aliases (shift_jis, sjis, windows-31j, utf8, utf-16 …).
    // "utf-16" without a byte order gives Utf16LE (the byte-order mark decides when reading).
    static std::optional<CsvEncoding> fromKey(QStringView key);
    // For people: "UTF-8", "Shift_JIS (CP932)" …
    static QString label(CsvEncoding e);

    // Judges the first bytes of a file: a byte-order mark decides; otherwise valid UTF-8 is
    // UTF-8, else valid CP932 is CP932, else UTF-8 (so the reader reports the first bad line).
    // `complete` says the sample is the whole file (a cut multi-byte character at its end is
    // then an error, not a cut).
    static DetectedEncoding detect(QByteArrayView sample, bool complete);
    // The length of a byte-order mark matching `e` at the start of `bytes` (0 if none).
    static int bomLength(QByteArrayView bytes, CsvEncoding e);

    // Whether `bytes` decode without error in `e` (stopping short of a cut character at the end
    // unless `complete`).
    static bool decodesCleanly(QByteArrayView bytes, CsvEncoding e, bool complete);

    static QStringDecoder decoder(CsvEncoding e);
    static QStringEncoder encoder(CsvEncoding e);
    static QByteArray byteOrderMark(CsvEncoding e); // what a writer puts first (may be empty)
};

} // namespace daicho
