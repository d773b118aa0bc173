#pragma once

#include "RiskMethod.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// リスク対応: the four options of ISO/IEC 27005 and IPA's sheet.
enum class RiskTreatment
{
    Reduce,   // 低減
    Accept,   // 受容
    Avoid,    // 回避
    Transfer, // 移転
};

enum class RiskStatus
{
    Open,       // identified and assessed, no decision yet
    InProgress, // treatment under way
    Treated,    // planned actions done
    Accepted,   // (residual) risk accepted by the risk owner
    Closed,     // no longer relevant
};

enum class ActionStatus
{
    Open,
    Done,
};

// A planned action of a risk's treatment plan.
struct RiskAction
{
    QString description;
    QString owner;
    QDate due; // invalid: no due date
    ActionStatus status = ActionStatus::Open;
    QDate completed; // when done

    bool overdue(const QDate& today) const
    {
        return status == ActionStatus::Open && due.isValid() && due < today;
    }
    bool operator==(const RiskAction&) const = default;
};

// A control (of a catalog) that treats a risk.
struct RiskControlRef
{
    QString catalog;
    QString controlId;
    bool operator==(const RiskControlRef&) const = default;
    bool operator<(const RiskControlRef& o) const
    {
        return catalog != o.catalog ? catalog < o.catalog : controlId < o.controlId;
    }
};

// One risk of the register: what could happen to which assets, how likely and how bad, and
// what is done about it. Scores are inputs; `inherent`/`residual` are what the method version
// `methodVersion` made of them (recomputed by RiskService, never edited directly).
struct Risk
{
    qint64 id = 0;
    QString code; // unique, e.g. R-001
    QString title;
    qint64 threatId = 0;   // 0: none chosen
    QString vulnerability; // description of the weakness
    QString existingControls;
    QList<qint64> assetIds; // sorted, no duplicates
    RiskScores scores;
    std::optional<RiskAssessment> inherent; // empty when the inputs do not score
    std::optional<RiskTreatment> treatment;
    QString treatmentPlan;
    QList<RiskAction> actions;
    QList<RiskControlRef> controls; // sorted, no duplicates
    RiskScores residualScores;
    std::optional<RiskAssessment> residual;
    RiskStatus status = RiskStatus::Open;
    QString owner; // リスク所有者
    QString acceptanceApprover;
    QDate acceptanceDate;
    QDate acceptanceExpiry;
    QString acceptanceReason;
    QDate nextReview;
    QString notes;
    int methodVersion = 0;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool accepted() const
    {
        return treatment == RiskTreatment::Accept && !acceptanceApprover.isEmpty() &&
               acceptanceDate.isValid();
    }
    bool acceptanceExpired(const QDate& today) const
    {
        return treatment == RiskTreatment::Accept && acceptanceExpiry.isValid() &&
               acceptanceExpiry < today;
    }
    bool reviewOverdue(const QDate& today) const
    {
        return nextReview.isValid() && nextReview < today && status != RiskStatus::Closed;
    }
    bool hasResidualScores() const { return residualScores != RiskScores{}; }

    // Equal in everything a person edits (not id, timestamps, results or method version).
    bool sameContent(const Risk& other) const;
};

enum class RiskField
{
    Code,
    Title,
    Threat,
    Vulnerability,
    ExistingControls,
    Assets,
    ThreatLevel,
    VulnerabilityLevel,
    Likelihood,
    Impact,
    Treatment,
    TreatmentPlan,
    Actions,
    Controls,
    ResidualThreatLevel,
    ResidualVulnerabilityLevel,
    ResidualLikelihood,
    ResidualImpact,
    CurrentStatus,
    Owner,
    AcceptanceApprover,
    AcceptanceDate,
    AcceptanceExpiry,
    AcceptanceReason,
    NextReview,
    Notes,
};

struct RiskIssue
{
    RiskField field;
    QString message;
};

class RiskTerms
{
    Q_DECLARE_TR_FUNCTIONS(RiskTerms)

public:
    static const QList<RiskTreatment>& treatments();
    static const QList<RiskStatus>& statuses();
    static QString key(RiskTreatment t);
    static QString key(RiskStatus s);
    static QString key(ActionStatus s);
    static std::optional<RiskTreatment> treatmentFromKey(QStringView key);
    static std::optional<RiskStatus> statusFromKey(QStringView key);
    static std::optional<ActionStatus> actionStatusFromKey(QStringView key);
    static QString label(RiskTreatment t);
    static QString label(RiskStatus s);
    static QString label(ActionStatus s);
};

class RiskRules
{
    Q_DECLARE_TR_FUNCTIONS(RiskRules)

public:
    static constexpr int MaxCodeLength = 64;
    static constexpr int MaxTitleLength = 200;
    static constexpr int MaxTextLength = 10000;

    // Trims text, sorts and de-duplicates assets and controls, drops empty actions.
    static Risk normalized(Risk r);
    // Every problem with the risk on its own under `method` (that assets and threats exist is
    // the register's to check). Scores may be left empty (not assessed yet), but a score
    // given must be in range.
    static QList<RiskIssue> validate(const Risk& r, const RiskMethod& method);
    static QString fieldKey(RiskField f);
    static QString fieldLabel(RiskField f);
};

// Why a risk needs the officer's attention now.
enum class RiskAttentionKind
{
    NotAssessed,           // no (complete) scores
    UntreatedAboveAccept,  // band asks for treatment, and none is chosen
    AcceptanceNotApproved, // treatment "accept" without approver or date
    AcceptanceExpired,
    ActionOverdue,
    ReviewOverdue,
};

struct RiskAttention
{
    RiskAttentionKind kind;
    QString detail; // e.g. the overdue action

    // Every reason `r` needs attention on `today` under `method` (closed risks need none).
    static QList<RiskAttention> of(const Risk& r, const RiskMethod& method, const QDate& today);
    static QString label(RiskAttentionKind k);
};

} // namespace daicho
