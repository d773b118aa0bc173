#include "Migrations.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace daicho {

QList<Migrations::Step> Migrations::steps()
{
    static const QList<Step> cached = [] {
        QList<Step> out;
        static const QRegularExpression re(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/daicho/migrations"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& f : files) {
            const auto m = re.match(f);
            if (!m.hasMatch())
                continue;
            out.append({m.captured(1).toInt(), m.captured(2), dir.filePath(f)});
        }
        std::sort(out.begin(), out.end(),
                  [](const Step& a, const Step& b) { return a.version < b.version; });
        for (qsizetype i = 0; i < out.size(); ++i)
            Q_ASSERT_X(out.at(i).version == i + 1, "Migrations", "migrations must be 001..N");
        return out;
    }();
    return cached;
}

int Migrations::latestVersion()
{
    const QList<Step>& s = steps();
    return s.isEmpty() ? 0 : s.last().version;
}

QStringList Migrations::splitStatements(const QString& script)
{
    QStringList out;
    QString cur;
    enum class State
    {
        Normal,
        Single,
        Double,
        LineComment,
        BlockComment
    };
    State st = State::Normal;
    int triggerDepth = 0;
    QString word;

    // Inside a trigger body, BEGIN and CASE open a block that END closes; semicolons inside a
    // block belong to the trigger.
    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString w = word.toUpper();
        word.clear();
        const QString head = cur.simplified().toUpper();
        const bool inTrigger =
            head.startsWith(QLatin1String("CREATE")) && head.contains(QLatin1String(" TRIGGER "));
        if (!inTrigger)
            return;
        if (w == QLatin1String("BEGIN") || (w == QLatin1String("CASE") && triggerDepth > 0))
            ++triggerDepth;
        else if (w == QLatin1String("END") && triggerDepth > 0)
            --triggerDepth;
    };

    for (qsizetype i = 0; i < script.size(); ++i) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < script.size() ? script.at(i + 1) : QChar();
        switch (st) {
        case State::Normal:
            if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
                endWord();
                st = State::LineComment;
                ++i;
                continue;
            }
            if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                endWord();
                st = State::BlockComment;
                ++i;
                continue;
            }
            if (c.isLetter() || c == QLatin1Char('_')) {
                word += c;
                cur += c;
                continue;
            }
            endWord();
            if (c == QLatin1Char('\''))
                st = State::Single;
            else if (c == QLatin1Char('"'))
                st = State::Double;
            if (c == QLatin1Char(';') && triggerDepth == 0) {
                if (!cur.trimmed().isEmpty())
                    out.append(cur.trimmed());
                cur.clear();
                continue;
            }
            cur += c;
            break;
        case State::Single:
            cur += c;
            if (c == QLatin1Char('\''))
                st = State::Normal;
            break;
        case State::Double:
            cur += c;
            if (c == QLatin1Char('"'))
                st = State::Normal;
            break;
        case State::LineComment:
            if (c == QLatin1Char('\n')) {
                st = State::Normal;
                cur += c;
            }
            break;
        case State::BlockComment:
            if (c == QLatin1Char('*') && next == QLatin1Char('/')) {
                st = State::Normal;
                ++i;
                cur += QLatin1Char(' ');
            }
            break;
        }
    }
    endWord();
    if (!cur.trimmed().isEmpty())
        out.append(cur.trimmed());
    return out;
}

Status Migrations::migrate(Database& db)
{
    const int from = db.schemaVersion();
    for (const Step& step : steps()) {
        if (step.version <= from)
            continue;
        QFile f(step.resourcePath);
        if (!f.open(QIODevice::ReadOnly))
            return Error::io(QStringLiteral("Cannot read migration ") + step.resourcePath);
        const QString script = QString::fromUtf8(f.readAll());

        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        for (const QString& statement : splitStatements(script)) {
            QSqlQuery q(db.connection());
            if (!q.exec(statement)) {
                return sql::errorFrom(
                    q, QStringLiteral("Migration %1 (%2) failed").arg(step.version).arg(step.name));
            }
        }
        // PRAGMA takes no bound parameters; the value is our own integer.
        QSqlQuery v(db.connection());
        if (!v.exec(QStringLiteral("PRAGMA user_version = ") + QString::number(step.version)))
            return sql::errorFrom(v, QStringLiteral("Cannot set schema version"));
        if (Status s = tx->commit(); !s)
            return s;
    }
    return {};
}

} // namespace daicho
