#pragma once

#include "ReportFrame.h"
#include "layout/ReportDocument.h"

#include <QCoreApplication>

namespace daicho::reports {

// 監査資料一式: a cover page (organisation, scope, the register's date and version, approval
// boxes) with the contents, then the inventory, the risk assessment, the treatment plan and the
// SoA, each starting on a new page, numbered through as one document.
class AuditPack
{
    Q_DECLARE_TR_FUNCTIONS(AuditPack)

public:
    static QString title();
    static Section cover(const RegisterState& state, const QLocale& locale);
};

} // namespace daicho::reports
