#include "ArgParser.h"

namespace daicho::cli {

void ArgParser::addOption(const QString& name, bool takesValue, QStringList choices)
{
    m_options.append({name, takesValue, std::move(choices)});
}

bool ArgParser::parse(const QStringList& args, int minPositional, int maxPositional)
{
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (onlyPositional || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            m_positional.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositional = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool hasInlineValue = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            hasInlineValue = true;
        }
        const Option* opt = nullptr;
        for (const Option& o : m_options) {
            if (o.name == name)
                opt = &o;
        }
        if (!opt) {
            m_error = tr("unknown option --%1").arg(name);
            return false;
        }
        if (opt->takesValue && !hasInlineValue) {
            if (i + 1 >= args.size()) {
                m_error = tr("option --%1 needs a value").arg(name);
                return false;
            }
            value = args.at(++i);
        } else if (!opt->takesValue && hasInlineValue) {
            m_error = tr("option --%1 takes no value").arg(name);
            return false;
        }
        if (!opt->choices.isEmpty() && !opt->choices.contains(value)) {
            m_error = tr("option --%1 must be one of: %2 (got \"%3\")")
                          .arg(name, opt->choices.join(QStringLiteral(", ")), value);
            return false;
        }
        if (m_values.contains(name)) {
            m_error = tr("option --%1 is given more than once").arg(name);
            return false;
        }
        m_values.insert(name, value);
    }
    if (m_positional.size() < minPositional) {
        m_error = tr("missing argument");
        return false;
    }
    if (m_positional.size() > maxPositional) {
        m_error = tr("unexpected argument \"%1\"").arg(m_positional.at(maxPositional));
        return false;
    }
    return true;
}

} // namespace daicho::cli
