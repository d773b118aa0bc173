#include "csv/AssetColumns.h"
#include "csv/AssetValues.h"
#include "csv/ColumnMapping.h"
#include "csv/CsvWriter.h"
#include "support/TestSupport.h"

#include <QBuffer>
#include <QTemporaryDir>

using namespace daicho;

namespace {

template <typename T>
std::optional<T> value(const AssetValues::Parsed<T>& p)
{
    if (const T* v = std::get_if<T>(&p))
        return *v;
    return std::nullopt;
}

} // namespace

TEST_CASE("headers are recognised in Japanese and English", "[csv][columns]")
{
    struct Row
    {
        const char* header;
        const char* key;
    };
    const Row table[] = {
        {"code", "code"},
        {"資産ID", "code"},
        {"管理番号", "code"},
        {"ＣＯＤＥ", "code"},
        {" Asset ID ", "code"},
        {"情報資産名称", "name"},
        {"資産名", "name"},
        {"Name", "name"},
        {"資産区分", "class"},
        {"asset_class", "class"},
        {"種別", "subtype"},
        {"管理部署", "owner"},
        {"媒体・保存先", "location"},
        {"保管場所", "location"},
        {"機密性", "confidentiality"},
        {"機密性(C)", "confidentiality"},
        {"機密性（Ｃ）", "confidentiality"},
        {"完全性", "integrity"},
        {"可用性", "availability"},
        {"個人情報", "personal_data"},
        {"要配慮個人情報", "special_care_flag"},
        {"特定個人情報", "my_number_flag"},
        {"備考", "notes"},
        {"保存期限", "retention"},
        {"利用者範囲", "user_scope"},
        {"業務分類", "business_area"},
        {"重要度", "importance"},
        {"登録日", "registered"},
        {"Customers' data", "customer_data"},
        {"next_review", "next_review"},
        {"Priority override", "priority_override"},
        {"好きな列", ""},
        {"", ""},
    };
    for (const Row& r : table) {
        INFO(r.header);
        CHECK(AssetColumns::keyForHeader(QString::fromUtf8(r.header)) == QString::fromUtf8(r.key));
    }
    // Every column an export writes is recognised by its own header.
    for (const QString& key : AssetColumns::exportKeys())
        CHECK(AssetColumns::keyForHeader(AssetColumns::label(key)) == key);
}

TEST_CASE("asset class and subtype values in both languages", "[csv][values]")
{
    struct ClassRow
    {
        const char* text;
        std::optional<AssetClass> expected;
    };
    const ClassRow classes[] = {
        {"customer", AssetClass::Customer},
        {"Customer", AssetClass::Customer},
        {"顧客用", AssetClass::Customer},
        {"情報資産(顧客用)", AssetClass::Customer},
        {"試験環境用", AssetClass::Test},
        {"test", AssetClass::Test},
        {"その他社内用", AssetClass::Internal},
        {" internal ", AssetClass::Internal},
        {"ｲﾝﾀｰﾅﾙ", std::nullopt},
        {"external", std::nullopt},
    };
    for (const ClassRow& r : classes) {
        INFO(r.text);
        CHECK(value(AssetValues::assetClass(QString::fromUtf8(r.text))) == r.expected);
    }
    struct SubRow
    {
        const char* text;
        std::optional<AssetSubtype> expected;
    };
    const SubRow subs[] = {
        {"physical", AssetSubtype::Physical},
        {"物理資産", AssetSubtype::Physical},
        {"ソフトウェア", AssetSubtype::Software},
        {"ｿﾌﾄｳｪｱ", AssetSubtype::Software},
        {"データ", AssetSubtype::Data},
        {"サービス", AssetSubtype::Service},
        {"磁気媒体", AssetSubtype::Media},
        {"media", AssetSubtype::Media},
        {"paper", std::nullopt},
    };
    for (const SubRow& r : subs) {
        INFO(r.text);
        CHECK(value(AssetValues::subtype(QString::fromUtf8(r.text))) == r.expected);
    }
}

TEST_CASE("CIA values, full-width digits and the IPA 0-2 scale", "[csv][values]")
{
    struct Row
    {
        const char* text;
        bool zeroBased;
        std::optional<int> expected;
    };
    const Row table[] = {
        {"1", false, 1},  {"3", false, 3},  {"３", false, 3},  {" 2 ", false, 2},
        {"0", false, {}}, {"4", false, {}}, {"-1", false, {}}, {"abc", false, {}},
        {"", false, {}},  {"高", false, 3}, {"中", false, 2},  {"低", false, 1},
        {"0", true, 1},   {"2", true, 3},   {"３", true, {}},  {"1", true, 2},
    };
    for (const Row& r : table) {
        INFO(r.text << " zeroBased=" << r.zeroBased);
        CHECK(value(AssetValues::cia(QString::fromUtf8(r.text), r.zeroBased)) == r.expected);
    }
    const auto zero = AssetValues::cia(QStringLiteral("0"), false);
    REQUIRE(std::holds_alternative<QString>(zero));
    CHECK(std::get<QString>(zero).contains(QStringLiteral("0–2")));
}

