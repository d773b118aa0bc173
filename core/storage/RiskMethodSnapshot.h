#pragma once

#include "domain/RiskMethod.h"
#include "support/Result.h"

namespace daicho {

// An assessment method as one line of JSON: stored in risk_method_versions and in the change
// history. The same method always gives the same text. A definition with a newer `format`
// is refused.
class RiskMethodSnapshot
{
public:
    static constexpr int Format = 1;
    static QString toJson(const RiskMethod& m);
    static Result<RiskMethod> fromJson(const QString& json);
};

} // namespace daicho
