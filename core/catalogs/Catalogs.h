#pragma once

#include "Catalog.h"
#include "CatalogMapping.h"

#include <QStringList>

namespace daicho {

namespace catalogkey {
inline const QString Iso2022 = QStringLiteral("iso27001-2022");
inline const QString Iso2013 = QStringLiteral("iso27001-2013");
inline const QString AppiSafety = QStringLiteral("appi-safety");
} // namespace catalogkey

// The catalogs built into Daicho (resources/catalogs/), loaded once on first use.
class Catalogs
{
    Q_DECLARE_TR_FUNCTIONS(Catalogs)

public:
    static QStringList keys(); // iso27001-2022, iso27001-2013, appi-safety
    // A built-in catalog, or an error naming the keys there are.
    static Result<const Catalog*> find(const QString& key);
    // Built-in catalogs are part of the program; these abort if one is unreadable, which
    // the catalog tests rule out.
    static const Catalog& get(const QString& key);
    static const Catalog& iso2022() { return get(catalogkey::Iso2022); }
    static const Catalog& iso2013() { return get(catalogkey::Iso2013); }
    static const Catalog& appi() { return get(catalogkey::AppiSafety); }
    static const CatalogMapping& mapping2013To2022();

    static QString resourcePath(const QString& key);
    static QString mappingResourcePath();
};

} // namespace daicho