// Each reader remembers the last few values it understood (a column repeats a handful): the
// answers must be the same in any order, per scale, and a value refused stays refused.
TEST_CASE("values read again and in turn give the same answers", "[csv][values]")
{
    for (int round = 0; round < 3; ++round) {
        INFO("round " << round);
        CHECK(value(AssetValues::cia(QStringLiteral("2"), false)) == 2);
        CHECK(value(AssetValues::cia(QStringLiteral("2"), true)) == 3);
        CHECK(value(AssetValues::cia(QStringLiteral("1"), false)) == 1);
        CHECK(value(AssetValues::cia(QStringLiteral("0"), false)) == std::nullopt);
        CHECK(value(AssetValues::cia(QStringLiteral("0"), true)) == 1);
        for (const char* text : {"a", "b", "c", "d", "e", "f"}) // more than are remembered
            CHECK(value(AssetValues::cia(QString::fromUtf8(text), false)) == std::nullopt);
        CHECK(value(AssetValues::assetClass(QStringLiteral("顧客用"))) == AssetClass::Customer);
        CHECK(value(AssetValues::assetClass(QStringLiteral("test"))) == AssetClass::Test);
        CHECK(value(AssetValues::assetClass(QStringLiteral("bogus"))) == std::nullopt);
        CHECK(value(AssetValues::yesNo(QStringLiteral("○"))) == true);
        CHECK(value(AssetValues::yesNo(QStringLiteral("×"))) == false);
        CHECK(value(AssetValues::date(QStringLiteral("2027-04-01"))) == QDate(2027, 4, 1));
        CHECK(value(AssetValues::date(QStringLiteral("2027-02-30"))) == std::nullopt);
    }
}

TEST_CASE("yes/no in every common spelling", "[csv][values]")
{
    struct Row
    {
        const char* text;
        std::optional<bool> expected;
    };
    const Row table[] = {
        {"○", true},      {"〇", true},   {"◯", true},   {"有", true},    {"あり", true},
        {"yes", true},    {"TRUE", true}, {"1", true},   {"１", true},    {"はい", true},
        {"×", false},     {"✕", false},   {"無", false}, {"なし", false}, {"no", false},
        {"false", false}, {"0", false},   {"", false},   {"-", false},    {"maybe", std::nullopt},
    };
    for (const Row& r : table) {
        INFO(r.text);
        CHECK(value(AssetValues::yesNo(QString::fromUtf8(r.text))) == r.expected);
    }
}

TEST_CASE("personal data kinds and flags", "[csv][values]")
{
    struct Row
    {
        const char* text;
        std::optional<PersonalData> expected;
    };
    const Row table[] = {
        {"none", PersonalData::None},
        {"", PersonalData::None},
        {"personal", PersonalData::Personal},
        {"special-care", PersonalData::SpecialCare},
        {"要配慮個人情報", PersonalData::SpecialCare},
        {"my-number", PersonalData::MyNumber},
        {"特定個人情報", PersonalData::MyNumber},
        {"○", PersonalData::Personal},
        {"×", PersonalData::None},
        {"lots", std::nullopt},
    };
    for (const Row& r : table) {
        INFO(r.text);
        CHECK(value(AssetValues::personalData(QString::fromUtf8(r.text))) == r.expected);
    }
}

TEST_CASE("dates and priorities", "[csv][values]")
{
    CHECK(value(AssetValues::date(QStringLiteral("2026-04-01"))) == QDate(2026, 4, 1));
    CHECK(value(AssetValues::date(QStringLiteral("2026/4/1"))) == QDate(2026, 4, 1));
    CHECK(value(AssetValues::date(QStringLiteral("２０２６年４月１日"))) == QDate(2026, 4, 1));
    CHECK(value(AssetValues::date(QString())) == QDate());
    CHECK_FALSE(value(AssetValues::date(QStringLiteral("2026-02-30"))).has_value());
    CHECK_FALSE(value(AssetValues::date(QStringLiteral("2026-13-01"))).has_value());
    CHECK_FALSE(value(AssetValues::date(QStringLiteral("2026-0a-01"))).has_value());
    CHECK(value(AssetValues::date(QStringLiteral(" 2026-12-31 "))) == QDate(2026, 12, 31));
    CHECK(value(AssetValues::date(QStringLiteral("2026-4-01"))) == QDate(2026, 4, 1));
    CHECK_FALSE(value(AssetValues::date(QStringLiteral("next year"))).has_value());
    CHECK(value(AssetValues::priority(QStringLiteral("P1"))) ==
          std::optional<Priority>(Priority::P1));
    CHECK(value(AssetValues::priority(QStringLiteral("3"))) ==
          std::optional<Priority>(Priority::P3));
    CHECK(value(AssetValues::priority(QString())) ==
          std::optional<std::optional<Priority>>(std::optional<Priority>()));
    CHECK_FALSE(value(AssetValues::priority(QStringLiteral("P9"))).has_value());
}

