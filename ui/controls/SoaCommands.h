#pragma once

#include "domain/Soa.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace daicho {

class RegisterDocument;

// The undoable SoA edits of the GUI. Each is one step on the document's undo stack made of
// two SoaService calls (each a real write with its own history entry).
class SoaCommands
{
    Q_DECLARE_TR_FUNCTIONS(SoaCommands)

public:
    // Saves a decision; undo puts back what was there (or no decision).
    static Status save(RegisterDocument& doc, const SoaEntry& after);
    static Status linkAsset(RegisterDocument& doc, const QString& catalog, const QString& controlId,
                            qint64 assetId, const QString& assetCode);
    static Status unlinkAsset(RegisterDocument& doc, const QString& catalog,
                              const QString& controlId, qint64 assetId, const QString& assetCode);
    // Writes the confirmed transition proposals as one step; undo restores every control.
    static Status applyTransition(RegisterDocument& doc, const QList<SoaEntry>& confirmed);
};

} // namespace daicho
