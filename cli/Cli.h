#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace daicho::cli {

// Exit codes of the CLI contract (DESIGN.md).
enum ExitCode : int
{
    Success = 0,
    Refused = 1, // the input was refused; nothing was written
    Failure = 2, // usage, I/O, or a file that is not a Daicho register
};

// Where a command writes, so tests and the app can capture it.
struct Context
{
    QTextStream& out;
    QTextStream& err;
};

// One verb of daicho-cli. Its help text is translated at the moment it is shown.
struct Command
{
    QString name;
    std::function<QString()> synopsis; // e.g. "init DB [--org NAME] [--demo]"
    std::function<QString()> summary;  // one line
    std::function<QString()> details;  // options, one per line
    std::function<int(Context&, const QStringList& args)> run;
    bool needsGui = false; // rendering reports needs a QGuiApplication
};

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static const QList<Command>& commands();
    static const Command* find(const QString& name);

    // Runs the command line (argv without argv[0]); the application object exists already.
    static int run(Context& ctx, const QStringList& args);
    // Whether the command line needs a QGuiApplication (decided before one is created).
    static bool needsGui(const QStringList& args);
    // The --lang value, if any, for installing translations before anything is printed.
    static QString requestedLanguage(const QStringList& args);

    static QString usage();
    static QString commandHelp(const Command& c);

    // Prints an error and returns the exit code its kind calls for.
    static int fail(Context& ctx, const Error& e);
    static int usageError(Context& ctx, const QString& verb, const QString& message);
    static ExitCode exitCodeFor(const Error& e);
};

} // namespace daicho::cli
