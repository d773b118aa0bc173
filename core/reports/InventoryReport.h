#pragma once

#include "ReportFrame.h"
#include "domain/AssetTypes.h"
#include "layout/ReportDocument.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QSet>

namespace daicho {
class Register;
}

namespace daicho::reports {

// Which assets a report covers; empty sets mean all.
struct AssetFilter
{
    QSet<AssetClass> classes;
    QSet<Priority> priorities;
    bool isEmpty() const { return classes.isEmpty() && priorities.isEmpty(); }
};

// 情報資産管理台帳: every asset grouped by class, then by priority, ordered by code, with what
// an auditor checks under A.5.9 (owner, location, C/I/A, importance, priority, personal data,
// retention, next review).
class InventoryReport
{
    Q_DECLARE_TR_FUNCTIONS(InventoryReport)

public:
    static QString title();
    // The section for the register as it is now, in the current language.
    static Result<Section> section(Register& reg, const RegisterState& state, const QLocale& locale,
                                   const AssetFilter& filter = {});
};

} // namespace daicho::reports
