#include "RiskAssessmentReport.h"

#include "RiskReportData.h"

#include <algorithm>

namespace daicho::reports {

QString RiskAssessmentReport::title()
{
    return tr("Risk assessment results");
}

Result<Section> RiskAssessmentReport::section(Register& reg, const RegisterState& state,
                                              const QLocale& locale)
{
    auto loaded = RiskReportData::load(reg, locale);
    if (!loaded)
        return loaded.error();
    const RiskReportData& d = *loaded;
    const RiskMethod& method = d.current;
    const bool ipa = method.kind == RiskMethodKind::Ipa;

    // Highest value first; not scored last; then by code (the data's order).
    QList<const Risk*> rows;
    for (const Risk& r : d.risks)
        rows.append(&r);
    std::stable_sort(rows.begin(), rows.end(), [](const Risk* a, const Risk* b) {
        const int va = a->inherent ? a->inherent->value : -1;
        const int vb = b->inherent ? b->inherent->value : -1;
        return va > vb;
    });

    Section s;
    s.title = title();
    s.blocks.append(ReportFrame::titleBlock(
        title(), tr("Risks of the information assets, as assessed, highest level first"), state,
        locale));

    QHash<QString, int> byLevel;
    int notScored = 0;
    int closed = 0;
    for (const Risk* r : rows) {
        if (r->status == RiskStatus::Closed)
            ++closed;
        if (!r->inherent)
            ++notScored;
        else
            ++byLevel[d.methodOf(*r).bandLabel(r->inherent->band)];
    }
    QStringList levelCounts;
    for (qsizetype i = method.bands.size() - 1; i >= 0; --i) {
        const QString label = method.bandLabel(int(i));
        levelCounts.append(tr("%1 %2").arg(label).arg(byLevel.value(label)));
    }
    FieldsBlock summary;
    summary.fields.append(
        {tr("Method"),
         method.version > 0
             ? tr("%1, version %2").arg(method.displayName()).arg(method.version)
             : tr("%1 (the default; no risk assessed yet)").arg(method.displayName())});
    summary.fields.append({tr("How risks are scored"), d.methodLegend()});
    summary.fields.append({tr("Risks"), tr("%1 (%2; not assessed %3; closed %4)")
                                            .arg(rows.size())
                                            .arg(levelCounts.join(tr(", ")))
                                            .arg(notScored)
                                            .arg(closed)});
    s.blocks.append(summary);

    TableBlock t;
    t.continued = tr(" (continued)");
    t.emptyText = tr("The register holds no risks yet.");
    t.columns = {
        {tr("No."), 34, Qt::AlignLeft},           {tr("Risk"), 96, Qt::AlignLeft},
        {tr("Assets"), 62, Qt::AlignLeft},        {tr("Threat"), 72, Qt::AlignLeft},
        {tr("Vulnerability"), 88, Qt::AlignLeft}, {tr("Existing controls"), 88, Qt::AlignLeft},
    };
    if (ipa) {
        //: Column header: the threat level (1-3) of IPA's method; one short word.
        t.columns.append({tr("Threat level"), 32, Qt::AlignHCenter});
        //: Column header: the vulnerability level (1-3) of IPA's method; one short word.
        t.columns.append({tr("Vuln. level"), 30, Qt::AlignHCenter});
    }
    t.columns.append({tr("Likelihood"), 44, Qt::AlignHCenter});
    t.columns.append({tr("Impact"), 34, Qt::AlignHCenter});
    t.columns.append({tr("Value"), 30, Qt::AlignHCenter});
    t.columns.append({tr("Level"), 62, Qt::AlignLeft});
    t.columns.append({tr("Risk owner"), 54, Qt::AlignLeft});
    t.columns.append({tr("Assessed on"), 50, Qt::AlignLeft});
    //: Column header: the version of the assessment method that scored the risk; short.
    t.columns.append({tr("Method"), 36, Qt::AlignHCenter});

    const QString versionText = tr("v%1");
    auto number = [](int v) {
        return v > 0 ? QString::number(v) : QString();
    };
    QString currentGroup;
    for (const Risk* r : rows) {
        const QString group =
            r->inherent ? d.methodOf(*r).bandLabel(r->inherent->band) : tr("Not assessed yet");
        if (group != currentGroup) {
            currentGroup = group;
            const int count = r->inherent ? byLevel.value(group) : notScored;
            t.rows.append({TableRow::Kind::Group, {tr("%1 — %2 risks").arg(group).arg(count)}});
        }
        QString title = r->title;
        if (r->status == RiskStatus::Closed)
            title = tr("%1 (closed)").arg(title);
        QStringList cells{r->code,          title,
                          d.assetCodes(*r), d.threatName(*r),
                          r->vulnerability, r->existingControls};
        if (ipa) {
            cells.append(number(r->scores.threat));
            cells.append(number(r->scores.vulnerability));
        }
        cells.append(r->inherent ? QString::number(r->inherent->likelihood) : QString());
        cells.append(r->inherent ? QString::number(r->inherent->impact) : QString());
        cells.append(r->inherent ? QString::number(r->inherent->value) : QString());
        cells.append(r->inherent ? d.methodOf(*r).bandLabel(r->inherent->band)
                                 : QStringLiteral("—"));
        cells.append(r->owner);
        cells.append(d.date(r->updatedAt));
        cells.append(versionText.arg(r->methodVersion));
        t.rows.append({TableRow::Kind::Data, cells});
    }
    s.blocks.append(std::move(t));
    return s;
}

} // namespace daicho::reports
