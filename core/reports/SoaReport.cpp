#include "SoaReport.h"

#include "catalogs/Catalogs.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/SoaService.h"
#include "support/Clock.h"

#include <QCollator>

#include <algorithm>

namespace daicho::reports {

QString SoaReport::title()
{
    return tr("Statement of Applicability");
}

namespace {

QString themeHeading(const CatalogTheme& t)
{
    return t.section.isEmpty() ? t.label() : QStringLiteral("%1 %2").arg(t.section, t.label());
}

QString reasonsText(const SoaEntry& e)
{
    QStringList parts;
    for (SoaReason r : e.reasons)
        parts.append(SoaTerms::label(r));
    return parts.join(SoaReport::tr(", "));
}

} // namespace

Result<Section> SoaReport::section(Register& reg, const RegisterState& state, const QLocale& locale,
                                   const QString& catalogKey,
                                   const QHash<QString, QStringList>& risksByControl)
{
    SoaService& soa = reg.soa();
    const QString key = catalogKey.isEmpty() ? soa.catalogKey() : catalogKey;
    auto found = Catalogs::find(key);
    if (!found)
        return found.error();
    const Catalog& catalog = **found;

    auto entries = soa.entries(key);
    if (!entries)
        return entries.error();
    QHash<QString, const SoaEntry*> byControl;
    for (const SoaEntry& e : *entries)
        byControl.insert(e.controlId, &e);

    // Linked assets by control, as codes in the register's order.
    auto links = soa.assetLinks(key);
    if (!links)
        return links.error();
    QHash<QString, QStringList> assetsByControl;
    if (!links->isEmpty()) {
        auto assets = reg.assets().all();
        if (!assets)
            return assets.error();
        QHash<qint64, QString> codes;
        codes.reserve(assets->size());
        for (const Asset& a : *assets)
            codes.insert(a.id, a.code);
        for (const ControlAssetLink& l : *links)
            assetsByControl[l.controlId].append(codes.value(l.assetId));
        QCollator collator(locale);
        collator.setNumericMode(true);
        for (QStringList& list : assetsByControl)
            std::sort(list.begin(), list.end(), [&collator](const QString& a, const QString& b) {
                return collator.compare(a, b) < 0;
            });
    }

    auto gaps = soa.completeness(key);
    if (!gaps)
        return gaps.error();

    // Counts for the summary.
    const QDate today = Clock::current().today();
    int applicable = 0;
    int excluded = 0;
    int undecided = 0;
    int overdue = 0;
    QHash<SoaStatus, int> byStatus;
    for (const CatalogControl& c : catalog.controls()) {
        const SoaEntry* e = byControl.value(c.id);
        if (!e || !e->applicable) {
            ++undecided;
            continue;
        }
        if (!*e->applicable) {
            ++excluded;
            continue;
        }
        ++applicable;
        if (e->status)
            ++byStatus[*e->status];
        if (e->overdue(today))
            ++overdue;
    }

    Section s;
    s.title = title();
    s.blocks.append(ReportFrame::titleBlock(
        title(), tr("Every control of %1, with the decision on it").arg(catalog.title()), state,
        locale));

    FieldsBlock summary;
    summary.fields.append(
        {tr("Catalog"), tr("%1 (catalog version %2)").arg(catalog.title(), catalog.version())});
    summary.fields.append({tr("Controls"), tr("%1: %2 applicable, %3 not applicable, %4 not "
                                              "decided")
                                               .arg(catalog.controls().size())
                                               .arg(applicable)
                                               .arg(excluded)
                                               .arg(undecided)});
    QStringList statusCounts;
    for (SoaStatus st : SoaTerms::statuses())
        statusCounts.append(tr("%1 %2").arg(SoaTerms::label(st)).arg(byStatus.value(st)));
    summary.fields.append({tr("Implementation"), statusCounts.join(tr(", "))});
    summary.fields.append({tr("Past target date"), QString::number(overdue)});
    summary.fields.append(
        {tr("Open points"), gaps->isEmpty() ? tr("none: the statement is complete")
                                            : tr("%1 (listed after the table)").arg(gaps->size())});
    s.blocks.append(summary);

    const bool withRisks = !risksByControl.isEmpty();
    TableBlock t;
    t.continued = tr(" (continued)");
    t.emptyText = tr("The catalog has no controls.");
    t.columns = {
        {tr("No."), 30, Qt::AlignLeft},
        {tr("Control"), 112, Qt::AlignLeft},
        {tr("Applicable"), 50, Qt::AlignLeft},
        {tr("Reasons for inclusion / justification for exclusion"), 100, Qt::AlignLeft},
        {tr("Implementation"), 56, Qt::AlignLeft},
        {tr("Evidence"), withRisks ? 140.0 : 160.0, Qt::AlignLeft},
        {tr("Owner"), 56, Qt::AlignLeft},
        {tr("Assets"), withRisks ? 50.0 : 58.0, Qt::AlignLeft},
    };
    if (withRisks)
        t.columns.append({tr("Risks"), 36, Qt::AlignLeft});
    t.columns.append({tr("Last reviewed"), 48, Qt::AlignLeft});
    t.rows.reserve(catalog.controls().size() + catalog.themes().size());

    const QString newMark = tr("%1 (new)");
    const QString targetText = tr("target %1");
    const QString overdueText = tr("target %1, overdue");
    for (const CatalogTheme& theme : catalog.themes()) {
        const QList<const CatalogControl*> controls = catalog.controlsOf(theme.id);
        if (controls.isEmpty())
            continue;
        t.rows.append({TableRow::Kind::Group,
                       {tr("%1 — %2 controls").arg(themeHeading(theme)).arg(controls.size())}});
        for (const CatalogControl* c : controls) {
            const SoaEntry* e = byControl.value(c->id);
            QStringList cells;
            cells.append(c->id);
            cells.append(c->isNew && key == catalogkey::Iso2022 ? newMark.arg(c->title())
                                                                : c->title());
            if (!e || !e->applicable) {
                cells.append(SoaTerms::applicableLabel(std::nullopt));
                for (int i = 3; i < t.columns.size(); ++i)
                    cells.append(QString());
                t.rows.append({TableRow::Kind::Data, cells});
                continue;
            }
            cells.append(SoaTerms::applicableLabel(e->applicable));
            cells.append(*e->applicable ? reasonsText(*e) : e->exclusionJustification);
            QString impl;
            if (*e->applicable && e->status) {
                impl = SoaTerms::label(*e->status);
                if (e->targetDate.isValid() && *e->status != SoaStatus::Implemented)
                    impl += QLatin1Char('\n') + (e->overdue(today) ? overdueText : targetText)
                                                    .arg(ReportFrame::date(e->targetDate));
            }
            cells.append(impl);
            QStringList evidence;
            if (!e->evidence.isEmpty())
                evidence.append(e->evidence);
            evidence.append(e->evidenceLinks);
            cells.append(evidence.join(QLatin1Char('\n')));
            cells.append(e->owner);
            cells.append(assetsByControl.value(c->id).join(QStringLiteral(", ")));
            if (withRisks)
                cells.append(risksByControl.value(c->id).join(QStringLiteral(", ")));
            cells.append(ReportFrame::date(e->lastReviewed));
            t.rows.append({TableRow::Kind::Data, cells});
        }
    }
    s.blocks.append(std::move(t));

    if (!gaps->isEmpty()) {
        s.blocks.append(HeadingBlock{tr("Open points of the statement")});
        TableBlock g;
        g.columns = {{tr("No."), 40, Qt::AlignLeft},
                     {tr("Control"), 200, Qt::AlignLeft},
                     {tr("What is missing"), 400, Qt::AlignLeft}};
        for (const SoaGap& gap : *gaps) {
            const CatalogControl* c = catalog.find(gap.controlId);
            g.rows.append({TableRow::Kind::Data,
                           {gap.controlId, c ? c->title() : QString(),
                            SoaCompleteness::kindLabel(gap.kind)}});
        }
        s.blocks.append(std::move(g));
    }
    return s;
}

} // namespace daicho::reports
