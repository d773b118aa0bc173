#include "Soa.h"

#include "catalogs/Catalog.h"

#include <QRegularExpression>

#include <algorithm>

namespace daicho {

bool SoaEntry::sameContent(const SoaEntry& o) const
{
    return catalog == o.catalog && controlId == o.controlId && applicable == o.applicable &&
           reasons == o.reasons && exclusionJustification == o.exclusionJustification &&
           status == o.status && targetDate == o.targetDate && evidence == o.evidence &&
           evidenceLinks == o.evidenceLinks && owner == o.owner && lastReviewed == o.lastReviewed;
}

bool SoaEntry::overdue(const QDate& today) const
{
    return applicable.value_or(false) && status != SoaStatus::Implemented && targetDate.isValid() &&
           targetDate < today;
}

const QList<SoaReason>& SoaTerms::reasons()
{
    static const QList<SoaReason> all{SoaReason::Legal, SoaReason::Contractual, SoaReason::Business,
                                      SoaReason::RiskTreatment};
    return all;
}

const QList<SoaStatus>& SoaTerms::statuses()
{
    static const QList<SoaStatus> all{SoaStatus::Implemented, SoaStatus::Partial,
                                      SoaStatus::Planned, SoaStatus::NotImplemented};
    return all;
}

QString SoaTerms::key(SoaReason r)
{
    switch (r) {
    case SoaReason::Legal:
        return QStringLiteral("legal");
    case SoaReason::Contractual:
        return QStringLiteral("contractual");
    case SoaReason::Business:
        return QStringLiteral("business");
    case SoaReason::RiskTreatment:
        return QStringLiteral("risk-treatment");
    }
    return {};
}

QString SoaTerms::key(SoaStatus s)
{
    switch (s) {
    case SoaStatus::Implemented:
        return QStringLiteral("implemented");
    case SoaStatus::Partial:
        return QStringLiteral("partial");
    case SoaStatus::Planned:
        return QStringLiteral("planned");
    case SoaStatus::NotImplemented:
        return QStringLiteral("not-implemented");
    }
    return {};
}

std::optional<SoaReason> SoaTerms::reasonFromKey(QStringView k)
{
    for (SoaReason r : reasons()) {
        if (k.compare(key(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

std::optional<SoaStatus> SoaTerms::statusFromKey(QStringView k)
{
    for (SoaStatus s : statuses()) {
        if (k.compare(key(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

QString SoaTerms::label(SoaReason r)
{
    switch (r) {
    case SoaReason::Legal:
        return tr("Legal or regulatory");
    case SoaReason::Contractual:
        return tr("Contractual");
    case SoaReason::Business:
        return tr("Business requirement");
    case SoaReason::RiskTreatment:
        return tr("Risk treatment");
    }
    return {};
}

QString SoaTerms::label(SoaStatus s)
{
    switch (s) {
    case SoaStatus::Implemented:
        return tr("Implemented");
    case SoaStatus::Partial:
        return tr("Partially implemented");
    case SoaStatus::Planned:
        return tr("Planned");
    case SoaStatus::NotImplemented:
        return tr("Not implemented");
    }
    return {};
}

QString SoaTerms::applicableLabel(std::optional<bool> applicable)
{
    if (!applicable)
        return tr("Not decided");
    return *applicable ? tr("Applicable") : tr("Not applicable");
}

QString SoaTerms::reasonKeys(const QList<SoaReason>& rs)
{
    QStringList keys;
    for (SoaReason r : rs)
        keys.append(key(r));
    return keys.join(QLatin1Char(' '));
}

std::optional<QList<SoaReason>> SoaTerms::reasonsFromKeys(const QString& text, QString* badKey)
{
    static const QRegularExpression sep(QStringLiteral("[\\s,;、]+"));
    QList<SoaReason> out;
    for (const QString& part : text.split(sep, Qt::SkipEmptyParts)) {
        const auto r = reasonFromKey(part);
        if (!r) {
            if (badKey)
                *badKey = part;
            return std::nullopt;
        }
        if (!out.contains(*r))
            out.append(*r);
    }
    std::sort(out.begin(), out.end());
    return out;
}

SoaEntry SoaRules::normalized(SoaEntry e)
{
    e.controlId = e.controlId.trimmed();
    e.exclusionJustification = e.exclusionJustification.trimmed();
    e.evidence = e.evidence.trimmed();
    e.owner = e.owner.trimmed();
    QStringList links;
    for (const QString& l : std::as_const(e.evidenceLinks)) {
        const QString t = l.trimmed();
        if (!t.isEmpty() && !links.contains(t))
            links.append(t);
    }
    e.evidenceLinks = links;
    std::sort(e.reasons.begin(), e.reasons.end());
    e.reasons.erase(std::unique(e.reasons.begin(), e.reasons.end()), e.reasons.end());
    return e;
}

QList<SoaIssue> SoaRules::validate(const SoaEntry& e, const Catalog& catalog, const QDate& today)
{
    QList<SoaIssue> out;
    if (!catalog.contains(e.controlId)) {
        out.append({SoaField::Control,
                    tr("%1 is not a control of %2.").arg(e.controlId, catalog.title())});
    }
    const bool applicable = e.applicable.value_or(false);
    if (!applicable && !e.reasons.isEmpty()) {
        out.append({SoaField::Reasons, tr("Reasons for inclusion apply only to a control that "
                                          "is applicable.")});
    }
    if (!applicable && e.status) {
        out.append(
            {SoaField::Implementation, tr("An implementation status applies only to a control "
                                          "that is applicable.")});
    }
    if (applicable && !e.exclusionJustification.isEmpty()) {
        out.append({SoaField::ExclusionJustification,
                    tr("A justification for exclusion applies only to a control that is not "
                       "applicable.")});
    }
    for (const QString& link : e.evidenceLinks) {
        if (link.contains(QLatin1Char('\n'))) {
            out.append({SoaField::EvidenceLinks, tr("A link holds a line break.")});
            break;
        }
    }
    if (e.lastReviewed.isValid() && e.lastReviewed > today) {
        out.append({SoaField::LastReviewed, tr("The last review (%1) is in the future.")
                                                .arg(e.lastReviewed.toString(Qt::ISODate))});
    }
    return out;
}

QString SoaRules::fieldKey(SoaField f)
{
    switch (f) {
    case SoaField::Control:
        return QStringLiteral("control");
    case SoaField::Applicable:
        return QStringLiteral("applicable");
    case SoaField::Reasons:
        return QStringLiteral("reasons");
    case SoaField::ExclusionJustification:
        return QStringLiteral("exclusion_justification");
    case SoaField::Implementation:
        return QStringLiteral("status");
    case SoaField::TargetDate:
        return QStringLiteral("target_date");
    case SoaField::Evidence:
        return QStringLiteral("evidence");
    case SoaField::EvidenceLinks:
        return QStringLiteral("evidence_links");
    case SoaField::Owner:
        return QStringLiteral("owner");
    case SoaField::LastReviewed:
        return QStringLiteral("last_reviewed");
    }
    return {};
}

QString SoaRules::fieldLabel(SoaField f)
{
    switch (f) {
    case SoaField::Control:
        return tr("Control");
    case SoaField::Applicable:
        return tr("Applicable");
    case SoaField::Reasons:
        return tr("Reasons for inclusion");
    case SoaField::ExclusionJustification:
        return tr("Justification for exclusion");
    case SoaField::Implementation:
        return tr("Status");
    case SoaField::TargetDate:
        return tr("Target date");
    case SoaField::Evidence:
        return tr("Evidence");
    case SoaField::EvidenceLinks:
        return tr("Evidence links");
    case SoaField::Owner:
        return tr("Owner");
    case SoaField::LastReviewed:
        return tr("Last reviewed");
    }
    return {};
}

} // namespace daicho
