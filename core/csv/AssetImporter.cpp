#include "AssetImporter.h"

#include "AssetColumns.h"
#include "AssetValues.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "support/JsonWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <array>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <system_error>
#include <thread>
#include <vector>

namespace daicho {

namespace {

constexpr int kProgressEvery = 500;

// The columns of one file, resolved once: where each target is read from.
struct Columns
{
    QStringList headers;
    QHash<QString, qsizetype> index; // target key → column
    QList<std::pair<qsizetype, AssetField>> textFields;

    qsizetype of(const QString& key) const { return index.value(key, -1); }
};

quint64 codeHash(const QString& code)
{
    constexpr size_t seed = 0x9E3779B97F4A7C15ULL;
    // Most codes are short ASCII: folded on the stack, to the same text toCaseFolded() gives.
    char16_t ascii[64];
    const qsizetype n = code.size();
    bool plain = n <= qsizetype(std::size(ascii));
    for (qsizetype i = 0; plain && i < n; ++i) {
        const char16_t u = code.at(i).unicode();
        plain = u < 0x80;
        ascii[i] = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
    }
    if (plain)
        return quint64(qHash(QStringView(ascii, n), seed));
    return quint64(qHash(QStringView(code.toCaseFolded()), seed));
}

// The line of the first row of each code, keyed by codeHash(): 16 bytes a row instead of a copy
// of every code (a false match would need a 64-bit collision). Open addressing in one array:
// QHash's nodes cost a large import a tenth of its reading time.
class FirstLines
{
public:
    // The line of an earlier row with the same key; else records `line` and returns 0.
    int firstOrAdd(quint64 key, int line)
    {
        if (2 * (m_used + 1) > m_slots.size())
            grow();
        key |= key == 0; // 0 marks an empty slot
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(key) & mask;; i = (i + 1) & mask) {
            Slot& slot = m_slots[i];
            if (slot.key == key)
                return slot.line;
            if (slot.key == 0) {
                slot = {key, line};
                ++m_used;
                return 0;
            }
        }
    }

private:
    struct Slot
    {
        quint64 key = 0;
        int line = 0;
    };
    void grow()
    {
        std::vector<Slot> old(std::max<size_t>(1024, 2 * m_slots.size()));
        old.swap(m_slots);
        m_used = 0;
        for (const Slot& slot : old) {
            if (slot.key != 0)
                firstOrAdd(slot.key, slot.line);
        }
    }
    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

bool allEmpty(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

// One data row as the reading thread hands it to the writing one.
struct PreparedRow
{
    int line = 0;
    QList<Error> errors; // the row's own problems, in column order
    std::optional<AssetService::BulkWriter::Prepared> asset; // when it may be written
    QStringList dependsOn;
};

struct Batch
{
    std::vector<PreparedRow> rows;
    qint64 bytesRead = 0;     // of the file, once these rows were read
    std::optional<Error> end; // the reader's error that ended the file early
    bool last = false;
};

// Rows read, checked and encoded on one thread while the other writes them (reading and
// encoding a row costs about as much as storing it). Bounded: the reader waits when it is
// this far ahead, so memory does not grow with the file. Written batches go back to the
// reading thread, which frees them: memory is cheaper to free on the thread that took it, and
// the writing thread is the busier one.
class BatchQueue
{
public:
    // Whole groups of rows written together (AssetService::BulkWriter::createGroup).
    static constexpr std::size_t RowsPerBatch = 21 * AssetService::BulkWriter::GroupSize;

    // False once stopped: the reader should give up.
    bool push(Batch&& b)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_stopped || m_batches.size() < Capacity; });
        if (m_stopped)
            return false;
        m_batches.push_back(std::move(b));
        m_changed.notify_all();
        return true;
    }
    Batch pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_batches.empty(); });
        Batch b = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return b;
    }
    void giveBack(Batch&& b)
    {
        std::lock_guard lock(m_mutex);
        m_written.push_back(std::move(b));
    }
    // A written batch emptied here (its rows freed), or a new one.
    Batch reuse()
    {
        Batch b;
        {
            std::lock_guard lock(m_mutex);
            if (m_written.empty())
                return b;
            b = std::move(m_written.front());
            m_written.pop_front();
        }
        b.rows.clear();
        b.bytesRead = 0;
        b.end.reset();
        b.last = false;
        return b;
    }
    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
        m_changed.notify_all();
    }

