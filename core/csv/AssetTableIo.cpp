#include "AssetTableIo.h"

#include "AssetExporter.h"
#include "AssetImporter.h"

namespace daicho {

namespace {
const QString kDefaultClass = QStringLiteral("default-class");
const QString kDefaultSubtype = QStringLiteral("default-subtype");
const QString kCiaScale = QStringLiteral("cia-scale");
} // namespace

QStringList AssetTableIo::importOptions() const
{
    return {kDefaultClass, kDefaultSubtype, kCiaScale};
}

Result<ImportReport> AssetTableIo::importFrom(Register& reg, const ImportRequest& request)
{
    AssetImportOptions o;
    for (auto it = request.options.cbegin(); it != request.options.cend(); ++it) {
        if (!importOptions().contains(it.key())) {
            return Error::make(
                Error::Kind::Usage,
                tr("The option --%1 does not apply to the assets table.").arg(it.key()));
        }
    }
    if (request.options.contains(kDefaultClass)) {
        o.defaultClass = AssetTerms::classFromKey(request.options.value(kDefaultClass));
        if (!o.defaultClass)
            return Error::make(
                Error::Kind::Usage,
                tr("Unknown default class \"%1\".").arg(request.options.value(kDefaultClass)));
    }
    if (request.options.contains(kDefaultSubtype)) {
        o.defaultSubtype = AssetTerms::subtypeFromKey(request.options.value(kDefaultSubtype));
        if (!o.defaultSubtype)
            return Error::make(
                Error::Kind::Usage,
                tr("Unknown default subtype \"%1\".").arg(request.options.value(kDefaultSubtype)));
    }
    if (request.options.contains(kCiaScale)) {
        const QString scale = request.options.value(kCiaScale);
        if (scale != QLatin1String("1-3") && scale != QLatin1String("0-2"))
            return Error::make(Error::Kind::Usage,
                               tr("--cia-scale must be 1-3 or 0-2 (got \"%1\").").arg(scale));
        o.ciaZeroBased = scale == QLatin1String("0-2");
    }
    return AssetImporter(reg).run(request, o);
}

Result<ExportReport> AssetTableIo::exportTo(Register& reg, const ExportRequest& request)
{
    if (!request.options.isEmpty()) {
        return Error::make(Error::Kind::Usage,
                           tr("The option --%1 does not apply to the assets table.")
                               .arg(request.options.cbegin().key()));
    }
    return AssetExporter(reg).run(request);
}

} // namespace daicho

namespace daicho {

Status AssetTableIo::saveMapping(const ImportRequest& request, const QString& mappingPath)
{
    auto headers = AssetImporter::readHeader(request);
    if (!headers)
        return headers.error();
    auto mapping = AssetImporter::mappingFor(request, *headers);
    if (!mapping)
        return mapping.error();
    return mapping->save(mappingPath, name());
}

} // namespace daicho
