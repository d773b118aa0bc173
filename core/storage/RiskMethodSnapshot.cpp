#include "RiskMethodSnapshot.h"

#include "support/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {

QString stringsJson(const QStringList& list)
{
    QString out = QStringLiteral("[");
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i > 0)
            out += QLatin1Char(',');
        JsonObjectWriter::appendString(out, list.at(i));
    }
    return out + QLatin1Char(']');
}

QStringList stringsFrom(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

Error bad(const QString& what)
{
    return Error::invalid(QCoreApplication::translate("RiskMethodSnapshot",
                                                      "The assessment method cannot be read: %1")
                              .arg(what),
                          QStringLiteral("method"));
}

} // namespace

QString RiskMethodSnapshot::toJson(const RiskMethod& m)
{
    JsonObjectWriter w;
    w.add(QLatin1StringView("format"), Format)
        .add(QLatin1StringView("kind"), RiskMethodTerms::key(m.kind))
        .add(QLatin1StringView("version"), m.version)
        .add(QLatin1StringView("name"), m.name)
        .add(QLatin1StringView("likelihood_levels"), m.likelihoodLevels)
        .add(QLatin1StringView("impact_levels"), m.impactLevels)
        .addRaw(QLatin1StringView("likelihood_names"), stringsJson(m.likelihoodNames))
        .addRaw(QLatin1StringView("impact_names"), stringsJson(m.impactNames));
    if (m.kind == RiskMethodKind::Ipa) {
        QString lookup = QStringLiteral("[");
        for (int t = 0; t < 3; ++t) {
            if (t > 0)
                lookup += QLatin1Char(',');
            lookup += QStringLiteral("[%1,%2,%3]")
                          .arg(m.lookup[t][0])
                          .arg(m.lookup[t][1])
                          .arg(m.lookup[t][2]);
        }
        w.addRaw(QLatin1StringView("lookup"), lookup + QLatin1Char(']'));
    }
    QString bands = QStringLiteral("[");
    for (qsizetype i = 0; i < m.bands.size(); ++i) {
        const RiskBand& b = m.bands.at(i);
        if (i > 0)
            bands += QLatin1Char(',');
        bands += JsonObjectWriter()
                     .add(QLatin1StringView("key"), b.key)
                     .add(QLatin1StringView("name"), b.name)
                     .add(QLatin1StringView("min"), b.min)
                     .add(QLatin1StringView("max"), b.max)
                     .add(QLatin1StringView("disposition"), RiskMethodTerms::key(b.disposition))
                     .finish();
    }
    w.addRaw(QLatin1StringView("bands"), bands + QLatin1Char(']'));
    return w.finish();
}

Result<RiskMethod> RiskMethodSnapshot::fromJson(const QString& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return bad(err.errorString());
    const QJsonObject o = doc.object();
    const int format = o.value(QLatin1StringView("format")).toInt();
    if (format < 1 || format > Format)
        return bad(
            QCoreApplication::translate("RiskMethodSnapshot", "format %1 is from a newer Daicho")
                .arg(format));
    RiskMethod m;
    const auto kind = RiskMethodTerms::kindFromKey(o.value(QLatin1StringView("kind")).toString());
    if (!kind)
        return bad(QStringLiteral("kind"));
    m.kind = *kind;
    m.version = o.value(QLatin1StringView("version")).toInt();
    m.name = o.value(QLatin1StringView("name")).toString();
    m.likelihoodLevels = o.value(QLatin1StringView("likelihood_levels")).toInt();
    m.impactLevels = o.value(QLatin1StringView("impact_levels")).toInt();
    m.likelihoodNames = stringsFrom(o.value(QLatin1StringView("likelihood_names")));
    m.impactNames = stringsFrom(o.value(QLatin1StringView("impact_names")));
    if (m.kind == RiskMethodKind::Ipa) {
        const QJsonArray rows = o.value(QLatin1StringView("lookup")).toArray();
        if (rows.size() != 3)
            return bad(QStringLiteral("lookup"));
        for (int t = 0; t < 3; ++t) {
            const QJsonArray row = rows.at(t).toArray();
            if (row.size() != 3)
                return bad(QStringLiteral("lookup"));
            for (int v = 0; v < 3; ++v)
                m.lookup[t][v] = row.at(v).toInt();
        }
    }
    for (const QJsonValue& bv : o.value(QLatin1StringView("bands")).toArray()) {
        const QJsonObject b = bv.toObject();
        const auto d = RiskMethodTerms::dispositionFromKey(
            b.value(QLatin1StringView("disposition")).toString());
        if (!d)
            return bad(QStringLiteral("disposition"));
        m.bands.append(RiskBand{b.value(QLatin1StringView("key")).toString(),
                                b.value(QLatin1StringView("name")).toString(),
                                b.value(QLatin1StringView("min")).toInt(),
                                b.value(QLatin1StringView("max")).toInt(), *d});
    }
    const QStringList problems = m.validate();
    if (!problems.isEmpty())
        return bad(problems.join(QLatin1Char(' ')));
    return m;
}

} // namespace daicho
