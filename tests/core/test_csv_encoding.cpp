#include "csv/CsvEncoding.h"
#include "csv/CsvReader.h"
#include "support/TestSupport.h"

#include <QBuffer>

using namespace daicho;

namespace {

const QString kJapanese =
    QStringLiteral("資産ID,情報資産名称,備考\r\nA-1,顧客DB①㈱髙,\"あ\r\nい\"\r\n");

QByteArray cp932(const QString& s)
{
    QStringEncoder e = CsvEncodings::encoder(CsvEncoding::Cp932);
    QByteArray out = e.encode(s);
    REQUIRE_FALSE(e.hasError());
    return out;
}

QByteArray utf16(const QString& s, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE", 2) : QByteArray("\xFE\xFF", 2);
    for (QChar c : s) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xFF);
        out += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1}
                            : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

struct Read
{
    QList<CsvRecord> records;
    std::optional<Error> error;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

Read read(const QByteArray& bytes, std::optional<CsvEncoding> encoding = std::nullopt)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader::Options o;
    o.encoding = encoding;
    CsvReader reader(buffer, o);
    Read out;
    if (Status s = reader.begin(); !s) {
        out.error = s.error();
        return out;
    }
    out.encoding = reader.encoding();
    CsvRecord r;
    for (;;) {
        auto more = reader.next(r);
        if (!more) {
            out.error = more.error();
            return out;
        }
        if (!*more)
            return out;
        out.records.append(r);
    }
}

} // namespace

TEST_CASE("encoding detection", "[csv][encoding]")
{
    struct Row
    {
        const char* name;
        QByteArray sample;
        CsvEncoding expected;
        int bom;
    };
    const Row table[] = {
        {"ASCII", "code,name\n", CsvEncoding::Utf8, 0},
        {"UTF-8 without BOM", kJapanese.toUtf8(), CsvEncoding::Utf8, 0},
        {"UTF-8 with BOM", "\xEF\xBB\xBF" + kJapanese.toUtf8(), CsvEncoding::Utf8, 3},
        {"UTF-16 LE BOM", utf16(kJapanese, true), CsvEncoding::Utf16LE, 2},
        {"UTF-16 BE BOM", utf16(kJapanese, false), CsvEncoding::Utf16BE, 2},
        {"CP932", cp932(kJapanese), CsvEncoding::Cp932, 0},
        {"CP932 half-width kana", cp932(QStringLiteral("ｶﾅ,ｼｽﾃﾑ\n")), CsvEncoding::Cp932, 0},
        {"garbage falls back to UTF-8", QByteArray("\xFF\xFF\x80\x80", 4), CsvEncoding::Utf8, 0},
        {"empty", QByteArray(), CsvEncoding::Utf8, 0},
    };
    for (const Row& r : table) {
        INFO(r.name);
        const DetectedEncoding d = CsvEncodings::detect(r.sample, true);
        CHECK(d.encoding == r.expected);
        CHECK(d.bomLength == r.bom);
    }
}

TEST_CASE("a UTF-8 character cut by the end of a sample is not a reason to doubt UTF-8",
          "[csv][encoding]")
{
    const QByteArray bytes = QStringLiteral("a,資産").toUtf8();
    const QByteArray cut = bytes.left(bytes.size() - 1);
    CHECK(CsvEncodings::detect(cut, false).encoding == CsvEncoding::Utf8);
    CHECK_FALSE(CsvEncodings::decodesCleanly(cut, CsvEncoding::Utf8, true));
}

TEST_CASE("every encoding reads the same Japanese records", "[csv][encoding]")
{
    struct Row
    {
        const char* name;
        QByteArray bytes;
        CsvEncoding expected;
    };
    const Row table[] = {
        {"UTF-8", kJapanese.toUtf8(), CsvEncoding::Utf8},
        {"UTF-8 BOM", "\xEF\xBB\xBF" + kJapanese.toUtf8(), CsvEncoding::Utf8},
        {"UTF-16 LE", utf16(kJapanese, true), CsvEncoding::Utf16LE},
        {"UTF-16 BE", utf16(kJapanese, false), CsvEncoding::Utf16BE},
        {"CP932", cp932(kJapanese), CsvEncoding::Cp932},
    };
    for (const Row& r : table) {
        INFO(r.name);
        const Read got = read(r.bytes);
        if (got.error)
            FAIL(got.error->toString().toStdString());
        CHECK(got.encoding == r.expected);
        REQUIRE(got.records.size() == 2);
        CHECK(got.records.at(0).fields == QStringList{QStringLiteral("資産ID"),
                                                      QStringLiteral("情報資産名称"),
                                                      QStringLiteral("備考")});
        CHECK(got.records.at(1).fields == QStringList{QStringLiteral("A-1"),
                                                      QStringLiteral("顧客DB①㈱髙"),
                                                      QStringLiteral("あ\nい")});
        CHECK(got.records.at(1).line == 2);
    }
}

