// main() for widget tests: a QApplication on the offscreen platform, a fixed actor name,
// English UI text, then Catch2.
#define CATCH_CONFIG_RUNNER
#include "support/Actor.h"
#include "support/Translations.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

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
    // Settings of this process live in its own folder, so test programs that ctest runs side by
    // side never share a settings file, nor touch the user's. (Each test case also takes a
    // SettingsSandbox of its own, so test cases do not see each other's settings.)
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
