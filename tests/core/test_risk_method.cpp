#include "domain/RiskMethod.h"
#include "support/TestSupport.h"

using namespace daicho;

namespace {

QString bandKeyOf(const RiskMethod& m, const RiskAssessment& a)
{
    return a.band >= 0 ? m.band(a.band).key : QString();
}

} // namespace

TEST_CASE("IPA: every threat x vulnerability x importance combination", "[domain][risk-method]")
{
    struct Row
    {
        int threat, vulnerability, importance;
        int likelihood, value;
        const char* band;
    };
    // DOMAIN.md §3 written out: likelihood by the lookup table, value = importance x
    // likelihood, bands 1–2 accept / 3–4 accept under management / 6–9 treat.
    const Row table[] = {
        {1, 1, 1, 1, 1, "accept"}, {1, 1, 2, 1, 2, "accept"}, {1, 1, 3, 1, 3, "manage"},
        {1, 2, 1, 1, 1, "accept"}, {1, 2, 2, 1, 2, "accept"}, {1, 2, 3, 1, 3, "manage"},
        {1, 3, 1, 1, 1, "accept"}, {1, 3, 2, 1, 2, "accept"}, {1, 3, 3, 1, 3, "manage"},
        {2, 1, 1, 1, 1, "accept"}, {2, 1, 2, 1, 2, "accept"}, {2, 1, 3, 1, 3, "manage"},
        {2, 2, 1, 1, 1, "accept"}, {2, 2, 2, 1, 2, "accept"}, {2, 2, 3, 1, 3, "manage"},
        {2, 3, 1, 2, 2, "accept"}, {2, 3, 2, 2, 4, "manage"}, {2, 3, 3, 2, 6, "treat"},
        {3, 1, 1, 1, 1, "accept"}, {3, 1, 2, 1, 2, "accept"}, {3, 1, 3, 1, 3, "manage"},
        {3, 2, 1, 2, 2, "accept"}, {3, 2, 2, 2, 4, "manage"}, {3, 2, 3, 2, 6, "treat"},
        {3, 3, 1, 3, 3, "manage"}, {3, 3, 2, 3, 6, "treat"},  {3, 3, 3, 3, 9, "treat"},
    };
    REQUIRE(std::size(table) == 27);
    const RiskMethod ipa = RiskMethod::ipaDefault();
    REQUIRE(ipa.validate().isEmpty());
    for (const Row& r : table) {
        INFO("threat " << r.threat << " vulnerability " << r.vulnerability << " importance "
                       << r.importance);
        CHECK(ipa.likelihoodFor(r.threat, r.vulnerability) == r.likelihood);
        RiskScores s;
        s.threat = r.threat;
        s.vulnerability = r.vulnerability;
        s.impact = r.importance;
        const auto a = ipa.assess(s);
        REQUIRE(a.ok());
        CHECK(a->likelihood == r.likelihood);
        CHECK(a->impact == r.importance);
        CHECK(a->value == r.value);
        CHECK(bandKeyOf(ipa, *a) == QString::fromLatin1(r.band));
    }
}

TEST_CASE("IPA: band boundaries and dispositions", "[domain][risk-method]")
{
    const RiskMethod ipa = RiskMethod::ipaDefault();
    struct Row
    {
        int value;
        const char* band;
        RiskDisposition disposition;
    };
    const Row table[] = {
        {1, "accept", RiskDisposition::Accept},
        {2, "accept", RiskDisposition::Accept},
        {3, "manage", RiskDisposition::AcceptManaged},
        {4, "manage", RiskDisposition::AcceptManaged},
        {6, "treat", RiskDisposition::Treat},
        {9, "treat", RiskDisposition::Treat},
    };
    for (const Row& r : table) {
        INFO("value " << r.value);
        const int b = ipa.bandFor(r.value);
        REQUIRE(b >= 0);
        CHECK(ipa.band(b).key == QString::fromLatin1(r.band));
        CHECK(ipa.band(b).disposition == r.disposition);
    }
    CHECK(ipa.bandFor(0) == -1);
    CHECK(ipa.bandFor(10) == -1);
}

TEST_CASE("IPA: missing or out-of-range inputs are refused with the field", "[domain][risk-method]")
{
    const RiskMethod ipa = RiskMethod::ipaDefault();
    struct Row
    {
        RiskScores s;
        const char* field;
    };
    const Row table[] = {
        {{0, 2, 0, 2}, "threat"},        {{4, 2, 0, 2}, "threat"}, {{2, 0, 0, 2}, "vulnerability"},
        {{2, 4, 0, 2}, "vulnerability"}, {{2, 2, 0, 0}, "assets"}, {{2, 2, 0, 4}, "assets"},
    };
    for (const Row& r : table) {
        const auto a = ipa.assess(r.s);
        REQUIRE_FALSE(a.ok());
        CHECK(a.error().field == QString::fromLatin1(r.field));
        CHECK_FALSE(a.error().message.isEmpty());
    }
}

