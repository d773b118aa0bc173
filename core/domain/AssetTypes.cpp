#include "AssetTypes.h"

namespace daicho {

const QList<AssetClass>& AssetTerms::classes()
{
    static const QList<AssetClass> all{AssetClass::Customer, AssetClass::Test,
                                       AssetClass::Internal};
    return all;
}

const QList<AssetSubtype>& AssetTerms::subtypes()
{
    static const QList<AssetSubtype> all{AssetSubtype::Physical, AssetSubtype::Software,
                                         AssetSubtype::Data, AssetSubtype::Service,
                                         AssetSubtype::Media};
    return all;
}

const QList<PersonalData>& AssetTerms::personalDataKinds()
{
    static const QList<PersonalData> all{PersonalData::None, PersonalData::Personal,
                                         PersonalData::SpecialCare, PersonalData::MyNumber};
    return all;
}

const QList<Priority>& AssetTerms::priorities()
{
    static const QList<Priority> all{Priority::P1, Priority::P2, Priority::P3};
    return all;
}

QString AssetTerms::key(AssetClass c)
{
    switch (c) {
    case AssetClass::Customer:
        return QStringLiteral("customer");
    case AssetClass::Test:
        return QStringLiteral("test");
    case AssetClass::Internal:
        return QStringLiteral("internal");
    }
    Q_UNREACHABLE();
    return {};
}

QString AssetTerms::key(AssetSubtype s)
{
    switch (s) {
    case AssetSubtype::Physical:
        return QStringLiteral("physical");
    case AssetSubtype::Software:
        return QStringLiteral("software");
    case AssetSubtype::Data:
        return QStringLiteral("data");
    case AssetSubtype::Service:
        return QStringLiteral("service");
    case AssetSubtype::Media:
        return QStringLiteral("media");
    }
    Q_UNREACHABLE();
    return {};
}

QString AssetTerms::key(PersonalData p)
{
    switch (p) {
    case PersonalData::None:
        return QStringLiteral("none");
    case PersonalData::Personal:
        return QStringLiteral("personal");
    case PersonalData::SpecialCare:
        return QStringLiteral("special-care");
    case PersonalData::MyNumber:
        return QStringLiteral("my-number");
    }
    Q_UNREACHABLE();
    return {};
}

QString AssetTerms::key(Priority p)
{
    return QLatin1Char('P') + QString::number(rank(p));
}

namespace {
template <typename E>
std::optional<E> fromKey(QStringView key, const QList<E>& all)
{
    for (E e : all) {
        if (AssetTerms::key(e) == key)
            return e;
    }
    return std::nullopt;
}
} // namespace

std::optional<AssetClass> AssetTerms::classFromKey(QStringView k)
{
    return fromKey(k, classes());
}

std::optional<AssetSubtype> AssetTerms::subtypeFromKey(QStringView k)
{
    return fromKey(k, subtypes());
}

std::optional<PersonalData> AssetTerms::personalDataFromKey(QStringView k)
{
    return fromKey(k, personalDataKinds());
}

std::optional<Priority> AssetTerms::priorityFromKey(QStringView k)
{
    return fromKey(k, priorities());
}

QString AssetTerms::label(AssetClass c)
{
    switch (c) {
    case AssetClass::Customer:
        return tr("Customer");
    case AssetClass::Test:
        return tr("Test environment");
    case AssetClass::Internal:
        return tr("Internal");
    }
    Q_UNREACHABLE();
    return {};
}

QString AssetTerms::label(AssetSubtype s)
{
    switch (s) {
    case AssetSubtype::Physical:
        return tr("Physical");
    case AssetSubtype::Software:
        return tr("Software");
    case AssetSubtype::Data:
        return tr("Data");
    case AssetSubtype::Service:
        return tr("Service");
    case AssetSubtype::Media:
        return tr("Magnetic media");
    }
    Q_UNREACHABLE();
    return {};
}

QString AssetTerms::label(PersonalData p)
{
    switch (p) {
    case PersonalData::None:
        return tr("None");
    case PersonalData::Personal:
        return tr("Personal data");
    case PersonalData::SpecialCare:
        return tr("Special-care personal data");
    case PersonalData::MyNumber:
        return tr("My Number data");
    }
    Q_UNREACHABLE();
    return {};
}

QString AssetTerms::label(Priority p)
{
    return key(p);
}

QString AssetTerms::meaning(Priority p)
{
    switch (p) {
    case Priority::P1:
        return tr("Customers' personal data held on the service's servers");
    case Priority::P2:
        return tr("Stable operation of the service (availability and integrity)");
    case Priority::P3:
        return tr("Internal technical and operational information");
    }
    Q_UNREACHABLE();
    return {};
}

bool AssetTerms::subtypeAllowed(AssetClass c, AssetSubtype s)
{
    return s != AssetSubtype::Media || c == AssetClass::Internal;
}

QList<AssetSubtype> AssetTerms::subtypesFor(AssetClass c)
{
    QList<AssetSubtype> out;
    for (AssetSubtype s : subtypes()) {
        if (subtypeAllowed(c, s))
            out.append(s);
    }
    return out;
}

} // namespace daicho
