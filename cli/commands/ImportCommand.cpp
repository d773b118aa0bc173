#include "ArgParser.h"
#include "Commands.h"
#include "csv/TableIo.h"
#include "services/Register.h"

namespace daicho::cli {

namespace {

class ImportText
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    static QString synopsis()
    {
        return tr("import DB FILE.csv [--table %1] [--encoding auto|utf-8|cp932|utf-16] "
                  "[--mapping MAP.json] [--on-duplicate fail|update|skip] "
                  "[--default-class customer|test|internal] "
                  "[--default-subtype physical|software|data|service|media] [--dry-run]")
            .arg(TableIoRegistry::importableNames().join(QLatin1Char('|')));
    }
    static QString summary()
    {
        return tr("import a CSV file (Excel, IPA ledger) into the register, all or nothing");
    }
    static QString details()
    {
        return tr("  --table NAME        what the file holds (default: assets)\n"
                  "  --encoding ENC      auto (default: byte-order mark, else UTF-8, else CP932),\n"
                  "                      utf-8, cp932 (Shift_JIS) or utf-16\n"
                  "  --delimiter D       comma, tab or semicolon (default: detected)\n"
                  "  --mapping MAP.json  which column feeds which field (saved from the import "
                  "wizard\n"
                  "                      or with --save-mapping); other columns are recognised "
                  "by name\n"
                  "  --save-mapping MAP.json  write the mapping this file gets, to edit and reuse\n"
                  "  --on-duplicate X    a code already in the register: fail (default), update "
                  "it,\n"
                  "                      or skip the row\n"
                  "  --default-class C   class for rows without one (IPA ledgers have none)\n"
                  "  --default-subtype S subtype for rows without one\n"
                  "  --cia-scale 0-2     the file uses IPA's older 0–2 scale for C, I and A\n"
                  "  --dry-run           check everything and report, write nothing\n"
                  "Every problem is printed as FILE:LINE: column NAME: message. If any row is "
                  "refused, nothing is written (exit status 1).");
    }
};

std::optional<QChar> delimiterFromName(const QString& name)
{
    if (name == QLatin1String("comma"))
        return QLatin1Char(',');
    if (name == QLatin1String("tab"))
        return QLatin1Char('\t');
    if (name == QLatin1String("semicolon"))
        return QLatin1Char(';');
    return std::nullopt;
}

QString delimiterName(QChar c)
{
    if (c == QLatin1Char('\t'))
        return QStringLiteral("tab");
    if (c == QLatin1Char(';'))
        return QStringLiteral("semicolon");
    return QStringLiteral("comma");
}

int runImport(Context& ctx, const QStringList& args)
{
    const QString verb = QStringLiteral("import");
    ArgParser p;
    p.addOption(QStringLiteral("table"), true, TableIoRegistry::importableNames());
    p.addOption(QStringLiteral("encoding"), true,
                {QStringLiteral("auto"), QStringLiteral("utf-8"), QStringLiteral("cp932"),
                 QStringLiteral("shift_jis"), QStringLiteral("utf-16"), QStringLiteral("utf-16le"),
                 QStringLiteral("utf-16be")});
    p.addOption(QStringLiteral("delimiter"), true,
                {QStringLiteral("comma"), QStringLiteral("tab"), QStringLiteral("semicolon")});
    p.addOption(QStringLiteral("mapping"), true);
    p.addOption(QStringLiteral("save-mapping"), true);
    p.addOption(QStringLiteral("on-duplicate"), true,
                {QStringLiteral("fail"), QStringLiteral("update"), QStringLiteral("skip")});
    p.addOption(QStringLiteral("default-class"), true,
                {QStringLiteral("customer"), QStringLiteral("test"), QStringLiteral("internal")});
    p.addOption(QStringLiteral("default-subtype"), true,
                {QStringLiteral("physical"), QStringLiteral("software"), QStringLiteral("data"),
                 QStringLiteral("service"), QStringLiteral("media")});
    p.addOption(QStringLiteral("cia-scale"), true, {QStringLiteral("1-3"), QStringLiteral("0-2")});
    p.addOption(QStringLiteral("dry-run"), false);
    if (!p.parse(args, 2, 2))
        return Cli::usageError(ctx, verb, p.error());

    const QString tableName = p.value(QStringLiteral("table"), QStringLiteral("assets"));
    std::unique_ptr<TableIo> table = TableIoRegistry::create(tableName);
    if (!table)
        return Cli::usageError(ctx, verb, ImportText::tr("Unknown table \"%1\".").arg(tableName));

    ImportRequest request;
    request.path = p.positional().at(1);
    const QString enc = p.value(QStringLiteral("encoding"), QStringLiteral("auto"));
    if (enc != QLatin1String("auto"))
        request.encoding = CsvEncodings::fromKey(enc);
    if (p.isSet(QStringLiteral("delimiter")))
        request.delimiter = delimiterFromName(p.value(QStringLiteral("delimiter")));
    request.mappingPath = p.value(QStringLiteral("mapping"));
    const QString dup = p.value(QStringLiteral("on-duplicate"), QStringLiteral("fail"));
    request.onDuplicate = dup == QLatin1String("update") ? OnDuplicate::Update
                          : dup == QLatin1String("skip") ? OnDuplicate::Skip
                                                         : OnDuplicate::Fail;
    request.dryRun = p.isSet(QStringLiteral("dry-run"));
    for (const QString& o : {QStringLiteral("default-class"), QStringLiteral("default-subtype"),
                             QStringLiteral("cia-scale")}) {
        if (p.isSet(o)) {
            if (!table->importOptions().contains(o)) {
                return Cli::usageError(
                    ctx, verb,
                    ImportText::tr("--%1 does not apply to the table \"%2\".").arg(o, tableName));
            }
            request.options.insert(o, p.value(o));
        }
    }

    auto reg = Register::open(p.positional().first());
    if (!reg)
        return Cli::fail(ctx, reg.error());

    if (p.isSet(QStringLiteral("save-mapping"))) {
        if (Status s = table->saveMapping(request, p.value(QStringLiteral("save-mapping"))); !s)
            return Cli::fail(ctx, s.error());
        ctx.out << ImportText::tr("Saved the column mapping to %1")
                       .arg(p.value(QStringLiteral("save-mapping")))
                << Qt::endl;
    }

    auto report = table->importFrom(**reg, request);
    if (!report) {
        if (report.error().kind == Error::Kind::Usage)
            return Cli::usageError(ctx, verb, report.error().message);
        return Cli::fail(ctx, report.error());
    }
    for (const Error& w : std::as_const(report->warnings))
        ctx.err << ImportText::tr("%1 (warning)").arg(w.toString()) << Qt::endl;
    for (const Error& e : std::as_const(report->errors))
        ctx.err << e.toString() << Qt::endl;
    if (!report->ok()) {
        ctx.err << ImportText::tr("%n problem(s) found; nothing was imported.", nullptr,
                                  int(report->errors.size()))
                << Qt::endl;
        return Refused;
    }
    const QString counts =
        ImportText::tr("%1 created, %2 updated, %3 unchanged, %4 skipped "
                       "(%5 rows, %6, %7)")
            .arg(report->created)
            .arg(report->updated)
            .arg(report->unchanged)
            .arg(report->skipped)
            .arg(report->rows)
            .arg(CsvEncodings::label(report->encoding), delimiterName(report->delimiter));
    if (request.dryRun)
        ctx.out
            << ImportText::tr("Dry run of %1: %2. Nothing was written.").arg(request.path, counts)
            << Qt::endl;
    else
        ctx.out << ImportText::tr("Imported %1: %2.").arg(request.path, counts) << Qt::endl;
    return Success;
}

} // namespace

Command importCommand()
{
    return Command{QStringLiteral("import"),
                   &ImportText::synopsis,
                   &ImportText::summary,
                   &ImportText::details,
                   &runImport,
                   false};
}

} // namespace daicho::cli
