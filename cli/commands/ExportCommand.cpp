#include "ArgParser.h"
#include "Commands.h"
#include "csv/TableIo.h"
#include "services/Register.h"

namespace daicho::cli {

namespace {

class ExportText
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    static QString synopsis()
    {
        return tr("export DB --table %1 --out FILE.csv [--encoding utf-8-bom|utf-8|cp932]")
            .arg(TableIoRegistry::names().join(QLatin1Char('|')));
    }
    static QString summary() { return tr("write a table of the register as CSV"); }
    static QString details()
    {
        return tr("  --table NAME      the table to write (default: assets)\n"
                  "  --out FILE.csv    the file to write (replaced if it exists)\n"
                  "  --encoding ENC    utf-8-bom (default; Excel opens it correctly), utf-8, or\n"
                  "                    cp932 (Shift_JIS; a value it cannot hold is an error)\n"
                  "  --catalog NAME    for tables that have one (controls, SoA)\n"
                  "The columns are the ones import reads, so a file exported here imports "
                  "back unchanged. Cells starting with = + - @ are written with a leading ' so "
                  "a spreadsheet does not run them as formulas.");
    }
};

int runExport(Context& ctx, const QStringList& args)
{
    const QString verb = QStringLiteral("export");
    ArgParser p;
    p.addOption(QStringLiteral("table"), true, TableIoRegistry::names());
    p.addOption(QStringLiteral("out"), true);
    p.addOption(QStringLiteral("encoding"), true,
                {QStringLiteral("utf-8-bom"), QStringLiteral("utf-8"), QStringLiteral("cp932"),
                 QStringLiteral("shift_jis")});
    p.addOption(QStringLiteral("catalog"), true);
    if (!p.parse(args, 1, 1))
        return Cli::usageError(ctx, verb, p.error());
    if (!p.isSet(QStringLiteral("out")))
        return Cli::usageError(ctx, verb, ExportText::tr("--out FILE.csv is required."));
    const QString tableName = p.value(QStringLiteral("table"), QStringLiteral("assets"));
    std::unique_ptr<TableIo> table = TableIoRegistry::create(tableName);
    if (!table)
        return Cli::usageError(ctx, verb, ExportText::tr("Unknown table \"%1\".").arg(tableName));

    ExportRequest request;
    request.path = p.value(QStringLiteral("out"));
    request.encoding =
        *CsvEncodings::fromKey(p.value(QStringLiteral("encoding"), QStringLiteral("utf-8-bom")));
    if (p.isSet(QStringLiteral("catalog"))) {
        if (!table->exportOptions().contains(QStringLiteral("catalog"))) {
            return Cli::usageError(
                ctx, verb,
                ExportText::tr("--catalog does not apply to the table \"%1\".").arg(tableName));
        }
        request.options.insert(QStringLiteral("catalog"), p.value(QStringLiteral("catalog")));
    }

    auto reg = Register::open(p.positional().first());
    if (!reg)
        return Cli::fail(ctx, reg.error());
    auto report = table->exportTo(**reg, request);
    if (!report) {
        if (report.error().kind == Error::Kind::Usage)
            return Cli::usageError(ctx, verb, report.error().message);
        return Cli::fail(ctx, report.error());
    }
    ctx.out << ExportText::tr("Wrote %n row(s) to %1", nullptr, int(report->rows)).arg(request.path)
            << Qt::endl;
    return Success;
}

} // namespace

Command exportCommand()
{
    return Command{QStringLiteral("export"),
                   &ExportText::synopsis,
                   &ExportText::summary,
                   &ExportText::details,
                   &runExport,
                   false};
}

} // namespace daicho::cli
