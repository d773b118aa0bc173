#include "catalogs/Catalogs.h"
#include "support/TestSupport.h"
#include "support/Translations.h"

#include <QMap>
#include <QSet>

using namespace daicho;
using namespace daicho::test;

namespace {

QMap<QString, int> countByTheme(const Catalog& c)
{
    QMap<QString, int> out;
    for (const CatalogControl& ctl : c.controls())
        ++out[ctl.theme];
    return out;
}

} // namespace

TEST_CASE("ISO/IEC 27001:2022 Annex A: 93 controls in four themes", "[catalogs]")
{
    const Catalog& c = Catalogs::iso2022();
    CHECK(c.key() == catalogkey::Iso2022);
    CHECK_FALSE(c.version().isEmpty());
    CHECK(c.controls().size() == 93);
    const auto counts = countByTheme(c);
    CHECK(counts.value(QStringLiteral("organizational")) == 37);
    CHECK(counts.value(QStringLiteral("people")) == 8);
    CHECK(counts.value(QStringLiteral("physical")) == 14);
    CHECK(counts.value(QStringLiteral("technological")) == 34);

    // Numbering: theme N holds N.1 … N.count with no gap, in order.
    const QList<std::pair<QString, int>> themes{{QStringLiteral("organizational"), 5},
                                                {QStringLiteral("people"), 6},
                                                {QStringLiteral("physical"), 7},
                                                {QStringLiteral("technological"), 8}};
    for (const auto& [theme, number] : themes) {
        const auto list = c.controlsOf(theme);
        for (qsizetype i = 0; i < list.size(); ++i)
            CHECK(list.at(i)->id == QStringLiteral("%1.%2").arg(number).arg(i + 1));
    }
    QSet<QString> ids;
    for (const CatalogControl& ctl : c.controls()) {
        ids.insert(ctl.id);
        CHECK_FALSE(ctl.en.isEmpty());
        CHECK_FALSE(ctl.ja.isEmpty());
        CHECK(ctl.en.size() < 80); // short titles, never the control text
    }
    CHECK(ids.size() == 93);
}

TEST_CASE("the 11 controls new in 2022 are flagged, and only they", "[catalogs]")
{
    const QSet<QString> expected{
        QStringLiteral("5.7"),  QStringLiteral("5.23"), QStringLiteral("5.30"),
        QStringLiteral("7.4"),  QStringLiteral("8.9"),  QStringLiteral("8.10"),
        QStringLiteral("8.11"), QStringLiteral("8.12"), QStringLiteral("8.16"),
        QStringLiteral("8.23"), QStringLiteral("8.28")};
    QSet<QString> flagged;
    for (const CatalogControl& ctl : Catalogs::iso2022().controls()) {
        if (ctl.isNew)
            flagged.insert(ctl.id);
    }
    CHECK(flagged == expected);
}

TEST_CASE("ISO/IEC 27001:2013 Annex A: 114 controls in 14 domains", "[catalogs]")
{
    const Catalog& c = Catalogs::iso2013();
    CHECK(c.controls().size() == 114);
    CHECK(c.themes().size() == 14);
    const auto counts = countByTheme(c);
    const QMap<QString, int> expected{
        {QStringLiteral("A.5"), 2},   {QStringLiteral("A.6"), 7},   {QStringLiteral("A.7"), 6},
        {QStringLiteral("A.8"), 10},  {QStringLiteral("A.9"), 14},  {QStringLiteral("A.10"), 2},
        {QStringLiteral("A.11"), 15}, {QStringLiteral("A.12"), 14}, {QStringLiteral("A.13"), 7},
        {QStringLiteral("A.14"), 13}, {QStringLiteral("A.15"), 5},  {QStringLiteral("A.16"), 7},
        {QStringLiteral("A.17"), 4},  {QStringLiteral("A.18"), 8}};
    CHECK(counts == expected);
    for (const CatalogControl& ctl : c.controls())
        CHECK(ctl.id.startsWith(ctl.theme + QLatin1Char('.')));
}

