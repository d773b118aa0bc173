#include "ControlTablesIo.h"

#include "catalogs/Catalogs.h"
#include "csv/CsvWriter.h"
#include "services/Register.h"
#include "services/SoaService.h"

#include <QSaveFile>

#include <functional>

namespace daicho {

namespace {

Error exportOnly(const QString& table)
{
    return Error::make(Error::Kind::Usage,
                       ControlCatalogTableIo::tr("The table \"%1\" is built into Daicho and "
                                                 "cannot be imported.")
                           .arg(table));
}

// Writes header and rows through QSaveFile, so a failed export leaves no half file.
Result<ExportReport> writeCsv(const ExportRequest& request, const QStringList& header,
                              const std::function<Status(CsvWriter&, qint64&)>& rows)
{
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(
            ControlCatalogTableIo::tr("Cannot write %1: %2").arg(request.path, file.errorString()),
            request.path);
    CsvWriter writer(file, request.encoding);
    if (Status s = writer.writeRecord(header); !s)
        return s.error();
    ExportReport report;
    if (Status s = rows(writer, report.rows); !s) {
        Error e = s.error();
        e.file = request.path;
        return e;
    }
    if (Status s = writer.flush(); !s)
        return s.error();
    if (!file.commit())
        return Error::io(
            ControlCatalogTableIo::tr("Cannot write %1: %2").arg(request.path, file.errorString()),
            request.path);
    return report;
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

} // namespace

Result<ImportReport> ControlCatalogTableIo::importFrom(Register&, const ImportRequest&)
{
    return exportOnly(name());
}

Result<ExportReport> ControlCatalogTableIo::exportTo(Register& reg, const ExportRequest& request)
{
    for (auto it = request.options.cbegin(); it != request.options.cend(); ++it) {
        if (it.key() != QLatin1String("catalog"))
            return Error::make(
                Error::Kind::Usage,
                tr("The option --%1 does not apply to the table \"%2\".").arg(it.key(), name()));
    }
    auto catalog =
        Catalogs::find(request.options.value(QStringLiteral("catalog"), reg.soa().catalogKey()));
    if (!catalog)
        return Error::make(Error::Kind::Usage, catalog.error().message);
    const Catalog& c = **catalog;
    const QStringList header{tr("Catalog"),         tr("Version"),          tr("Control"),
                             tr("Theme"),           tr("Theme (English)"),  tr("Theme (Japanese)"),
                             tr("Title (English)"), tr("Title (Japanese)"), tr("New")};
    return writeCsv(request, header, [&c](CsvWriter& w, qint64& rows) -> Status {
        for (const CatalogControl& ctl : c.controls()) {
            const CatalogTheme* t = c.theme(ctl.theme);
            if (Status s = w.writeRecord({c.key(), c.version(), ctl.id, ctl.theme, t->en, t->ja,
                                          ctl.en, ctl.ja, yesNo(ctl.isNew)});
                !s)
                return s;
            ++rows;
        }
        return {};
    });
}

Result<ImportReport> ControlMappingTableIo::importFrom(Register&, const ImportRequest&)
{
    return exportOnly(name());
}

Result<ExportReport> ControlMappingTableIo::exportTo(Register&, const ExportRequest& request)
{
    if (!request.options.isEmpty()) {
        return Error::make(Error::Kind::Usage,
                           tr("The option --%1 does not apply to the table \"%2\".")
                               .arg(request.options.cbegin().key(), name()));
    }
    const Catalog& from = Catalogs::iso2013();
    const Catalog& to = Catalogs::iso2022();
    const CatalogMapping& m = Catalogs::mapping2013To2022();
    const QStringList header{tr("ISO/IEC 27001:2013"), tr("Title (2013)"), tr("ISO/IEC 27001:2022"),
                             tr("Title (2022)"), tr("Note")};
    return writeCsv(request, header, [&](CsvWriter& w, qint64& rows) -> Status {
        for (const CatalogMapping::Entry& e : m.entries()) {
            for (const QString& target : e.to) {
                QStringList notes;
                if (m.sourcesOf(target).size() > 1)
                    notes
                        << tr("merged from %1").arg(m.sourcesOf(target).join(QStringLiteral(", ")));
                if (e.to.size() > 1)
                    notes << tr("split into %1").arg(e.to.join(QStringLiteral(", ")));
                if (Status s =
                        w.writeRecord({e.from, from.find(e.from)->title(), target,
                                       to.find(target)->title(), notes.join(QStringLiteral("; "))});
                    !s)
                    return s;
                ++rows;
            }
        }
        for (const CatalogControl& c : to.controls()) {
            if (!c.isNew)
                continue;
            if (Status s =
                    w.writeRecord({QString(), QString(), c.id, c.title(), tr("new in 2022")});
                !s)
                return s;
            ++rows;
        }
        return {};
    });
}

} // namespace daicho
