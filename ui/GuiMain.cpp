#include "GuiMain.h"

#include "MainWindow.h"
#include "Version.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "support/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

namespace daicho {

namespace {

QString demoPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.daicho");
}

} // namespace

int guiMain(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("daicho"));
    QApplication::setApplicationDisplayName(QStringLiteral("Daicho"));
    QApplication::setOrganizationName(QStringLiteral("Daicho"));
    QApplication::setApplicationVersion(QStringLiteral(DAICHO_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("io.github.daicho.Daicho"));
    QApplication::setWindowIcon(MainWindow::applicationIcon());

    QSettings settings;
    Translations::install(settings.value(QStringLiteral("ui/language")).toString());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("register"),
                                 QApplication::translate("GuiMain", "Register file to open."));
    parser.process(app);

    MainWindow window;
    const QStringList positional = parser.positionalArguments();
    QString path;
    if (!positional.isEmpty()) {
        path = positional.first();
    } else {
        const QString last = settings.value(QStringLiteral("file/last")).toString();
        path = (!last.isEmpty() && QFileInfo::exists(last)) ? last : demoPath();
    }

    if (!QFileInfo::exists(path) && path == demoPath()) {
        auto demo = DemoRegister::create(path);
        if (demo)
            window.setRegister(std::move(*demo));
        else
            QMessageBox::warning(&window, QApplication::translate("GuiMain", "Demo register"),
                                 demo.error().message);
    } else {
        window.openRegister(path);
    }
    window.show();
    return app.exec();
}

} // namespace daicho
