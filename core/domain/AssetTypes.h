#pragma once

#include <QCoreApplication>
#include <QHashFunctions>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// The three classes of information asset the ISMS policy protects (DOMAIN.md §1).
enum class AssetClass
{
    Customer,
    Test,
    Internal
};

enum class AssetSubtype
{
    Physical,
    Software,
    Data,
    Service,
    Media
};

// What kind of personal data an asset holds; the strictest kind present is recorded.
enum class PersonalData
{
    None,
    Personal,
    SpecialCare,
    MyNumber
};

// P1 is the highest priority.
enum class Priority
{
    P1 = 1,
    P2 = 2,
    P3 = 3
};

// Stable keys (stored in the register file, used in CSV and on the command line) and the
// translated labels shown to people. Keys never change; labels follow the UI language.
class AssetTerms
{
    Q_DECLARE_TR_FUNCTIONS(AssetTerms)

public:
    static const QList<AssetClass>& classes();
    static const QList<AssetSubtype>& subtypes();
    static const QList<PersonalData>& personalDataKinds();
    static const QList<Priority>& priorities();

    static QString key(AssetClass c);
    static QString key(AssetSubtype s);
    static QString key(PersonalData p);
    static QString key(Priority p); // "P1"

    static std::optional<AssetClass> classFromKey(QStringView key);
    static std::optional<AssetSubtype> subtypeFromKey(QStringView key);
    static std::optional<PersonalData> personalDataFromKey(QStringView key);
    static std::optional<Priority> priorityFromKey(QStringView key);

    static QString label(AssetClass c);
    static QString label(AssetSubtype s);
    static QString label(PersonalData p);
    static QString label(Priority p);
    // One sentence per priority, as the policy states it.
    static QString meaning(Priority p);

    // Subtypes a class admits: media only for internal assets (the policy's 磁気媒体).
    static bool subtypeAllowed(AssetClass c, AssetSubtype s);
    static QList<AssetSubtype> subtypesFor(AssetClass c);
};

// So the enums can be kept in QSet and QHash.
inline size_t qHash(AssetClass v, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(v), seed);
}
inline size_t qHash(AssetSubtype v, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(v), seed);
}
inline size_t qHash(PersonalData v, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(v), seed);
}
inline size_t qHash(Priority v, size_t seed = 0) noexcept
{
    return ::qHash(static_cast<int>(v), seed);
}

inline int rank(Priority p)
{
    return static_cast<int>(p);
}

// The higher (more important) of two priorities: P1 beats P2 beats P3.
inline Priority higher(Priority a, Priority b)
{
    return rank(a) <= rank(b) ? a : b;
}

} // namespace daicho
