#include "Catalogs.h"

#include <QFile>
#include <QMutex>

#include <cstdlib>
#include <map>

namespace daicho {

namespace {

QByteArray readResource(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

[[noreturn]] void broken(const Error& e)
{
    qFatal("Built-in catalog unreadable: %s", qPrintable(e.toString()));
    std::abort();
}

struct Loaded
{
    QMutex mutex;
    std::map<QString, Catalog> catalogs; // node-based: pointers handed out stay valid
    std::optional<CatalogMapping> mapping;
};

Loaded& loaded()
{
    static Loaded l;
    return l;
}

} // namespace

QStringList Catalogs::keys()
{
    return {catalogkey::Iso2022, catalogkey::Iso2013, catalogkey::AppiSafety};
}

QString Catalogs::resourcePath(const QString& key)
{
    return QStringLiteral(":/daicho/catalogs/") + key + QStringLiteral(".json");
}

QString Catalogs::mappingResourcePath()
{
    return QStringLiteral(":/daicho/catalogs/mapping-iso27001-2013-2022.json");
}

Result<const Catalog*> Catalogs::find(const QString& key)
{
    if (!keys().contains(key)) {
        return Error::invalid(tr("Unknown catalog \"%1\"; the catalogs are: %2.")
                                  .arg(key, keys().join(QStringLiteral(", "))),
                              QStringLiteral("catalog"));
    }
    Loaded& l = loaded();
    QMutexLocker lock(&l.mutex);
    auto it = l.catalogs.find(key);
    if (it == l.catalogs.end()) {
        auto c = Catalog::fromJson(readResource(resourcePath(key)), resourcePath(key));
        if (!c)
            return c.error();
        it = l.catalogs.emplace(key, std::move(*c)).first;
    }
    return &it->second;
}

const Catalog& Catalogs::get(const QString& key)
{
    auto c = find(key);
    if (!c)
        broken(c.error());
    return **c;
}

const CatalogMapping& Catalogs::mapping2013To2022()
{
    Loaded& l = loaded();
    QMutexLocker lock(&l.mutex);
    if (!l.mapping) {
        auto m =
            CatalogMapping::fromJson(readResource(mappingResourcePath()), mappingResourcePath());
        if (!m)
            broken(m.error());
        l.mapping = std::move(*m);
    }
    return *l.mapping;
}

} // namespace daicho
