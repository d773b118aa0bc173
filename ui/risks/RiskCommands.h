#pragma once

#include "domain/Risk.h"
#include "domain/RiskMethod.h"
#include "domain/Threat.h"
#include "domain/Vulnerability.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QList>

namespace daicho {

class RegisterDocument;

// Every edit of risks the GUI makes, as undoable commands on the document's stack. Each step
// is a RiskService call (a real write with its own history entry). Undo of a create or delete
// puts the risk back with the same id.
class RiskCommands
{
    Q_DECLARE_TR_FUNCTIONS(RiskCommands)

public:
    static Result<qint64> create(RegisterDocument& doc, const Risk& risk);
    // `after` carries the id.
    static Status update(RegisterDocument& doc, const Risk& after);
    static Status remove(RegisterDocument& doc, const QList<qint64>& ids);
    // A new method version; undo applies the previous definition again (as a further version,
    // so the history keeps every version that ever scored a risk).
    static Status applyMethod(RegisterDocument& doc, const RiskMethod& method);
    // The threat catalog (built-in threats are editable like the officer's own).
    static Result<qint64> createThreat(RegisterDocument& doc, const Threat& threat);
    static Status updateThreat(RegisterDocument& doc, const Threat& after);
    // Refused while a risk names the threat.
    static Status removeThreat(RegisterDocument& doc, qint64 id);
    // The vulnerability catalog, likewise; retiring is an edit (undo reinstates). Risks keep
    // their vulnerability text, so any entry can be removed.
    static Result<qint64> createVulnerability(RegisterDocument& doc, const Vulnerability& v);
    static Status updateVulnerability(RegisterDocument& doc, const Vulnerability& after);
    static Status removeVulnerability(RegisterDocument& doc, qint64 id);
};

} // namespace daicho
