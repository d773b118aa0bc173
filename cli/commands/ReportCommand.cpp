#include "ArgParser.h"
#include "Commands.h"
#include "catalogs/Catalogs.h"
#include "reports/PdfReport.h"
#include "reports/ReportKinds.h"
#include "services/Register.h"

namespace daicho::cli {

namespace {

using reports::ReportKind;
using reports::ReportKinds;

class ReportText
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    static QString synopsis()
    {
        return tr("report DB --kind inventory|risk-assessment|treatment-plan|soa|audit-pack "
                  "--out FILE.pdf [--class LIST] [--priority LIST] [--catalog KEY]");
    }
    static QString summary() { return tr("print an audit report to a PDF file (A4)"); }
    static QString details()
    {
        return tr("  --kind KIND      which report: inventory, risk-assessment, treatment-plan, "
                  "soa, audit-pack\n"
                  "  --out FILE.pdf   where to write it (replaced only when the report is "
                  "complete)\n"
                  "  --class LIST     inventory, audit-pack: only these asset classes, e.g. "
                  "customer,internal\n"
                  "  --priority LIST  inventory, audit-pack: only these priorities, e.g. P1,P2\n"
                  "  --catalog KEY    soa, audit-pack: the catalog (default: the register's SoA "
                  "catalog)\n"
                  "The report is in the language of --lang (or the system locale).");
    }
    static QString written(const QString& path, int pages, qsizetype rows)
    {
        return tr("Wrote %1: %2 pages, %3 rows").arg(path).arg(pages).arg(rows);
    }
    static QString badValue(const QString& option, const QString& value)
    {
        return tr("--%1: unknown value \"%2\"").arg(option, value);
    }
    static QString missing(const QString& option) { return tr("--%1 is required").arg(option); }
};

int runReport(Context& ctx, const QStringList& args)
{
    const QString verb = QStringLiteral("report");
    ArgParser p;
    QStringList kinds;
    for (ReportKind k : ReportKinds::all())
        kinds.append(ReportKinds::key(k));
    p.addOption(QStringLiteral("kind"), true, kinds);
    p.addOption(QStringLiteral("out"), true);
    p.addOption(QStringLiteral("class"), true);
    p.addOption(QStringLiteral("priority"), true);
    p.addOption(QStringLiteral("catalog"), true, Catalogs::keys());
    if (!p.parse(args, 1, 1))
        return Cli::usageError(ctx, verb, p.error());
    for (const QString& required : {QStringLiteral("kind"), QStringLiteral("out")}) {
        if (!p.isSet(required))
            return Cli::usageError(ctx, verb, ReportText::missing(required));
    }

    reports::ReportOptions options;
    options.kind = *ReportKinds::fromKey(p.value(QStringLiteral("kind")));
    const QStringList classes =
        p.value(QStringLiteral("class")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& c : classes) {
        const auto cls = AssetTerms::classFromKey(c.trimmed());
        if (!cls)
            return Cli::usageError(ctx, verb, ReportText::badValue(QStringLiteral("class"), c));
        options.filter.classes.insert(*cls);
    }
    const QStringList priorities =
        p.value(QStringLiteral("priority")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& pr : priorities) {
        const auto prio = AssetTerms::priorityFromKey(pr.trimmed().toUpper());
        if (!prio)
            return Cli::usageError(ctx, verb, ReportText::badValue(QStringLiteral("priority"), pr));
        options.filter.priorities.insert(*prio);
    }
    options.catalog = p.value(QStringLiteral("catalog"));
    if (!ReportKinds::available(options.kind)) {
        ctx.err << QStringLiteral("daicho-cli: ") << ReportKinds::notAvailableMessage(options.kind)
                << Qt::endl;
        return Failure;
    }

    auto reg = Register::open(p.positional().first());
    if (!reg)
        return Cli::fail(ctx, reg.error());
    auto doc = ReportKinds::build(**reg, options);
    if (!doc)
        return Cli::fail(ctx, doc.error());
    const QString out = p.value(QStringLiteral("out"));
    auto written = reports::PdfReport::write(*doc, out);
    if (!written)
        return Cli::fail(ctx, written.error());
    ctx.out << ReportText::written(out, written->pages, written->rows) << Qt::endl;
    return Success;
}

} // namespace

Command reportCommand()
{
    return Command{QStringLiteral("report"),
                   &ReportText::synopsis,
                   &ReportText::summary,
                   &ReportText::details,
                   &runReport,
                   true};
}

} // namespace daicho::cli
