#include "ArgParser.h"
#include "Commands.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"

namespace daicho::cli {

namespace {

class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    static QString synopsis() { return tr("check DB"); }
    static QString summary()
    {
        return tr("verify the file's integrity, schema version and change-history chain");
    }
    static QString details()
    {
        return tr("Exit status 0 when the register is sound, 1 when something is wrong (each "
                  "finding is printed), 2 when the file is not a Daicho register.");
    }
};

int runCheck(Context& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args, 1, 1))
        return Cli::usageError(ctx, QStringLiteral("check"), p.error());
    const QString path = p.positional().first();
    auto reg = Register::open(path);
    if (!reg)
        return Cli::fail(ctx, reg.error());
    auto report = RegisterCheck::run(**reg);
    if (!report)
        return Cli::fail(ctx, report.error());
    if (report->ok()) {
        ctx.out << CheckText::tr("%1: sound (schema %2, integrity ok, %n history entries "
                                 "verified, register matches its history)",
                                 nullptr, int(report->chain.entries))
                       .arg(path)
                       .arg(report->schemaVersion)
                << Qt::endl;
        return Success;
    }
    const QStringList problems = report->problems();
    ctx.out << CheckText::tr("%1: %n problem(s) found", nullptr, int(problems.size())).arg(path)
            << Qt::endl;
    for (const QString& line : problems)
        ctx.out << QStringLiteral("  - ") << line << Qt::endl;
    return Refused;
}

} // namespace

Command checkCommand()
{
    return Command{QStringLiteral("check"),
                   &CheckText::synopsis,
                   &CheckText::summary,
                   &CheckText::details,
                   &runCheck,
                   false};
}

} // namespace daicho::cli
