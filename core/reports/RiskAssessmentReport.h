#pragma once

#include "ReportFrame.h"
#include "layout/ReportDocument.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace daicho {
class Register;
}

namespace daicho::reports {

// リスクアセスメント結果 (ISO/IEC 27001 8.2): every risk with its assets, threat,
// vulnerability, existing controls, the scores and what the method made of them (value,
// level), the risk owner, when it was assessed and under which method version; grouped by
// level, highest first.
class RiskAssessmentReport
{
    Q_DECLARE_TR_FUNCTIONS(RiskAssessmentReport)

public:
    static QString title();
    static Result<Section> section(Register& reg, const RegisterState& state,
                                   const QLocale& locale);
};

} // namespace daicho::reports
