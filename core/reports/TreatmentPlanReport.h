#pragma once

#include "ReportFrame.h"
#include "layout/ReportDocument.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace daicho {
class Register;
}

namespace daicho::reports {

// リスク対応計画 (ISO/IEC 27001 6.1.3 e, 8.3): the risks that need a decision or treatment,
// by treatment option: the plan, the controls, each action with its owner, due date and
// status, the risk's status, the residual level, and the risk owner's acceptance (approver,
// date, until when).
class TreatmentPlanReport
{
    Q_DECLARE_TR_FUNCTIONS(TreatmentPlanReport)

public:
    static QString title();
    static Result<Section> section(Register& reg, const RegisterState& state,
                                   const QLocale& locale);
};

} // namespace daicho::reports
