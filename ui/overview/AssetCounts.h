#pragma once

#include "domain/AssetTypes.h"

#include <QDate>
#include <QHash>

namespace daicho {

class AssetTableModel;

// The overview's numbers, counted in one pass over the asset model.
struct AssetCounts
{
    int total = 0;
    QHash<QPair<AssetClass, Priority>, int> byClassAndPriority;
    QHash<AssetClass, int> byClass;
    QHash<Priority, int> byPriority;
    QHash<AssetSubtype, int> bySubtype;
    int overdue = 0;
    int missingOwner = 0;
    int personalData = 0;
    int overridden = 0;

    static AssetCounts of(const AssetTableModel& model);
};

} // namespace daicho
