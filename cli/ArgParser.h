#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace daicho::cli {

// The options of one verb: `--name value`, `--name=value` and `--flag`, plus positional
// arguments. Errors are sentences in the user's language, not Qt's.
class ArgParser
{
    Q_DECLARE_TR_FUNCTIONS(ArgParser)

public:
    struct Option
    {
        QString name; // without dashes
        bool takesValue = false;
        QStringList choices; // allowed values, if restricted
    };

    void addOption(const QString& name, bool takesValue, QStringList choices = {});
    // Parses args (without the program and verb). Returns false and sets error() on failure.
    bool parse(const QStringList& args, int minPositional, int maxPositional);

    QString error() const { return m_error; }
    bool isSet(const QString& name) const { return m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    const QStringList& positional() const { return m_positional; }

private:
    QList<Option> m_options;
    QHash<QString, QString> m_values;
    QStringList m_positional;
    QString m_error;
};

} // namespace daicho::cli
