#pragma once

#include "support/Result.h"

#include <QJsonObject>

namespace daicho {

class Register;

// Counts for `daicho-cli stats` and the overview: by class, subtype and priority.
class RegisterStats
{
public:
    static Result<QJsonObject> compute(Register& reg);
};

} // namespace daicho
