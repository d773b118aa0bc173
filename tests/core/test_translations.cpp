#include "domain/AssetTypes.h"
#include "support/TestSupport.h"
#include "support/Translations.h"

#include <QRegularExpression>

using namespace daicho;

TEST_CASE("Japanese is complete and uses the glossary's terms", "[i18n]")
{
    const QString ts = QString::fromUtf8(
        test::readBytes(QStringLiteral(DAICHO_SOURCE_DIR "/resources/translations/daicho_ja.ts")));
    const auto messages = ts.count(QStringLiteral("<message"));
    CHECK(messages > 50);
    // An untranslated or vanished string is a visible hole in the Japanese UI.
    CHECK(ts.count(QStringLiteral("type=\"unfinished\"")) == 0);
    CHECK(ts.count(QStringLiteral("type=\"vanished\"")) == 0);
    CHECK(ts.count(QStringLiteral("type=\"obsolete\"")) == 0);

    REQUIRE(Translations::install(QStringLiteral("ja")) == QStringLiteral("ja"));
    CHECK(AssetTerms::label(AssetClass::Customer) == QStringLiteral("顧客用"));
    CHECK(AssetTerms::label(AssetClass::Test) == QStringLiteral("試験環境用"));
    CHECK(AssetTerms::label(AssetClass::Internal) == QStringLiteral("その他社内用"));
    CHECK(AssetTerms::label(AssetSubtype::Physical) == QStringLiteral("物理資産"));
    CHECK(AssetTerms::label(AssetSubtype::Media) == QStringLiteral("磁気媒体"));

    REQUIRE(Translations::install(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(AssetTerms::label(AssetClass::Customer) == QStringLiteral("Customer"));
}
