#include "ColumnMapping.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace daicho {

namespace {
const QString kFormat = QStringLiteral("daicho-column-mapping");
} // namespace

ColumnMapping ColumnMapping::automatic(const QStringList& headers, const Recogniser& recognise)
{
    ColumnMapping m;
    m.m_headers = headers;
    for (const QString& h : headers) {
        QString key = recognise(h);
        if (!key.isEmpty() && m.m_targets.contains(key))
            key.clear();
        m.m_targets.append(key);
    }
    return m;
}

void ColumnMapping::setTarget(qsizetype column, const QString& key)
{
    if (column >= 0 && column < m_targets.size())
        m_targets[column] = key;
}

qsizetype ColumnMapping::columnOf(const QString& key) const
{
    return key.isEmpty() ? -1 : m_targets.indexOf(key);
}

QByteArray ColumnMapping::toJson(const QString& table) const
{
    QJsonObject columns;
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        columns.insert(m_headers.at(i), m_targets.at(i));
    QJsonObject root{{QStringLiteral("format"), kFormat},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("table"), table},
                     {QStringLiteral("columns"), columns}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status ColumnMapping::save(const QString& path, const QString& table) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::io(tr("Cannot write the mapping: %1").arg(f.errorString()), path);
    f.write(toJson(table));
    if (!f.commit())
        return Error::io(tr("Cannot write the mapping: %1").arg(f.errorString()), path);
    return {};
}

Result<ColumnMapping> ColumnMapping::load(const QString& path, const QString& table,
                                          const QStringList& headers, const Recogniser& recognise,
                                          const QStringList& validKeys,
                                          const std::function<QString(const QString&)>& normalise)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(tr("Cannot read the mapping: %1").arg(f.errorString()), path);
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(4 * 1024 * 1024), &pe);
    auto refuse = [&path](const QString& msg) {
        Error e = Error::invalid(msg);
        e.file = path;
        return e;
    };
    if (doc.isNull() || !doc.isObject())
        return refuse(tr("Not a column mapping (JSON: %1).").arg(pe.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat)
        return refuse(tr("Not a Daicho column mapping (no \"format\": \"%1\").").arg(kFormat));
    if (root.value(QStringLiteral("version")).toInt() != 1)
        return refuse(tr("A column mapping of a version this Daicho does not know."));
    const QString mappedTable = root.value(QStringLiteral("table")).toString();
    if (!mappedTable.isEmpty() && mappedTable != table)
        return refuse(
            tr("This mapping is for the table \"%1\", not \"%2\".").arg(mappedTable, table));
    const QJsonObject columns = root.value(QStringLiteral("columns")).toObject();
    QHash<QString, QString> byNormalised;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString key = it.value().toString();
        if (!key.isEmpty() && !validKeys.contains(key)) {
            return refuse(tr("The column \"%1\" is mapped to \"%2\", which is not a column of "
                             "this table.")
                              .arg(it.key(), key));
        }
        byNormalised.insert(normalise(it.key()), key);
    }

    ColumnMapping m;
    m.m_headers = headers;
    for (const QString& h : headers) {
        QString key;
        if (columns.contains(h))
            key = columns.value(h).toString();
        else if (auto it = byNormalised.constFind(normalise(h)); it != byNormalised.cend())
            key = *it;
        else
            key = recognise(h);
        if (!key.isEmpty() && m.m_targets.contains(key))
            key.clear();
        m.m_targets.append(key);
    }
    return m;
}

} // namespace daicho
