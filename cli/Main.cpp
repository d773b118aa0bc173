#include "Main.h"

#include "Cli.h"
#include "support/Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

namespace daicho::cli {

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));

    std::unique_ptr<QCoreApplication> app;
    if (Cli::needsGui(args)) {
        // Reports render fonts and pages, which needs a GUI application but no screen.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("daicho-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Daicho"));
    Translations::install(Cli::requestedLanguage(args));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{out, err};
    const int code = Cli::run(ctx, args);
    out.flush();
    err.flush();
    return code;
}

} // namespace daicho::cli
