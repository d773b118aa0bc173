#include "ArgParser.h"
#include "Commands.h"
#include "services/Register.h"
#include "services/RegisterStats.h"

#include <QJsonDocument>

namespace daicho::cli {

namespace {

class StatsText
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    static QString synopsis() { return tr("stats DB"); }
    static QString summary()
    {
        return tr("print counts as JSON: assets by class, subtype and priority; controls and SoA; "
                  "risks by band, treatment, status and attention; schema version");
    }
};

int runStats(Context& ctx, const QStringList& args)
{
    ArgParser p;
    if (!p.parse(args, 1, 1))
        return Cli::usageError(ctx, QStringLiteral("stats"), p.error());
    auto reg = Register::open(p.positional().first());
    if (!reg)
        return Cli::fail(ctx, reg.error());
    auto stats = RegisterStats::compute(**reg);
    if (!stats)
        return Cli::fail(ctx, stats.error());
    ctx.out << QString::fromUtf8(QJsonDocument(*stats).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return Success;
}

} // namespace

Command statsCommand()
{
    return Command{QStringLiteral("stats"),
                   &StatsText::synopsis,
                   &StatsText::summary,
                   nullptr,
                   &runStats,
                   false};
}

} // namespace daicho::cli