TEST_CASE("matrix: every cell of 3x3, 4x4 and 5x5 defaults scores and falls in one band",
          "[domain][risk-method]")
{
    for (int size = RiskMethod::MinLevels; size <= RiskMethod::MaxLevels; ++size) {
        const RiskMethod m = RiskMethod::matrixDefault(size);
        INFO("size " << size);
        REQUIRE(m.validate().isEmpty());
        CHECK(m.maxValue() == size * size);
        for (int l = 1; l <= size; ++l) {
            for (int i = 1; i <= size; ++i) {
                const auto a = m.assess(RiskScores{0, 0, l, i});
                REQUIRE(a.ok());
                CHECK(a->value == l * i);
                CHECK(a->band >= 0);
            }
        }
        CHECK_FALSE(m.assess(RiskScores{0, 0, size + 1, 1}).ok());
        CHECK_FALSE(m.assess(RiskScores{0, 0, 1, 0}).ok());
        CHECK(m.assess(RiskScores{0, 0, 0, 1}).error().field == u"likelihood");
        CHECK(m.assess(RiskScores{0, 0, 1, size + 1}).error().field == u"impact");
    }
}

TEST_CASE("matrix 5x5: band boundaries", "[domain][risk-method]")
{
    const RiskMethod m = RiskMethod::matrixDefault(5);
    struct Row
    {
        int likelihood, impact;
        const char* band;
    };
    const Row table[] = {
        {1, 1, "low"},       {2, 2, "low"},       {1, 4, "low"},    {1, 5, "medium"},
        {3, 3, "medium"},    {2, 5, "high"},      {4, 4, "high"},   {3, 5, "high"},
        {4, 5, "very-high"}, {5, 5, "very-high"}, {5, 1, "medium"}, {2, 4, "medium"},
        {5, 4, "very-high"},
    };
    for (const Row& r : table) {
        INFO(r.likelihood << " x " << r.impact);
        const auto a = m.assess(RiskScores{0, 0, r.likelihood, r.impact});
        REQUIRE(a.ok());
        CHECK(m.band(a->band).key == QString::fromLatin1(r.band));
    }
    CHECK(m.band(m.bandFor(25)).disposition == RiskDisposition::Treat);
    CHECK(m.band(m.bandFor(4)).disposition == RiskDisposition::Accept);
}

TEST_CASE("edited bands and names: what the officer sets is used", "[domain][risk-method]")
{
    RiskMethod m = RiskMethod::matrixDefault(4);
    m.likelihoodNames = {QStringLiteral("まれ"), QString(), QStringLiteral("しばしば"),
                         QStringLiteral("常に")};
    m.bands[0].name = QStringLiteral("許容");
    m.bands[0].max = 4;
    m.bands[1].min = 5;
    REQUIRE(m.validate().isEmpty());
    CHECK(m.likelihoodName(1) == u"まれ");
    CHECK(m.likelihoodName(2) == RiskMethodTerms::defaultLikelihoodName(m.kind, 4, 2));
    CHECK(m.bandLabel(0) == u"許容");
    CHECK(m.band(m.assess(RiskScores{0, 0, 2, 2})->band).key == u"low");
}

TEST_CASE("a method with gaps, overlaps or wrong sizes is refused", "[domain][risk-method]")
{
    struct Row
    {
        const char* what;
        std::function<void(RiskMethod&)> edit;
    };
    const Row table[] = {
        {"gap",
         [](RiskMethod& m) {
             m.bands[1].min = 6;
         }},
        {"overlap",
         [](RiskMethod& m) {
             m.bands[1].min = 4;
         }},
        {"short",
         [](RiskMethod& m) {
             m.bands.last().max = 24;
         }},
        {"inverted",
         [](RiskMethod& m) {
             m.bands[0].max = 0;
         }},
        {"duplicate key",
         [](RiskMethod& m) {
             m.bands[1].key = m.bands[0].key;
         }},
        {"empty key",
         [](RiskMethod& m) {
             m.bands[1].key = QStringLiteral("  ");
         }},
        {"less for higher",
         [](RiskMethod& m) {
             m.bands[3].disposition = RiskDisposition::Accept;
         }},
        {"too big",
         [](RiskMethod& m) {
             m.likelihoodLevels = 6;
         }},
        {"too small",
         [](RiskMethod& m) {
             m.impactLevels = 2;
         }},
        {"names",
         [](RiskMethod& m) {
             m.impactNames = {QStringLiteral("a")};
         }},
        {"no bands",
         [](RiskMethod& m) {
             m.bands.clear();
         }},
        {"long name",
         [](RiskMethod& m) {
             m.name = QString(101, QLatin1Char('x'));
         }},
    };
    for (const Row& r : table) {
        INFO(r.what);
        RiskMethod m = RiskMethod::matrixDefault(5);
        r.edit(m);
        CHECK_FALSE(m.validate().isEmpty());
    }
    RiskMethod ipa = RiskMethod::ipaDefault();
    ipa.lookup[2][2] = 4;
    CHECK_FALSE(ipa.validate().isEmpty());
    ipa = RiskMethod::ipaDefault();
    ipa.likelihoodLevels = 4;
    CHECK_FALSE(ipa.validate().isEmpty());
}

