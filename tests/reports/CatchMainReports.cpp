// main() for the report tests: a QGuiApplication (fonts and painting need one) on the
// offscreen platform, a fixed actor name, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "support/Actor.h"

#include <QGuiApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    daicho::Actor::setOverride(QStringLiteral("tester"));
    return Catch::Session().run(argc, argv);
}
