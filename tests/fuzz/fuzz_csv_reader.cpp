// libFuzzer target for the CSV reader. Built with clang (-DDAICHO_BUILD_FUZZERS=ON
// -DCMAKE_CXX_COMPILER=clang++) under ASan+UBSan; with any compiler, fuzz_csv_reader_replay runs
// the same checks over the corpus and deterministic mutations of it (ctest runs both).
//
// Longer by hand (one line):
//   build-fuzz/tests/fuzz/fuzz_csv_reader -max_total_time=600 -max_len=4096
//   /tmp/fuzz-csv tests/data/csv/good tests/data/csv/broken
//
// Besides "no crash, no sanitizer report", it checks two properties: whatever the reader accepts,
// writing those records with CsvWriter and reading them back gives the same records; and
// fields cut from shared blocks (CsvReader::Options::fieldBlockChars) read as the others do.

#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"

#include <QBuffer>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace daicho;

namespace {

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz_csv_reader: %s\n", what);
    std::abort();
}

bool readAll(const QByteArray& bytes, const CsvReader::Options& o, QList<CsvRecord>& out)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, o);
    if (!reader.begin().ok())
        return false;
    CsvRecord r;
    for (int guard = 0; guard < 1000000; ++guard) {
        auto more = reader.next(r);
        if (!more) {
            if (std::getenv("DAICHO_FUZZ_VERBOSE"))
                std::fprintf(stderr, "%s\n", qPrintable(more.error().toString()));
            // An error always says where.
            if (more.error().line < 1)
                fail("an error without a line");
            return false;
        }
        if (!*more)
            return true;
        out.append(r);
    }
    fail("the reader makes no progress");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte picks the options, so every path is reachable.
    const uint8_t pick = data[0];
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    CsvReader::Options o;
    o.maxFieldLength = 64 + (pick & 0x3F) * 16;
    o.maxFields = 256;
    switch (pick >> 6) {
    case 0:
        break; // detect everything
    case 1:
        o.encoding = CsvEncoding::Cp932;
        break;
    case 2:
        o.encoding = CsvEncoding::Utf16LE;
        break;
    case 3:
        o.encoding = CsvEncoding::Utf8;
        o.delimiter = QLatin1Char(';');
        break;
    }

    QList<CsvRecord> records;
    const bool accepted = readAll(input, o, records);

    // Fields cut from blocks that records share (what an import reads with) are the same
    // records, up to the same error, and each still ends with a NUL as a QString does.
    CsvReader::Options sharing = o;
    // Small blocks, so that records often start a new one and fields share the others.
    sharing.fieldBlockChars = 8 + (pick & 0x1F) * 8;
    QList<CsvRecord> shared;
    if (readAll(input, sharing, shared) != accepted || shared.size() != records.size())
        fail("fields from shared blocks read differently");
    for (qsizetype i = 0; i < shared.size(); ++i) {
        if (shared.at(i).line != records.at(i).line || shared.at(i).fields != records.at(i).fields)
            fail("a record differs when its fields come from shared blocks");
        for (const QString& f : shared.at(i).fields) {
            if (!f.isEmpty() && f.constData()[f.size()] != QChar(0))
                fail("a field from a shared block does not end with a NUL");
        }
    }
    if (!accepted)
        return 0;

    // Round trip through the writer (UTF-8, the reader's delimiter).
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QBuffer probe;
    probe.setData(input);
    probe.open(QIODevice::ReadOnly);
    CsvReader settled(probe, o);
    if (!settled.begin().ok())
        fail("begin() refused what it accepted a moment ago");
    CsvWriter writer(out, CsvEncoding::Utf8, settled.delimiter());
    for (const CsvRecord& r : records) {
        if (!writer.writeRecord(r.fields).ok())
            fail("UTF-8 could not hold what the reader produced");
    }
    if (!writer.flush().ok())
        fail("flush failed");
    CsvReader::Options back;
    back.encoding = CsvEncoding::Utf8;
    back.delimiter = settled.delimiter();
    back.maxFieldLength = o.maxFieldLength * 2 + 4; // neutralising adds a character
    back.maxFields = o.maxFields;
    QList<CsvRecord> again;
    if (!readAll(out.data(), back, again)) {
        if (std::getenv("DAICHO_FUZZ_VERBOSE"))
            std::fprintf(stderr, "written:\n%s\n", out.data().toHex(' ').constData());
        fail("the reader refused what the writer wrote");
    }
    // Blank records (one empty field) are skipped by the reader, so compare the others.
    auto meaningful = [](const QList<CsvRecord>& rs, bool restore) {
        QList<QStringList> k;
        for (const CsvRecord& r : rs) {
            if (r.fields.size() == 1 && r.fields.first().isEmpty())
                continue;
            QStringList f = r.fields;
            for (QString& s : f) {
                if (restore)
                    s = CsvWriter::restoreNeutralised(s);
            }
            k.append(f);
        }
        return k;
    };
    if (meaningful(records, false) != meaningful(again, true)) {
        if (std::getenv("DAICHO_FUZZ_VERBOSE")) {
            std::fprintf(stderr, "input:\n%s\nwritten:\n%s\n", input.toHex(' ').constData(),
                         out.data().toHex(' ').constData());
        }
        fail("records differ after a round trip through the writer");
    }
    return 0;
}