TEST_CASE("formula cells are neutralised and restored exactly", "[csv][writer]")
{
    struct Row
    {
        const char* value;
        const char* written;
    };
    const Row table[] = {
        {"=SUM(A1)", "'=SUM(A1)"},
        {"+81 3", "'+81 3"},
        {"-5", "'-5"},
        {"@cmd", "'@cmd"},
        {"\tx", "'\tx"},
        {"\rx", "'\rx"},
        {"'=x", "''=x"},
        {"'plain", "'plain"},
        {"a=b", "a=b"},
        {"", ""},
        {"'", "'"},
    };
    for (const Row& r : table) {
        const QString v = QString::fromUtf8(r.value);
        INFO(r.value);
        CHECK(CsvWriter::neutralised(v) == QString::fromUtf8(r.written));
        CHECK(CsvWriter::restoreNeutralised(CsvWriter::neutralised(v)) == v);
        QString inPlace = CsvWriter::neutralised(v);
        CsvWriter::restoreNeutralisedInPlace(inPlace);
        CHECK(inPlace == v);
    }
}

TEST_CASE("the writer quotes what needs quoting and refuses what CP932 cannot hold",
          "[csv][writer]")
{
    QBuffer buf;
    REQUIRE(buf.open(QIODevice::WriteOnly));
    CsvWriter w(buf, CsvEncoding::Utf8Bom);
    REQUIRE(
        w.writeRecord({QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                       QStringLiteral("l1\nl2"), QStringLiteral(" pad"), QStringLiteral("資産")})
            .ok());
    REQUIRE(w.flush().ok());
    CHECK(buf.data() == QByteArray("\xEF\xBB\xBF\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\",\" pad\",") +
                            QStringLiteral("資産").toUtf8() + "\r\n");

    QBuffer sj;
    REQUIRE(sj.open(QIODevice::WriteOnly));
    CsvWriter w2(sj, CsvEncoding::Cp932);
    REQUIRE(w2.writeRecord({QStringLiteral("①㈱髙")}).ok());
    Status bad = w2.writeRecord({QStringLiteral("ok"), QStringLiteral("emoji 😀 here")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().column == 2);
    CHECK(bad.error().message.contains(QStringLiteral("(the character \"😀\")")));
}

TEST_CASE("a column mapping saves and loads as JSON", "[csv][mapping]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("map.json"));
    const QStringList headers{QStringLiteral("番号"), QStringLiteral("資産名"),
                              QStringLiteral("謎の列"), QStringLiteral("機密性")};
    ColumnMapping m = ColumnMapping::automatic(headers, &AssetColumns::keyForHeader);
    CHECK(m.target(0).isEmpty());
    CHECK(m.target(1) == QStringLiteral("name"));
    CHECK(m.target(2).isEmpty());
    CHECK(m.target(3) == QStringLiteral("confidentiality"));
    m.setTarget(0, QStringLiteral("code"));
    REQUIRE(m.save(path, QStringLiteral("assets")).ok());

    // A later file with the same headers in another order, one spelled differently.
    const QStringList later{QStringLiteral("機密性"), QStringLiteral("番号 "),
                            QStringLiteral("資産名")};
    auto loaded =
        ColumnMapping::load(path, QStringLiteral("assets"), later, &AssetColumns::keyForHeader,
                            AssetColumns::keys(), &AssetColumns::normalisedHeader);
    REQUIRE(loaded);
    CHECK(loaded->target(0) == QStringLiteral("confidentiality"));
    CHECK(loaded->target(1) == QStringLiteral("code"));
    CHECK(loaded->target(2) == QStringLiteral("name"));

    auto wrongTable =
        ColumnMapping::load(path, QStringLiteral("risks"), later, &AssetColumns::keyForHeader,
                            AssetColumns::keys(), &AssetColumns::normalisedHeader);
    CHECK_FALSE(wrongTable);

    test::writeBytes(path,
                     R"({"format":"daicho-column-mapping","version":1,"columns":{"x":"nope"}})");
    auto badKey =
        ColumnMapping::load(path, QStringLiteral("assets"), later, &AssetColumns::keyForHeader,
                            AssetColumns::keys(), &AssetColumns::normalisedHeader);
    REQUIRE_FALSE(badKey);
    CHECK(badKey.error().message.contains(QStringLiteral("nope")));
    test::writeBytes(path, "not json");
    CHECK_FALSE(ColumnMapping::load(path, QStringLiteral("assets"), later,
                                    &AssetColumns::keyForHeader, AssetColumns::keys(),
                                    &AssetColumns::normalisedHeader));
}
