#pragma once

#include "TableIo.h"

#include <QCoreApplication>

namespace daicho {

class Register;

// Takes an asset import back as one operation: removes the dependencies it added between older
// assets, puts updated assets back as they were, and deletes the assets it created (with the
// links they had). Every step is in the change history, like any other edit.
class AssetImportUndo
{
    Q_DECLARE_TR_FUNCTIONS(AssetImportUndo)

public:
    static Status apply(Register& reg, const ImportUndo& undo, const QString& fileName);
};

} // namespace daicho
