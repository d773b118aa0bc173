#include "RegisterCheck.h"

#include "AssetService.h"
#include "Register.h"
#include "RiskService.h"
#include "SoaService.h"
#include "storage/AssetSnapshot.h"
#include "storage/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace daicho {

namespace {

void addCapped(QStringList& list, const QString& line, qsizetype& overflow)
{
    if (list.size() < RegisterCheck::MaxListed)
        list.append(line);
    else
        ++overflow;
}

// Entity types as people call them; a type added later without a label shows its key.
QString typeLabel(const QString& type)
{
    if (type == history::Asset)
        return RegisterCheck::tr("asset");
    if (type == history::AssetDependency)
        return RegisterCheck::tr("dependency");
    if (type == history::RegisterInfo)
        return RegisterCheck::tr("register setting");
    if (type == history::SoaEntry)
        return RegisterCheck::tr("SoA entry");
    if (type == history::ControlAssetLink)
        return RegisterCheck::tr("control applied to an asset");
    if (type == history::Risk)
        return RegisterCheck::tr("risk");
    if (type == history::Threat)
        return RegisterCheck::tr("threat");
    if (type == history::RiskMethod)
        return RegisterCheck::tr("risk assessment method");
    return type;
}

// The entity's code ("code" of an object, the second member of an asset's array), or its key.
QString labelFromSnapshot(const QString& json, const QString& key)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    const QString code = doc.isArray() ? doc.array().at(1).toString()
                                       : doc.object().value(QLatin1StringView("code")).toString();
    return code.isEmpty() ? key : code;
}

// Whether a history entry's text describes the entity as it is now. An asset's entry written
// before schema 5 has the older form of its snapshot.
bool sameSnapshot(const QString& type, const QString& recorded, const QString& now)
{
    return recorded == now || (type == history::Asset && AssetSnapshot::current(recorded) == now);
}

} // namespace

QStringList CheckReport::problems() const
{
    QStringList out;
    if (schemaVersion != supportedVersion) {
        out << RegisterCheck::tr("schema version %1, this Daicho expects %2")
                   .arg(schemaVersion)
                   .arg(supportedVersion);
    }
    for (const QString& s : integrity)
        out << RegisterCheck::tr("integrity: %1").arg(s);
    for (const QString& s : foreignKeys)
        out << RegisterCheck::tr("references: %1").arg(s);
    if (!chain.ok())
        out << RegisterCheck::tr("history chain broken: %1").arg(chain.problem);
    for (const QString& s : state)
        out << RegisterCheck::tr("history mismatch: %1").arg(s);
    for (const QString& s : structure)
        out << s;
    return out;
}

Result<CheckReport> RegisterCheck::run(Register& reg)
{
    CheckReport report;
    const QSqlDatabase db = reg.database().connection();
    report.schemaVersion = reg.database().schemaVersion();
    report.supportedVersion = Database::currentSchemaVersion();

    {
        auto q = sql::run(db, QStringLiteral("PRAGMA integrity_check"));
        if (!q)
            return q.error();
        while (q->next()) {
            const QString line = q->value(0).toString();
            if (line != QLatin1String("ok"))
                report.integrity.append(line);
        }
    }
    if (!report.integrity.isEmpty())
        return report; // the rest would read damaged pages

    {
        auto q = sql::run(db, QStringLiteral("PRAGMA foreign_key_check"));
        if (!q)
            return q.error();
        while (q->next()) {
            report.foreignKeys.append(
                tr("row %1 of %2 refers to a missing row of %3")
                    .arg(q->value(1).toString(), q->value(0).toString(), q->value(2).toString()));
        }
    }

    auto chain = reg.history().verifyChain();
    if (!chain)
        return chain.error();
    report.chain = *chain;

    auto replayed = reg.history().replay();
    if (!replayed)
        return replayed.error();
    const auto& sources = reg.snapshotSources();
    QStringList types = sources.keys();
    std::sort(types.begin(), types.end());
    qsizetype overflow = 0;
    for (const QString& type : std::as_const(types)) {
        auto current = sources.value(type)();
        if (!current)
            return current.error();
        const QHash<QString, QString> expected = replayed->value(type);
        QStringList keys = current->keys();
        std::sort(keys.begin(), keys.end());
        for (const QString& key : std::as_const(keys)) {
            const QString now = current->value(key);
            auto it = expected.constFind(key);
            if (it == expected.cend()) {
                addCapped(report.state,
                          tr("%1 %2 exists but its history has no record of it")
                              .arg(typeLabel(type), labelFromSnapshot(now, key)),
                          overflow);
            } else if (!sameSnapshot(type, *it, now)) {
                addCapped(report.state,
                          tr("%1 %2 differs from its last history entry (changed outside "
                             "Daicho)")
                              .arg(typeLabel(type), labelFromSnapshot(now, key)),
                          overflow);
            }
        }
        QStringList gone;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            if (!current->contains(it.key()))
                gone.append(it.key());
        }
        std::sort(gone.begin(), gone.end());
        for (const QString& key : std::as_const(gone)) {
            addCapped(report.state,
                      tr("%1 %2 is missing, but its history says it exists (removed outside "
                         "Daicho)")
                          .arg(typeLabel(type), labelFromSnapshot(expected.value(key), key)),
                      overflow);
        }
    }
    if (overflow > 0)
        report.state.append(tr("and %n more", nullptr, int(overflow)));

    auto graph = reg.assets().graph();
    if (!graph)
        return graph.error();
    if (auto cycle = graph->findCycle()) {
        QStringList ids;
        for (qint64 id : *cycle)
            ids.append(QString::number(id));
        report.structure.append(
            tr("dependency cycle between assets %1").arg(ids.join(QStringLiteral(" → "))));
    }
    return report;
}

} // namespace daicho