private:
    static constexpr std::size_t Capacity = 8;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::deque<Batch> m_written;
    bool m_stopped = false;
};

// Joins the reading thread on every way out of the import (an error, a cancel, the end).
class ReadingThread
{
public:
    ReadingThread(BatchQueue& queue, std::function<void()> work)
        : m_queue(queue)
    {
        try {
            m_thread = std::thread(std::move(work));
        } catch (const std::system_error& e) {
            m_failure = QString::fromLocal8Bit(e.what()); // the system's words, as they come
        }
    }
    ~ReadingThread() { finish(); }
    // Why the thread could not start (the system is out of threads or memory); empty when
    // it runs.
    const QString& failure() const { return m_failure; }
    void finish()
    {
        m_queue.stop();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    BatchQueue& m_queue;
    std::thread m_thread;
    QString m_failure;
};

} // namespace

QString AssetImporter::recognise(const QString& header)
{
    return AssetColumns::keyForHeader(header);
}

Result<QStringList> AssetImporter::readHeader(const ImportRequest& request)
{
    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot open %1: %2").arg(request.path, file.errorString()),
                         request.path);
    CsvReader::Options ro;
    ro.encoding = request.encoding;
    ro.delimiter = request.delimiter;
    ro.fileName = request.path;
    CsvReader reader(file, ro);
    if (Status s = reader.begin(); !s)
        return s.error();
    CsvRecord record;
    auto more = reader.next(record);
    if (!more)
        return more.error();
    if (!*more) {
        Error e = Error::invalid(tr("The file is empty: there is no header row and no asset."));
        e.file = request.path;
        e.line = 1;
        return e;
    }
    return record.fields;
}

Result<ColumnMapping> AssetImporter::mappingFor(const ImportRequest& request,
                                                const QStringList& headers)
{
    if (!request.columnTargets.isEmpty()) {
        ColumnMapping m =
            ColumnMapping::automatic(headers, [](const QString&) { return QString(); });
        for (qsizetype i = 0; i < headers.size() && i < request.columnTargets.size(); ++i)
            m.setTarget(i, request.columnTargets.at(i));
        return m;
    }
    if (!request.mappingPath.isEmpty()) {
        return ColumnMapping::load(request.mappingPath, QStringLiteral("assets"), headers,
                                   &AssetImporter::recognise, AssetColumns::keys(),
                                   &AssetColumns::normalisedHeader);
    }
    return automaticMapping(headers);
}

bool AssetImporter::isRowNumberHeader(const QString& header)
{
    static const QStringList names{QStringLiteral("no"), QStringLiteral("番号"),
                                   QStringLiteral("項番"), QStringLiteral("通番"),
                                   QStringLiteral("連番")};
    return names.contains(AssetColumns::normalisedHeader(header));
}

ColumnMapping AssetImporter::automaticMapping(const QStringList& headers)
{
    ColumnMapping m = ColumnMapping::automatic(headers, &AssetImporter::recognise);
    if (m.columnOf(QStringLiteral("code")) < 0) {
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (m.target(i).isEmpty() && isRowNumberHeader(headers.at(i))) {
                m.setTarget(i, QStringLiteral("code"));
                break;
            }
        }
    }
    return m;
}

