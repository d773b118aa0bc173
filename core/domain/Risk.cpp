#include "Risk.h"

#include <algorithm>

namespace daicho {

bool Risk::sameContent(const Risk& o) const
{
    return code == o.code && title == o.title && threatId == o.threatId &&
           vulnerability == o.vulnerability && existingControls == o.existingControls &&
           assetIds == o.assetIds && scores == o.scores && treatment == o.treatment &&
           treatmentPlan == o.treatmentPlan && actions == o.actions && controls == o.controls &&
           residualScores == o.residualScores && status == o.status && owner == o.owner &&
           acceptanceApprover == o.acceptanceApprover && acceptanceDate == o.acceptanceDate &&
           acceptanceExpiry == o.acceptanceExpiry && acceptanceReason == o.acceptanceReason &&
           nextReview == o.nextReview && notes == o.notes;
}

// --- terms ----------------------------------------------------------------------------------

const QList<RiskTreatment>& RiskTerms::treatments()
{
    static const QList<RiskTreatment> all{RiskTreatment::Reduce, RiskTreatment::Accept,
                                          RiskTreatment::Avoid, RiskTreatment::Transfer};
    return all;
}

const QList<RiskStatus>& RiskTerms::statuses()
{
    static const QList<RiskStatus> all{RiskStatus::Open, RiskStatus::InProgress,
                                       RiskStatus::Treated, RiskStatus::Accepted,
                                       RiskStatus::Closed};
    return all;
}

QString RiskTerms::key(RiskTreatment t)
{
    switch (t) {
    case RiskTreatment::Reduce:
        return QStringLiteral("reduce");
    case RiskTreatment::Accept:
        return QStringLiteral("accept");
    case RiskTreatment::Avoid:
        return QStringLiteral("avoid");
    case RiskTreatment::Transfer:
        return QStringLiteral("transfer");
    }
    return {};
}

QString RiskTerms::key(RiskStatus s)
{
    switch (s) {
    case RiskStatus::Open:
        return QStringLiteral("open");
    case RiskStatus::InProgress:
        return QStringLiteral("in-progress");
    case RiskStatus::Treated:
        return QStringLiteral("treated");
    case RiskStatus::Accepted:
        return QStringLiteral("accepted");
    case RiskStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString RiskTerms::key(ActionStatus s)
{
    return s == ActionStatus::Done ? QStringLiteral("done") : QStringLiteral("open");
}

std::optional<RiskTreatment> RiskTerms::treatmentFromKey(QStringView key)
{
    for (RiskTreatment t : treatments()) {
        if (key == RiskTerms::key(t))
            return t;
    }
    return std::nullopt;
}

std::optional<RiskStatus> RiskTerms::statusFromKey(QStringView key)
{
    for (RiskStatus s : statuses()) {
        if (key == RiskTerms::key(s))
            return s;
    }
    return std::nullopt;
}

std::optional<ActionStatus> RiskTerms::actionStatusFromKey(QStringView key)
{
    if (key == u"open")
        return ActionStatus::Open;
    if (key == u"done")
        return ActionStatus::Done;
    return std::nullopt;
}

QString RiskTerms::label(RiskTreatment t)
{
    switch (t) {
    case RiskTreatment::Reduce:
        return tr("Reduce");
    case RiskTreatment::Accept:
        return tr("Accept");
    case RiskTreatment::Avoid:
        return tr("Avoid");
    case RiskTreatment::Transfer:
        return tr("Transfer");
    }
    return {};
}

QString RiskTerms::label(RiskStatus s)
{
    switch (s) {
    case RiskStatus::Open:
        return tr("Open");
    case RiskStatus::InProgress:
        return tr("In progress");
    case RiskStatus::Treated:
        return tr("Treated");
    case RiskStatus::Accepted:
        return tr("Accepted");
    case RiskStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString RiskTerms::label(ActionStatus s)
{
    return s == ActionStatus::Done ? tr("Done") : tr("Open");
}

// --- rules ----------------------------------------------------------------------------------

Risk RiskRules::normalized(Risk r)
{
    r.code = r.code.trimmed();
    r.title = r.title.trimmed();
    r.vulnerability = r.vulnerability.trimmed();
    r.existingControls = r.existingControls.trimmed();
    r.treatmentPlan = r.treatmentPlan.trimmed();
    r.owner = r.owner.trimmed();
    r.acceptanceApprover = r.acceptanceApprover.trimmed();
    r.acceptanceReason = r.acceptanceReason.trimmed();
    r.notes = r.notes.trimmed();
    std::sort(r.assetIds.begin(), r.assetIds.end());
    r.assetIds.erase(std::unique(r.assetIds.begin(), r.assetIds.end()), r.assetIds.end());
    for (RiskControlRef& c : r.controls) {
        c.catalog = c.catalog.trimmed();
        c.controlId = c.controlId.trimmed();
    }
    std::sort(r.controls.begin(), r.controls.end());
    r.controls.erase(std::unique(r.controls.begin(), r.controls.end()), r.controls.end());
    QList<RiskAction> actions;
    for (RiskAction a : std::as_const(r.actions)) {
        a.description = a.description.trimmed();
        a.owner = a.owner.trimmed();
        if (a.status == ActionStatus::Open)
            a.completed = QDate();
        if (!a.description.isEmpty() || !a.owner.isEmpty() || a.due.isValid())
            actions.append(a);
    }
    r.actions = actions;
    return r;
}

namespace {

void checkLevel(QList<RiskIssue>& out, RiskField field, int value, int max)
{
    if (value != 0 && (value < 1 || value > max)) {
        out.append(
            {field,
             RiskRules::tr("%1 must be 1 to %2.").arg(RiskRules::fieldLabel(field)).arg(max)});
    }
}

void checkScores(QList<RiskIssue>& out, const RiskScores& s, const RiskMethod& m, bool residual)
{
    if (m.kind == RiskMethodKind::Ipa) {
        checkLevel(out, residual ? RiskField::ResidualThreatLevel : RiskField::ThreatLevel,
                   s.threat, 3);
        checkLevel(out,
                   residual ? RiskField::ResidualVulnerabilityLevel : RiskField::VulnerabilityLevel,
                   s.vulnerability, 3);
    } else {
        checkLevel(out, residual ? RiskField::ResidualLikelihood : RiskField::Likelihood,
                   s.likelihood, m.likelihoodLevels);
        checkLevel(out, residual ? RiskField::ResidualImpact : RiskField::Impact, s.impact,
                   m.impactLevels);
    }
}

void checkLength(QList<RiskIssue>& out, RiskField f, const QString& text, int max)
{
    if (text.size() > max) {
        out.append({f, RiskRules::tr("%1 is longer than %2 characters.")
                           .arg(RiskRules::fieldLabel(f))
                           .arg(max)});
    }
}

} // namespace

QList<RiskIssue> RiskRules::validate(const Risk& r, const RiskMethod& method)
{
    QList<RiskIssue> out;
    if (r.code.isEmpty())
        out.append({RiskField::Code, tr("A risk needs a code.")});
    else if (r.code.size() > MaxCodeLength)
        out.append(
            {RiskField::Code, tr("The code is longer than %1 characters.").arg(MaxCodeLength)});
    else if (std::any_of(r.code.cbegin(), r.code.cend(), [](QChar c) { return c.isSpace(); }))
        out.append({RiskField::Code, tr("The code must not contain spaces.")});
    if (r.title.isEmpty())
        out.append({RiskField::Title, tr("A risk needs a title.")});
    checkLength(out, RiskField::Title, r.title, MaxTitleLength);
    checkLength(out, RiskField::Vulnerability, r.vulnerability, MaxTextLength);
    checkLength(out, RiskField::ExistingControls, r.existingControls, MaxTextLength);
    checkLength(out, RiskField::TreatmentPlan, r.treatmentPlan, MaxTextLength);
    checkLength(out, RiskField::AcceptanceReason, r.acceptanceReason, MaxTextLength);
    checkLength(out, RiskField::Notes, r.notes, MaxTextLength);
    checkLength(out, RiskField::Owner, r.owner, MaxTitleLength);
    if (r.assetIds.isEmpty())
        out.append({RiskField::Assets, tr("A risk concerns at least one asset.")});
    checkScores(out, r.scores, method, false);
    checkScores(out, r.residualScores, method, true);
    if (r.acceptanceDate.isValid() && r.acceptanceExpiry.isValid() &&
        r.acceptanceExpiry < r.acceptanceDate)
        out.append(
            {RiskField::AcceptanceExpiry, tr("The acceptance expires before it was given.")});
    if (r.status == RiskStatus::Accepted && r.treatment != RiskTreatment::Accept &&
        r.residualScores == RiskScores{})
        out.append({RiskField::CurrentStatus,
                    tr("Only a risk treated by acceptance, or with a residual risk, can be "
                       "accepted.")});
    for (int i = 0; i < r.actions.size(); ++i) {
        const RiskAction& a = r.actions.at(i);
        if (a.description.isEmpty())
            out.append({RiskField::Actions, tr("Action %1 has no description.").arg(i + 1)});
        checkLength(out, RiskField::Actions, a.description, MaxTextLength);
    }
    return out;
}

QString RiskRules::fieldKey(RiskField f)
{
    switch (f) {
    case RiskField::Code:
        return QStringLiteral("code");
    case RiskField::Title:
        return QStringLiteral("title");
    case RiskField::Threat:
        return QStringLiteral("threat");
    case RiskField::Vulnerability:
        return QStringLiteral("vulnerability");
    case RiskField::ExistingControls:
        return QStringLiteral("existing_controls");
    case RiskField::Assets:
        return QStringLiteral("assets");
    case RiskField::ThreatLevel:
        return QStringLiteral("threat_level");
    case RiskField::VulnerabilityLevel:
        return QStringLiteral("vulnerability_level");
    case RiskField::Likelihood:
        return QStringLiteral("likelihood");
    case RiskField::Impact:
        return QStringLiteral("impact");
    case RiskField::Treatment:
        return QStringLiteral("treatment");
    case RiskField::TreatmentPlan:
        return QStringLiteral("treatment_plan");
    case RiskField::Actions:
        return QStringLiteral("actions");
    case RiskField::Controls:
        return QStringLiteral("controls");
    case RiskField::ResidualThreatLevel:
        return QStringLiteral("residual_threat_level");
    case RiskField::ResidualVulnerabilityLevel:
        return QStringLiteral("residual_vulnerability_level");
    case RiskField::ResidualLikelihood:
        return QStringLiteral("residual_likelihood");
    case RiskField::ResidualImpact:
        return QStringLiteral("residual_impact");
    case RiskField::CurrentStatus:
        return QStringLiteral("status");
    case RiskField::Owner:
        return QStringLiteral("owner");
    case RiskField::AcceptanceApprover:
        return QStringLiteral("acceptance_approver");
    case RiskField::AcceptanceDate:
        return QStringLiteral("acceptance_date");
    case RiskField::AcceptanceExpiry:
        return QStringLiteral("acceptance_expiry");
    case RiskField::AcceptanceReason:
        return QStringLiteral("acceptance_reason");
    case RiskField::NextReview:
        return QStringLiteral("next_review");
    case RiskField::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

QString RiskRules::fieldLabel(RiskField f)
{
    switch (f) {
    case RiskField::Code:
        return tr("Code");
    case RiskField::Title:
        return tr("Risk");
    case RiskField::Threat:
        return tr("Threat");
    case RiskField::Vulnerability:
        return tr("Vulnerability");
    case RiskField::ExistingControls:
        return tr("Existing controls");
    case RiskField::Assets:
        return tr("Assets");
    case RiskField::ThreatLevel:
        return tr("Threat level");
    case RiskField::VulnerabilityLevel:
        return tr("Vulnerability level");
    case RiskField::Likelihood:
        return tr("Likelihood");
    case RiskField::Impact:
        return tr("Impact");
    case RiskField::Treatment:
        return tr("Risk treatment");
    case RiskField::TreatmentPlan:
        return tr("Treatment plan");
    case RiskField::Actions:
        return tr("Actions");
    case RiskField::Controls:
        return tr("Controls");
    case RiskField::ResidualThreatLevel:
        return tr("Residual threat level");
    case RiskField::ResidualVulnerabilityLevel:
        return tr("Residual vulnerability level");
    case RiskField::ResidualLikelihood:
        return tr("Residual likelihood");
    case RiskField::ResidualImpact:
        return tr("Residual impact");
    case RiskField::CurrentStatus:
        return tr("Status");
    case RiskField::Owner:
        return tr("Risk owner");
    case RiskField::AcceptanceApprover:
        return tr("Accepted by");
    case RiskField::AcceptanceDate:
        return tr("Accepted on");
    case RiskField::AcceptanceExpiry:
        return tr("Acceptance expires");
    case RiskField::AcceptanceReason:
        return tr("Reason for acceptance");
    case RiskField::NextReview:
        return tr("Next review");
    case RiskField::Notes:
        return tr("Notes");
    }
    return {};
}

// --- attention ------------------------------------------------------------------------------

QList<RiskAttention> RiskAttention::of(const Risk& r, const RiskMethod& method, const QDate& today)
{
    QList<RiskAttention> out;
    if (r.status == RiskStatus::Closed)
        return out;
    if (!r.inherent) {
        out.append({RiskAttentionKind::NotAssessed, {}});
    } else if (r.inherent->band >= 0 && r.inherent->band < method.bands.size() &&
               method.band(r.inherent->band).disposition == RiskDisposition::Treat &&
               !r.treatment) {
        out.append({RiskAttentionKind::UntreatedAboveAccept, method.bandLabel(r.inherent->band)});
    }
    if (r.treatment == RiskTreatment::Accept &&
        (r.acceptanceApprover.isEmpty() || !r.acceptanceDate.isValid()))
        out.append({RiskAttentionKind::AcceptanceNotApproved, {}});
    if (r.acceptanceExpired(today))
        out.append(
            {RiskAttentionKind::AcceptanceExpired, r.acceptanceExpiry.toString(Qt::ISODate)});
    for (const RiskAction& a : r.actions) {
        if (a.overdue(today))
            out.append({RiskAttentionKind::ActionOverdue, a.description + QStringLiteral(" (") +
                                                              a.due.toString(Qt::ISODate) +
                                                              QLatin1Char(')')});
    }
    if (r.reviewOverdue(today))
        out.append({RiskAttentionKind::ReviewOverdue, r.nextReview.toString(Qt::ISODate)});
    return out;
}

QString RiskAttention::label(RiskAttentionKind k)
{
    switch (k) {
    case RiskAttentionKind::NotAssessed:
        return RiskTerms::tr("Not assessed");
    case RiskAttentionKind::UntreatedAboveAccept:
        return RiskTerms::tr("Above the acceptance level, no treatment chosen");
    case RiskAttentionKind::AcceptanceNotApproved:
        return RiskTerms::tr("Acceptance not approved");
    case RiskAttentionKind::AcceptanceExpired:
        return RiskTerms::tr("Acceptance expired");
    case RiskAttentionKind::ActionOverdue:
        return RiskTerms::tr("Action overdue");
    case RiskAttentionKind::ReviewOverdue:
        return RiskTerms::tr("Review overdue");
    }
    return {};
}

} // namespace daicho
