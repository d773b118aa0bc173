#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace daicho {

// How a risk is scored. IPA's method (DOMAIN.md §3) derives likelihood from threat and
// vulnerability through a lookup table and takes impact from the assets' importance; the
// ISO 27005-style matrix takes likelihood and impact as the officer judges them.
enum class RiskMethodKind
{
    Ipa,
    Matrix,
};

// What a band of risk values asks of the officer.
enum class RiskDisposition
{
    Accept,        // acceptable as it is
    AcceptManaged, // acceptable under management (watched, reviewed)
    Treat,         // not acceptable: must be treated
};

// A band of risk values [min, max] with a name, e.g. 6–9 "treat".
struct RiskBand
{
    QString key;  // stable, unique within a method ("accept", "high", …)
    QString name; // the officer's name for it; empty: the built-in label of the key
    int min = 1;
    int max = 1;
    RiskDisposition disposition = RiskDisposition::Accept;

    bool operator==(const RiskBand&) const = default;
};

// The inputs an officer gives for one assessment (inherent or residual). Which ones count
// depends on the method: IPA uses threat and vulnerability (impact is the assets'
// importance); the matrix uses likelihood and impact.
struct RiskScores
{
    int threat = 0;        // IPA 1–3, 0 = not given
    int vulnerability = 0; // IPA 1–3
    int likelihood = 0;    // matrix 1..likelihoodLevels
    int impact = 0;        // matrix 1..impactLevels (IPA: the importance, given by the caller)

    bool operator==(const RiskScores&) const = default;
};

// The outcome of scoring: likelihood × impact = value, and the band it falls in.
struct RiskAssessment
{
    int likelihood = 0;
    int impact = 0;
    int value = 0;
    int band = -1; // index into RiskMethod::bands

    bool operator==(const RiskAssessment&) const = default;
};

// A risk assessment method as data. Each saved edit is a new version; risks record the
// version that scored them.
struct RiskMethod
{
    static constexpr int MinLevels = 3;
    static constexpr int MaxLevels = 5;
    static constexpr int MaxNameLength = 100;

    RiskMethodKind kind = RiskMethodKind::Ipa;
    int version = 0; // 0 until stored
    QString name;    // empty: the built-in name of the kind
    int likelihoodLevels = 3;
    int impactLevels = 3;
    QStringList likelihoodNames; // one per level, 1 first; an empty entry: the default name
    QStringList impactNames;
    // IPA only: likelihood for [threat-1][vulnerability-1].
    std::array<std::array<int, 3>, 3> lookup{};
    QList<RiskBand> bands; // ascending, contiguous from 1 to likelihoodLevels × impactLevels

    // IPA's sheet (付録7): lookup as DOMAIN.md §3, bands 1–2 / 3–4 / 6–9.
    static RiskMethod ipaDefault();
    // An ISO 27005-style matrix of `size`×`size` (3..5) with four bands (three for 3×3).
    static RiskMethod matrixDefault(int size = 5);

    // Equal in everything that affects scoring or display (not the version).
    bool sameDefinition(const RiskMethod& other) const;

    // IPA: likelihood from threat and vulnerability (0 when either is out of 1–3).
    int likelihoodFor(int threat, int vulnerability) const;
    // The band index holding `value`, or -1.
    int bandFor(int value) const;
    // Scores `s`. For IPA, `s.impact` must be the importance (1–3) of the risk's assets.
    // Refused (with the field named) when an input is missing or out of range.
    Result<RiskAssessment> assess(const RiskScores& s) const;

    const RiskBand& band(int index) const { return bands.at(index); }
    QString bandLabel(int index) const;
    QString displayName() const;
    QString likelihoodName(int level) const; // 1-based
    QString impactName(int level) const;
    int maxValue() const { return likelihoodLevels * impactLevels; }

    // Everything that makes the method unusable, each problem once.
    QStringList validate() const;

    // The inputs a risk scored under `from` gets under `to`, so a method change can be
    // previewed and applied by the same rule. Same kind: the inputs are kept (levels scaled
    // to a new size). IPA → matrix: likelihood is IPA's likelihood, impact the importance,
    // both scaled. Matrix → IPA: kept threat and vulnerability when present, otherwise threat
    // = the likelihood scaled to 1–3 with vulnerability 3 (which gives that likelihood back).
    static RiskScores carryOver(const RiskScores& s, const RiskMethod& from, const RiskMethod& to,
                                int importance);
    // Level `l` of `n` mapped onto `m` levels, ends to ends (1 → 1, n → m).
    static int scaleLevel(int l, int n, int m);
};

// Stable keys and translated labels for the method's enums and built-in band keys.
class RiskMethodTerms
{
    Q_DECLARE_TR_FUNCTIONS(RiskMethodTerms)

public:
    static QString key(RiskMethodKind k);
    static QString key(RiskDisposition d);
    static std::optional<RiskMethodKind> kindFromKey(QStringView key);
    static std::optional<RiskDisposition> dispositionFromKey(QStringView key);
    static QString label(RiskMethodKind k);
    static QString label(RiskDisposition d);
    // The label of a built-in band key ("accept", "low", …); empty for others.
    static QString bandKeyLabel(const QString& key);
    static QString defaultLikelihoodName(RiskMethodKind k, int levels, int level);
    static QString defaultImpactName(RiskMethodKind k, int levels, int level);
};

} // namespace daicho
