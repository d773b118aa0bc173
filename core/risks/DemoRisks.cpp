#include "DemoRisks.h"

#include "catalogs/Catalogs.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/Clock.h"
#include "support/JsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {

Error demoError(const QString& what)
{
    return Error{Error::Kind::Invalid, what, DemoRisks::resourcePath(), 0, 0, {}};
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1StringView(key)).toString();
}

int num(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1StringView(key)).toInt();
}

QDate daysFrom(const QDate& today, const QJsonValue& v)
{
    return v.isDouble() ? today.addDays(v.toInt()) : QDate();
}

} // namespace

QString DemoRisks::resourcePath()
{
    return QStringLiteral(":/daicho/demo/demo-risks.json");
}

Status DemoRisks::populate(Register& reg)
{
    QFile f(resourcePath());
    if (!f.open(QIODevice::ReadOnly))
        return demoError(QStringLiteral("cannot read the demo risks"));
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    RiskService& risks = reg.risks();
    // The threats the demo names come from the built-in catalog.
    if (auto n = risks.installThreatCatalog(); !n)
        return n.error();
    const QDate today = Clock::current().today();
    QList<Risk> list;
    for (const QJsonValue& v : root.value(QLatin1StringView("risks")).toArray()) {
        const QJsonObject o = v.toObject();
        Risk r;
        r.code = str(o, "code");
        r.title = str(o, "title");
        for (const QJsonValue& a : o.value(QLatin1StringView("assets")).toArray()) {
            auto asset = reg.assets().findByCode(a.toString());
            if (!asset)
                return asset.error();
            if (!asset->has_value())
                return demoError(QStringLiteral("%1: no asset %2").arg(r.code, a.toString()));
            r.assetIds.append((*asset)->id);
        }
        auto threat = risks.findThreatByName(str(o, "threat"));
        if (!threat)
            return threat.error();
        if (!threat->has_value())
            return demoError(QStringLiteral("%1: no threat %2").arg(r.code, str(o, "threat")));
        r.threatId = (*threat)->id;
        r.vulnerability = str(o, "vulnerability");
        r.existingControls = str(o, "existing_controls");
        r.scores.threat = num(o, "threat_level");
        r.scores.vulnerability = num(o, "vulnerability_level");
        r.residualScores.threat = num(o, "residual_threat_level");
        r.residualScores.vulnerability = num(o, "residual_vulnerability_level");
        if (!o.value(QLatin1StringView("treatment")).isNull())
            r.treatment = RiskTerms::treatmentFromKey(str(o, "treatment"));
        r.treatmentPlan = str(o, "plan");
        for (const QJsonValue& av : o.value(QLatin1StringView("actions")).toArray()) {
            const QJsonObject a = av.toObject();
            RiskAction action;
            action.description = str(a, "description");
            action.owner = str(a, "owner");
            action.due = daysFrom(today, a.value(QLatin1StringView("due_days")));
            action.completed = daysFrom(today, a.value(QLatin1StringView("done_days")));
            action.status = action.completed.isValid() ? ActionStatus::Done : ActionStatus::Open;
            r.actions.append(action);
        }
        // "8.7" is a control of the 2022 catalog; "iso27001-2013:A.12.3.1" names its catalog.
        for (const QJsonValue& c : o.value(QLatin1StringView("controls")).toArray()) {
            const QString id = c.toString();
            const qsizetype colon = id.indexOf(QLatin1Char(':'));
            r.controls.append(colon > 0 ? RiskControlRef{id.left(colon), id.mid(colon + 1)}
                                        : RiskControlRef{catalogkey::Iso2022, id});
        }
        r.status = RiskTerms::statusFromKey(str(o, "status")).value_or(RiskStatus::Open);
        r.owner = str(o, "owner");
        const QJsonObject acc = o.value(QLatin1StringView("acceptance")).toObject();
        if (!acc.isEmpty()) {
            r.acceptanceApprover = str(acc, "approver");
            r.acceptanceDate = today.addDays(-num(acc, "days_ago"));
            r.acceptanceExpiry = daysFrom(today, acc.value(QLatin1StringView("expiry_days")));
            r.acceptanceReason = str(acc, "reason");
        }
        r.nextReview = daysFrom(today, o.value(QLatin1StringView("review_days")));
        list.append(r);
    }
    const QString details = JsonObjectWriter()
                                .add(QLatin1StringView("source"), resourcePath())
                                .add(QLatin1StringView("risks"), qint64(list.size()))
                                .finish();
    auto written = risks.saveAll(list, false, tr("Demo risks"), QStringLiteral("demo"), details);
    if (!written)
        return demoError(written.error().toString());
    return {};
}

} // namespace daicho
