#include "Cli.h"

#include "Version.h"
#include "commands/Commands.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace daicho::cli {

const QList<Command>& Cli::commands()
{
    static const QList<Command> all{initCommand(),   statsCommand(),  checkCommand(),
                                    importCommand(), exportCommand(), reportCommand()};
    return all;
}

const Command* Cli::find(const QString& name)
{
    for (const Command& c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

namespace {

// The verb is the first argument that is not a global option.
QString verbOf(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--lang=")))
            continue;
        return a;
    }
    return {};
}

QStringList withoutGlobalOptions(const QStringList& args)
{
    QStringList out;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--lang")) {
            ++i;
            continue;
        }
        if (a.startsWith(QLatin1String("--lang=")))
            continue;
        out.append(a);
    }
    return out;
}

QString sqliteVersion()
{
    const QString name = QStringLiteral("daicho-version-probe");
    QString v;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                v = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

} // namespace

QString Cli::requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return {};
}

bool Cli::needsGui(const QStringList& args)
{
    const Command* c = find(verbOf(args));
    return c && c->needsGui;
}

QString Cli::usage()
{
    QString text = tr("Usage: daicho-cli COMMAND [ARGUMENTS] [--lang ja|en]") + QLatin1Char('\n');
    text += tr("Daicho keeps an ISMS register of information assets, risks and controls in one "
               "file. This program does the same jobs as the Daicho window, without a screen.") +
            QStringLiteral("\n\n");
    text += tr("Commands:") + QLatin1Char('\n');
    for (const Command& c : commands())
        text += QStringLiteral("  ") + c.synopsis() + QStringLiteral("\n      ") + c.summary() +
                QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options:") + QLatin1Char('\n');
    text += QStringLiteral("  --help            ") + tr("show this help, or a command's help") +
            QLatin1Char('\n');
    text += QStringLiteral("  --version         ") + tr("show the version") + QLatin1Char('\n');
    text += QStringLiteral("  --lang ja|en      ") +
            tr("language of messages (default: from the system locale)") + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Exit status:") + QLatin1Char('\n');
    text += QStringLiteral("  0  ") + tr("success") + QLatin1Char('\n');
    text += QStringLiteral("  1  ") + tr("the input was refused (nothing was written)") +
            QLatin1Char('\n');
    text += QStringLiteral("  2  ") +
            tr("usage error, I/O error, or a file that is not a Daicho "
               "register") +
            QLatin1Char('\n');
    text += QLatin1Char('\n') +
            tr("Run \"daicho-cli COMMAND --help\" for the options of a command.") +
            QLatin1Char('\n');
    return text;
}

QString Cli::commandHelp(const Command& c)
{
    QString text = tr("Usage: daicho-cli %1").arg(c.synopsis()) + QLatin1Char('\n');
    text += c.summary() + QLatin1Char('\n');
    const QString details = c.details ? c.details() : QString();
    if (!details.isEmpty())
        text += QLatin1Char('\n') + details + QLatin1Char('\n');
    return text;
}

ExitCode Cli::exitCodeFor(const Error& e)
{
    switch (e.kind) {
    case Error::Kind::Invalid:
    case Error::Kind::Conflict:
    case Error::Kind::NotFound:
        return Refused;
    case Error::Kind::Io:
    case Error::Kind::NotARegister:
    case Error::Kind::Usage:
    case Error::Kind::Cancelled:
        return Failure;
    }
    return Failure;
}

int Cli::fail(Context& ctx, const Error& e)
{
    ctx.err << QStringLiteral("daicho-cli: ") << e.toString() << Qt::endl;
    return exitCodeFor(e);
}

int Cli::usageError(Context& ctx, const QString& verb, const QString& message)
{
    ctx.err << QStringLiteral("daicho-cli ") << verb << QStringLiteral(": ") << message << Qt::endl;
    ctx.err << tr("Run \"daicho-cli %1 --help\" for its options.").arg(verb) << Qt::endl;
    return Failure;
}

int Cli::run(Context& ctx, const QStringList& rawArgs)
{
    const QString lang = requestedLanguage(rawArgs);
    if (!lang.isEmpty() && lang != QLatin1String("ja") && lang != QLatin1String("en")) {
        ctx.err << tr("daicho-cli: --lang must be ja or en (got \"%1\")").arg(lang) << Qt::endl;
        return Failure;
    }
    const QStringList args = withoutGlobalOptions(rawArgs);
    if (args.isEmpty()) {
        ctx.err << usage();
        return Failure;
    }
    const QString verb = args.first();
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        if (args.size() > 1) {
            if (const Command* c = find(args.at(1))) {
                ctx.out << commandHelp(*c);
                return Success;
            }
        }
        ctx.out << usage();
        return Success;
    }
    if (verb == QLatin1String("--version")) {
        ctx.out << QStringLiteral("daicho-cli ") << QStringLiteral(DAICHO_VERSION_STRING)
                << QStringLiteral(" (Qt ") << QString::fromLatin1(qVersion())
                << QStringLiteral(", SQLite ") << sqliteVersion() << QStringLiteral(")")
                << Qt::endl;
        return Success;
    }
    const Command* command = find(verb);
    if (!command) {
        ctx.err << tr("daicho-cli: unknown command \"%1\"").arg(verb) << Qt::endl;
        ctx.err << tr("Run \"daicho-cli --help\" for the list of commands.") << Qt::endl;
        return Failure;
    }
    const QStringList rest = args.mid(1);
    if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
        ctx.out << commandHelp(*command);
        return Success;
    }
    return command->run(ctx, rest);
}

} // namespace daicho::cli
