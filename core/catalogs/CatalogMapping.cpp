#include "CatalogMapping.h"

#include "Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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

Result<CatalogMapping> CatalogMapping::fromJson(const QByteArray& json, const QString& source)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        return bad(source, {},
                   tr("Not a control mapping (JSON error at offset %1: %2).")
                       .arg(err.offset)
                       .arg(err.errorString()));
    }
    const QJsonObject root = doc.object();
    if (text(root, "format") != QLatin1String("daicho-control-mapping"))
        return bad(source, QStringLiteral("format"), tr("Not a Daicho control mapping."));
    if (root.value(QLatin1StringView("formatVersion")).toInt(0) != 1)
        return bad(source, QStringLiteral("formatVersion"),
                   tr("This mapping format is not supported by this Daicho."));
    CatalogMapping m;
    m.m_key = text(root, "mapping");
    m.m_version = text(root, "version");
    m.m_from = text(root, "from");
    m.m_to = text(root, "to");
    if (m.m_key.isEmpty() || m.m_version.isEmpty() || m.m_from.isEmpty() || m.m_to.isEmpty())
        return bad(source, QStringLiteral("mapping"),
                   tr("The mapping lacks its key, version or catalogs."));
    for (const QJsonValue& v : root.value(QLatin1StringView("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.from = text(o, "from");
        for (const QJsonValue& t : o.value(QLatin1StringView("to")).toArray()) {
            const QString id = t.toString().trimmed();
            if (!id.isEmpty() && !e.to.contains(id))
                e.to.append(id);
        }
        if (e.from.isEmpty())
            return bad(source, QStringLiteral("entries"), tr("A mapping entry has no source."));
        if (e.to.isEmpty())
            return bad(source, e.from, tr("%1 maps to nothing.").arg(e.from));
        if (m.m_targets.contains(e.from))
            return bad(source, e.from, tr("%1 is mapped twice.").arg(e.from));
        m.m_targets.insert(e.from, e.to);
        for (const QString& t : std::as_const(e.to))
            m.m_sources[t].append(e.from);
        m.m_entries.append(e);
    }
    return m;
}

QStringList CatalogMapping::problems(const Catalog& from, const Catalog& to) const
{
    QStringList out;
    if (from.key() != m_from || to.key() != m_to) {
        out << tr("The mapping is from %1 to %2, not from %3 to %4.")
                   .arg(m_from, m_to, from.key(), to.key());
        return out;
    }
    for (const Entry& e : m_entries) {
        if (!from.contains(e.from))
            out << tr("%1 is not a control of %2.").arg(e.from, from.key());
        for (const QString& t : e.to) {
            if (!to.contains(t))
                out << tr("%1 maps to %2, which is not a control of %3.").arg(e.from, t, to.key());
        }
    }
    for (const CatalogControl& c : from.controls()) {
        if (!m_targets.contains(c.id))
            out << tr("%1 is not mapped.").arg(c.id);
    }
    return out;
}

} // namespace daicho
