#include "SoaSnapshot.h"

#include "AssetSnapshot.h"
#include "support/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {

void addDate(JsonObjectWriter& w, QLatin1StringView key, const QDate& d)
{
    if (d.isValid())
        w.add(key, d.toString(Qt::ISODate));
    else
        w.addNull(key);
}

QString linksJson(const QStringList& links)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < links.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        JsonObjectWriter::appendString(out, links.at(i));
    }
    out += QLatin1Char(']');
    return out;
}

} // namespace

QString SoaSnapshot::entryKey(const QString& catalog, const QString& controlId)
{
    return catalog + QLatin1Char(':') + controlId;
}

QString SoaSnapshot::toJson(const SoaEntry& e)
{
    JsonObjectWriter w;
    w.add(QLatin1StringView("catalog"), e.catalog)
        .add(QLatin1StringView("code"), e.controlId)
        .add(QLatin1StringView("catalog_version"), e.catalogVersion);
    if (e.applicable)
        w.add(QLatin1StringView("applicable"), *e.applicable);
    else
        w.addNull(QLatin1StringView("applicable"));
    w.add(QLatin1StringView("reasons"), SoaTerms::reasonKeys(e.reasons))
        .add(QLatin1StringView("exclusion_justification"), e.exclusionJustification);
    if (e.status)
        w.add(QLatin1StringView("status"), SoaTerms::key(*e.status));
    else
        w.addNull(QLatin1StringView("status"));
    addDate(w, QLatin1StringView("target_date"), e.targetDate);
    w.add(QLatin1StringView("evidence"), e.evidence)
        .addRaw(QLatin1StringView("evidence_links"), linksJson(e.evidenceLinks))
        .add(QLatin1StringView("owner"), e.owner);
    addDate(w, QLatin1StringView("last_reviewed"), e.lastReviewed);
    w.add(QLatin1StringView("updated_at"), AssetSnapshot::timestamp(e.updatedAt));
    return w.finish();
}

Result<SoaEntry> SoaSnapshot::fromJson(const QString& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("Bad SoA snapshot: ") + err.errorString());
    const QJsonObject o = doc.object();
    auto str = [&o](const char* k) {
        return o.value(QLatin1StringView(k)).toString();
    };
    SoaEntry e;
    e.catalog = str("catalog");
    e.controlId = str("code");
    e.catalogVersion = str("catalog_version");
    const QJsonValue app = o.value(QLatin1StringView("applicable"));
    if (app.isBool())
        e.applicable = app.toBool();
    e.reasons = SoaTerms::reasonsFromKeys(str("reasons")).value_or(QList<SoaReason>{});
    e.exclusionJustification = str("exclusion_justification");
    if (o.value(QLatin1StringView("status")).isString())
        e.status = SoaTerms::statusFromKey(str("status"));
    e.targetDate = QDate::fromString(str("target_date"), Qt::ISODate);
    e.evidence = str("evidence");
    for (const QJsonValue& v : o.value(QLatin1StringView("evidence_links")).toArray())
        e.evidenceLinks.append(v.toString());
    e.owner = str("owner");
    e.lastReviewed = QDate::fromString(str("last_reviewed"), Qt::ISODate);
    e.updatedAt = QDateTime::fromString(str("updated_at"), Qt::ISODateWithMs);
    return e;
}

QString SoaSnapshot::assetLinkJson(const QString& catalog, const QString& controlId, qint64 asset)
{
    return JsonObjectWriter()
        .add(QLatin1StringView("catalog"), catalog)
        .add(QLatin1StringView("control"), controlId)
        .add(QLatin1StringView("asset"), asset)
        .finish();
}

QString SoaSnapshot::assetLinkKey(const QString& catalog, const QString& controlId, qint64 asset)
{
    return entryKey(catalog, controlId) + QLatin1Char('>') + QString::number(asset);
}

} // namespace daicho
