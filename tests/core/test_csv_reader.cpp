#include "csv/CsvReader.h"
#include "support/TestSupport.h"

#include <QBuffer>

using namespace daicho;

namespace {

struct Parsed
{
    QList<CsvRecord> records;
    std::optional<Error> error;
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter;
};

Parsed parse(const QByteArray& bytes, CsvReader::Options options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, std::move(options));
    Parsed out;
    if (Status s = reader.begin(); !s) {
        out.error = s.error();
        return out;
    }
    out.encoding = reader.encoding();
    out.delimiter = reader.delimiter();
    CsvRecord r;
    for (;;) {
        auto more = reader.next(r);
        if (!more) {
            out.error = more.error();
            return out;
        }
        if (!*more)
            break;
        out.records.append(r);
    }
    return out;
}

QString show(const QList<CsvRecord>& records)
{
    // One record per line as "LINE:field|field", with line breaks inside fields shown as ⏎.
    QStringList lines;
    for (const CsvRecord& r : records) {
        QStringList f = r.fields;
        for (QString& s : f)
            s.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
        lines.append(QString::number(r.line) + QLatin1Char(':') + f.join(QLatin1Char('|')));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("well-formed CSV is read record by record with its start line", "[csv][reader]")
{
    struct Row
    {
        const char* name;
        QByteArray input;
        QString expected;
    };
    const Row table[] = {
        {"simple LF", "a,b,c\n1,2,3\n", QStringLiteral("1:a|b|c\n2:1|2|3")},
        {"CRLF", "a,b\r\n1,2\r\n", QStringLiteral("1:a|b\n2:1|2")},
        {"CR only", "a,b\r1,2\r", QStringLiteral("1:a|b\n2:1|2")},
        {"last line without line end", "a,b\n1,2", QStringLiteral("1:a|b\n2:1|2")},
        {"quoted comma", "\"a,b\",c\n", QStringLiteral("1:a,b|c")},
        {"doubled quote", "\"say \"\"hi\"\"\",x\n", QStringLiteral("1:say \"hi\"|x")},
        {"empty quoted field", "\"\",x\n", QStringLiteral("1:|x")},
        {"LF inside quotes", "a,\"l1\nl2\"\nb,c\n", QStringLiteral("1:a|l1⏎l2\n3:b|c")},
        {"CRLF inside quotes becomes LF", "a,\"l1\r\nl2\r\nl3\"\r\nb,c\r\n",
         QStringLiteral("1:a|l1⏎l2⏎l3\n4:b|c")},
        {"CR inside quotes", "\"x\ry\"\rz\r", QStringLiteral("1:x⏎y\n3:z")},
        {"empty fields", ",,\n", QStringLiteral("1:||")},
        {"trailing delimiter", "a,\n", QStringLiteral("1:a|")},
        {"blank lines skipped", "a\n\n\r\nb\n\n", QStringLiteral("1:a\n4:b")},
        {"BOM stripped", "\xEF\xBB\xBFid,name\n1,x\n", QStringLiteral("1:id|name\n2:1|x")},
        {"quoted field last, no line end", "a,\"b\"", QStringLiteral("1:a|b")},
        {"spaces kept", " a , b \n", QStringLiteral("1: a | b ")},
        {"Japanese UTF-8", "資産ID,名称\nA-1,\"顧客DB, 本番\"\n",
         QStringLiteral("1:資産ID|名称\n2:A-1|顧客DB, 本番")},
        {"only a header", "code,name", QStringLiteral("1:code|name")},
        {"empty input", "", QString()},
        {"only line ends", "\r\n\r\n", QString()},
    };
    for (const Row& r : table) {
        INFO(r.name);
        const Parsed p = parse(r.input);
        if (p.error)
            FAIL(p.error->toString().toStdString());
        CHECK(show(p.records) == r.expected);
    }
}

TEST_CASE("malformed CSV is an error with its line and column", "[csv][reader]")
{
    struct Row
    {
        const char* name;
        QByteArray input;
        int line;
        int column;
        const char* messagePart;
    };
    const Row table[] = {
        {"unterminated quote", "a,b\nc,\"open\nmore\n", 2, 3, "never closed"},
        {"unterminated quote at end", "a,\"b", 1, 3, "never closed"},
        {"stray quote in unquoted field", "a,b\nab\"c,d\n", 2, 3, "quote inside"},
        {"text after closing quote", "x\n\"ab\"c,d\n", 2, 5, "after the closing quote"},
        {"space after closing quote", "\"ab\" ,d\n", 1, 5, "after the closing quote"},
        {"NUL byte", QByteArray("a,b\nc,d\0e\n", 10), 2, 0, "NUL"},
        {"NUL inside quotes", QByteArray("a\n\"x\ny\0\"\n", 9), 3, 0, "NUL"},
        {"NUL after CR", QByteArray("a\r\0", 3), 2, 0, "NUL"},
        {"line after multi-line field", "\"a\nb\nc\",d\nx\"y\n", 4, 2, "quote inside"},
        {"invalid UTF-8 after BOM",
         "\xEF\xBB\xBF"
         "a\nb\n\xC3\x28\n",
         3, 0, "not valid UTF-8"},
    };
    for (const Row& r : table) {
        INFO(r.name);
        const Parsed p = parse(r.input);
        REQUIRE(p.error.has_value());
        CHECK(p.error->line == r.line);
        CHECK(p.error->column == r.column);
        CHECK(p.error->message.contains(QString::fromUtf8(r.messagePart)));
        CHECK(p.error->kind == Error::Kind::Invalid);
    }
}

TEST_CASE("errors carry the file name and read as FILE:LINE", "[csv][reader]")
{
    CsvReader::Options o;
    o.fileName = QStringLiteral("assets.csv");
    const Parsed p = parse("a\n\"b\n", o);
    REQUIRE(p.error);
    CHECK(p.error->toString().startsWith(QStringLiteral("assets.csv:2: ")));
}

TEST_CASE("an absurdly long field is refused, not read into memory", "[csv][reader]")
{
    CsvReader::Options o;
    o.maxFieldLength = 100;
    SECTION("unquoted")
    {
        const Parsed p = parse("a,b\nc," + QByteArray(101, 'x') + "\n", o);
        REQUIRE(p.error);
        CHECK(p.error->line == 2);
        CHECK(p.error->column == 3);
    }
    SECTION("quoted across lines")
    {
        const Parsed p =
            parse("a\n\"" + QByteArray(60, 'x') + "\n" + QByteArray(60, 'y') + "\"\n", o);
        REQUIRE(p.error);
        CHECK(p.error->line == 2);
    }
    SECTION("at the limit is fine")
    {
        const Parsed p = parse("a," + QByteArray(100, 'x') + "\n", o);
        REQUIRE_FALSE(p.error);
        CHECK(p.records.first().fields.at(1).size() == 100);
    }
    SECTION("default limit holds a 2 MB line")
    {
        const Parsed p = parse(QByteArray(2 * 1024 * 1024, 'z'));
        REQUIRE(p.error);
        CHECK(p.error->line == 1);
    }
}

TEST_CASE("too many fields in one record is an error", "[csv][reader]")
{
    CsvReader::Options o;
    o.maxFields = 3;
    const Parsed p = parse("a,b,c\nd,e,f,g\n", o);
    REQUIRE(p.error);
    CHECK(p.error->line == 2);
}

TEST_CASE("records spanning the reader's internal chunks keep lines and content", "[csv][reader]")
{
    // Big enough that decoding happens in several chunks, with CRLF and quoted line breaks.
    QByteArray input = "code,note\r\n";
    QString expectedLast;
    const int rows = 30000;
    for (int i = 1; i <= rows; ++i) {
        input += "A-" + QByteArray::number(i) + ",\"first " + QByteArray::number(i) +
                 "\r\nsecond, with \"\"quotes\"\"\"\r\n";
    }
    const Parsed p = parse(input);
    REQUIRE_FALSE(p.error);
    REQUIRE(p.records.size() == rows + 1);
    for (int i = 1; i <= rows; ++i) {
        const CsvRecord& r = p.records.at(i);
        REQUIRE(r.line == 2 * i);
        REQUIRE(r.fields.size() == 2);
        REQUIRE(r.fields.at(0) == QStringLiteral("A-") + QString::number(i));
        REQUIRE(r.fields.at(1) == QStringLiteral("first ") + QString::number(i) +
                                      QStringLiteral("\nsecond, with \"quotes\""));
    }
}

TEST_CASE("an error far into the file names its line", "[csv][reader]")
{
    QByteArray input;
    for (int i = 1; i <= 50000; ++i)
        input += "A-" + QByteArray::number(i) + ",x\n";
    input += "bad\"quote\n";
    const Parsed p = parse(input);
    REQUIRE(p.error);
    CHECK(p.error->line == 50001);
}

TEST_CASE("the delimiter is detected from the first record", "[csv][reader][delimiter]")
{
    struct Row
    {
        const char* input;
        char expected;
    };
    const Row table[] = {
        {"a,b,c\n", ','},
        {"a;b;c\n", ';'},
        {"a\tb\tc\n", '\t'},
        {"a;b,c;d\n", ';'},
        {"\"x;y;z\",b\n", ','},
        {"single\n", ','},
        {"a,b;c\n", ','}, // a tie goes to the comma
        {"a\tb;c\td\n1,2,3,4,5,6\n", '\t'},
    };
    for (const Row& r : table) {
        INFO(r.input);
        CHECK(CsvReader::detectDelimiter(QString::fromUtf8(r.input)) == QLatin1Char(r.expected));
        const Parsed p = parse(r.input);
        REQUIRE_FALSE(p.error);
        CHECK(p.delimiter == QLatin1Char(r.expected));
    }
}

TEST_CASE("a delimiter given by the user wins", "[csv][reader][delimiter]")
{
    CsvReader::Options o;
    o.delimiter = QLatin1Char(';');
    const Parsed p = parse("a,b;c\n", o);
    REQUIRE_FALSE(p.error);
    CHECK(show(p.records) == QStringLiteral("1:a,b|c"));
}

TEST_CASE("semicolon files with quoted semicolons", "[csv][reader][delimiter]")
{
    const Parsed p = parse("code;name;note\nA-1;\"x;y\";z\n");
    REQUIRE_FALSE(p.error);
    CHECK(show(p.records) == QStringLiteral("1:code|name|note\n2:A-1|x;y|z"));
}

TEST_CASE("the SHA-256 covers every byte of the file", "[csv][reader]")
{
    const QByteArray input = "\xEF\xBB\xBF"
                             "a,b\n1,2";
    QBuffer buffer;
    buffer.setData(input);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(buffer, {});
    REQUIRE(reader.begin().ok());
    CsvRecord r;
    while (reader.next(r).value()) {
    }
    CHECK(reader.sha256() == QCryptographicHash::hash(input, QCryptographicHash::Sha256));
    CHECK(reader.bytesRead() == input.size());
}

TEST_CASE("a NUL far beyond the first megabyte is still found, with its column", "[csv][reader]")
{
    QByteArray input;
    for (int i = 1; i <= 100000; ++i)
        input += "A-" + QByteArray::number(i) + ",some text\n";
    input += QByteArray("x,y\0z\n", 6);
    const Parsed p = parse(input);
    REQUIRE(p.error);
    CHECK(p.error->line == 100001);
    CHECK(p.error->column == 4);
}

// An import reads with fields cut from blocks shared by many records (one allocation for
// dozens of fields). They must be the very records the reader gives otherwise, end with a NUL
// as every QString does, stand on their own when changed, and outlive the reader.
TEST_CASE("fields cut from shared blocks read as separate ones do", "[csv][reader]")
{
    QByteArray input = "code,name,note\r\n";
    for (int i = 1; i <= 3000; ++i) {
        input += "A-" + QByteArray::number(i) + ",名前 " + QByteArray::number(i) + ",\"first " +
                 QByteArray::number(i) + "\r\nsecond, \"\"quoted\"\"\"\r\n";
        if (i % 700 == 0)
            input += "B-" + QByteArray::number(i) + ",long," + QByteArray(20000, 'x') + "\r\n";
        if (i % 500 == 0)
            input += ",,\r\n"; // empty fields
    }
    const Parsed plain = parse(input);
    REQUIRE_FALSE(plain.error);
    for (const qsizetype block :
         {qsizetype(1), qsizetype(7), qsizetype(64), CsvReader::FieldBlockChars}) {
        INFO("block of " << block << " characters");
        CsvReader::Options o;
        o.fieldBlockChars = block;
        Parsed shared = parse(input, o);
        REQUIRE_FALSE(shared.error);
        REQUIRE(shared.records.size() == plain.records.size());
        for (qsizetype i = 0; i < shared.records.size(); ++i) {
            const CsvRecord& r = shared.records.at(i);
            REQUIRE(r.line == plain.records.at(i).line);
            REQUIRE(r.fields == plain.records.at(i).fields);
            for (const QString& f : r.fields) {
                REQUIRE(f.isNull() == f.isEmpty());
                if (!f.isEmpty())
                    REQUIRE(f.constData()[f.size()] == QChar(0));
            }
        }
        // A field changed is changed alone; a copy of its own shares nothing.
        QString first = shared.records.at(1).fields.at(0);
        const QString second = shared.records.at(1).fields.at(1);
        first += QStringLiteral("-changed");
        CHECK(first == QStringLiteral("A-1-changed"));
        CHECK(second == QStringLiteral("名前 1"));
        CHECK(shared.records.at(1).fields.at(0) == QStringLiteral("A-1"));
        const QString own = CsvReader::ownCopy(second);
        CHECK(own == second);
        CHECK(own.constData() != second.constData());
        // What is kept outlives the reader and every other record of its block.
        const QString kept = shared.records.at(2).fields.at(2);
        shared.records.clear();
        CHECK(kept == QStringLiteral("first 2\nsecond, \"quoted\""));
    }
}
