#include "AssetExporter.h"

#include "AssetColumns.h"
#include "AssetValues.h"
#include "CsvWriter.h"
#include "services/AssetService.h"
#include "services/Register.h"

#include <QSaveFile>

namespace daicho {

namespace {

QString valueOf(const Asset& a, AssetField f)
{
    switch (f) {
    case AssetField::Code:
        return a.code;
    case AssetField::Name:
        return a.name;
    case AssetField::Description:
        return a.description;
    case AssetField::Class:
        return AssetTerms::key(a.assetClass);
    case AssetField::Subtype:
        return AssetTerms::key(a.subtype);
    case AssetField::Owner:
        return a.owner;
    case AssetField::Location:
        return a.location;
    case AssetField::Retention:
        return a.retention;
    case AssetField::BusinessArea:
        return a.businessArea;
    case AssetField::UserScope:
        return a.userScope;
    case AssetField::Notes:
        return a.notes;
    case AssetField::Confidentiality:
        return QString::number(a.confidentiality);
    case AssetField::Integrity:
        return QString::number(a.integrity);
    case AssetField::Availability:
        return QString::number(a.availability);
    case AssetField::PersonalData:
        return AssetTerms::key(a.personalData);
    case AssetField::CustomerData:
        return AssetValues::format(a.customerData);
    case AssetField::PriorityOverride:
        return a.priorityOverride ? AssetTerms::key(*a.priorityOverride) : QString();
    case AssetField::OverrideReason:
        return a.overrideReason;
    case AssetField::NextReview:
        return AssetValues::format(a.nextReview);
    }
    return {};
}

} // namespace

Result<ExportReport> AssetExporter::run(const ExportRequest& request)
{
    auto assets = m_reg.assets().all();
    if (!assets)
        return assets.error();
    auto graph = m_reg.assets().graph();
    if (!graph)
        return graph.error();
    auto priorities = m_reg.assets().priorities();
    if (!priorities)
        return priorities.error();
    QHash<qint64, QString> codes;
    codes.reserve(assets->size());
    for (const Asset& a : std::as_const(*assets))
        codes.insert(a.id, a.code);

    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write %1: %2").arg(request.path, file.errorString()),
                         request.path);
    CsvWriter writer(file, request.encoding);
    QList<AssetField> fields;
    QStringList headers;
    for (const QString& key : AssetColumns::exportKeys()) {
        if (auto f = AssetColumns::field(key))
            fields.append(*f);
        headers.append(AssetColumns::label(key));
    }
    if (Status s = writer.writeRecord(headers); !s)
        return s.error();

    ExportReport report;
    QStringList row;
    for (const Asset& a : std::as_const(*assets)) {
        row.clear();
        for (AssetField f : fields)
            row.append(valueOf(a, f));
        // What it depends on, by code, one per line, sorted so exports compare equal.
        QStringList deps;
        for (qint64 id : graph->dependenciesOf(a.id))
            deps.append(codes.value(id));
        deps.sort(Qt::CaseInsensitive);
        row.append(deps.join(QLatin1Char('\n')));
        // Derived, for people reading the file; the importer notes and skips them.
        row.append(QString::number(a.importance()));
        row.append(AssetTerms::key(priorities->effective(a.id)));
        if (Status s = writer.writeRecord(row); !s) {
            Error e = s.error();
            const QString column = e.column > 0 ? headers.value(e.column - 1) : QString();
            e.message = tr("Asset %1, column %2: %3").arg(a.code, column, e.message);
            e.file = request.path;
            e.column = 0;
            return e; // QSaveFile discards the partial file
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

} // namespace daicho
