#include "RiskSnapshot.h"

#include "AssetSnapshot.h"
#include "support/JsonWriter.h"

namespace daicho {

namespace {

void addDate(JsonObjectWriter& w, QLatin1StringView key, const QDate& d)
{
    if (d.isValid())
        w.add(key, d.toString(Qt::ISODate));
    else
        w.addNull(key);
}

QString scoresJson(const RiskScores& s)
{
    return JsonObjectWriter()
        .add(QLatin1StringView("threat"), s.threat)
        .add(QLatin1StringView("vulnerability"), s.vulnerability)
        .add(QLatin1StringView("likelihood"), s.likelihood)
        .add(QLatin1StringView("impact"), s.impact)
        .finish();
}

QString assessmentJson(const std::optional<RiskAssessment>& a, const RiskMethod& m)
{
    if (!a)
        return QStringLiteral("null");
    JsonObjectWriter w;
    w.add(QLatin1StringView("likelihood"), a->likelihood)
        .add(QLatin1StringView("impact"), a->impact)
        .add(QLatin1StringView("value"), a->value);
    if (a->band >= 0 && a->band < m.bands.size())
        w.add(QLatin1StringView("level"), m.bands.at(a->band).key);
    else
        w.addNull(QLatin1StringView("level"));
    return w.finish();
}

} // namespace

QString RiskSnapshot::toJson(const Risk& r, const RiskMethod& method)
{
    QString assets = QStringLiteral("[");
    for (qsizetype i = 0; i < r.assetIds.size(); ++i) {
        if (i > 0)
            assets += QLatin1Char(',');
        assets += QString::number(r.assetIds.at(i));
    }
    assets += QLatin1Char(']');
    QString controls = QStringLiteral("[");
    for (qsizetype i = 0; i < r.controls.size(); ++i) {
        if (i > 0)
            controls += QLatin1Char(',');
        JsonObjectWriter::appendString(controls, r.controls.at(i).catalog + QLatin1Char(':') +
                                                     r.controls.at(i).controlId);
    }
    controls += QLatin1Char(']');
    QString actions = QStringLiteral("[");
    for (qsizetype i = 0; i < r.actions.size(); ++i) {
        const RiskAction& a = r.actions.at(i);
        if (i > 0)
            actions += QLatin1Char(',');
        JsonObjectWriter w;
        w.add(QLatin1StringView("description"), a.description)
            .add(QLatin1StringView("owner"), a.owner);
        addDate(w, QLatin1StringView("due"), a.due);
        w.add(QLatin1StringView("status"), RiskTerms::key(a.status));
        addDate(w, QLatin1StringView("completed"), a.completed);
        actions += w.finish();
    }
    actions += QLatin1Char(']');

    JsonObjectWriter w;
    w.add(QLatin1StringView("id"), r.id)
        .add(QLatin1StringView("code"), r.code)
        .add(QLatin1StringView("title"), r.title);
    if (r.threatId > 0)
        w.add(QLatin1StringView("threat"), r.threatId);
    else
        w.addNull(QLatin1StringView("threat"));
    w.add(QLatin1StringView("vulnerability"), r.vulnerability)
        .add(QLatin1StringView("existing_controls"), r.existingControls)
        .addRaw(QLatin1StringView("assets"), assets)
        .add(QLatin1StringView("method_version"), r.methodVersion)
        .addRaw(QLatin1StringView("scores"), scoresJson(r.scores))
        .addRaw(QLatin1StringView("inherent"), assessmentJson(r.inherent, method));
    if (r.treatment)
        w.add(QLatin1StringView("treatment"), RiskTerms::key(*r.treatment));
    else
        w.addNull(QLatin1StringView("treatment"));
    w.add(QLatin1StringView("treatment_plan"), r.treatmentPlan)
        .addRaw(QLatin1StringView("actions"), actions)
        .addRaw(QLatin1StringView("controls"), controls)
        .addRaw(QLatin1StringView("residual_scores"), scoresJson(r.residualScores))
        .addRaw(QLatin1StringView("residual"), assessmentJson(r.residual, method))
        .add(QLatin1StringView("status"), RiskTerms::key(r.status))
        .add(QLatin1StringView("owner"), r.owner)
        .add(QLatin1StringView("acceptance_approver"), r.acceptanceApprover);
    addDate(w, QLatin1StringView("acceptance_date"), r.acceptanceDate);
    addDate(w, QLatin1StringView("acceptance_expiry"), r.acceptanceExpiry);
    w.add(QLatin1StringView("acceptance_reason"), r.acceptanceReason);
    addDate(w, QLatin1StringView("next_review"), r.nextReview);
    w.add(QLatin1StringView("notes"), r.notes)
        .add(QLatin1StringView("created_at"), AssetSnapshot::timestamp(r.createdAt))
        .add(QLatin1StringView("updated_at"), AssetSnapshot::timestamp(r.updatedAt));
    return w.finish();
}

QString RiskSnapshot::threatJson(const Threat& t)
{
    return JsonObjectWriter()
        .add(QLatin1StringView("id"), t.id)
        .add(QLatin1StringView("code"), t.code)
        .add(QLatin1StringView("name_ja"), t.nameJa)
        .add(QLatin1StringView("name_en"), t.nameEn)
        .add(QLatin1StringView("category"), t.category)
        .add(QLatin1StringView("description_ja"), t.descriptionJa)
        .add(QLatin1StringView("description_en"), t.descriptionEn)
        .add(QLatin1StringView("builtin"), t.builtIn)
        .add(QLatin1StringView("updated_at"), AssetSnapshot::timestamp(t.updatedAt))
        .finish();
}

QString RiskSnapshot::vulnerabilityJson(const Vulnerability& v)
{
    return JsonObjectWriter()
        .add(QLatin1StringView("id"), v.id)
        .add(QLatin1StringView("code"), v.code)
        .add(QLatin1StringView("name_ja"), v.nameJa)
        .add(QLatin1StringView("name_en"), v.nameEn)
        .add(QLatin1StringView("category"), v.category)
        .add(QLatin1StringView("description_ja"), v.descriptionJa)
        .add(QLatin1StringView("description_en"), v.descriptionEn)
        .add(QLatin1StringView("threat_codes"), VulnerabilityTerms::joinThreatCodes(v.threatCodes))
        .add(QLatin1StringView("builtin"), v.builtIn)
        .add(QLatin1StringView("retired"), v.retired)
        .add(QLatin1StringView("updated_at"), AssetSnapshot::timestamp(v.updatedAt))
        .finish();
}

} // namespace daicho