TEST_CASE("every 2013 control maps to existing 2022 controls", "[catalogs]")
{
    const CatalogMapping& m = Catalogs::mapping2013To2022();
    CHECK(m.fromCatalog() == catalogkey::Iso2013);
    CHECK(m.toCatalog() == catalogkey::Iso2022);
    CHECK(m.problems(Catalogs::iso2013(), Catalogs::iso2022()).isEmpty());
    CHECK(m.entries().size() == 114);
    for (const CatalogControl& ctl : Catalogs::iso2013().controls()) {
        const QStringList targets = m.targetsOf(ctl.id);
        CHECK_FALSE(targets.isEmpty());
        for (const QString& t : targets)
            CHECK(Catalogs::iso2022().contains(t));
    }
    // Every 2022 control that is not new has at least one 2013 source; new ones have none.
    for (const CatalogControl& ctl : Catalogs::iso2022().controls())
        CHECK(m.sourcesOf(ctl.id).isEmpty() == ctl.isNew);
}

TEST_CASE("the mapping lines public tables often get wrong", "[catalogs]")
{
    const CatalogMapping& m = Catalogs::mapping2013To2022();
    const QList<std::pair<QString, QStringList>> rows{
        {QStringLiteral("A.6.1.3"), {QStringLiteral("5.5")}},
        {QStringLiteral("A.6.1.4"), {QStringLiteral("5.6")}},
        {QStringLiteral("A.6.1.5"), {QStringLiteral("5.8")}},
        {QStringLiteral("A.9.2.5"), {QStringLiteral("5.18")}},
        {QStringLiteral("A.9.2.6"), {QStringLiteral("5.18")}},
        {QStringLiteral("A.12.6.2"), {QStringLiteral("8.19")}},
        {QStringLiteral("A.12.7.1"), {QStringLiteral("8.34")}},
        {QStringLiteral("A.14.2.3"), {QStringLiteral("8.32")}},
        {QStringLiteral("A.14.2.4"), {QStringLiteral("8.32")}},
        {QStringLiteral("A.13.2.1"), {QStringLiteral("5.14")}},
        {QStringLiteral("A.13.2.2"), {QStringLiteral("5.14")}},
        {QStringLiteral("A.13.2.3"), {QStringLiteral("5.14")}},
        {QStringLiteral("A.13.2.4"), {QStringLiteral("6.6")}},
        {QStringLiteral("A.18.2.3"), {QStringLiteral("5.36"), QStringLiteral("8.8")}},
        {QStringLiteral("A.11.2.8"), {QStringLiteral("8.1")}},
        {QStringLiteral("A.7.2.1"), {QStringLiteral("5.4")}},
        {QStringLiteral("A.18.1.5"), {QStringLiteral("5.31")}},
    };
    for (const auto& [from, to] : rows) {
        INFO(from.toStdString());
        CHECK(m.targetsOf(from) == to);
    }
    // Merged controls show all their sources.
    CHECK(m.sourcesOf(QStringLiteral("7.10")) ==
          QStringList{QStringLiteral("A.8.3.1"), QStringLiteral("A.8.3.2"),
                      QStringLiteral("A.8.3.3"), QStringLiteral("A.11.2.5")});
    CHECK(m.sourcesOf(QStringLiteral("8.32")).size() == 4);
}

