#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace daicho {

class Register;

// The seed company's own register (resources/demo/demo-register.json): what `init --demo`
// and the first start of the GUI create, so there is something real to look at.
class DemoRegister
{
    Q_DECLARE_TR_FUNCTIONS(DemoRegister)

public:
    static QString resourcePath();
    // Creates a new register file at `path` holding the demo.
    static Result<std::unique_ptr<Register>> create(const QString& path);
    // Fills an empty register (already created) with the demo's assets and dependencies.
    // Review dates are relative to today, so some are due soon and a few are overdue.
    static Status populate(Register& reg);
};

} // namespace daicho
