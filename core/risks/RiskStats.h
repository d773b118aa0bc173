#pragma once

#include "support/Result.h"

#include <QJsonObject>

namespace daicho {

class Register;

// Risk counts for `daicho-cli stats`: the method in use, risks by inherent and residual band,
// by treatment and status, links, and how many need attention for each reason (today).
class RiskStats
{
public:
    static Result<QJsonObject> compute(Register& reg);
};

} // namespace daicho
