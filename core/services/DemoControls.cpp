#include "DemoControls.h"

#include "AssetService.h"
#include "Register.h"
#include "SoaService.h"
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
    return Error{Error::Kind::Invalid, what, DemoControls::resourcePath(), 0, 0, {}};
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out.append(x.toString());
    return out;
}

QString owner(const QJsonObject& owners, const CatalogControl& c)
{
    const QString byTheme = owners.value(c.theme).toString();
    return byTheme.isEmpty() ? owners.value(QStringLiteral("*")).toString() : byTheme;
}

// The decisions of one catalog: explicit ones from the file, the section's default for the
// rest, and each control's evidence completed with the company measures mapped to it.
Result<QList<SoaEntry>> decisions(const QString& catalogKey, const QJsonObject& section,
                                  const QHash<QString, QStringList>& measures, const QDate& today)
{
    auto catalog = Catalogs::find(catalogKey);
    if (!catalog)
        return catalog.error();
    const QJsonObject owners = section.value(QStringLiteral("owners")).toObject();
    const QJsonObject defaults = section.value(QStringLiteral("default")).toObject();
    const QDate reviewed =
        today.addDays(-section.value(QStringLiteral("reviewed_days_ago")).toInt());
    QHash<QString, QJsonObject> explicitOnes;
    for (const QJsonValue& v : section.value(QStringLiteral("controls")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!(*catalog)->contains(id))
            return demoError(QStringLiteral("%1 is not a control of %2").arg(id, catalogKey));
        explicitOnes.insert(id, o);
    }
    QList<SoaEntry> out;
    for (const CatalogControl& c : (*catalog)->controls()) {
        const QJsonObject o = explicitOnes.value(c.id);
        if (o.value(QStringLiteral("undecided")).toBool())
            continue;
        SoaEntry e;
        e.catalog = catalogKey;
        e.controlId = c.id;
        e.applicable = o.value(QStringLiteral("a")).toBool(true);
        e.owner = o.value(QStringLiteral("o")).toString(owner(owners, c));
        e.lastReviewed = reviewed;
        if (*e.applicable) {
            const QJsonValue r = o.contains(QStringLiteral("r"))
                                     ? o.value(QStringLiteral("r"))
                                     : defaults.value(QStringLiteral("r"));
            auto reasons = SoaTerms::reasonsFromKeys(strings(r).join(QLatin1Char(' ')));
            if (!reasons)
                return demoError(QStringLiteral("%1: bad reason").arg(c.id));
            e.reasons = *reasons;
            e.status = SoaTerms::statusFromKey(
                o.value(QStringLiteral("s"))
                    .toString(defaults.value(QStringLiteral("s")).toString()));
            if (!e.status)
                return demoError(QStringLiteral("%1: bad status").arg(c.id));
            if (o.contains(QStringLiteral("t")))
                e.targetDate = today.addDays(o.value(QStringLiteral("t")).toInt());
            QStringList evidence;
            if (o.contains(QStringLiteral("e")))
                evidence.append(o.value(QStringLiteral("e")).toString());
            evidence.append(measures.value(c.id));
            e.evidence = evidence.join(QLatin1Char('\n'));
            e.evidenceLinks = strings(o.value(QStringLiteral("l")));
        } else {
            e.exclusionJustification = o.value(QStringLiteral("j")).toString();
        }
        out.append(e);
    }
    return out;
}

} // namespace

QString DemoControls::resourcePath()
{
    return QStringLiteral(":/daicho/demo/demo-controls.json");
}

Status DemoControls::populate(Register& reg)
{
    QFile f(resourcePath());
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("Cannot read ") + resourcePath());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return demoError(err.errorString());
    const QJsonObject root = doc.object();
    const QDate today = Clock::current().today();

    // Measure → the controls it implements, as evidence lines per catalog and control.
    QHash<QString, QHash<QString, QStringList>> measures;
    for (const QJsonValue& v : root.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject m = v.toObject();
        const QString line = QStringLiteral("[%1] %2").arg(
            m.value(QStringLiteral("id")).toString(), m.value(QStringLiteral("title")).toString());
        for (const QString& key : Catalogs::keys()) {
            for (const QString& id : strings(m.value(key)))
                measures[key][id].append(line);
        }
    }

    QList<SoaEntry> all;
    const QJsonObject soa = root.value(QStringLiteral("soa")).toObject();
    for (const QString& key : Catalogs::keys()) {
        if (!soa.contains(key))
            continue;
        auto entries = decisions(key, soa.value(key).toObject(), measures.value(key), today);
        if (!entries)
            return entries.error();
        all.append(*entries);
    }
    SoaService& service = reg.soa();
    if (Status s = service.setCatalog(root.value(QStringLiteral("soa_catalog")).toString()); !s)
        return s;
    const QString details = JsonObjectWriter()
                                .add(QLatin1StringView("source"), resourcePath())
                                .add(QLatin1StringView("soa_entries"), qint64(all.size()))
                                .finish();
    if (auto n = service.saveAll(all, tr("Demo Statement of Applicability"), QStringLiteral("demo"),
                                 details);
        !n)
        return n.error();

    for (const QJsonValue& v : root.value(QStringLiteral("asset_links")).toArray()) {
        const QJsonObject l = v.toObject();
        const QString catalog = l.value(QStringLiteral("catalog")).toString();
        const QString control = l.value(QStringLiteral("control")).toString();
        for (const QString& code : strings(l.value(QStringLiteral("assets")))) {
            auto asset = reg.assets().findByCode(code);
            if (!asset)
                return asset.error();
            if (!asset->has_value())
                return demoError(QStringLiteral("no demo asset %1").arg(code));
            if (Status s = service.linkAsset(catalog, control, (*asset)->id); !s)
                return s;
        }
    }
    return {};
}

} // namespace daicho
