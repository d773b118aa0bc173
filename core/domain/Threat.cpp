#include "Threat.h"

namespace daicho {

QString Threat::name(const QString& language) const
{
    if (language == u"ja")
        return nameJa.isEmpty() ? nameEn : nameJa;
    return nameEn.isEmpty() ? nameJa : nameEn;
}

QString Threat::description(const QString& language) const
{
    if (language == u"ja")
        return descriptionJa.isEmpty() ? descriptionEn : descriptionJa;
    return descriptionEn.isEmpty() ? descriptionJa : descriptionEn;
}

QStringList ThreatTerms::categories()
{
    return {QStringLiteral("deliberate"), QStringLiteral("accidental"), QStringLiteral("technical"),
            QStringLiteral("environmental"), QStringLiteral("third-party")};
}

QString ThreatTerms::categoryLabel(const QString& key)
{
    if (key == u"deliberate")
        return tr("Deliberate");
    if (key == u"accidental")
        return tr("Accidental");
    if (key == u"technical")
        return tr("Technical failure");
    if (key == u"environmental")
        return tr("Environmental");
    if (key == u"third-party")
        return tr("Third party");
    return key;
}

QStringList ThreatTerms::validate(const Threat& t)
{
    QStringList out;
    if (t.code.trimmed().isEmpty())
        out << tr("A threat needs a code.");
    else if (t.code.size() > Threat::MaxCodeLength)
        out << tr("The threat's code is longer than %1 characters.").arg(Threat::MaxCodeLength);
    if (t.nameJa.trimmed().isEmpty() && t.nameEn.trimmed().isEmpty())
        out << tr("A threat needs a name.");
    if (t.nameJa.size() > Threat::MaxNameLength || t.nameEn.size() > Threat::MaxNameLength)
        out << tr("The threat's name is longer than %1 characters.").arg(Threat::MaxNameLength);
    if (!t.category.isEmpty() && !categories().contains(t.category))
        out << tr("Unknown threat category \"%1\".").arg(t.category);
    return out;
}

} // namespace daicho
