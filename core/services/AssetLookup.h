#pragma once

#include "domain/Asset.h"
#include "support/Result.h"

#include <QList>
#include <QSet>

namespace daicho {

class Register;

// A few assets of a possibly large register, without holding all of them: views that list the
// assets a risk names or a control is applied to read just those (100,000 assets read whole
// take some 60 MB for as long as the list is being made).
class AssetLookup
{
public:
    // The assets with these ids (those that exist), in id order.
    static Result<QList<Asset>> withIds(Register& reg, const QSet<qint64>& ids);
};

} // namespace daicho
