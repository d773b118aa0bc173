#include "RiskStats.h"

#include "domain/Risk.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/Clock.h"

#include <QSet>

namespace daicho {

namespace {

QString attentionKey(RiskAttentionKind k)
{
    switch (k) {
    case RiskAttentionKind::NotAssessed:
        return QStringLiteral("not_assessed");
    case RiskAttentionKind::UntreatedAboveAccept:
        return QStringLiteral("untreated_above_acceptance");
    case RiskAttentionKind::AcceptanceNotApproved:
        return QStringLiteral("acceptance_not_approved");
    case RiskAttentionKind::AcceptanceExpired:
        return QStringLiteral("acceptance_expired");
    case RiskAttentionKind::ActionOverdue:
        return QStringLiteral("actions_overdue");
    case RiskAttentionKind::ReviewOverdue:
        return QStringLiteral("reviews_overdue");
    }
    return {};
}

} // namespace

Result<QJsonObject> RiskStats::compute(Register& reg)
{
    RiskService& risks = reg.risks();
    auto method = risks.method();
    if (!method)
        return method.error();
    auto all = risks.all();
    if (!all)
        return all.error();
    auto threats = risks.threats();
    if (!threats)
        return threats.error();
    const QDate today = Clock::current().today();

    QJsonObject inherent, residual;
    for (const RiskBand& b : std::as_const(method->bands)) {
        inherent.insert(b.key, 0);
        residual.insert(b.key, 0);
    }
    QJsonObject byTreatment{{QStringLiteral("none"), 0}};
    for (RiskTreatment t : RiskTerms::treatments())
        byTreatment.insert(RiskTerms::key(t), 0);
    QJsonObject byStatus;
    for (RiskStatus s : RiskTerms::statuses())
        byStatus.insert(RiskTerms::key(s), 0);
    QJsonObject attention;
    for (RiskAttentionKind k :
         {RiskAttentionKind::NotAssessed, RiskAttentionKind::UntreatedAboveAccept,
          RiskAttentionKind::AcceptanceNotApproved, RiskAttentionKind::AcceptanceExpired,
          RiskAttentionKind::ActionOverdue, RiskAttentionKind::ReviewOverdue})
        attention.insert(attentionKey(k), 0);

    auto bump = [](QJsonObject& o, const QString& key) {
        o.insert(key, o.value(key).toInteger() + 1);
    };
    qint64 notAssessed = 0, noResidual = 0, assetLinks = 0, controlLinks = 0, actions = 0;
    qint64 needAttention = 0;
    QSet<qint64> assetsWithRisks;
    for (const Risk& r : std::as_const(*all)) {
        if (r.inherent && r.inherent->band >= 0 && r.inherent->band < method->bands.size())
            bump(inherent, method->bands.at(r.inherent->band).key);
        else
            ++notAssessed;
        if (r.residual && r.residual->band >= 0 && r.residual->band < method->bands.size())
            bump(residual, method->bands.at(r.residual->band).key);
        else
            ++noResidual;
        bump(byTreatment, r.treatment ? RiskTerms::key(*r.treatment) : QStringLiteral("none"));
        bump(byStatus, RiskTerms::key(r.status));
        assetLinks += r.assetIds.size();
        for (qint64 a : r.assetIds)
            assetsWithRisks.insert(a);
        controlLinks += r.controls.size();
        actions += r.actions.size();
        // Counted once per risk and reason (a risk with two overdue actions counts once).
        unsigned kinds = 0;
        for (const RiskAttention& a : RiskAttention::of(r, *method, today)) {
            const unsigned bit = 1u << unsigned(a.kind);
            if (!(kinds & bit))
                bump(attention, attentionKey(a.kind));
            kinds |= bit;
        }
        needAttention += kinds ? 1 : 0;
    }
    inherent.insert(QStringLiteral("not_assessed"), notAssessed);
    residual.insert(QStringLiteral("not_assessed"), noResidual);
    attention.insert(QStringLiteral("risks"), needAttention);

    qint64 builtinThreats = 0;
    for (const Threat& t : std::as_const(*threats))
        builtinThreats += t.builtIn ? 1 : 0;

    return QJsonObject{
        {QStringLiteral("total"), qint64(all->size())},
        {QStringLiteral("method"),
         QJsonObject{
             {QStringLiteral("kind"), RiskMethodTerms::key(method->kind)},
             {QStringLiteral("version"), method->version},
             {QStringLiteral("levels"),
              QStringLiteral("%1x%2").arg(method->likelihoodLevels).arg(method->impactLevels)}}},
        {QStringLiteral("by_inherent_band"), inherent},
        {QStringLiteral("by_residual_band"), residual},
        {QStringLiteral("by_treatment"), byTreatment},
        {QStringLiteral("by_status"), byStatus},
        {QStringLiteral("attention"), attention},
        {QStringLiteral("asset_links"), assetLinks},
        {QStringLiteral("assets_with_risks"), qint64(assetsWithRisks.size())},
        {QStringLiteral("control_links"), controlLinks},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("threats"), QJsonObject{{QStringLiteral("total"), qint64(threats->size())},
                                                {QStringLiteral("builtin"), builtinThreats}}}};
}

} // namespace daicho
