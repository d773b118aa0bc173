#pragma once

#include "support/Result.h"

#include <QCoreApplication>

namespace daicho {

class Register;

// The seed company's risks in the demo register (resources/demo/demo-risks.json): about twenty
// risks on its assets scored by IPA's method, with treatments, actions, accepted risks (one
// expired), an untreated risk above the acceptance level and overdue actions and reviews, so
// every part of the risk views has something to show. Dates are relative to today.
class DemoRisks
{
    Q_DECLARE_TR_FUNCTIONS(DemoRisks)

public:
    static QString resourcePath();
    // Adds the demo risks to a register that already holds the demo assets (one action).
    static Status populate(Register& reg);
};

} // namespace daicho
