#pragma once

#include "ReportFrame.h"
#include "layout/ReportDocument.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace daicho {
class Register;
}

namespace daicho::reports {

// 適用宣言書: every control of the catalog, grouped by theme, with the decision on it
// (applicable or not, reasons or the justification for excluding it, implementation status
// and target date, evidence, owner, last review) and the assets and risks linked to it; then
// what keeps the statement from being complete.
class SoaReport
{
    Q_DECLARE_TR_FUNCTIONS(SoaReport)

public:
    static QString title();
    // The section for the register's SoA of `catalogKey` (the register's catalog when empty),
    // in the current language. `risksByControl`: the codes of the risks each control treats
    // (control id → codes); empty while the register has no risks.
    static Result<Section> section(Register& reg, const RegisterState& state, const QLocale& locale,
                                   const QString& catalogKey = {},
                                   const QHash<QString, QStringList>& risksByControl = {});
};

} // namespace daicho::reports
