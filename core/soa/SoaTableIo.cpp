#include "SoaTableIo.h"

#include "SoaColumns.h"
#include "catalogs/Catalogs.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "services/Register.h"
#include "services/SoaService.h"
#include "storage/SoaSnapshot.h"
#include "support/Clock.h"
#include "support/JsonWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace daicho {

namespace {

Result<const Catalog*> catalogOption(Register& reg, const QHash<QString, QString>& options,
                                     const QStringList& known, const QString& table)
{
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!known.contains(it.key())) {
            return Error::make(Error::Kind::Usage,
                               SoaTableIo::tr("The option --%1 does not apply to the table "
                                              "\"%2\".")
                                   .arg(it.key(), table));
        }
    }
    const QString key = options.value(QStringLiteral("catalog"), reg.soa().catalogKey());
    auto c = Catalogs::find(key);
    if (!c)
        return Error::make(Error::Kind::Usage, c.error().message);
    return *c;
}

QString cell(const QStringList& fields, qsizetype column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

} // namespace

Result<ExportReport> SoaTableIo::exportTo(Register& reg, const ExportRequest& request)
{
    auto catalog = catalogOption(reg, request.options, exportOptions(), name());
    if (!catalog)
        return catalog.error();
    auto entries = reg.soa().entries((*catalog)->key());
    if (!entries)
        return entries.error();
    QHash<QString, SoaEntry> byId;
    for (const SoaEntry& e : std::as_const(*entries))
        byId.insert(e.controlId, e);

    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(request.path, file.errorString()),
                         request.path);
    CsvWriter writer(file, request.encoding);
    QStringList headers;
    for (const QString& key : SoaColumns::keys())
        headers.append(SoaColumns::label(key));
    if (Status s = writer.writeRecord(headers); !s)
        return s.error();
    ExportReport report;
    for (const CatalogControl& c : (*catalog)->controls()) {
        const SoaEntry e = byId.value(c.id);
        const QStringList row{(*catalog)->key(),
                              c.id,
                              c.title(),
                              SoaColumns::formatApplicable(e.applicable),
                              SoaTerms::reasonKeys(e.reasons),
                              e.exclusionJustification,
                              e.status ? SoaTerms::key(*e.status) : QString(),
                              SoaColumns::formatDate(e.targetDate),
                              e.evidence,
                              e.evidenceLinks.join(QLatin1Char('\n')),
                              e.owner,
                              SoaColumns::formatDate(e.lastReviewed)};
        if (Status s = writer.writeRecord(row); !s) {
            Error err = s.error();
            err.message = tr("Control %1, column %2: %3")
                              .arg(c.id, headers.value(err.column - 1), err.message);
            err.file = request.path;
            err.column = 0;
            return err;
        }
        ++report.rows;
    }
    if (Status s = writer.flush(); !s)
        return s.error();
    if (!file.commit())
        return Error::io(tr("Cannot write %1: %2").arg(request.path, file.errorString()),
                         request.path);
    return report;
}

