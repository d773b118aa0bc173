#include "HistoryLog.h"

#include "Database.h"
#include "Sql.h"
#include "support/Actor.h"
#include "support/Clock.h"
#include "support/Timestamp.h"

#include <QCryptographicHash>

namespace daicho {

namespace {

const QString kSelectColumns = QStringLiteral(
    "SELECT seq, op, at, actor, entity_type, entity_key, entity_label, action, before, after, "
    "note, prev_hash, hash FROM history ");

HistoryEntry readEntry(const QSqlQuery& q)
{
    HistoryEntry e;
    e.seq = q.value(0).toLongLong();
    e.op = q.value(1).toLongLong();
    e.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    e.actor = q.value(3).toString();
    e.entityType = q.value(4).toString();
    e.entityKey = q.value(5).toString();
    e.entityLabel = q.value(6).toString();
    e.action = q.value(7).toString();
    if (!q.value(8).isNull())
        e.before = q.value(8).toString();
    if (!q.value(9).isNull())
        e.after = q.value(9).toString();
    e.note = q.value(10).toString();
    e.prevHash = q.value(11).toString();
    e.hash = q.value(12).toString();
    return e;
}

QString timestamp(const QDateTime& t)
{
    return utcTimestamp(t);
}

void addField(QCryptographicHash& h, const QString& s)
{
    const QByteArray b = s.toUtf8();
    h.addData(QByteArray::number(b.size()));
    h.addData(QByteArrayView(":", 1));
    h.addData(b);
}

void addOptional(QCryptographicHash& h, const std::optional<QString>& s)
{
    if (s)
        addField(h, *s);
    else
        h.addData(QByteArrayView("-", 1));
}

QVariant nullableText(const std::optional<QString>& s)
{
    return s ? sql::text(*s) : sql::null();
}

} // namespace

QString HistoryLog::computeHash(const HistoryEntry& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    addField(h, e.prevHash);
    addField(h, QString::number(e.seq));
    addField(h, QString::number(e.op));
    addField(h, timestamp(e.at));
    addField(h, e.actor);
    addField(h, e.entityType);
    addField(h, e.entityKey);
    addField(h, e.entityLabel);
    addField(h, e.action);
    addOptional(h, e.before);
    addOptional(h, e.after);
    addField(h, e.note);
    return QString::fromLatin1(h.result().toHex());
}

QString HistoryLog::genesisHash(const QString& registerUuid)
{
    QByteArray seed("daicho-register:");
    seed += registerUuid.toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

Result<QString> HistoryLog::registerUuid() const
{
    auto v = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT value FROM register_info WHERE key = ?"),
                         {QStringLiteral("register_uuid")});
    if (!v)
        return v.error();
    if (v->toString().isEmpty())
        return Error::make(Error::Kind::NotARegister, tr("The register has no id."));
    return v->toString();
}

Result<HistoryLog::Writer> HistoryLog::writer()
{
    Writer w;
    auto tail = sql::run(m_db.connection(),
                         QStringLiteral("SELECT seq, hash FROM history ORDER BY seq DESC LIMIT 1"));
    if (!tail)
        return tail.error();
    if (tail->next()) {
        w.m_seq = tail->value(0).toLongLong();
        w.m_lastHash = tail->value(1).toString();
    } else {
        auto uuid = registerUuid();
        if (!uuid)
            return uuid.error();
        w.m_lastHash = genesisHash(*uuid);
    }
    w.m_op = w.m_seq + 1;
    w.m_actor = Actor::current();
    auto insert = sql::prepare(
        m_db.connection(),
        QStringLiteral("INSERT INTO history (seq, op, at, actor, entity_type, entity_key, "
                       "entity_label, action, before, after, note, prev_hash, hash) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    w.m_insert = std::move(*insert);
    return w;
}

Status HistoryLog::Writer::append(const QString& entityType, const QString& entityKey,
                                  const QString& entityLabel, const QString& action,
                                  const std::optional<QString>& before,
                                  const std::optional<QString>& after, const QString& note)
{
    HistoryEntry e;
    e.seq = m_seq + 1;
    e.op = m_op;
    // Millisecond precision is what is stored, so hash exactly that.
    e.at = toStoredPrecision(Clock::current().nowUtc());
    e.actor = m_actor;
    e.entityType = entityType;
    e.entityKey = entityKey;
    e.entityLabel = entityLabel;
    e.action = action;
    e.before = before;
    e.after = after;
    e.note = note;
    e.prevHash = m_lastHash;
    e.hash = HistoryLog::computeHash(e);

    const QVariant values[] = {e.seq,
                               e.op,
                               timestamp(e.at),
                               e.actor,
                               e.entityType,
                               e.entityKey,
                               e.entityLabel,
                               e.action,
                               nullableText(e.before),
                               nullableText(e.after),
                               e.note,
                               e.prevHash,
                               e.hash};
    for (int i = 0; i < 13; ++i) {
        const QVariant& v = values[i];
        m_insert.bindValue(i, v.userType() == QMetaType::QString ? sql::text(v.toString()) : v);
    }
    if (Status s = sql::exec(m_insert); !s)
        return s;
    m_seq = e.seq;
    m_lastHash = e.hash;
    return {};
}

Result<QList<HistoryEntry>> HistoryLog::entriesFor(const QString& entityType,
                                                   const QString& entityKey) const
{
    auto q = sql::run(m_db.connection(),
                      kSelectColumns +
                          QStringLiteral("WHERE entity_type = ? AND entity_key = ? ORDER BY seq"),
                      {entityType, entityKey});
    if (!q)
        return q.error();
    QList<HistoryEntry> out;
    while (q->next())
        out.append(readEntry(*q));
    return out;
}

Result<QList<HistoryEntry>> HistoryLog::latest(int limit) const
{
    auto q = sql::run(m_db.connection(),
                      kSelectColumns + QStringLiteral("ORDER BY seq DESC LIMIT ?"), {limit});
    if (!q)
        return q.error();
    QList<HistoryEntry> out;
    while (q->next())
        out.append(readEntry(*q));
    return out;
}

Result<qint64> HistoryLog::count() const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM history"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<HistoryLog::ChainReport> HistoryLog::verifyChain() const
{
    ChainReport report;
    auto q = sql::prepare(m_db.connection(), kSelectColumns + QStringLiteral("ORDER BY seq"));
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    if (Status s = sql::exec(*q); !s)
        return s.error();

    QString expectedPrev;
    qint64 expectedSeq = 1;
    while (q->next()) {
        const HistoryEntry e = readEntry(*q);
        ++report.entries;
        if (expectedSeq == 1) {
            auto uuid = registerUuid();
            if (!uuid)
                return uuid.error();
            expectedPrev = genesisHash(*uuid);
        }
        QString problem;
        if (e.seq != expectedSeq)
            problem = tr("entry %1 is missing (entry %2 comes next)").arg(expectedSeq).arg(e.seq);
        else if (e.prevHash != expectedPrev)
            problem = tr("entry %1 does not follow the entry before it").arg(e.seq);
        else if (computeHash(e) != e.hash)
            problem = tr("entry %1 was changed after it was written").arg(e.seq);
        if (!problem.isEmpty()) {
            report.firstBadSeq = e.seq;
            report.problem = problem;
            return report;
        }
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    return report;
}

Result<HistoryLog::State> HistoryLog::replay() const
{
    State state;
    auto q = sql::prepare(m_db.connection(),
                          QStringLiteral("SELECT entity_type, entity_key, after FROM history "
                                         "ORDER BY seq"));
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    while (q->next()) {
        const QString type = q->value(0).toString();
        const QString key = q->value(1).toString();
        const QVariant after = q->value(2);
        if (after.isNull())
            state[type].remove(key);
        else
            state[type].insert(key, after.toString());
    }
    return state;
}

} // namespace daicho
