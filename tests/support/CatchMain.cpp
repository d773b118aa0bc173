// One main() for every core and CLI test executable: a QCoreApplication (QtSql and
// translators need one), a fixed actor name, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "support/Actor.h"

#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    daicho::Actor::setOverride(QStringLiteral("tester"));
    return Catch::Session().run(argc, argv);
}
