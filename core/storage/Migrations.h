#pragma once

#include "support/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

class Database;

// Numbered schema migrations compiled in as resources (:/daicho/migrations/NNN_name.sql).
// Each runs in its own transaction, which also sets PRAGMA user_version to its number.
class Migrations
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    static QList<Step> steps(); // sorted, numbered 1..N without gaps
    static int latestVersion();

    // Applies every step above the database's user_version.
    static Status migrate(Database& db);

    // Splits an SQL script into statements: semicolons inside quotes, comments and trigger
    // bodies do not end a statement.
    static QStringList splitStatements(const QString& script);
};

} // namespace daicho
