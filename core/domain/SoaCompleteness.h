#pragma once

#include "Soa.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace daicho {

class Catalog;

// A gap that keeps a Statement of Applicability from being complete.
struct SoaGap
{
    enum class Kind
    {
        Undecided,               // no applicable yes/no
        NoJustification,         // excluded without a justification
        NoReason,                // included without a reason
        NoStatus,                // included without an implementation status
        NoTargetDate,            // not yet implemented and no target date
        RiskTreatmentWithoutRisk // "risk treatment" but no linked risk
    };
    QString controlId;
    Kind kind;

    QString message() const;
};

// The completeness rules of the SoA (issue 6): every control decided, every exclusion
// justified, every inclusion with a reason and a status, a target date for what is not done,
// and every "risk treatment" reason backed by a linked risk.
class SoaCompleteness
{
    Q_DECLARE_TR_FUNCTIONS(SoaCompleteness)

public:
    // How many risks a control is linked to; nullopt while the register has no risk register
    // (then the risk-treatment rule is not applied).
    using LinkedRisks = std::function<std::optional<int>(const QString& controlId)>;

    static QList<SoaGap> check(const Catalog& catalog, const QList<SoaEntry>& entries,
                               const LinkedRisks& linkedRisks = {});
    static QString kindLabel(SoaGap::Kind k);
};

} // namespace daicho
