#include "TreatmentPlanReport.h"

#include "RiskReportData.h"
#include "services/Register.h"
#include "services/SoaService.h"

namespace daicho::reports {

QString TreatmentPlanReport::title()
{
    return tr("Risk treatment plan");
}

namespace {

// Whether the plan covers the risk: a treatment was chosen, or its level asks for one. Closed
// risks and those acceptable as they are, with no decision, are left out.
bool inPlan(const Risk& r, const RiskReportData& d)
{
    if (r.status == RiskStatus::Closed)
        return false;
    if (r.treatment)
        return true;
    const auto disposition = d.disposition(r);
    return disposition && *disposition != RiskDisposition::Accept;
}

} // namespace

Result<Section> TreatmentPlanReport::section(Register& reg, const RegisterState& state,
                                             const QLocale& locale)
{
    auto loaded = RiskReportData::load(reg, locale);
    if (!loaded)
        return loaded.error();
    const RiskReportData& d = *loaded;
    const QString soaCatalog = reg.soa().catalogKey();

    // Groups: each option in the catalogue's order, then the risks with no decision yet.
    QList<std::optional<RiskTreatment>> options;
    for (RiskTreatment t : RiskTerms::treatments())
        options.append(t);
    options.append(std::nullopt);
    QHash<int, QList<const Risk*>> byOption; // index into options
    int left = 0;
    for (const Risk& r : d.risks) {
        if (!inPlan(r, d)) {
            ++left;
            continue;
        }
        byOption[int(options.indexOf(r.treatment))].append(&r);
    }

    int actionsOpen = 0;
    int actionsDone = 0;
    int actionsOverdue = 0;
    int awaitingApproval = 0;
    int expired = 0;
    int planned = 0;
    for (const auto& list : std::as_const(byOption)) {
        for (const Risk* r : list) {
            ++planned;
            for (const RiskAction& a : r->actions) {
                if (a.status == ActionStatus::Done)
                    ++actionsDone;
                else
                    ++actionsOpen;
                if (a.overdue(d.today))
                    ++actionsOverdue;
            }
            if (r->treatment == RiskTreatment::Accept && !r->accepted())
                ++awaitingApproval;
            if (r->acceptanceExpired(d.today))
                ++expired;
        }
    }

    Section s;
    s.title = title();
    s.blocks.append(ReportFrame::titleBlock(
        title(), tr("How the risks that need treatment are treated, by option"), state, locale));

    FieldsBlock summary;
    QStringList optionCounts;
    for (int i = 0; i < options.size(); ++i) {
        const QString label =
            options.at(i) ? RiskTerms::label(*options.at(i)) : tr("Not decided yet");
        optionCounts.append(tr("%1 %2").arg(label).arg(byOption.value(i).size()));
    }
    summary.fields.append(
        {tr("Risks in the plan"), tr("%1 (%2); %3 more are acceptable as they are or closed")
                                      .arg(planned)
                                      .arg(optionCounts.join(tr(", ")))
                                      .arg(left)});
    summary.fields.append({tr("Actions"), tr("%1 open (%2 past their due date), %3 done")
                                              .arg(actionsOpen)
                                              .arg(actionsOverdue)
                                              .arg(actionsDone)});
    summary.fields.append({tr("Acceptance"), tr("%1 awaiting the risk owner's approval, %2 "
                                                "expired")
                                                 .arg(awaitingApproval)
                                                 .arg(expired)});
    summary.fields.append({tr("Levels"), d.methodLegend()});
    s.blocks.append(summary);

    TableBlock t;
    t.continued = tr(" (continued)");
    t.emptyText = tr("No risk needs treatment.");
    t.columns = {
        {tr("No."), 34, Qt::AlignLeft},
        {tr("Risk"), 104, Qt::AlignLeft},
        {tr("Level"), 56, Qt::AlignLeft},
        {tr("Treatment plan"), 110, Qt::AlignLeft},
        {tr("Controls"), 50, Qt::AlignLeft},
        {tr("Actions (owner, due date, status)"), 150, Qt::AlignLeft},
        {tr("Status"), 44, Qt::AlignLeft},
        {tr("Residual level"), 56, Qt::AlignLeft},
        {tr("Risk owner and acceptance"), 92, Qt::AlignLeft},
    };

    const QString actionLine = tr("• %1 — %2, due %3: %4");
    const QString actionDoneLine = tr("• %1 — %2: done %3");
    const QString overdueMark = tr("%1, overdue");
    for (int i = 0; i < options.size(); ++i) {
        const QList<const Risk*> list = byOption.value(i);
        if (list.isEmpty())
            continue;
        const QString label =
            options.at(i) ? RiskTerms::label(*options.at(i)) : tr("Not decided yet");
        t.rows.append({TableRow::Kind::Group, {tr("%1 — %2 risks").arg(label).arg(list.size())}});
        for (const Risk* r : list) {
            QStringList actions;
            for (const RiskAction& a : r->actions) {
                const QString owner = a.owner.isEmpty() ? tr("no owner") : a.owner;
                if (a.status == ActionStatus::Done) {
                    actions.append(
                        actionDoneLine.arg(a.description, owner, ReportFrame::date(a.completed)));
                    continue;
                }
                QString status = RiskTerms::label(a.status);
                if (a.overdue(d.today))
                    status = overdueMark.arg(status);
                actions.append(actionLine.arg(
                    a.description, owner, a.due.isValid() ? ReportFrame::date(a.due) : tr("(none)"),
                    status));
            }
            QStringList owner;
            owner.append(r->owner.isEmpty() ? tr("Risk owner: (none)")
                                            : tr("Risk owner: %1").arg(r->owner));
            if (r->treatment == RiskTreatment::Accept) {
                if (r->accepted()) {
                    owner.append(
                        tr("Accepted by %1 on %2")
                            .arg(r->acceptanceApprover, ReportFrame::date(r->acceptanceDate)));
                    if (r->acceptanceExpiry.isValid())
                        owner.append(
                            (r->acceptanceExpired(d.today) ? tr("expired %1") : tr("until %1"))
                                .arg(ReportFrame::date(r->acceptanceExpiry)));
                } else {
                    owner.append(tr("Acceptance not yet approved"));
                }
                if (!r->acceptanceReason.isEmpty())
                    owner.append(r->acceptanceReason);
            }
            t.rows.append(
                {TableRow::Kind::Data,
                 {r->code, r->title, d.level(*r, r->inherent), r->treatmentPlan,
                  d.controls(*r, soaCatalog), actions.join(QLatin1Char('\n')),
                  RiskTerms::label(r->status), r->residual ? d.level(*r, r->residual) : QString(),
                  owner.join(QLatin1Char('\n'))}});
        }
    }
    s.blocks.append(std::move(t));
    return s;
}

} // namespace daicho::reports
