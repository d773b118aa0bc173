#include "InventoryReport.h"

#include "services/AssetService.h"
#include "services/Register.h"
#include "support/Clock.h"

#include <QCollator>

#include <algorithm>

namespace daicho::reports {

QString InventoryReport::title()
{
    return tr("Information asset inventory");
}

namespace {

QString filterText(const AssetFilter& f)
{
    QStringList parts;
    if (!f.classes.isEmpty()) {
        QStringList names;
        for (AssetClass c : AssetTerms::classes()) {
            if (f.classes.contains(c))
                names.append(AssetTerms::label(c));
        }
        parts.append(InventoryReport::tr("class: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!f.priorities.isEmpty()) {
        QStringList names;
        for (Priority p : AssetTerms::priorities()) {
            if (f.priorities.contains(p))
                names.append(AssetTerms::key(p));
        }
        parts.append(InventoryReport::tr("priority: %1").arg(names.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

Result<Section> InventoryReport::section(Register& reg, const RegisterState& state,
                                         const QLocale& locale, const AssetFilter& filter)
{
    auto assets = reg.assets().all();
    if (!assets)
        return assets.error();
    auto prios = reg.assets().priorities();
    if (!prios)
        return prios.error();

    QList<const Asset*> rows;
    rows.reserve(assets->size());
    for (const Asset& a : *assets) {
        if (!filter.classes.isEmpty() && !filter.classes.contains(a.assetClass))
            continue;
        if (!filter.priorities.isEmpty() && !filter.priorities.contains(prios->effective(a.id)))
            continue;
        rows.append(&a);
    }
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    auto classRank = [](AssetClass c) {
        return int(AssetTerms::classes().indexOf(c));
    };
    std::sort(rows.begin(), rows.end(), [&](const Asset* a, const Asset* b) {
        if (a->assetClass != b->assetClass)
            return classRank(a->assetClass) < classRank(b->assetClass);
        const int pa = rank(prios->effective(a->id));
        const int pb = rank(prios->effective(b->id));
        if (pa != pb)
            return pa < pb;
        return collator.compare(a->code, b->code) < 0;
    });

    Section s;
    s.title = title();
    s.blocks.append(ReportFrame::titleBlock(
        title(), tr("Assets within the ISMS scope, by class and priority"), state, locale));

    // Counts for the summary.
    QHash<AssetClass, int> byClass;
    QHash<Priority, int> byPriority;
    int overdue = 0;
    int personal = 0;
    const QDate today = Clock::current().today();
    for (const Asset* a : rows) {
        ++byClass[a->assetClass];
        ++byPriority[prios->effective(a->id)];
        if (a->reviewOverdue(today))
            ++overdue;
        if (a->holdsPersonalData())
            ++personal;
    }
    FieldsBlock summary;
    QStringList classCounts;
    for (AssetClass c : AssetTerms::classes())
        classCounts.append(tr("%1 %2").arg(AssetTerms::label(c)).arg(byClass.value(c)));
    QStringList prioCounts;
    for (Priority p : AssetTerms::priorities())
        prioCounts.append(tr("%1 %2").arg(AssetTerms::key(p)).arg(byPriority.value(p)));
    summary.fields.append(
        {tr("Assets"), tr("%1 (%2)").arg(rows.size()).arg(classCounts.join(QStringLiteral(", ")))});
    summary.fields.append({tr("Priorities"), prioCounts.join(QStringLiteral(", "))});
    summary.fields.append({tr("Holding personal data"), QString::number(personal)});
    summary.fields.append({tr("Review overdue"), QString::number(overdue)});
    if (!filter.isEmpty())
        summary.fields.append({tr("Filter"), filterText(filter)});
    summary.fields.append(
        {tr("Legend"), tr("C confidentiality, I integrity, A availability (1–3); importance = "
                          "max(C, I, A), 3 with personal data; * priority set by hand (reason in "
                          "the register)")});
    s.blocks.append(summary);

    TableBlock t;
    t.continued = tr(" (continued)");
    t.emptyText = tr("No assets.");
    t.columns = {
        {tr("Code"), 62, Qt::AlignLeft},
        {tr("Name"), 132, Qt::AlignLeft},
        {tr("Subtype"), 53, Qt::AlignLeft},
        {tr("Owner"), 72, Qt::AlignLeft},
        {tr("Location"), 92, Qt::AlignLeft},
        //: Column header: confidentiality, one letter or character.
        {tr("C"), 15, Qt::AlignHCenter},
        //: Column header: integrity, one letter or character.
        {tr("I"), 15, Qt::AlignHCenter},
        //: Column header: availability, one letter or character.
        {tr("A"), 15, Qt::AlignHCenter},
        {tr("Importance"), 45, Qt::AlignHCenter},
        {tr("Priority"), 30, Qt::AlignHCenter},
        {tr("Personal data"), 60, Qt::AlignLeft},
        {tr("Retention"), 80, Qt::AlignLeft},
        {tr("Next review"), 60, Qt::AlignLeft},
    };
    t.rows.reserve(rows.size() + 12);

    // Labels are the same for many rows: translate each once.
    QHash<AssetSubtype, QString> subtypeLabel;
    for (AssetSubtype st : AssetTerms::subtypes())
        subtypeLabel.insert(st, AssetTerms::label(st));
    QHash<PersonalData, QString> personalLabel;
    for (PersonalData p : AssetTerms::personalDataKinds())
        personalLabel.insert(p,
                             p == PersonalData::None ? QStringLiteral("—") : AssetTerms::label(p));
    const QString overdueMark = tr("%1 overdue");
    const QString digits[4] = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                               QStringLiteral("3")};
    auto digit = [&digits](int v) {
        return v >= 0 && v <= 3 ? digits[v] : QString::number(v);
    };

    std::optional<AssetClass> currentClass;
    std::optional<Priority> currentPriority;
    for (const Asset* a : rows) {
        const Priority p = prios->effective(a->id);
        if (!currentClass || *currentClass != a->assetClass) {
            currentClass = a->assetClass;
            currentPriority.reset();
            t.rows.append({TableRow::Kind::Group,
                           {tr("%1 — %2 assets")
                                .arg(AssetTerms::label(a->assetClass))
                                .arg(byClass.value(a->assetClass))}});
        }
        if (!currentPriority || *currentPriority != p) {
            currentPriority = p;
            t.rows.append({TableRow::Kind::Subgroup,
                           {tr("%1 — %2").arg(AssetTerms::key(p), AssetTerms::meaning(p))}});
        }
        QString prio = AssetTerms::key(p);
        if (a->priorityOverride)
            prio += QLatin1Char('*');
        QString review = ReportFrame::date(a->nextReview);
        if (a->reviewOverdue(today))
            review = overdueMark.arg(review);
        t.rows.append({TableRow::Kind::Data,
                       {a->code, a->name, subtypeLabel.value(a->subtype), a->owner, a->location,
                        digit(a->confidentiality), digit(a->integrity), digit(a->availability),
                        digit(a->importance()), prio, personalLabel.value(a->personalData),
                        a->retention, review}});
    }
    s.blocks.append(std::move(t));
    return s;
}

} // namespace daicho::reports
