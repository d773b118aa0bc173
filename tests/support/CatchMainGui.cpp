// main() for widget tests: a QApplication on the offscreen platform, a fixed actor name,
// English UI text, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "support/Actor.h"
#include "support/Translations.h"

#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaichoTests"));
    QApplication::setApplicationName(QStringLiteral("daicho-ui-tests"));
    daicho::Actor::setOverride(QStringLiteral("tester"));
    daicho::Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
