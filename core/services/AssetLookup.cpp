#include "AssetLookup.h"

#include "AssetService.h"
#include "Register.h"
#include "storage/AssetBulkReader.h"
#include "storage/AssetRepository.h"
#include "storage/Database.h"

namespace daicho {

Result<QList<Asset>> AssetLookup::withIds(Register& reg, const QSet<qint64>& ids)
{
    if (ids.isEmpty())
        return QList<Asset>();
    if (ids.size() == 1) {
        auto one = reg.assets().find(*ids.cbegin());
        if (!one)
            return one.error();
        return one->has_value() ? QList<Asset>{**one} : QList<Asset>();
    }
    if (auto direct = readAllAssetsDirect(reg.database().connection(),
                                          AssetRepository::selectColumns(), ids.size(), &ids))
        return std::move(*direct);
    // Not SQLite: through the service, then keep those asked for.
    auto all = reg.assets().all();
    if (!all)
        return all.error();
    QList<Asset> out;
    for (Asset& a : *all) {
        if (ids.contains(a.id))
            out.append(std::move(a));
    }
    return out;
}

} // namespace daicho
