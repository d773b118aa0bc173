#include "ThreatCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace daicho {

namespace {
constexpr int kFormat = 1;
}

QString ThreatCatalog::resourcePath()
{
    return QStringLiteral(":/daicho/risks/threat-catalog.json");
}

Result<ThreatCatalog::Contents> ThreatCatalog::parse(const QByteArray& json, const QString& file)
{
    auto fail = [&file](const QString& message, const QString& field = {}) {
        return Error{Error::Kind::Invalid, message, file, 0, 0, field};
    };
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("Not a threat catalog: %1").arg(err.errorString()));
    const QJsonObject root = doc.object();
    const int format = root.value(QLatin1StringView("format")).toInt();
    if (format < 1 || format > kFormat)
        return fail(tr("Threat catalog format %1 is from a newer Daicho.").arg(format),
                    QStringLiteral("format"));
    Contents out;
    out.version = root.value(QLatin1StringView("version")).toString();
    if (out.version.isEmpty())
        return fail(tr("The threat catalog has no version."), QStringLiteral("version"));
    QSet<QString> codes;
    for (const QJsonValue& v : root.value(QLatin1StringView("threats")).toArray()) {
        const QJsonObject o = v.toObject();
        Threat t;
        t.code = o.value(QLatin1StringView("code")).toString();
        t.nameJa = o.value(QLatin1StringView("ja")).toString();
        t.nameEn = o.value(QLatin1StringView("en")).toString();
        t.category = o.value(QLatin1StringView("category")).toString();
        t.descriptionJa = o.value(QLatin1StringView("description_ja")).toString();
        t.descriptionEn = o.value(QLatin1StringView("description_en")).toString();
        t.builtIn = true;
        if (const QStringList p = ThreatTerms::validate(t); !p.isEmpty())
            return fail(t.code + QStringLiteral(": ") + p.join(QLatin1Char(' ')),
                        QStringLiteral("threats"));
        if (codes.contains(t.code.toCaseFolded()))
            return fail(tr("The threat code %1 appears twice.").arg(t.code),
                        QStringLiteral("threats"));
        codes.insert(t.code.toCaseFolded());
        out.threats.append(t);
    }
    return out;
}

const ThreatCatalog::Contents& ThreatCatalog::builtIn()
{
    static const Contents contents = [] {
        QFile f(resourcePath());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("built-in threat catalog missing");
        auto c = parse(f.readAll(), resourcePath());
        if (!c)
            qFatal("built-in threat catalog broken: %s", qPrintable(c.error().toString()));
        return *c;
    }();
    return contents;
}

} // namespace daicho
