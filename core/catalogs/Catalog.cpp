#include "Catalog.h"

#include "support/Translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace daicho {

namespace {

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1StringView(key)).toString().trimmed();
}

Error bad(const QString& source, const QString& field, const QString& message)
{
    return Error{Error::Kind::Invalid, message, source, 0, 0, field};
}

} // namespace

bool Catalog::japanese()
{
    return Translations::current() == QLatin1String("ja");
}

QString CatalogTheme::label() const
{
    return Catalog::japanese() ? ja : en;
}

QString CatalogControl::title() const
{
    return Catalog::japanese() ? ja : en;
}

QString Catalog::title() const
{
    return japanese() ? m_titleJa : m_titleEn;
}

const CatalogControl* Catalog::find(const QString& id) const
{
    auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_controls.at(*it);
}

const CatalogTheme* Catalog::theme(const QString& id) const
{
    for (const CatalogTheme& t : m_themes) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QList<const CatalogControl*> Catalog::controlsOf(const QString& themeId) const
{
    QList<const CatalogControl*> out;
    for (const CatalogControl& c : m_controls) {
        if (c.theme == themeId)
            out.append(&c);
    }
    return out;
}

Result<Catalog> Catalog::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return bad(source, {},
                   tr("Not a control catalog (JSON error at offset %1: %2).")
                       .arg(err.offset)
                       .arg(err.errorString()));
    }
    const QJsonObject root = doc.object();
    if (text(root, "format") != QLatin1String("daicho-control-catalog"))
        return bad(source, QStringLiteral("format"), tr("Not a Daicho control catalog."));
    const int format = root.value(QLatin1StringView("formatVersion")).toInt(0);
    if (format < 1 || format > FormatVersion) {
        return bad(source, QStringLiteral("formatVersion"),
                   tr("Catalog format %1 is not supported by this Daicho (it reads up to %2).")
                       .arg(format)
                       .arg(FormatVersion));
    }
    Catalog c;
    c.m_key = text(root, "catalog");
    c.m_version = text(root, "version");
    if (c.m_key.isEmpty() || c.m_version.isEmpty())
        return bad(source, QStringLiteral("catalog"), tr("The catalog has no key or version."));
    const QJsonObject title = root.value(QLatin1StringView("title")).toObject();
    c.m_titleEn = text(title, "en");
    c.m_titleJa = text(title, "ja");

    QSet<QString> themeIds;
    for (const QJsonValue& v : root.value(QLatin1StringView("themes")).toArray()) {
        const QJsonObject o = v.toObject();
        CatalogTheme t{text(o, "id"), text(o, "section"), text(o, "en"), text(o, "ja")};
        if (t.id.isEmpty() || t.en.isEmpty() || t.ja.isEmpty())
            return bad(source, QStringLiteral("themes"),
                       tr("A theme lacks its id or a title in English or Japanese."));
        if (themeIds.contains(t.id))
            return bad(source, t.id, tr("The theme %1 is listed twice.").arg(t.id));
        themeIds.insert(t.id);
        c.m_themes.append(t);
    }
    for (const QJsonValue& v : root.value(QLatin1StringView("controls")).toArray()) {
        const QJsonObject o = v.toObject();
        CatalogControl ctl{text(o, "id"), text(o, "theme"), text(o, "en"), text(o, "ja"),
                           o.value(QLatin1StringView("new")).toBool(false)};
        if (ctl.id.isEmpty())
            return bad(source, QStringLiteral("controls"), tr("A control has no id."));
        if (ctl.en.isEmpty() || ctl.ja.isEmpty())
            return bad(source, ctl.id,
                       tr("The control %1 lacks a title in English or Japanese.").arg(ctl.id));
        if (!themeIds.contains(ctl.theme))
            return bad(source, ctl.id,
                       tr("The control %1 names an unknown theme \"%2\".").arg(ctl.id, ctl.theme));
        if (c.m_index.contains(ctl.id))
            return bad(source, ctl.id, tr("The control %1 is listed twice.").arg(ctl.id));
        c.m_index.insert(ctl.id, c.m_controls.size());
        c.m_controls.append(ctl);
    }
    if (c.m_controls.isEmpty())
        return bad(source, QStringLiteral("controls"), tr("The catalog lists no controls."));
    return c;
}

} // namespace daicho
