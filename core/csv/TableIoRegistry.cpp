#include "AssetTableIo.h"
#include "TableIo.h"
#include "risks/RiskTableIo.h"
#include "soa/ControlTablesIo.h"
#include "soa/SoaTableIo.h"

namespace daicho {

const QList<TableIoRegistry::Entry>& TableIoRegistry::all()
{
    // One line per table, in the order --help lists them.
    static const QList<Entry> entries{
        {QStringLiteral("assets"),
         [] {
             return std::make_unique<AssetTableIo>();
         }},
        {QStringLiteral("risks"),
         [] {
             return std::make_unique<RiskTableIo>();
         }},
        {QStringLiteral("soa"),
         [] {
             return std::make_unique<SoaTableIo>();
         }},
        {QStringLiteral("controls"),
         [] {
             return std::make_unique<ControlCatalogTableIo>();
         }},
        {QStringLiteral("control-mapping"),
         [] {
             return std::make_unique<ControlMappingTableIo>();
         }},
    };
    return entries;
}

Status TableIo::saveMapping(const ImportRequest&, const QString&)
{
    return Error::make(Error::Kind::Usage,
                       TableIoRegistry::tr("The table \"%1\" has no column mapping.").arg(name()));
}

QStringList TableIoRegistry::names()
{
    QStringList out;
    for (const Entry& e : all())
        out.append(e.name);
    return out;
}

QStringList TableIoRegistry::importableNames()
{
    QStringList out;
    for (const Entry& e : all()) {
        if (e.create()->canImport())
            out.append(e.name);
    }
    return out;
}

std::unique_ptr<TableIo> TableIoRegistry::create(const QString& name)
{
    for (const Entry& e : all()) {
        if (e.name == name)
            return e.create();
    }
    return nullptr;
}

} // namespace daicho
