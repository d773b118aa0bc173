#include "HistoryLog.h"

#include "Database.h"
#include "Sql.h"
#include "support/Actor.h"
#include "support/Clock.h"
#include "support/Sha256.h"
#include "support/Timestamp.h"

#include <QCryptographicHash>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <limits>

namespace daicho {

namespace {

const QString kSelectColumns = QStringLiteral(
    "SELECT seq, op, at, actor, entity_type, entity_key, entity_label, action, before, after, "
    "note, hash FROM history ");

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
    e.hash = q.value(11).toString();
    return e;
}

QString timestamp(const QDateTime& t)
{
    return utcTimestamp(t);
}

// SHA-256 over length-prefixed UTF-8 fields ("<bytes>:<text>"; an absent snapshot is "-"),
// so no field can be shifted into its neighbour. One definition for writing and verifying.
class ChainHasher
{
public:
    // Gathers into the given buffer (kept by a Writer across entries, so its memory is reused)
    // and hashes it in one call: a few dozen small updates, or appends, cost more than the
    // hashing itself.
    explicit ChainHasher(QByteArray& buffer)
        : m_bytes(buffer)
    {}
    ChainHasher& field(QByteArrayView utf8)
    {
        char prefix[24];
        const auto [end, ec] = std::to_chars(prefix, prefix + sizeof prefix - 1, utf8.size());
        (void)ec; // 24 characters hold any 64-bit number
        *end = ':';
        put(prefix, end - prefix + 1);
        put(utf8.data(), utf8.size());
        return *this;
    }
    ChainHasher& field(const QByteArray& utf8) { return field(QByteArrayView(utf8)); }
    ChainHasher& field(const QString& s) { return field(QByteArrayView(s.toUtf8())); }
    ChainHasher& number(qint64 v)
    {
        char digits[24];
        const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, v);
        (void)ec;
        return field(QByteArrayView(digits, end - digits));
    }
    ChainHasher& optional(const QByteArray* utf8)
    {
        if (utf8)
            return field(QByteArrayView(*utf8));
        put("-", 1);
        return *this;
    }
    QByteArray hex() const { return Sha256::hexOf(QByteArrayView(m_bytes.constData(), m_used)); }

private:
    void put(const char* p, qsizetype n)
    {
        if (n == 0)
            return; // an empty view may have no data at all, and memcpy must not see null
        if (m_used + n > m_bytes.size())
            m_bytes.resize(std::max<qsizetype>(2 * m_bytes.size(), m_used + n + 1024));
        std::memcpy(m_bytes.data() + m_used, p, size_t(n));
        m_used += n;
    }
    QByteArray& m_bytes;
    qsizetype m_used = 0;
};

// The insert of `entries` entries. The columns they share (op, actor, type, action, note)
// are parameters 1 to Writer::SharedColumns, bound once; each entry's own follow, seven each
// (see Writer::bindOwn).
QByteArray insertSql(const char* verb, int entries)
{
    QByteArray text(verb);
    text += " INTO history (seq, op, at, actor, entity_type, entity_key, entity_label, action, "
            "before, after, note, hash) VALUES ";
    for (int i = 0; i < entries; ++i) {
        const int own = HistoryLog::Writer::SharedColumns + 1 + i * HistoryLog::Writer::OwnColumns;
        char row[96];
        std::snprintf(row, sizeof row, "%s(?%d,?1,?%d,?2,?3,?%d,?%d,?4,?%d,?%d,?5,?%d)",
                      i == 0 ? "" : ",", own, own + 1, own + 2, own + 3, own + 4, own + 5, own + 6);
        text += row;
    }
    return text;
}

} // namespace

