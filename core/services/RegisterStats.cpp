#include "RegisterStats.h"

#include "AssetService.h"
#include "Register.h"
#include "SoaStats.h"
#include "risks/RiskStats.h"
#include "storage/Sql.h"

#include <QJsonArray>

namespace daicho {

Result<QJsonObject> RegisterStats::compute(Register& reg)
{
    const QSqlDatabase db = reg.database().connection();
    QJsonObject byClass;
    for (AssetClass c : AssetTerms::classes())
        byClass.insert(AssetTerms::key(c), 0);
    QJsonObject bySubtype;
    for (AssetSubtype s : AssetTerms::subtypes())
        bySubtype.insert(AssetTerms::key(s), 0);
    QJsonObject byPriority;
    for (Priority p : AssetTerms::priorities())
        byPriority.insert(AssetTerms::key(p), 0);

    auto q = sql::run(db, QStringLiteral("SELECT asset_class, subtype, count(*) FROM assets "
                                         "GROUP BY asset_class, subtype"));
    if (!q)
        return q.error();
    qint64 total = 0;
    while (q->next()) {
        const QString cls = q->value(0).toString();
        const QString sub = q->value(1).toString();
        const qint64 n = q->value(2).toLongLong();
        byClass.insert(cls, byClass.value(cls).toInteger() + n);
        bySubtype.insert(sub, bySubtype.value(sub).toInteger() + n);
        total += n;
    }

    auto priorities = reg.assets().priorities();
    if (!priorities)
        return priorities.error();
    for (const PriorityResult& r : std::as_const(priorities->results)) {
        const QString k = AssetTerms::key(r.effective);
        byPriority.insert(k, byPriority.value(k).toInteger() + 1);
    }

    auto deps = sql::scalar(db, QStringLiteral("SELECT count(*) FROM asset_dependencies"));
    if (!deps)
        return deps.error();
    auto entries = reg.history().count();
    if (!entries)
        return entries.error();

    auto controls = SoaStats::compute(reg);
    if (!controls)
        return controls.error();
    auto risks = RiskStats::compute(reg);
    if (!risks)
        return risks.error();

    const RegisterInfo info = reg.info();
    QJsonObject assets{{QStringLiteral("total"), total},
                       {QStringLiteral("by_class"), byClass},
                       {QStringLiteral("by_subtype"), bySubtype},
                       {QStringLiteral("by_priority"), byPriority},
                       {QStringLiteral("dependencies"), deps->toLongLong()}};
    return QJsonObject{{QStringLiteral("schema_version"), reg.database().schemaVersion()},
                       {QStringLiteral("organisation"), info.organisation},
                       {QStringLiteral("scope"), info.scope},
                       {QStringLiteral("assets"), assets},
                       {QStringLiteral("controls"), *controls},
                       {QStringLiteral("risks"), *risks},
                       {QStringLiteral("history_entries"), *entries}};
}

} // namespace daicho
