#pragma once

#include "domain/Asset.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>

namespace daicho {

class RegisterDocument;

// Every edit of assets the GUI makes, as undoable commands on the document's stack. Each do and
// undo step is a core-service call, so each is a real write with its own history entry. Undo
// of a create or delete puts the asset back with the same id, so later steps still apply.
class AssetCommands
{
    Q_DECLARE_TR_FUNCTIONS(AssetCommands)

public:
    // Returns the new asset's id.
    static Result<qint64> create(RegisterDocument& doc, const Asset& asset);
    // `after` carries the id; unchanged content makes no command.
    static Status update(RegisterDocument& doc, const Asset& after);
    // Deletes the assets with their dependencies; undo restores all of them exactly.
    static Status remove(RegisterDocument& doc, const QList<qint64>& ids);
    static Status addDependency(RegisterDocument& doc, qint64 asset, qint64 dependsOn);
    static Status removeDependency(RegisterDocument& doc, qint64 asset, qint64 dependsOn);
    static Status setOverride(RegisterDocument& doc, qint64 id, std::optional<Priority> priority,
                              const QString& reason);
};

} // namespace daicho