Result<ImportReport> SoaTableIo::importFrom(Register& reg, const ImportRequest& request)
{
    auto defaultCatalog = catalogOption(reg, request.options, importOptions(), name());
    if (!defaultCatalog)
        return defaultCatalog.error();
    if (!request.mappingPath.isEmpty() || !request.columnTargets.isEmpty()) {
        return Error::make(Error::Kind::Usage,
                           tr("The SoA table reads its columns by name; it takes no mapping."));
    }
    ImportReport report;
    const QString fileName = request.path;
    auto cellError = [&](int line, qsizetype column, const QString& header, const QString& msg) {
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
    CsvReader::Options ro;
    ro.encoding = request.encoding;
    ro.delimiter = request.delimiter;
    ro.fileName = fileName;
    CsvReader reader(file, ro);
    if (Status s = reader.begin(); !s) {
        if (s.error().kind != Error::Kind::Invalid)
            return s.error();
        report.errors.append(s.error());
        return report;
    }
    report.encoding = reader.encoding();
    report.delimiter = reader.delimiter();

    CsvRecord header;
    auto more = reader.next(header);
    if (!more)
        return more.error();
    if (!*more) {
        Error e = Error::invalid(tr("The file is empty: there is no header row."));
        e.file = fileName;
        e.line = 1;
        report.errors.append(e);
        return report;
    }
    QHash<QString, qsizetype> col;
    QStringList headers = header.fields;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString key = SoaColumns::keyForHeader(headers.at(i));
        if (key.isEmpty() || col.contains(key)) {
            Error w = Error::invalid(
                key.isEmpty()
                    ? tr("Column \"%1\" is not an SoA column; it is ignored.").arg(headers.at(i))
                    : tr("Column \"%1\" repeats another column; it is ignored.")
                          .arg(headers.at(i)));
            w.file = fileName;
            w.line = header.line;
            w.column = int(i + 1);
            report.warnings.append(w);
            continue;
        }
        col.insert(key, i);
    }
    if (!col.contains(QStringLiteral("control"))) {
        Error e = Error::invalid(tr("No column for the control (e.g. \"control\", \"管理策\")."));
        e.file = fileName;
        e.line = header.line;
        report.errors.append(e);
        return report;
    }
    const auto of = [&col](const char* key) {
        return col.value(QLatin1String(key), -1);
    };
    const qsizetype cCatalog = of("catalog"), cControl = of("control"),
                    cApplicable = of("applicable"), cReasons = of("reasons"),
                    cJustification = of("exclusion_justification"), cStatus = of("status"),
                    cTarget = of("target_date"), cEvidence = of("evidence"),
                    cLinks = of("evidence_links"), cOwner = of("owner"),
                    cReviewed = of("last_reviewed");
    const QDate today = Clock::current().today();

    QList<SoaEntry> toWrite;
    QSet<QString> seen;
    CsvRecord record;
    while (true) {
        auto next = reader.next(record);
        if (!next) {
            report.errors.append(next.error());
            break;
        }
        if (!*next)
            break;
        ++report.rows;
        const QStringList& f = record.fields;
        const int line = record.line;
        const qsizetype errorsBefore = report.errors.size();

        QString catalogKey = cell(f, cCatalog).trimmed();
        if (catalogKey.isEmpty())
            catalogKey = (*defaultCatalog)->key();
        auto catalog = Catalogs::find(catalogKey);
        if (!catalog) {
            cellError(line, cCatalog, headers.value(cCatalog), catalog.error().message);
            continue;
        }
        SoaEntry e;
        e.catalog = catalogKey;
        e.controlId = cell(f, cControl).trimmed();
        if (e.controlId.isEmpty()) {
            cellError(line, cControl, headers.value(cControl), tr("The control is empty."));
            continue;
        }
        if (!(*catalog)->contains(e.controlId)) {
            cellError(line, cControl, headers.value(cControl),
                      tr("%1 is not a control of %2.").arg(e.controlId, (*catalog)->title()));
            continue;
        }
        const QString key = SoaSnapshot::entryKey(e.catalog, e.controlId);
        if (seen.contains(key)) {
            cellError(line, cControl, headers.value(cControl),
                      tr("%1 appears more than once in the file.").arg(e.controlId));
            continue;
        }
        seen.insert(key);

        if (!SoaColumns::applicable(cell(f, cApplicable), &e.applicable))
            cellError(line, cApplicable, headers.value(cApplicable),
                      tr("\"%1\" is not yes or no.").arg(cell(f, cApplicable)));
        QString badReason;
        const auto reasons = SoaColumns::reasons(cell(f, cReasons), &badReason);
        if (!reasons)
            cellError(line, cReasons, headers.value(cReasons),
                      tr("\"%1\" is not a reason for inclusion (legal, contractual, business, "
                         "risk-treatment).")
                          .arg(badReason));
        else
            e.reasons = *reasons;
        e.exclusionJustification = cell(f, cJustification);
        if (!SoaColumns::status(cell(f, cStatus), &e.status))
            cellError(line, cStatus, headers.value(cStatus),
                      tr("\"%1\" is not a status (implemented, partial, planned, "
                         "not-implemented).")
                          .arg(cell(f, cStatus)));
        for (const auto& [column, target] :
             {std::pair{cTarget, &e.targetDate}, std::pair{cReviewed, &e.lastReviewed}}) {
            const auto d = SoaColumns::date(cell(f, column));
            if (!d)
                cellError(line, column, headers.value(column),
                          tr("\"%1\" is not a date (YYYY-MM-DD).").arg(cell(f, column)));
            else
                *target = *d;
        }
        e.evidence = cell(f, cEvidence);
        e.evidenceLinks = cell(f, cLinks).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        e.owner = cell(f, cOwner);
        if (report.errors.size() > errorsBefore)
            continue;
        e = SoaRules::normalized(e);
        // A row with nothing decided leaves the control as it is.
        if (!e.applicable && e.reasons.isEmpty() && !e.status &&
            e.exclusionJustification.isEmpty() && e.evidence.isEmpty() &&
            e.evidenceLinks.isEmpty() && e.owner.isEmpty() && !e.targetDate.isValid() &&
            !e.lastReviewed.isValid()) {
            ++report.skipped;
            continue;
        }
        const QList<SoaIssue> issues = SoaRules::validate(e, **catalog, today);
        for (const SoaIssue& i : issues) {
            const qsizetype column = col.value(SoaRules::fieldKey(i.field), cControl);
            cellError(line, column, headers.value(column), i.message);
        }
        if (!issues.isEmpty())
            continue;

        auto existing = reg.soa().find(e.catalog, e.controlId);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            if ((*existing)->sameContent(e)) {
                ++report.unchanged;
                continue;
            }
            if (request.onDuplicate == OnDuplicate::Skip) {
                ++report.skipped;
                continue;
            }
            if (request.onDuplicate == OnDuplicate::Fail) {
                cellError(line, cControl, headers.value(cControl),
                          tr("%1 is already decided differently in the register (use "
                             "--on-duplicate update to replace it, or skip).")
                              .arg(e.controlId));
                continue;
            }
            ++report.updated;
        } else {
            ++report.created;
        }
        toWrite.append(e);
        if (request.progress && !request.progress(reader.bytesRead(), file.size()))
            return Error::make(Error::Kind::Cancelled, tr("The import was cancelled."));
    }
    report.sha256 = reader.sha256();
    if (!report.errors.isEmpty() || request.dryRun || toWrite.isEmpty())
        return report;
    const QString details =
        JsonObjectWriter()
            .add(QLatin1StringView("file"), QFileInfo(fileName).fileName())
            .add(QLatin1StringView("sha256"), QString::fromLatin1(report.sha256.toHex()))
            .add(QLatin1StringView("rows"), report.rows)
            .finish();
    auto written =
        reg.soa().saveAll(toWrite, tr("SoA import from %1").arg(QFileInfo(fileName).fileName()),
                          QStringLiteral("import"), details);
    if (!written)
        return written.error();
    report.written = true;
    return report;
}

} // namespace daicho
