#pragma once

#include "domain/Risk.h"
#include "domain/Threat.h"
#include "domain/Vulnerability.h"

namespace daicho {

// A risk (with its assets, controls and actions), a threat and a vulnerability as one line of JSON
// in the change history. The same value always gives the same text (`check` compares them as text).
// "code" names the entity in `check`'s messages.
class RiskSnapshot
{
public:
    // `method` is the version that scored the risk (for the level keys).
    static QString toJson(const Risk& r, const RiskMethod& method);
    static QString threatJson(const Threat& t);
    static QString vulnerabilityJson(const Vulnerability& v);
    static QString key(qint64 id) { return QString::number(id); }
};

} // namespace daicho
