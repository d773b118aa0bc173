#include "ArgParser.h"
#include "Commands.h"
#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"

namespace daicho::cli {

namespace {

class InitText
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    static QString synopsis() { return tr("init DB [--org NAME] [--scope SCOPE] [--demo]"); }
    static QString summary() { return tr("create a new register file"); }
    static QString details()
    {
        return tr("  --org NAME       the organisation the register belongs to\n"
                  "  --scope SCOPE    the ISMS scope (shown on every report page)\n"
                  "  --demo           fill it with the demo register of the seed company\n"
                  "An existing file is never overwritten. The new file is readable by its owner "
                  "only.");
    }
    static QString created(const QString& path) { return tr("Created register %1").arg(path); }
    static QString createdDemo(const QString& path, qint64 n)
    {
        return tr("Created register %1 with the demo register (%n assets)", nullptr, int(n))
            .arg(path);
    }
};

int runInit(Context& ctx, const QStringList& args)
{
    ArgParser p;
    p.addOption(QStringLiteral("org"), true);
    p.addOption(QStringLiteral("scope"), true);
    p.addOption(QStringLiteral("demo"), false);
    if (!p.parse(args, 1, 1))
        return Cli::usageError(ctx, QStringLiteral("init"), p.error());
    const QString path = p.positional().first();

    std::unique_ptr<Register> reg;
    if (p.isSet(QStringLiteral("demo"))) {
        auto created = DemoRegister::create(path);
        if (!created)
            return Cli::fail(ctx, created.error());
        reg = std::move(*created);
        // Names given on the command line win over the demo's own.
        for (const auto& [opt, key] : {std::pair{QStringLiteral("org"), infokey::Organisation},
                                       std::pair{QStringLiteral("scope"), infokey::Scope}}) {
            if (p.isSet(opt)) {
                if (Status s = reg->setInfoValue(key, p.value(opt).trimmed()); !s)
                    return Cli::fail(ctx, s.error());
            }
        }
        auto all = reg->assets().all();
        ctx.out << InitText::createdDemo(path, all ? all->size() : 0) << Qt::endl;
        return Success;
    }
    auto created =
        Register::create(path, {p.value(QStringLiteral("org")), p.value(QStringLiteral("scope"))});
    if (!created)
        return Cli::fail(ctx, created.error());
    ctx.out << InitText::created(path) << Qt::endl;
    return Success;
}

} // namespace

Command initCommand()
{
    return Command{QStringLiteral("init"),
                   &InitText::synopsis,
                   &InitText::summary,
                   &InitText::details,
                   &runInit,
                   false};
}

} // namespace daicho::cli
