#pragma once

#include "support/Result.h"

#include <QCoreApplication>

namespace daicho {

class Register;

// The seed company's controls in the demo register (resources/demo/demo-controls.json): its
// own safety-management measures mapped to Annex A 2022 and the APPI items, its certified
// 2013 SoA, the 2022 SoA in transition (a few new controls planned, one overdue, one not
// decided yet), and the controls applied to its assets. Dates are relative to today.
class DemoControls
{
    Q_DECLARE_TR_FUNCTIONS(DemoControls)

public:
    static QString resourcePath();
    // Adds the demo SoA and links to a register that already holds the demo assets.
    static Status populate(Register& reg);
};

} // namespace daicho