TEST_CASE("APPI safety-management measures: seven groups, Japanese and English", "[catalogs]")
{
    const Catalog& c = Catalogs::appi();
    CHECK(c.themes().size() == 7);
    const QStringList themes{QStringLiteral("basic-policy"),
                             QStringLiteral("internal-rules"),
                             QStringLiteral("organizational"),
                             QStringLiteral("people"),
                             QStringLiteral("physical"),
                             QStringLiteral("technical"),
                             QStringLiteral("external-environment")};
    for (const QString& t : themes) {
        INFO(t.toStdString());
        REQUIRE(c.theme(t));
        CHECK_FALSE(c.controlsOf(t).isEmpty());
    }
    CHECK(c.controlsOf(QStringLiteral("organizational")).size() == 5);
    CHECK(c.controlsOf(QStringLiteral("physical")).size() == 4);
    CHECK(c.controlsOf(QStringLiteral("technical")).size() == 4);
    for (const CatalogControl& ctl : c.controls()) {
        CHECK_FALSE(ctl.ja.isEmpty());
        CHECK_FALSE(ctl.en.isEmpty());
    }
}

TEST_CASE("titles follow the UI language", "[catalogs]")
{
    const CatalogControl* ctl = Catalogs::iso2022().find(QStringLiteral("5.23"));
    REQUIRE(ctl);
    Translations::install(QStringLiteral("ja"));
    CHECK(ctl->title() == ctl->ja);
    Translations::install(QStringLiteral("en"));
    CHECK(ctl->title() == QStringLiteral("Information security for use of cloud services"));
}

TEST_CASE("a catalog file that is wrong is refused with where and why", "[catalogs]")
{
    struct Case
    {
        const char* json;
        const char* field;
    };
    const QList<Case> cases{
        {"not json", ""},
        {R"({"format":"something-else"})", "format"},
        {R"({"format":"daicho-control-catalog","formatVersion":9,"catalog":"x","version":"1"})",
         "formatVersion"},
        {R"({"format":"daicho-control-catalog","formatVersion":1,"catalog":"x"})", "catalog"},
        {R"({"format":"daicho-control-catalog","formatVersion":1,"catalog":"x","version":"1",
            "themes":[{"id":"t","en":"T","ja":"T"}],
            "controls":[{"id":"1","theme":"t","en":"a","ja":"a"},
                        {"id":"1","theme":"t","en":"b","ja":"b"}]})",
         "1"},
        {R"({"format":"daicho-control-catalog","formatVersion":1,"catalog":"x","version":"1",
            "themes":[{"id":"t","en":"T","ja":"T"}],
            "controls":[{"id":"2","theme":"nope","en":"a","ja":"a"}]})",
         "2"},
        {R"({"format":"daicho-control-catalog","formatVersion":1,"catalog":"x","version":"1",
            "themes":[{"id":"t","en":"T","ja":"T"}],
            "controls":[{"id":"3","theme":"t","en":"a"}]})",
         "3"},
    };
    for (const Case& c : cases) {
        INFO(c.json);
        auto r = Catalog::fromJson(QByteArray(c.json), QStringLiteral("bad.json"));
        REQUIRE_FALSE(r);
        CHECK(r.error().file == QStringLiteral("bad.json"));
        CHECK(r.error().field == QString::fromLatin1(c.field));
        CHECK_FALSE(r.error().message.isEmpty());
    }
    CHECK_FALSE(Catalogs::find(QStringLiteral("iso27001-2005")));
}

TEST_CASE("a mapping with holes or unknown targets is reported line by line", "[catalogs]")
{
    auto m = CatalogMapping::fromJson(
        R"({"format":"daicho-control-mapping","formatVersion":1,"mapping":"m","version":"1",
            "from":"iso27001-2013","to":"iso27001-2022",
            "entries":[{"from":"A.5.1.1","to":["5.1"]},{"from":"A.5.1.2","to":["9.99"]},
                       {"from":"A.99.1.1","to":["5.1"]}]})",
        QStringLiteral("m.json"));
    REQUIRE(m);
    const QStringList problems = m->problems(Catalogs::iso2013(), Catalogs::iso2022());
    CHECK(problems.filter(QStringLiteral("9.99")).size() == 1);
    CHECK(problems.filter(QStringLiteral("A.99.1.1")).size() == 1);
    CHECK(problems.filter(QStringLiteral("A.6.1.3")).size() == 1); // not mapped
    CHECK(problems.size() == 2 + 112);
}
