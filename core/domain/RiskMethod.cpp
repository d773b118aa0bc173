#include "RiskMethod.h"

#include <QSet>

#include <cmath>

namespace daicho {

namespace {

RiskBand makeBand(const char* key, int min, int max, RiskDisposition d)
{
    return RiskBand{QString::fromLatin1(key), {}, min, max, d};
}

bool inRange(int v, int lo, int hi)
{
    return v >= lo && v <= hi;
}

} // namespace

RiskMethod RiskMethod::ipaDefault()
{
    RiskMethod m;
    m.kind = RiskMethodKind::Ipa;
    m.likelihoodLevels = 3;
    m.impactLevels = 3;
    // Rows: threat 1..3; columns: vulnerability 1..3 (DOMAIN.md §3 prints them 3..1).
    m.lookup = {{{1, 1, 1}, {1, 1, 2}, {1, 2, 3}}};
    m.bands = {makeBand("accept", 1, 2, RiskDisposition::Accept),
               makeBand("manage", 3, 4, RiskDisposition::AcceptManaged),
               makeBand("treat", 5, 9, RiskDisposition::Treat)};
    return m;
}

RiskMethod RiskMethod::matrixDefault(int size)
{
    RiskMethod m;
    m.kind = RiskMethodKind::Matrix;
    size = std::clamp(size, MinLevels, MaxLevels);
    m.likelihoodLevels = size;
    m.impactLevels = size;
    switch (size) {
    case 3:
        m.bands = {makeBand("low", 1, 2, RiskDisposition::Accept),
                   makeBand("medium", 3, 4, RiskDisposition::AcceptManaged),
                   makeBand("high", 5, 9, RiskDisposition::Treat)};
        break;
    case 4:
        m.bands = {makeBand("low", 1, 3, RiskDisposition::Accept),
                   makeBand("medium", 4, 6, RiskDisposition::AcceptManaged),
                   makeBand("high", 7, 11, RiskDisposition::Treat),
                   makeBand("very-high", 12, 16, RiskDisposition::Treat)};
        break;
    default:
        m.bands = {makeBand("low", 1, 4, RiskDisposition::Accept),
                   makeBand("medium", 5, 9, RiskDisposition::AcceptManaged),
                   makeBand("high", 10, 16, RiskDisposition::Treat),
                   makeBand("very-high", 17, 25, RiskDisposition::Treat)};
        break;
    }
    return m;
}

bool RiskMethod::sameDefinition(const RiskMethod& o) const
{
    const bool lookupMatters = kind == RiskMethodKind::Ipa;
    return kind == o.kind && name == o.name && likelihoodLevels == o.likelihoodLevels &&
           impactLevels == o.impactLevels && likelihoodNames == o.likelihoodNames &&
           impactNames == o.impactNames && (!lookupMatters || lookup == o.lookup) &&
           bands == o.bands;
}

int RiskMethod::likelihoodFor(int threat, int vulnerability) const
{
    if (!inRange(threat, 1, 3) || !inRange(vulnerability, 1, 3))
        return 0;
    return lookup[threat - 1][vulnerability - 1];
}

int RiskMethod::bandFor(int value) const
{
    for (int i = 0; i < bands.size(); ++i) {
        if (value >= bands.at(i).min && value <= bands.at(i).max)
            return i;
    }
    return -1;
}

Result<RiskAssessment> RiskMethod::assess(const RiskScores& s) const
{
    RiskAssessment a;
    if (kind == RiskMethodKind::Ipa) {
        if (!inRange(s.threat, 1, 3))
            return Error::invalid(RiskMethodTerms::tr("Threat must be 1 to 3."),
                                  QStringLiteral("threat"));
        if (!inRange(s.vulnerability, 1, 3))
            return Error::invalid(RiskMethodTerms::tr("Vulnerability must be 1 to 3."),
                                  QStringLiteral("vulnerability"));
        if (!inRange(s.impact, 1, 3))
            return Error::invalid(
                RiskMethodTerms::tr("No importance: link the risk to at least one asset."),
                QStringLiteral("assets"));
        a.likelihood = likelihoodFor(s.threat, s.vulnerability);
    } else {
        if (!inRange(s.likelihood, 1, likelihoodLevels))
            return Error::invalid(
                RiskMethodTerms::tr("Likelihood must be 1 to %1.").arg(likelihoodLevels),
                QStringLiteral("likelihood"));
        if (!inRange(s.impact, 1, impactLevels))
            return Error::invalid(RiskMethodTerms::tr("Impact must be 1 to %1.").arg(impactLevels),
                                  QStringLiteral("impact"));
        a.likelihood = s.likelihood;
    }
    a.impact = s.impact;
    a.value = a.likelihood * a.impact;
    a.band = bandFor(a.value);
    if (a.band < 0)
        return Error::invalid(
            RiskMethodTerms::tr("The method has no band for risk value %1.").arg(a.value),
            QStringLiteral("method"));
    return a;
}

QString RiskMethod::bandLabel(int index) const
{
    if (index < 0 || index >= bands.size())
        return {};
    const RiskBand& b = bands.at(index);
    if (!b.name.isEmpty())
        return b.name;
    const QString builtIn = RiskMethodTerms::bandKeyLabel(b.key);
    return builtIn.isEmpty() ? b.key : builtIn;
}

QString RiskMethod::displayName() const
{
    return name.isEmpty() ? RiskMethodTerms::label(kind) : name;
}

QString RiskMethod::likelihoodName(int level) const
{
    if (level >= 1 && level <= likelihoodNames.size() && !likelihoodNames.at(level - 1).isEmpty())
        return likelihoodNames.at(level - 1);
    return RiskMethodTerms::defaultLikelihoodName(kind, likelihoodLevels, level);
}

QString RiskMethod::impactName(int level) const
{
    if (level >= 1 && level <= impactNames.size() && !impactNames.at(level - 1).isEmpty())
        return impactNames.at(level - 1);
    return RiskMethodTerms::defaultImpactName(kind, impactLevels, level);
}

QStringList RiskMethod::validate() const
{
    QStringList problems;
    if (name.size() > MaxNameLength)
        problems << RiskMethodTerms::tr("The method's name is longer than %1 characters.")
                        .arg(MaxNameLength);
    if (kind == RiskMethodKind::Ipa) {
        if (likelihoodLevels != 3 || impactLevels != 3)
            problems << RiskMethodTerms::tr("IPA's method has three levels on each axis.");
        for (int t = 0; t < 3; ++t) {
            for (int v = 0; v < 3; ++v) {
                if (!inRange(lookup[t][v], 1, 3))
                    problems << RiskMethodTerms::tr(
                                    "Likelihood for threat %1 and vulnerability %2 must be 1 to 3.")
                                    .arg(t + 1)
                                    .arg(v + 1);
            }
        }
    } else if (!inRange(likelihoodLevels, MinLevels, MaxLevels) ||
               !inRange(impactLevels, MinLevels, MaxLevels)) {
        problems << RiskMethodTerms::tr("A matrix has %1 to %2 levels on each axis.")
                        .arg(MinLevels)
                        .arg(MaxLevels);
        return problems; // bands cannot be judged against an impossible size
    }
    if (!likelihoodNames.isEmpty() && likelihoodNames.size() != likelihoodLevels)
        problems << RiskMethodTerms::tr("There must be one likelihood name per level.");
    if (!impactNames.isEmpty() && impactNames.size() != impactLevels)
        problems << RiskMethodTerms::tr("There must be one impact name per level.");
    for (const QString& n : likelihoodNames + impactNames) {
        if (n.size() > MaxNameLength) {
            problems << RiskMethodTerms::tr("A level name is longer than %1 characters.")
                            .arg(MaxNameLength);
            break;
        }
    }

    if (bands.isEmpty()) {
        problems << RiskMethodTerms::tr("The method has no bands.");
        return problems;
    }
    QSet<QString> keys;
    int expectedMin = 1;
    for (int i = 0; i < bands.size(); ++i) {
        const RiskBand& b = bands.at(i);
        const QString label = bandLabel(i);
        if (b.key.trimmed().isEmpty())
            problems << RiskMethodTerms::tr("Band %1 has no key.").arg(i + 1);
        else if (keys.contains(b.key))
            problems << RiskMethodTerms::tr("Two bands have the key \"%1\".").arg(b.key);
        keys.insert(b.key);
        if (b.name.size() > MaxNameLength)
            problems << RiskMethodTerms::tr("The name of band \"%1\" is longer than %2 characters.")
                            .arg(label)
                            .arg(MaxNameLength);
        if (b.min > b.max)
            problems << RiskMethodTerms::tr("Band \"%1\" ends (%2) before it starts (%3).")
                            .arg(label)
                            .arg(b.max)
                            .arg(b.min);
        if (b.min != expectedMin)
            problems << RiskMethodTerms::tr(
                            "Band \"%1\" must start at %2 so that no risk value is left out "
                            "or counted twice.")
                            .arg(label)
                            .arg(expectedMin);
        if (i > 0 &&
            static_cast<int>(b.disposition) < static_cast<int>(bands.at(i - 1).disposition))
            problems << RiskMethodTerms::tr("Band \"%1\" is higher than \"%2\" but asks for less.")
                            .arg(label, bandLabel(i - 1));
        expectedMin = b.max + 1;
    }
    if (bands.last().max != maxValue())
        problems << RiskMethodTerms::tr("The last band must end at %1, the highest risk value.")
                        .arg(maxValue());
    return problems;
}

int RiskMethod::scaleLevel(int l, int n, int m)
{
    if (l < 1 || n < 2 || m < 1)
        return l < 1 ? 0 : std::clamp(l, 1, std::max(m, 1));
    l = std::clamp(l, 1, n);
    const double scaled = 1.0 + double(l - 1) * double(m - 1) / double(n - 1);
    return std::clamp(static_cast<int>(std::lround(scaled)), 1, m);
}

RiskScores RiskMethod::carryOver(const RiskScores& s, const RiskMethod& from, const RiskMethod& to,
                                 int importance)
{
    RiskScores out;
    if (to.kind == RiskMethodKind::Ipa) {
        out.impact = importance;
        if (inRange(s.threat, 1, 3) && inRange(s.vulnerability, 1, 3)) {
            out.threat = s.threat;
            out.vulnerability = s.vulnerability;
        } else if (from.kind == RiskMethodKind::Matrix && s.likelihood > 0) {
            out.threat = scaleLevel(s.likelihood, from.likelihoodLevels, 3);
            out.vulnerability = 3;
        }
        return out;
    }
    // To a matrix. Threat and vulnerability are kept so a way back to IPA loses nothing.
    out.threat = s.threat;
    out.vulnerability = s.vulnerability;
    if (from.kind == RiskMethodKind::Ipa) {
        const int l = from.likelihoodFor(s.threat, s.vulnerability);
        out.likelihood = l > 0 ? scaleLevel(l, 3, to.likelihoodLevels) : 0;
        out.impact = inRange(importance, 1, 3) ? scaleLevel(importance, 3, to.impactLevels) : 0;
    } else {
        out.likelihood = s.likelihood > 0
                             ? scaleLevel(s.likelihood, from.likelihoodLevels, to.likelihoodLevels)
                             : 0;
        out.impact = s.impact > 0 ? scaleLevel(s.impact, from.impactLevels, to.impactLevels) : 0;
    }
    return out;
}

// --- terms ----------------------------------------------------------------------------------

QString RiskMethodTerms::key(RiskMethodKind k)
{
    return k == RiskMethodKind::Ipa ? QStringLiteral("ipa") : QStringLiteral("matrix");
}

QString RiskMethodTerms::key(RiskDisposition d)
{
    switch (d) {
    case RiskDisposition::Accept:
        return QStringLiteral("accept");
    case RiskDisposition::AcceptManaged:
        return QStringLiteral("accept-managed");
    case RiskDisposition::Treat:
        return QStringLiteral("treat");
    }
    return {};
}

std::optional<RiskMethodKind> RiskMethodTerms::kindFromKey(QStringView key)
{
    if (key == u"ipa")
        return RiskMethodKind::Ipa;
    if (key == u"matrix")
        return RiskMethodKind::Matrix;
    return std::nullopt;
}

std::optional<RiskDisposition> RiskMethodTerms::dispositionFromKey(QStringView key)
{
    for (RiskDisposition d :
         {RiskDisposition::Accept, RiskDisposition::AcceptManaged, RiskDisposition::Treat}) {
        if (key == RiskMethodTerms::key(d))
            return d;
    }
    return std::nullopt;
}

QString RiskMethodTerms::label(RiskMethodKind k)
{
    return k == RiskMethodKind::Ipa ? tr("IPA risk analysis (threat × vulnerability)")
                                    : tr("Likelihood × impact matrix (ISO/IEC 27005 style)");
}

QString RiskMethodTerms::label(RiskDisposition d)
{
    switch (d) {
    case RiskDisposition::Accept:
        return tr("Accept");
    case RiskDisposition::AcceptManaged:
        return tr("Accept under management");
    case RiskDisposition::Treat:
        return tr("Treat");
    }
    return {};
}

QString RiskMethodTerms::bandKeyLabel(const QString& key)
{
    if (key == u"accept")
        return tr("Acceptable");
    if (key == u"manage")
        return tr("Acceptable under management");
    if (key == u"treat")
        return tr("Treatment required");
    if (key == u"low")
        return tr("Low");
    if (key == u"medium")
        return tr("Medium");
    if (key == u"high")
        return tr("High");
    if (key == u"very-high")
        return tr("Very high");
    return {};
}

QString RiskMethodTerms::defaultLikelihoodName(RiskMethodKind k, int levels, int level)
{
    if (level < 1 || level > levels)
        return {};
    if (k == RiskMethodKind::Ipa || levels == 3) {
        const QString names[] = {tr("Low"), tr("Medium"), tr("High")};
        return names[level - 1];
    }
    if (levels == 4) {
        const QString names[] = {tr("Rare"), tr("Unlikely"), tr("Likely"), tr("Almost certain")};
        return names[level - 1];
    }
    const QString names[] = {tr("Rare"), tr("Unlikely"), tr("Possible"), tr("Likely"),
                             tr("Almost certain")};
    return names[level - 1];
}

QString RiskMethodTerms::defaultImpactName(RiskMethodKind k, int levels, int level)
{
    if (level < 1 || level > levels)
        return {};
    if (k == RiskMethodKind::Ipa)
        return tr("Importance %1").arg(level);
    if (levels == 3) {
        const QString names[] = {tr("Minor"), tr("Moderate"), tr("Major")};
        return names[level - 1];
    }
    if (levels == 4) {
        const QString names[] = {tr("Minor"), tr("Moderate"), tr("Major"), tr("Severe")};
        return names[level - 1];
    }
    const QString names[] = {tr("Negligible"), tr("Minor"), tr("Moderate"), tr("Major"),
                             tr("Severe")};
    return names[level - 1];
}

} // namespace daicho
