#include "domain/Asset.h"
#include "support/TestSupport.h"

using namespace daicho;
using daicho::test::makeAsset;

namespace {
bool hasIssue(const QList<FieldIssue>& issues, AssetField f)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [f](const FieldIssue& i) { return i.field == f; });
}
} // namespace

TEST_CASE("every class x subtype combination: media only for internal", "[domain][rules]")
{
    struct Row
    {
        AssetClass cls;
        AssetSubtype sub;
        bool allowed;
    };
    // The policy's table (DOMAIN.md §1), written out in full.
    const Row table[] = {
        {AssetClass::Customer, AssetSubtype::Physical, true},
        {AssetClass::Customer, AssetSubtype::Software, true},
        {AssetClass::Customer, AssetSubtype::Data, true},
        {AssetClass::Customer, AssetSubtype::Service, true},
        {AssetClass::Customer, AssetSubtype::Media, false},
        {AssetClass::Test, AssetSubtype::Physical, true},
        {AssetClass::Test, AssetSubtype::Software, true},
        {AssetClass::Test, AssetSubtype::Data, true},
        {AssetClass::Test, AssetSubtype::Service, true},
        {AssetClass::Test, AssetSubtype::Media, false},
        {AssetClass::Internal, AssetSubtype::Physical, true},
        {AssetClass::Internal, AssetSubtype::Software, true},
        {AssetClass::Internal, AssetSubtype::Data, true},
        {AssetClass::Internal, AssetSubtype::Service, true},
        {AssetClass::Internal, AssetSubtype::Media, true},
    };
    REQUIRE(std::size(table) ==
            size_t(AssetTerms::classes().size() * AssetTerms::subtypes().size()));
    for (const Row& r : table) {
        INFO(AssetTerms::key(r.cls).toStdString() << " / " << AssetTerms::key(r.sub).toStdString());
        CHECK(AssetTerms::subtypeAllowed(r.cls, r.sub) == r.allowed);
        const auto issues = AssetRules::validate(makeAsset(QStringLiteral("X-1"), r.cls, r.sub));
        CHECK(hasIssue(issues, AssetField::Subtype) == !r.allowed);
        CHECK(AssetTerms::subtypesFor(r.cls).contains(r.sub) == r.allowed);
    }
}

TEST_CASE("a refused subtype names the subtype and the class", "[domain][rules]")
{
    const auto issues = AssetRules::validate(
        makeAsset(QStringLiteral("C-1"), AssetClass::Customer, AssetSubtype::Media));
    REQUIRE(issues.size() == 1);
    CHECK(issues.first().field == AssetField::Subtype);
    CHECK(issues.first().message.contains(AssetTerms::label(AssetSubtype::Media)));
    CHECK(issues.first().message.contains(AssetTerms::label(AssetClass::Customer)));
}

TEST_CASE("CIA values must be 1 to 3", "[domain][rules]")
{
    const int value = GENERATE(-1, 0, 1, 2, 3, 4, 99);
    const bool valid = value >= 1 && value <= 3;
    Asset a = makeAsset(QStringLiteral("X-1"));
    SECTION("confidentiality")
    {
        a.confidentiality = value;
        CHECK(hasIssue(AssetRules::validate(a), AssetField::Confidentiality) == !valid);
    }
    SECTION("integrity")
    {
        a.integrity = value;
        CHECK(hasIssue(AssetRules::validate(a), AssetField::Integrity) == !valid);
    }
    SECTION("availability")
    {
        a.availability = value;
        CHECK(hasIssue(AssetRules::validate(a), AssetField::Availability) == !valid);
    }
}

TEST_CASE("code and name are required and single-line", "[domain][rules]")
{
    Asset a = makeAsset(QStringLiteral("X-1"));
    a.code = QStringLiteral("   ");
    a.name = QString();
    auto issues = AssetRules::validate(a);
    CHECK(hasIssue(issues, AssetField::Code));
    CHECK(hasIssue(issues, AssetField::Name));
    CHECK(issues.size() == 2); // all problems, not just the first

    a.code = QStringLiteral("A\nB");
    a.name = QStringLiteral("ok");
    CHECK(hasIssue(AssetRules::validate(a), AssetField::Code));
    a.code = QString(AssetRules::MaxCodeLength + 1, QLatin1Char('x'));
    CHECK(hasIssue(AssetRules::validate(a), AssetField::Code));
    a.code = QString(AssetRules::MaxCodeLength, QLatin1Char('x'));
    CHECK(AssetRules::validate(a).isEmpty());
}

TEST_CASE("a priority override needs a reason", "[domain][rules][priority]")
{
    Asset a = makeAsset(QStringLiteral("X-1"));
    a.priorityOverride = Priority::P1;
    a.overrideReason = QStringLiteral("  ");
    CHECK(hasIssue(AssetRules::validate(a), AssetField::OverrideReason));
    a.overrideReason = QStringLiteral("holds the VPN keys of the data center");
    CHECK(AssetRules::validate(a).isEmpty());
}

TEST_CASE("importance is max(C, I, A), and 3 with personal data of any kind",
          "[domain][importance]")
{
    struct Row
    {
        int c, i, a;
        PersonalData pd;
        int expected;
    };
    const Row table[] = {
        {1, 1, 1, PersonalData::None, 1},        {2, 1, 1, PersonalData::None, 2},
        {1, 3, 1, PersonalData::None, 3},        {1, 2, 2, PersonalData::None, 2},
        {1, 1, 3, PersonalData::None, 3},        {1, 1, 1, PersonalData::Personal, 3},
        {1, 1, 1, PersonalData::SpecialCare, 3}, {2, 2, 2, PersonalData::MyNumber, 3},
    };
    for (const Row& r : table) {
        Asset a =
            makeAsset(QStringLiteral("X"), AssetClass::Internal, AssetSubtype::Data, r.c, r.i, r.a);
        a.personalData = r.pd;
        INFO(r.c << r.i << r.a << " " << AssetTerms::key(r.pd).toStdString());
        CHECK(a.importance() == r.expected);
        CHECK_FALSE(AssetRules::importanceExplanation(a).isEmpty());
    }
}

TEST_CASE("keys round-trip and unknown keys are refused", "[domain][terms]")
{
    for (AssetClass c : AssetTerms::classes())
        CHECK(AssetTerms::classFromKey(AssetTerms::key(c)) == c);
    for (AssetSubtype s : AssetTerms::subtypes())
        CHECK(AssetTerms::subtypeFromKey(AssetTerms::key(s)) == s);
    for (PersonalData p : AssetTerms::personalDataKinds())
        CHECK(AssetTerms::personalDataFromKey(AssetTerms::key(p)) == p);
    for (Priority p : AssetTerms::priorities())
        CHECK(AssetTerms::priorityFromKey(AssetTerms::key(p)) == p);
    CHECK_FALSE(AssetTerms::classFromKey(u"Customer"));
    CHECK_FALSE(AssetTerms::subtypeFromKey(u"tape"));
}

TEST_CASE("normalising trims text and drops a reason without an override", "[domain][rules]")
{
    Asset a = makeAsset(QStringLiteral("  X-1 "));
    a.owner = QStringLiteral(" 情報システム部　");
    a.overrideReason = QStringLiteral("stale");
    a.customerData = true; // without personal data it means nothing
    const Asset n = AssetRules::normalized(a);
    CHECK(n.code == QStringLiteral("X-1"));
    CHECK(n.owner == QStringLiteral("情報システム部"));
    CHECK(n.overrideReason.isEmpty());
    CHECK_FALSE(n.customerData);
}
