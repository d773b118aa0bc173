#include "ImportUndo.h"

#include "services/AssetService.h"
#include "services/Register.h"
#include "support/JsonWriter.h"

namespace daicho {

Status AssetImportUndo::apply(Register& reg, const ImportUndo& undo, const QString& fileName)
{
    auto bulk = reg.assets().beginBulk();
    if (!bulk)
        return bulk.error();
    AssetService::BulkWriter& writer = *bulk;
    for (const auto& [from, to] : undo.addedLinks) {
        if (Status s = writer.removeDependency(from, to); !s)
            return s;
    }
    for (const Asset& before : undo.replaced) {
        if (auto s = writer.updateByCode(before); !s)
            return s.error();
    }
    // Newest first, so nothing is left pointing at a removed asset.
    for (auto it = undo.created.crbegin(); it != undo.created.crend(); ++it) {
        if (Status s = writer.remove(*it); !s)
            return s;
    }
    const QString details = JsonObjectWriter()
                                .add(QLatin1StringView("table"), QStringLiteral("assets"))
                                .add(QLatin1StringView("file"), fileName)
                                .add(QLatin1StringView("removed"), qint64(undo.created.size()))
                                .add(QLatin1StringView("restored"), qint64(undo.replaced.size()))
                                .finish();
    return writer.commit(fileName, QStringLiteral("import-undo"), details);
}

} // namespace daicho
