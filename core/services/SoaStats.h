#pragma once

#include "support/Result.h"

#include <QJsonObject>

namespace daicho {

class Register;

// SoA counts for `daicho-cli stats`: the catalog in use, and per catalog how many controls
// are decided, applicable, in each status, overdue and still to complete; control↔asset links.
class SoaStats
{
public:
    static Result<QJsonObject> compute(Register& reg);
};

} // namespace daicho