Result<ImportReport> AssetImporter::run(const ImportRequest& request,
                                        const AssetImportOptions& options)
{
    ImportReport report;
    const QString fileName = request.path;
    auto rowError = [&](int line, qsizetype column, const QString& header, const QString& msg) {
        Error e = Error::invalid(msg, header);
        e.file = fileName;
        e.line = line;
        e.column = int(column + 1);
        report.errors.append(e);
    };

    QFile file(request.path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot open %1: %2").arg(request.path, file.errorString()),
                         request.path);
    const qint64 total = file.size();

    CsvReader::Options ro;
    ro.encoding = request.encoding;
    ro.delimiter = request.delimiter;
    ro.fileName = fileName;
    // Rows live as long as their batch; what outlives it (the links, undo's codes) is copied.
    ro.fieldBlockChars = CsvReader::FieldBlockChars;
    CsvReader reader(file, ro);
    if (Status s = reader.begin(); !s) {
        if (s.error().kind != Error::Kind::Invalid)
            return s.error();
        report.errors.append(s.error());
        return report;
    }
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();

    CsvRecord record;
    auto header = reader.next(record);
    if (!header) {
        if (header.error().kind != Error::Kind::Invalid)
            return header.error();
        report.errors.append(header.error());
        return report;
    }
    if (!*header) {
        Error e = Error::invalid(tr("The file is empty: there is no header row and no asset."));
        e.file = fileName;
        e.line = 1;
        report.errors.append(e);
        return report;
    }
    const int headerLine = record.line;
    auto mapping = mappingFor(request, record.fields);
    if (!mapping)
        return mapping.error();

    Columns cols;
    cols.headers = record.fields;
    for (qsizetype i = 0; i < mapping->size(); ++i) {
        const QString key = mapping->target(i);
        const QString h = cols.headers.at(i);
        // Not imported: say why (unknown, computed by Daicho, or left out by the mapping).
        const QString known = key.isEmpty() ? recognise(h) : key;
        if (key.isEmpty() || AssetColumns::isIgnored(key)) {
            QString why;
            if (h.trimmed().isEmpty())
                why = tr("A column without a header is ignored.");
            else if (AssetColumns::isIgnored(known))
                why = tr("The column \"%1\" is not imported: Daicho computes it or does not keep "
                         "it.")
                          .arg(h);
            else if (known.isEmpty())
                why = tr("Unknown column \"%1\" is ignored.").arg(h);
            else
                why = tr("The column \"%1\" is not imported, as the mapping says.").arg(h);
            Error w = Error::invalid(why, h);
            w.file = fileName;
            w.line = headerLine;
            w.column = int(i + 1);
            report.warnings.append(w);
            continue;
        }
        if (key == QLatin1String("code") && isRowNumberHeader(h)) {
            Error w = Error::invalid(
                tr("The column \"%1\" gives the asset codes (the file has no code column).").arg(h),
                h);
            w.file = fileName;
            w.line = headerLine;
            w.column = int(i + 1);
            report.warnings.append(w);
        }
        cols.index.insert(key, i);
        if (auto f = AssetColumns::field(key)) {
            switch (*f) {
            case AssetField::Name:
            case AssetField::Description:
            case AssetField::Owner:
            case AssetField::Location:
            case AssetField::Retention:
            case AssetField::BusinessArea:
            case AssetField::UserScope:
            case AssetField::Notes:
            case AssetField::OverrideReason:
                cols.textFields.append({i, *f});
                break;
            default:
                break;
            }
        }
    }
    // Columns the import cannot do without.
    auto headerError = [&](const QString& msg) {
        Error e = Error::invalid(msg);
        e.file = fileName;
        e.line = headerLine;
        report.errors.append(e);
    };
    if (cols.of(QStringLiteral("code")) < 0)
        headerError(tr("No column for the asset code (e.g. \"code\", \"管理番号\", \"資産ID\")."));
    if (cols.of(QStringLiteral("name")) < 0)
        headerError(
            tr("No column for the asset name (e.g. \"name\", \"情報資産名称\", \"資産名\")."));
    if (cols.of(QStringLiteral("class")) < 0 && !options.defaultClass)
        headerError(tr("No column for the asset class, and no default class was given "
                       "(--default-class customer|test|internal)."));
    if (cols.of(QStringLiteral("subtype")) < 0 && !options.defaultSubtype)
        headerError(tr("No column for the subtype, and no default subtype was given "
                       "(--default-subtype physical|software|data|service|media)."));
    if (!report.errors.isEmpty())
        return report;

    auto bulk = m_reg.assets().beginBulk();
    if (!bulk)
        return bulk.error();
    AssetService::BulkWriter& writer = *bulk;
    // The reading thread makes each row's history entry too, from this (see Forecast).
    auto forecast = writer.forecast();
    if (!forecast)
        return forecast.error();

    const qsizetype colCode = cols.of(QStringLiteral("code"));
    const qsizetype colClass = cols.of(QStringLiteral("class"));
    const qsizetype colSubtype = cols.of(QStringLiteral("subtype"));
    const qsizetype colPersonal = cols.of(QStringLiteral("personal_data"));
    const qsizetype colSpecial = cols.of(AssetColumns::SpecialCareFlag);
    const qsizetype colMyNumber = cols.of(AssetColumns::MyNumberFlag);
    const qsizetype colCustomer = cols.of(QStringLiteral("customer_data"));
    const qsizetype colOverride = cols.of(QStringLiteral("priority_override"));
    const qsizetype colReview = cols.of(QStringLiteral("next_review"));
    const qsizetype colDepends = cols.of(AssetColumns::DependsOn);
    // Dependencies are added once every row is in, since they may name later rows. Only rows
    // that have some are kept.
    struct PendingLinks
    {
        int line;
        QString code;
        QStringList dependsOn;
    };
    // Kept to the end of the import: with storage of their own, not their rows' blocks.
    auto pendingLinks = [](int line, const QString& code, const QStringList& dependsOn) {
        PendingLinks l{line, CsvReader::ownCopy(code), {}};
        l.dependsOn.reserve(dependsOn.size());
        for (const QString& d : dependsOn)
            l.dependsOn.append(CsvReader::ownCopy(d));
        return l;
    };
    QList<PendingLinks> links;
    QSet<QString> createdCodes; // only with collectUndo
    const std::pair<qsizetype, AssetField> ciaCols[] = {
        {cols.of(QStringLiteral("confidentiality")), AssetField::Confidentiality},
        {cols.of(QStringLiteral("integrity")), AssetField::Integrity},
        {cols.of(QStringLiteral("availability")), AssetField::Availability}};
    const qsizetype width = cols.headers.size();

    // ---- On the reading thread: read, check and encode one row (nothing here touches the
    // register; only its own state below).
    FirstLines seenCodes;
    QSet<AssetField> badFields;
    auto prepareRow = [&](CsvRecord& csv, PreparedRow& out) {
        const int line = csv.line;
        out.line = line;
        auto problem = [&](qsizetype column, const QString& columnName, const QString& msg) {
            Error e = Error::invalid(msg, columnName);
            e.file = fileName;
            e.line = line;
            e.column = int(column + 1);
            out.errors.append(e);
        };
        QStringList& f = csv.fields;
        if (f.size() != width) {
            // Trailing empty cells (a spreadsheet's ragged edge) are harmless.
            while (f.size() > width && f.last().trimmed().isEmpty())
                f.removeLast();
            if (f.size() != width) {
                problem(-1, QString(),
                        tr("This row has %1 fields; the header has %2.").arg(f.size()).arg(width));
                return;
            }
        }
        for (QString& v : f)
            CsvWriter::restoreNeutralisedInPlace(v);

        badFields.clear();
        auto fail = [&](qsizetype col, AssetField field, const QString& msg) {
            badFields.insert(field);
            problem(col, col >= 0 ? cols.headers.at(col) : AssetRules::fieldLabel(field), msg);
        };
        Asset a;
        a.code = AssetValues::normalised(f.at(colCode));
        for (const auto& [col, field] : cols.textFields) {
            const QString& v = f.at(col);
            switch (field) {
            case AssetField::Name:
                a.name = v;
                break;
            case AssetField::Description:
                a.description = v;
                break;
            case AssetField::Owner:
                a.owner = v;
                break;
            case AssetField::Location:
                a.location = v;
                break;
            case AssetField::Retention:
                a.retention = v;
                break;
            case AssetField::BusinessArea:
                a.businessArea = v;
                break;
            case AssetField::UserScope:
                a.userScope = v;
                break;
            case AssetField::Notes:
                a.notes = v;
                break;
            case AssetField::OverrideReason:
                a.overrideReason = v;
                break;
            default:
                break;
            }
        }

        const QString classText = colClass >= 0 ? f.at(colClass).trimmed() : QString();
        if (classText.isEmpty()) {
            if (options.defaultClass)
                a.assetClass = *options.defaultClass;
            else
                fail(colClass, AssetField::Class,
                     tr("The asset class is empty and no default class was given."));
        } else {
            const auto c = AssetValues::assetClass(classText);
            if (const auto* v = std::get_if<AssetClass>(&c))
                a.assetClass = *v;
            else
                fail(colClass, AssetField::Class, std::get<QString>(c));
        }
        const QString subtypeText = colSubtype >= 0 ? f.at(colSubtype).trimmed() : QString();
        if (subtypeText.isEmpty()) {
            if (options.defaultSubtype)
                a.subtype = *options.defaultSubtype;
            else
                fail(colSubtype, AssetField::Subtype,
                     tr("The subtype is empty and no default subtype was given."));
        } else {
            const auto s = AssetValues::subtype(subtypeText);
            if (const auto* v = std::get_if<AssetSubtype>(&s))
                a.subtype = *v;
            else
                fail(colSubtype, AssetField::Subtype, std::get<QString>(s));
        }
        for (const auto& [col, field] : ciaCols) {
            if (col < 0)
                continue;
            const auto n = AssetValues::cia(f.at(col), options.ciaZeroBased);
            if (const int* v = std::get_if<int>(&n)) {
                if (field == AssetField::Confidentiality)
                    a.confidentiality = *v;
                else if (field == AssetField::Integrity)
                    a.integrity = *v;
                else
                    a.availability = *v;
            } else {
                fail(col, field, std::get<QString>(n));
            }
        }
        PersonalData pd = PersonalData::None;
        if (colPersonal >= 0) {
            const auto p = AssetValues::personalData(f.at(colPersonal));
            if (const auto* v = std::get_if<PersonalData>(&p))
                pd = *v;
            else
                fail(colPersonal, AssetField::PersonalData, std::get<QString>(p));
        }
        for (const auto& [col, kind] : {std::pair{colSpecial, PersonalData::SpecialCare},
                                        std::pair{colMyNumber, PersonalData::MyNumber}}) {
            if (col < 0)
                continue;
            const auto b = AssetValues::yesNo(f.at(col));
            if (const bool* v = std::get_if<bool>(&b)) {
                if (*v && int(kind) > int(pd))
                    pd = kind;
            } else {
                fail(col, AssetField::PersonalData, std::get<QString>(b));
            }
        }
        a.personalData = pd;
        // Without the column, personal data on a customer asset is taken to be customers'
        // (DOMAIN.md §2: the service holds care providers' data); the officer can change it.
        a.customerData = a.assetClass == AssetClass::Customer && pd != PersonalData::None;
        if (colCustomer >= 0 && !f.at(colCustomer).trimmed().isEmpty()) {
            const auto b = AssetValues::yesNo(f.at(colCustomer));
            if (const bool* v = std::get_if<bool>(&b))
                a.customerData = *v;
            else
                fail(colCustomer, AssetField::CustomerData, std::get<QString>(b));
        }
        if (colOverride >= 0) {
            const auto p = AssetValues::priority(f.at(colOverride));
            if (const auto* v = std::get_if<std::optional<Priority>>(&p))
                a.priorityOverride = *v;
            else
                fail(colOverride, AssetField::PriorityOverride, std::get<QString>(p));
        }
        if (colReview >= 0) {
            const auto d = AssetValues::date(f.at(colReview));
            if (const auto* v = std::get_if<QDate>(&d))
                a.nextReview = *v;
            else
                fail(colReview, AssetField::NextReview, std::get<QString>(d));
        }

        auto prepared = AssetService::BulkWriter::prepare(std::move(a));
        for (const FieldIssue& issue : std::as_const(prepared.issues)) {
            if (badFields.contains(issue.field))
                continue;
            const qsizetype col = cols.of(AssetRules::fieldKey(issue.field));
            fail(col, issue.field, issue.message);
        }
        const QString& code = prepared.asset.code;
        if (!code.isEmpty()) {
            if (const int first = seenCodes.firstOrAdd(codeHash(code), line)) {
                problem(colCode, cols.headers.at(colCode),
                        tr("The code \"%1\" is already used on line %2 of this file.")
                            .arg(code)
                            .arg(first));
                return;
            }
        }
        if (!out.errors.isEmpty())
            return;
        if (colDepends >= 0) {
            static const QRegularExpression separators(QStringLiteral("[\\n;]"));
            for (const QString& part : f.at(colDepends).split(separators, Qt::SkipEmptyParts)) {
                const QString c = AssetValues::normalised(part);
                if (!c.isEmpty())
                    out.dependsOn.append(c);
            }
        }
        AssetService::BulkWriter::expect(prepared, *forecast);
        out.asset = std::move(prepared);
    };

    BatchQueue queue;
    ReadingThread reading(queue, [&] {
        CsvRecord csv;
        Batch batch;
        for (;;) {
            auto more = reader.next(csv);
            if (!more) {
                batch.end = more.error();
                break;
            }
            if (!*more)
                break;
            if (allEmpty(csv.fields))
                continue;
            batch.rows.emplace_back();
            prepareRow(csv, batch.rows.back());
            if (batch.rows.size() == BatchQueue::RowsPerBatch) {
                batch.bytesRead = reader.bytesRead();
                if (!queue.push(std::move(batch)))
                    return;
                batch = queue.reuse();
            }
        }
        batch.bytesRead = reader.bytesRead();
        batch.last = true;
        (void)queue.push(std::move(batch));
    });
    if (!reading.failure().isEmpty())
        return Error::io(
            tr("The import could not start: %1. Nothing was written.").arg(reading.failure()),
            request.path);

    // ---- On this thread: write what the reading thread prepared, in the file's order.
    auto created = [&](const PreparedRow& row, qint64 id) {
        const Asset& a = row.asset->asset;
        if (!row.dependsOn.isEmpty())
            links.append(pendingLinks(row.line, a.code, row.dependsOn));
        if (request.collectUndo) {
            report.undo.created.append(id);
            createdCodes.insert(CsvReader::ownCopy(a.code.toCaseFolded()));
        }
    };
    // One row on its own: created, or its code's duplicate handled as asked.
    auto writeRow = [&](const PreparedRow& row) -> Status {
        const int line = row.line;
        const Asset& a = row.asset->asset;
        // Written now, inside the one transaction; rolled back if any row is refused.
        auto id = writer.create(*row.asset);
        if (id) {
            created(row, *id);
            return {};
        }
        if (id.error().kind != Error::Kind::Conflict) {
            if (id.error().kind == Error::Kind::Invalid) {
                rowError(line, -1, QString(), id.error().message);
                return {};
            }
            return id.error();
        }
        switch (request.onDuplicate) {
        case OnDuplicate::Fail:
            rowError(line, colCode, cols.headers.at(colCode),
                     tr("The code \"%1\" is already in the register (use --on-duplicate "
                        "update or skip).")
                         .arg(a.code));
            break;
        case OnDuplicate::Skip:
            ++report.skipped;
            break;
        case OnDuplicate::Update: {
            const qint64 updatedBefore = writer.updated();
            std::optional<Asset> before;
            if (request.collectUndo) {
                auto found = m_reg.assets().findByCode(a.code);
                if (!found)
                    return found.error();
                before = *found;
            }
            auto updated = writer.updateByCode(a);
            if (!updated) {
                if (updated.error().kind == Error::Kind::Io)
                    return updated.error();
                rowError(line, -1, QString(), updated.error().message);
            } else {
                if (writer.updated() == updatedBefore)
                    ++report.unchanged;
                else if (before)
                    report.undo.replaced.append(*before);
                if (!row.dependsOn.isEmpty())
                    links.append(pendingLinks(line, a.code, row.dependsOn));
            }
            break;
        }
        }
        return {};
    };
    // Rows that may be created together, in one statement (see BulkWriter::createGroup); one by
    // one when they cannot.
    constexpr int groupSize = AssetService::BulkWriter::GroupSize;
    std::array<const PreparedRow*, groupSize> group{};
    int grouped = 0;
    auto writeGroup = [&]() -> Status {
        const int n = std::exchange(grouped, 0);
        if (n == groupSize) {
            AssetService::BulkWriter::Group rows;
            for (int i = 0; i < n; ++i)
                rows[size_t(i)] = &*group[size_t(i)]->asset;
            std::array<qint64, groupSize> ids{};
            auto together = writer.createGroup(rows, ids);
            if (!together)
                return together.error();
            if (*together) {
                for (int i = 0; i < n; ++i)
                    created(*group[size_t(i)], ids[size_t(i)]);
                return {};
            }
        }
        for (int i = 0; i < n; ++i) {
            if (Status s = writeRow(*group[size_t(i)]); !s)
                return s;
        }
        return {};
    };
    for (bool last = false; !last;) {
        Batch batch = queue.pop();
        last = batch.last;
        for (PreparedRow& row : batch.rows) {
            ++report.rows;
            if (request.progress && report.rows % kProgressEvery == 0 &&
                !request.progress(batch.bytesRead, total)) {
                return Error::make(Error::Kind::Cancelled,
                                   tr("The import was cancelled; nothing was written."));
            }
            if (!row.asset) {
                // Problems are reported in the file's order: the rows before go first.
                if (Status s = writeGroup(); !s)
                    return s.error();
                report.errors.append(row.errors);
                continue;
            }
            group[size_t(grouped++)] = &row;
            if (grouped == groupSize) {
                if (Status s = writeGroup(); !s)
                    return s.error();
            }
        }
        // The rows are freed once the batch is given back.
        if (Status s = writeGroup(); !s)
            return s.error();
        if (batch.end) {
            if (batch.end->kind != Error::Kind::Invalid)
                return *batch.end;
            report.errors.append(*batch.end);
        }
        queue.giveBack(std::move(batch));
    }
    reading.finish();

    std::optional<DependencyGraph> graphBefore;
    if (request.collectUndo && !links.isEmpty()) {
        auto g = m_reg.assets().graph();
        if (!g)
            return g.error();
        graphBefore = std::move(*g);
    }
    for (const PendingLinks& l : std::as_const(links)) {
        for (const QString& to : l.dependsOn) {
            if (graphBefore && !createdCodes.contains(l.code.toCaseFolded()) &&
                !createdCodes.contains(to.toCaseFolded())) {
                // Between assets that were there before: undo must remove it, unless it was
                // there already.
                auto from = m_reg.assets().findByCode(l.code);
                auto dep = m_reg.assets().findByCode(to);
                if (from && dep && from->has_value() && dep->has_value() &&
                    !graphBefore->hasEdge((*from)->id, (*dep)->id))
                    report.undo.addedLinks.append({l.code, to});
            }
            if (Status st = writer.addDependency(l.code, to); !st) {
                if (st.error().kind == Error::Kind::Io)
                    return st.error();
                rowError(l.line, colDepends, cols.headers.at(colDepends), st.error().message);
            }
        }
    }

    report.created = writer.created();
    report.updated = writer.updated();
    report.sha256 = reader.sha256();
    if (report.errors.isEmpty() && report.rows == 0) {
        Error e = Error::invalid(tr("The file has a header but no asset rows."));
        e.file = fileName;
        e.line = headerLine;
        report.errors.append(e);
    }
    if (!report.errors.isEmpty() || request.dryRun) {
        report.created = report.errors.isEmpty() ? report.created : 0;
        report.updated = report.errors.isEmpty() ? report.updated : 0;
        return report; // the BulkWriter goes out of scope uncommitted: everything rolls back
    }

    const QString details =
        JsonObjectWriter()
            .add(QLatin1StringView("table"), QStringLiteral("assets"))
            .add(QLatin1StringView("file"), QFileInfo(fileName).fileName())
            .add(QLatin1StringView("sha256"), QString::fromLatin1(report.sha256.toHex()))
            .add(QLatin1StringView("encoding"), CsvEncodings::key(report.encoding))
            .add(QLatin1StringView("rows"), report.rows)
            .add(QLatin1StringView("created"), report.created)
            .add(QLatin1StringView("updated"), report.updated)
            .add(QLatin1StringView("unchanged"), report.unchanged)
            .add(QLatin1StringView("skipped"), report.skipped)
            .finish();
    if (Status s = writer.commit(QFileInfo(fileName).fileName(), QStringLiteral("import"), details);
        !s)
        return s.error();
    report.written = true;
    return report;
}

} // namespace daicho