QString HistoryLog::computeHash(const HistoryEntry& e, const QString& prevHash)
{
    const QByteArray before = e.before ? e.before->toUtf8() : QByteArray();
    const QByteArray after = e.after ? e.after->toUtf8() : QByteArray();
    QByteArray buffer;
    ChainHasher h(buffer);
    h.field(prevHash)
        .number(e.seq)
        .number(e.op)
        .field(timestamp(e.at))
        .field(e.actor)
        .field(e.entityType)
        .field(e.entityKey)
        .field(e.entityLabel)
        .field(e.action)
        .optional(e.before ? &before : nullptr)
        .optional(e.after ? &after : nullptr)
        .field(e.note);
    return QString::fromLatin1(h.hex());
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
        w.m_chain.m_seq = tail->value(0).toLongLong();
        w.m_chain.m_lastHash = tail->value(1).toString().toLatin1();
    } else {
        auto uuid = registerUuid();
        if (!uuid)
            return uuid.error();
        w.m_chain.m_lastHash = genesisHash(*uuid).toLatin1();
    }
    w.m_chain.m_op = w.m_chain.m_seq + 1;
    w.m_chain.m_actor = Actor::current().toUtf8();
    w.m_connection = m_db.connection();
    auto insert = SqliteStatement::prepare(m_db.connection(), insertSql("INSERT", 1).constData());
    if (!insert)
        return insert.error();
    w.m_insert.emplace(std::move(*insert));
    return w;
}

Status HistoryLog::Writer::append(const QString& entityType, const QString& entityKey,
                                  const QString& entityLabel, const QString& action,
                                  const std::optional<QString>& before,
                                  const std::optional<QString>& after, const QString& note)
{
    const QByteArray beforeUtf8 = before ? before->toUtf8() : QByteArray();
    const QByteArray afterUtf8 = after ? after->toUtf8() : QByteArray();
    return appendUtf8(entityType, entityKey, entityLabel, action, before ? &beforeUtf8 : nullptr,
                      after ? &afterUtf8 : nullptr, note);
}

QByteArray HistoryLog::timestampUtf8(const QDateTime& t)
{
    // Millisecond precision is what is stored, so hash exactly that. An import asks for the
    // same millisecond many times in a row: the last one is kept, per thread.
    thread_local qint64 lastMs = std::numeric_limits<qint64>::min();
    thread_local QByteArray last;
    const qint64 ms = t.isValid() ? t.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    if (ms != lastMs || !t.isValid()) {
        last = timestamp(toStoredPrecision(t)).toLatin1();
        lastMs = ms;
    }
    return last;
}

QByteArray HistoryLog::Chain::repeatedUtf8(const QString& s)
{
    for (const auto& [text, bytes] : m_repeated) {
        if (text == s)
            return bytes;
    }
    QByteArray bytes = s.toUtf8();
    if (m_repeated.size() < 8)
        m_repeated.push_back({s, bytes});
    return bytes;
}

HistoryLog::Entry HistoryLog::Chain::next(const QByteArray& at, const QString& entityType,
                                          const QString& entityKey, const QString& entityLabel,
                                          const QString& action, const QByteArray* before,
                                          const QByteArray* after, const QString& note)
{
    return nextUtf8(at, entityType, entityKey.toUtf8(), entityLabel.toUtf8(), action, before, after,
                    note);
}

HistoryLog::Entry HistoryLog::Chain::nextUtf8(const QByteArray& at, const QString& entityType,
                                              QByteArray entityKey, QByteArray entityLabel,
                                              const QString& action, const QByteArray* before,
                                              const QByteArray* after, const QString& note)
{
    // Every text is turned into UTF-8 once, hashed and bound from the same bytes (an import
    // appends one entry per row; its types and actions repeat and are converted once).
    Entry e;
    e.seq = m_seq + 1;
    e.op = m_op;
    e.at = at;
    e.actor = m_actor;
    e.type = repeatedUtf8(entityType);
    e.key = std::move(entityKey);
    e.label = std::move(entityLabel);
    e.action = repeatedUtf8(action);
    e.hasBefore = before != nullptr;
    e.hasAfter = after != nullptr;
    if (before)
        e.before = *before;
    if (after)
        e.after = *after;
    e.note = note.isEmpty() ? QByteArray("") : note.toUtf8();
    e.prevHash = m_lastHash;
    ChainHasher h(m_hashInput);
    h.field(e.prevHash)
        .number(e.seq)
        .number(e.op)
        .field(e.at)
        .field(e.actor)
        .field(e.type)
        .field(e.key)
        .field(e.label)
        .field(e.action)
        .optional(before)
        .optional(after)
        .field(e.note);
    e.hash = h.hex();
    return e;
}