TEST_CASE("invalid bytes for the chosen encoding are an error on their line", "[csv][encoding]")
{
    struct Row
    {
        const char* name;
        QByteArray bytes;
        std::optional<CsvEncoding> encoding;
        int line;
    };
    const QByteArray goodLines = "code,name\r\nA-1,x\r\n\"multi\r\nline\",y\r\n";
    const Row table[] = {
        {"CP932 read as UTF-8", goodLines + cp932(QStringLiteral("A-2,顧客\r\n")),
         CsvEncoding::Utf8, 5},
        {"UTF-8 read as CP932", goodLines + QStringLiteral("A-2,資\r\n").toUtf8() + "A-3,z\r\n",
         CsvEncoding::Cp932, 5},
        {"truncated UTF-8 at the end", goodLines + QByteArray("A-2,\xE8\xB3", 6), CsvEncoding::Utf8,
         5},
        {"lone continuation byte, detected", goodLines + "A-9,\x80\xFF\xFE\x80\n", std::nullopt, 5},
        {"CP932 file with a broken lead byte",
         cp932(QStringLiteral("資産ID,名称\r\nA-1,顧客\r\n")) + QByteArray("A-2,\x82\r\n"),
         std::nullopt, 3},
        {"UTF-16 with an odd number of bytes", utf16(QStringLiteral("a,b\n"), true) + "x",
         std::nullopt, 2},
        {"UTF-16 with a lone surrogate",
         utf16(QStringLiteral("a,b\nc,"), true) + QByteArray("\x00\xD8", 2) + QByteArray("\n\0", 2),
         std::nullopt, 2},
    };
    for (const Row& r : table) {
        INFO(r.name);
        const Read got = read(r.bytes, r.encoding);
        REQUIRE(got.error.has_value());
        CHECK(got.error->line == r.line);
        CHECK(got.error->kind == Error::Kind::Invalid);
        CHECK(got.error->message.contains(QStringLiteral("not valid")));
    }
}

TEST_CASE("a structural error before the bad bytes is reported first", "[csv][encoding]")
{
    const Read got = read(QByteArray("a,b\nc\"d\n\xFF\xFE\n"), CsvEncoding::Utf8);
    REQUIRE(got.error);
    CHECK(got.error->line == 2);
    CHECK(got.error->message.contains(QStringLiteral("quote")));
}

TEST_CASE("encoding keys and aliases", "[csv][encoding]")
{
    struct Row
    {
        const char* key;
        std::optional<CsvEncoding> expected;
    };
    const Row table[] = {
        {"utf-8", CsvEncoding::Utf8},
        {"UTF8", CsvEncoding::Utf8},
        {"utf-8-bom", CsvEncoding::Utf8Bom},
        {"utf-16", CsvEncoding::Utf16LE},
        {"utf-16be", CsvEncoding::Utf16BE},
        {"cp932", CsvEncoding::Cp932},
        {"Shift_JIS", CsvEncoding::Cp932},
        {"sjis", CsvEncoding::Cp932},
        {"windows-31j", CsvEncoding::Cp932},
        {"latin1", std::nullopt},
        {"", std::nullopt},
    };
    for (const Row& r : table) {
        INFO(r.key);
        CHECK(CsvEncodings::fromKey(QString::fromUtf8(r.key)) == r.expected);
    }
    for (CsvEncoding e : {CsvEncoding::Utf8, CsvEncoding::Utf8Bom, CsvEncoding::Utf16LE,
                          CsvEncoding::Utf16BE, CsvEncoding::Cp932})
        CHECK(CsvEncodings::fromKey(CsvEncodings::key(e)) == e);
}
