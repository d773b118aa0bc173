#include "RiskTableIo.h"

#include "RiskColumns.h"
#include "ThreatCatalog.h"
#include "catalogs/Catalogs.h"
#include "csv/CsvReader.h"
#include "csv/CsvWriter.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "services/SoaService.h"
#include "support/JsonWriter.h"
#include "support/Translations.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace daicho {

namespace {

QString cell(const QStringList& fields, qsizetype column)
{
    if (column < 0 || column >= fields.size())
        return {};
    return CsvWriter::restoreNeutralised(fields.at(column));
}

QString levelText(int v)
{
    return v > 0 ? QString::number(v) : QString();
}

} // namespace

Result<ExportReport> RiskTableIo::exportTo(Register& reg, const ExportRequest& request)
{
    if (!request.options.isEmpty())
        return Error::make(Error::Kind::Usage,
                           tr("The option --%1 does not apply to the table \"%2\".")
                               .arg(request.options.cbegin().key(), name()));
    RiskService& risks = reg.risks();
    auto all = risks.all();
    if (!all)
        return all.error();
    auto methods = risks.methodVersions();
    if (!methods)
        return methods.error();
    QHash<int, RiskMethod> byVersion;
    for (const RiskMethod& m : std::as_const(*methods))
        byVersion.insert(m.version, m);
    auto assets = reg.assets().all();
    if (!assets)
        return assets.error();
    QHash<qint64, QString> assetCodes;
    for (const Asset& a : std::as_const(*assets))
        assetCodes.insert(a.id, a.code);
    auto threats = risks.threats();
    if (!threats)
        return threats.error();
    QHash<qint64, QString> threatCodes;
    for (const Threat& t : std::as_const(*threats))
        threatCodes.insert(t.id, t.code);

    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(request.path, file.errorString()),
                         request.path);
    CsvWriter writer(file, request.encoding);
    QStringList headers;
    for (const QString& key : RiskColumns::keys())
        headers.append(RiskColumns::label(key));
    if (Status s = writer.writeRecord(headers); !s)
        return s.error();
    ExportReport report;
    for (const Risk& r : std::as_const(*all)) {
        const RiskMethod m = byVersion.value(r.methodVersion, RiskMethod::ipaDefault());
        QStringList codes;
        for (qint64 id : r.assetIds)
            codes.append(assetCodes.value(id));
        const bool matrix = m.kind == RiskMethodKind::Matrix;
        auto bandKey = [&m](const std::optional<RiskAssessment>& a) {
            return a && a->band >= 0 && a->band < m.bands.size() ? m.bands.at(a->band).key
                                                                 : QString();
        };
        const QStringList row{
            r.code,
            r.title,
            codes.join(QLatin1Char(' ')),
            threatCodes.value(r.threatId),
            r.vulnerability,
            r.existingControls,
            levelText(r.scores.threat),
            levelText(r.scores.vulnerability),
            levelText(matrix ? r.scores.likelihood : (r.inherent ? r.inherent->likelihood : 0)),
            levelText(matrix ? r.scores.impact : (r.inherent ? r.inherent->impact : 0)),
            levelText(r.inherent ? r.inherent->value : 0),
            bandKey(r.inherent),
            r.treatment ? RiskTerms::key(*r.treatment) : QString(),
            r.treatmentPlan,
            RiskColumns::formatActions(r.actions),
            RiskColumns::formatControls(r.controls),
            levelText(r.residualScores.threat),
            levelText(r.residualScores.vulnerability),
            levelText(matrix ? r.residualScores.likelihood
                             : (r.residual ? r.residual->likelihood : 0)),
            levelText(matrix ? r.residualScores.impact : (r.residual ? r.residual->impact : 0)),
            levelText(r.residual ? r.residual->value : 0),
            bandKey(r.residual),
            RiskTerms::key(r.status),
            r.owner,
            r.acceptanceApprover,
            RiskColumns::formatDate(r.acceptanceDate),
            RiskColumns::formatDate(r.acceptanceExpiry),
            r.acceptanceReason,
            RiskColumns::formatDate(r.nextReview),
            r.notes,
        };
        if (Status s = writer.writeRecord(row); !s) {
            Error err = s.error();
            err.message = tr("Risk %1, column %2: %3")
                              .arg(r.code, headers.value(err.column - 1), err.message);
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

Result<ImportReport> RiskTableIo::importFrom(Register& reg, const ImportRequest& request)
{
    if (!request.options.isEmpty())
        return Error::make(Error::Kind::Usage,
                           tr("The option --%1 does not apply to the table \"%2\".")
                               .arg(request.options.cbegin().key(), name()));
    if (!request.mappingPath.isEmpty() || !request.columnTargets.isEmpty())
        return Error::make(Error::Kind::Usage,
                           tr("The risk table reads its columns by name; it takes no mapping."));
    RiskService& risks = reg.risks();
    auto method = risks.method();
    if (!method)
        return method.error();
    const bool matrix = method->kind == RiskMethodKind::Matrix;

    ImportReport report;
    const QString fileName = request.path;
    auto cellError = [&](int line, qsizetype column, const QString& header, const QString& msg) {
        Error e = Error::invalid(msg, header);
        e.file = fileName;
        e.line = line;
        e.column = column >= 0 ? int(column + 1) : 0;
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
    const QStringList headers = header.fields;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString key = RiskColumns::keyForHeader(headers.at(i));
        if (key.isEmpty() || col.contains(key)) {
            Error w = Error::invalid(
                key.isEmpty()
                    ? tr("Column \"%1\" is not a risk column; it is ignored.").arg(headers.at(i))
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
    for (const char* required : {"code", "title", "assets"}) {
        if (!col.contains(QLatin1String(required))) {
            Error e = Error::invalid(
                tr("No column for \"%1\" (e.g. \"%2\").")
                    .arg(QLatin1String(required), RiskColumns::label(QLatin1String(required))));
            e.file = fileName;
            e.line = header.line;
            report.errors.append(e);
        }
    }
    if (!report.errors.isEmpty())
        return report;
    const auto of = [&col](const char* key) {
        return col.value(QLatin1String(key), -1);
    };
    const auto head = [&headers](qsizetype c) {
        return headers.value(c);
    };

    // Lookups once: assets by code, threats by code and names.
    auto assets = reg.assets().all();
    if (!assets)
        return assets.error();
    QHash<QString, qint64> assetIds;
    for (const Asset& a : std::as_const(*assets))
        assetIds.insert(a.code.toCaseFolded(), a.id);
    auto threats = risks.threats();
    if (!threats)
        return threats.error();
    QHash<QString, qint64> threatIds;
    for (const Threat& t : std::as_const(*threats)) {
        for (const QString& n : {t.code, t.nameJa, t.nameEn}) {
            if (!n.isEmpty())
                threatIds.insert(n.trimmed().toCaseFolded(), t.id);
        }
    }
    // A register that has no risks yet has not received the built-in threats: names from the
    // built-in catalog are accepted and the catalog comes with the import.
    QSet<QString> builtInThreats;
    for (const Threat& t : ThreatCatalog::builtIn().threats) {
        for (const QString& n : {t.code, t.nameJa, t.nameEn})
            builtInThreats.insert(n.trimmed().toCaseFolded());
    }
    QHash<int, QString> pendingThreats;
    const QString defaultCatalog = reg.soa().catalogKey();

    QList<Risk> toWrite;
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

        Risk r;
        r.code = cell(f, of("code")).trimmed();
        r.title = cell(f, of("title"));
        if (!r.code.isEmpty()) {
            if (seen.contains(r.code.toCaseFolded()))
                cellError(line, of("code"), head(of("code")),
                          tr("%1 appears more than once in the file.").arg(r.code));
            seen.insert(r.code.toCaseFolded());
        }
        for (const QString& code : RiskColumns::codes(cell(f, of("assets")))) {
            const auto it = assetIds.constFind(code.toCaseFolded());
            if (it == assetIds.cend())
                cellError(line, of("assets"), head(of("assets")),
                          tr("No asset has the code %1.").arg(code));
            else
                r.assetIds.append(*it);
        }
        const QString threat = cell(f, of("threat")).trimmed();
        QString pendingThreat;
        if (!threat.isEmpty()) {
            const auto it = threatIds.constFind(threat.toCaseFolded());
            if (it != threatIds.cend())
                r.threatId = *it;
            else if (builtInThreats.contains(threat.toCaseFolded()))
                pendingThreat = threat; // installed with the catalog when written
            else
                cellError(line, of("threat"), head(of("threat")),
                          tr("\"%1\" is not a threat of the register's catalog.").arg(threat));
        }
        r.vulnerability = cell(f, of("vulnerability"));
        r.existingControls = cell(f, of("existing_controls"));
        auto readLevel = [&](const char* key, int* out) {
            const auto v = RiskColumns::level(cell(f, of(key)));
            if (!v)
                cellError(line, of(key), head(of(key)),
                          tr("\"%1\" is not a level (a whole number).").arg(cell(f, of(key))));
            else
                *out = *v;
        };
        readLevel("threat_level", &r.scores.threat);
        readLevel("vulnerability_level", &r.scores.vulnerability);
        readLevel("residual_threat_level", &r.residualScores.threat);
        readLevel("residual_vulnerability_level", &r.residualScores.vulnerability);
        if (matrix) {
            readLevel("likelihood", &r.scores.likelihood);
            readLevel("impact", &r.scores.impact);
            readLevel("residual_likelihood", &r.residualScores.likelihood);
            readLevel("residual_impact", &r.residualScores.impact);
        }
        if (!RiskColumns::treatment(cell(f, of("treatment")), &r.treatment))
            cellError(line, of("treatment"), head(of("treatment")),
                      tr("\"%1\" is not a risk treatment (reduce 低減, accept 受容, avoid 回避, "
                         "transfer 移転).")
                          .arg(cell(f, of("treatment"))));
        r.treatmentPlan = cell(f, of("treatment_plan"));
        QString problem;
        if (const auto actions = RiskColumns::actions(cell(f, of("actions")), &problem))
            r.actions = *actions;
        else
            cellError(line, of("actions"), head(of("actions")), problem);
        r.controls = RiskColumns::controls(cell(f, of("controls")), defaultCatalog);
        if (const auto s = RiskColumns::status(cell(f, of("status"))))
            r.status = *s;
        else
            cellError(line, of("status"), head(of("status")),
                      tr("\"%1\" is not a status (open, in-progress, treated, accepted, closed).")
                          .arg(cell(f, of("status"))));
        r.owner = cell(f, of("owner"));
        r.acceptanceApprover = cell(f, of("acceptance_approver"));
        r.acceptanceReason = cell(f, of("acceptance_reason"));
        r.notes = cell(f, of("notes"));
        for (const auto& [key, target] : {std::pair{"acceptance_date", &r.acceptanceDate},
                                          std::pair{"acceptance_expiry", &r.acceptanceExpiry},
                                          std::pair{"next_review", &r.nextReview}}) {
            const auto d = RiskColumns::date(cell(f, of(key)));
            if (!d)
                cellError(line, of(key), head(of(key)),
                          tr("\"%1\" is not a date (YYYY-MM-DD).").arg(cell(f, of(key))));
            else
                *target = *d;
        }
        QSet<int> refusedColumns;
        for (qsizetype i = errorsBefore; i < report.errors.size(); ++i)
            refusedColumns.insert(report.errors.at(i).column);
        r = RiskRules::normalized(r);
        const QList<RiskIssue> issues = RiskRules::validate(r, *method);
        for (const RiskIssue& i : issues) {
            const qsizetype column = col.value(RiskRules::fieldKey(i.field), of("code"));
            if (!refusedColumns.contains(int(column + 1)))
                cellError(line, column, head(column), i.message);
        }
        for (const RiskControlRef& c : std::as_const(r.controls)) {
            auto catalog = Catalogs::find(c.catalog);
            if (!catalog)
                cellError(line, of("controls"), head(of("controls")), catalog.error().message);
            else if (!(*catalog)->contains(c.controlId))
                cellError(line, of("controls"), head(of("controls")),
                          tr("%1 is not a control of %2.").arg(c.controlId, (*catalog)->title()));
        }
        if (report.errors.size() > errorsBefore)
            continue;

        auto existing = risks.findByCode(r.code);
        if (!existing)
            return existing.error();
        if (existing->has_value()) {
            if ((*existing)->sameContent(r)) {
                ++report.unchanged;
                continue;
            }
            if (request.onDuplicate == OnDuplicate::Skip) {
                ++report.skipped;
                continue;
            }
            if (request.onDuplicate == OnDuplicate::Fail) {
                cellError(line, of("code"), head(of("code")),
                          tr("%1 is already in the register (use --on-duplicate update to "
                             "replace it, or skip).")
                              .arg(r.code));
                continue;
            }
            ++report.updated;
        } else {
            ++report.created;
        }
        if (!pendingThreat.isEmpty())
            pendingThreats.insert(int(toWrite.size()), pendingThreat);
        toWrite.append(r);
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
        risks.saveAll(toWrite, true, tr("Risk import from %1").arg(QFileInfo(fileName).fileName()),
                      QStringLiteral("import"), details, pendingThreats);
    if (!written)
        return written.error();
    report.written = true;
    return report;
}

} // namespace daicho