TEST_CASE("level scaling maps ends to ends", "[domain][risk-method]")
{
    struct Row
    {
        int l, n, m, expected;
    };
    const Row table[] = {
        {1, 3, 5, 1}, {2, 3, 5, 3}, {3, 3, 5, 5}, {1, 5, 3, 1}, {2, 5, 3, 2}, {3, 5, 3, 2},
        {4, 5, 3, 3}, {5, 5, 3, 3}, {2, 4, 5, 2}, {3, 4, 5, 4}, {3, 3, 3, 3}, {0, 3, 5, 0},
    };
    for (const Row& r : table) {
        INFO(r.l << " of " << r.n << " onto " << r.m);
        CHECK(RiskMethod::scaleLevel(r.l, r.n, r.m) == r.expected);
    }
}

TEST_CASE("carrying scores over between methods", "[domain][risk-method]")
{
    const RiskMethod ipa = RiskMethod::ipaDefault();
    const RiskMethod m5 = RiskMethod::matrixDefault(5);
    const RiskMethod m3 = RiskMethod::matrixDefault(3);

    // IPA → 5x5: IPA likelihood 2 (threat 3, vulnerability 2) → 3; importance 3 → 5.
    const RiskScores toMatrix = RiskMethod::carryOver(RiskScores{3, 2, 0, 3}, ipa, m5, 3);
    CHECK(toMatrix.likelihood == 3);
    CHECK(toMatrix.impact == 5);
    CHECK(toMatrix.threat == 3); // kept for a way back
    // ... and back to IPA gives the same inputs.
    const RiskScores back = RiskMethod::carryOver(toMatrix, m5, ipa, 3);
    CHECK(back == RiskScores{3, 2, 0, 3});
    // Matrix scores with no threat/vulnerability: threat = scaled likelihood, vulnerability 3.
    const RiskScores fromPlain = RiskMethod::carryOver(RiskScores{0, 0, 5, 4}, m5, ipa, 2);
    CHECK(fromPlain == RiskScores{3, 3, 0, 2});
    CHECK(ipa.assess(fromPlain)->likelihood == 3);
    // 5x5 → 3x3 scales both axes.
    const RiskScores shrunk = RiskMethod::carryOver(RiskScores{0, 0, 4, 2}, m5, m3, 0);
    CHECK(shrunk.likelihood == 3);
    CHECK(shrunk.impact == 2);
    // IPA → IPA keeps threat and vulnerability; impact follows the importance.
    CHECK(RiskMethod::carryOver(RiskScores{2, 3, 0, 1}, ipa, ipa, 3) == RiskScores{2, 3, 0, 3});
}

TEST_CASE("method kinds and dispositions have stable keys", "[domain][risk-method]")
{
    for (RiskMethodKind k : {RiskMethodKind::Ipa, RiskMethodKind::Matrix}) {
        CHECK(RiskMethodTerms::kindFromKey(RiskMethodTerms::key(k)) == k);
        CHECK_FALSE(RiskMethodTerms::label(k).isEmpty());
    }
    for (RiskDisposition d :
         {RiskDisposition::Accept, RiskDisposition::AcceptManaged, RiskDisposition::Treat}) {
        CHECK(RiskMethodTerms::dispositionFromKey(RiskMethodTerms::key(d)) == d);
        CHECK_FALSE(RiskMethodTerms::label(d).isEmpty());
    }
    CHECK_FALSE(RiskMethodTerms::kindFromKey(u"excel").has_value());
    CHECK(RiskMethod::ipaDefault().sameDefinition(RiskMethod::ipaDefault()));
    CHECK_FALSE(RiskMethod::ipaDefault().sameDefinition(RiskMethod::matrixDefault(3)));
}