Status HistoryLog::Writer::appendUtf8(const QString& entityType, const QString& entityKey,
                                      const QString& entityLabel, const QString& action,
                                      const QByteArray* before, const QByteArray* after,
                                      const QString& note)
{
    // An import writes dozens of entries in the same millisecond: the time is formatted once.
    const QDateTime now = toStoredPrecision(Clock::current().nowUtc());
    if (now != m_lastAtTime || m_lastAt.isEmpty()) {
        m_lastAtTime = now;
        m_lastAt = timestampUtf8(now);
    }
    return write(
        m_chain.next(m_lastAt, entityType, entityKey, entityLabel, action, before, after, note));
}

Result<bool> HistoryLog::Writer::appendPrepared(const Entry& e)
{
    if (!m_chain.isNext(e))
        return false;
    if (Status s = write(e); !s)
        return s.error();
    return true;
}

Status HistoryLog::Writer::write(Entry e)
{
    if (m_batching) {
        // The chain moves on now; should the flush fail, the action fails and its transaction
        // is rolled back with everything this Writer wrote.
        m_chain.advance(e);
        m_pending.push_back(std::move(e));
        return m_pending.size() == EntriesPerStatement ? flush() : Status();
    }
    bindShared(*m_insert, e);
    bindOwn(*m_insert, SharedColumns, e);
    if (Status s = m_insert->exec(); !s)
        return s;
    m_chain.advance(e);
    return {};
}

void HistoryLog::Writer::bindShared(SqliteStatement& q, const Entry& e)
{
    // Bound in place: `e` outlives the statement's execution (write() and flush() keep it).
    q.bind(0, e.op);
    q.bindView(1, e.actor);
    q.bindView(2, e.type);
    q.bindView(3, e.action);
    q.bindView(4, e.note);
}

void HistoryLog::Writer::bindOwn(SqliteStatement& q, int first, const Entry& e)
{
    q.bind(first + 0, e.seq);
    q.bindView(first + 1, e.at);
    q.bindView(first + 2, e.key);
    q.bindView(first + 3, e.label);
    if (e.hasBefore)
        q.bindView(first + 4, e.before);
    else
        q.bindNull(first + 4);
    if (e.hasAfter)
        q.bindView(first + 5, e.after);
    else
        q.bindNull(first + 5);
    q.bindView(first + 6, e.hash);
}

Status HistoryLog::Writer::setBatching(bool on, bool failureEndsTransaction)
{
    if (!on) {
        if (Status s = flush(); !s)
            return s;
    } else if (!m_insertMany || m_insertManyEndsTransaction != failureEndsTransaction) {
        const QByteArray sql = insertSql(failureEndsTransaction ? "INSERT OR ROLLBACK" : "INSERT",
                                         EntriesPerStatement);
        m_insertMany.reset();
        auto many = SqliteStatement::prepare(m_connection, sql.constData());
        if (!many)
            return many.error();
        m_insertMany.emplace(std::move(*many));
        m_insertManyEndsTransaction = failureEndsTransaction;
    }
    m_batching = on;
    return {};
}

Status HistoryLog::Writer::flush()
{
    // A bulk write's entries share their op, actor, type, action and note (an import's
    // creates, its links): those are bound once for all of them, not once an entry.
    const auto sharesColumns = [this] {
        const Entry& first = m_pending.front();
        return std::all_of(m_pending.cbegin() + 1, m_pending.cend(), [&first](const Entry& e) {
            return e.op == first.op && e.actor == first.actor && e.type == first.type &&
                   e.action == first.action && e.note == first.note;
        });
    };
    if (m_pending.size() == EntriesPerStatement && m_insertMany && sharesColumns()) {
        bindShared(*m_insertMany, m_pending.front());
        for (int i = 0; i < EntriesPerStatement; ++i)
            bindOwn(*m_insertMany, SharedColumns + i * OwnColumns, m_pending[size_t(i)]);
        Status s = m_insertMany->exec();
        m_pending.clear();
        return s;
    }
    for (const Entry& p : m_pending) {
        bindShared(*m_insert, p);
        bindOwn(*m_insert, SharedColumns, p);
        if (Status s = m_insert->exec(); !s) {
            m_pending.clear();
            return s;
        }
    }
    m_pending.clear();
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
        else if (computeHash(e, expectedPrev) != e.hash)
            problem =
                tr("entry %1, or the one before it, was changed after it was written").arg(e.seq);
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
