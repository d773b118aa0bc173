#include "AssetRepository.h"

#include "AssetBulkReader.h"
#include "AssetSnapshot.h"
#include "Database.h"
#include "Sql.h"
#include "support/Timestamp.h"
#include "support/Utf8.h"

#include <QSqlError>

namespace daicho {

namespace {

const QString kColumns = QStringLiteral(
    "id, code, name, description, asset_class, subtype, owner, location, retention, "
    "business_area, user_scope, notes, confidentiality, integrity, availability, personal_data, "
    "customer_data, priority_override, override_reason, next_review, created_at, updated_at");

Asset readAsset(const QSqlQuery& q)
{
    Asset a;
    a.id = q.value(0).toLongLong();
    a.code = q.value(1).toString();
    a.name = q.value(2).toString();
    a.description = q.value(3).toString();
    a.assetClass = AssetTerms::classFromKey(q.value(4).toString()).value_or(AssetClass::Internal);
    a.subtype = AssetTerms::subtypeFromKey(q.value(5).toString()).value_or(AssetSubtype::Data);
    a.owner = q.value(6).toString();
    a.location = q.value(7).toString();
    a.retention = q.value(8).toString();
    a.businessArea = q.value(9).toString();
    a.userScope = q.value(10).toString();
    a.notes = q.value(11).toString();
    a.confidentiality = q.value(12).toInt();
    a.integrity = q.value(13).toInt();
    a.availability = q.value(14).toInt();
    a.personalData =
        AssetTerms::personalDataFromKey(q.value(15).toString()).value_or(PersonalData::None);
    a.customerData = q.value(16).toInt() != 0;
    if (!q.value(17).isNull())
        a.priorityOverride = AssetTerms::priorityFromKey(q.value(17).toString());
    a.overrideReason = q.value(18).toString();
    if (!q.value(19).isNull())
        a.nextReview = QDate::fromString(q.value(19).toString(), Qt::ISODate);
    a.createdAt = parseUtcTimestamp(q.value(20).toString());
    a.updatedAt = parseUtcTimestamp(q.value(21).toString());
    return a;
}

// Binds the 21 content columns, in kColumns order after id, starting at `first`.
void bindContent(QSqlQuery& q, const Asset& a, int first)
{
    int i = first;
    q.bindValue(i++, sql::text(a.code));
    q.bindValue(i++, sql::text(a.name));
    q.bindValue(i++, sql::text(a.description));
    q.bindValue(i++, AssetTerms::key(a.assetClass));
    q.bindValue(i++, AssetTerms::key(a.subtype));
    q.bindValue(i++, sql::text(a.owner));
    q.bindValue(i++, sql::text(a.location));
    q.bindValue(i++, sql::text(a.retention));
    q.bindValue(i++, sql::text(a.businessArea));
    q.bindValue(i++, sql::text(a.userScope));
    q.bindValue(i++, sql::text(a.notes));
    q.bindValue(i++, a.confidentiality);
    q.bindValue(i++, a.integrity);
    q.bindValue(i++, a.availability);
    q.bindValue(i++, AssetTerms::key(a.personalData));
    q.bindValue(i++, a.customerData ? 1 : 0);
    q.bindValue(i++,
                a.priorityOverride ? QVariant(AssetTerms::key(*a.priorityOverride)) : sql::null());
    q.bindValue(i++, sql::text(a.overrideReason));
    q.bindValue(i++, sql::nullableDate(a.nextReview));
    q.bindValue(i++, sql::text(AssetSnapshot::timestamp(a.createdAt)));
    q.bindValue(i++, sql::text(AssetSnapshot::timestamp(a.updatedAt)));
}

QList<DependencyGraph::Edge> readEdges(QSqlQuery& q)
{
    QList<DependencyGraph::Edge> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

} // namespace

Result<QSqlQuery*> AssetRepository::cached(QSqlQuery& slot, const QString& text) const
{
    if (slot.lastQuery().isEmpty()) {
        auto q = sql::prepare(m_db.connection(), text);
        if (!q)
            return q.error();
        slot = std::move(*q);
    }
    return &slot;
}

Result<qint64> AssetRepository::insert(const Asset& a)
{
    const bool withId = a.id != 0;
    auto q = withId ? cached(m_insertWithId,
                             QStringLiteral("INSERT INTO assets (") + kColumns +
                                 QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
                    : cached(m_insert,
                             QStringLiteral("INSERT INTO assets (") + kColumns.mid(4) +
                                 QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    QSqlQuery& query = **q;
    if (withId)
        query.bindValue(0, a.id);
    bindContent(query, a, withId ? 1 : 0);
    if (Status s = sql::exec(query); !s)
        return s.error();
    return withId ? a.id : query.lastInsertId().toLongLong();
}

namespace {

// After INSERT or INSERT OR ROLLBACK.
const char* const kBulkInsertHead =
    " INTO assets (code, name, description, asset_class, subtype, owner, location, "
    "retention, business_area, user_scope, notes, confidentiality, integrity, availability, "
    "personal_data, customer_data, priority_override, override_reason, next_review, "
    "created_at, updated_at) VALUES ";
const char* const kBulkInsertRow =
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Binds an encoded row's columns from parameter `first` on.
void bindRow(SqliteStatement& q, int first, const AssetRepository::EncodedRow& row)
{
    using Row = AssetRepository::EncodedRow;
    for (int i = 0; i < Row::Columns; ++i) {
        switch (row.kind[i]) {
        case Row::Text:
            q.bindView(first + i, row.text(i)); // the row outlives exec()
            break;
        case Row::Integer:
            q.bind(first + i, row.integer[i]);
            break;
        case Row::Null:
            q.bindNull(first + i);
            break;
        }
    }
}

Error checkFailed(const QString& rule)
{
    return Error::make(Error::Kind::Io,
                       QStringLiteral("Statement failed: CHECK constraint failed: ") + rule);
}

} // namespace

Result<AssetRepository::BulkInsert> AssetRepository::bulkInsert(bool noConflictPossible) const
{
    auto checksOff = CheckConstraintsOff::begin(m_db.connection());
    if (!checksOff)
        return checksOff.error();
    QByteArray sql = QByteArray("INSERT") + kBulkInsertHead + kBulkInsertRow;
    auto one = SqliteStatement::prepare(m_db.connection(), sql.constData());
    if (!one)
        return one.error();
    QByteArray groupSql = QByteArray(noConflictPossible ? "INSERT OR ROLLBACK" : "INSERT") +
                          kBulkInsertHead + kBulkInsertRow;
    for (int r = 1; r < BulkInsert::RowsPerStatement; ++r)
        groupSql += QByteArray(", ") + kBulkInsertRow;
    auto group = SqliteStatement::prepare(m_db.connection(), groupSql.constData());
    if (!group)
        return group.error();
    return BulkInsert(std::move(*checksOff), std::move(*one), std::move(*group),
                      noConflictPossible);
}

QString AssetRepository::schemaCheckFailure(const Asset& a)
{
    auto oneOf = [](const QString& key, std::initializer_list<QLatin1StringView> allowed) {
        for (QLatin1StringView k : allowed) {
            if (key == k)
                return true;
        }
        return false;
    };
    const QString cls = AssetTerms::key(a.assetClass);
    const QString sub = AssetTerms::key(a.subtype);
    if (!oneOf(cls, {QLatin1StringView("customer"), QLatin1StringView("test"),
                     QLatin1StringView("internal")}))
        return QStringLiteral("asset_class");
    if (!oneOf(sub, {QLatin1StringView("physical"), QLatin1StringView("software"),
                     QLatin1StringView("data"), QLatin1StringView("service"),
                     QLatin1StringView("media")}))
        return QStringLiteral("subtype");
    for (const auto& [value, column] :
         {std::pair{a.confidentiality, "confidentiality"}, std::pair{a.integrity, "integrity"},
          std::pair{a.availability, "availability"}}) {
        if (value < 1 || value > 3)
            return QString::fromLatin1(column);
    }
    if (!oneOf(AssetTerms::key(a.personalData),
               {QLatin1StringView("none"), QLatin1StringView("personal"),
                QLatin1StringView("special-care"), QLatin1StringView("my-number")}))
        return QStringLiteral("personal_data");
    // customer_data is bound as 0 or 1 from a bool.
    if (a.priorityOverride &&
        !oneOf(AssetTerms::key(*a.priorityOverride),
               {QLatin1StringView("P1"), QLatin1StringView("P2"), QLatin1StringView("P3")}))
        return QStringLiteral("priority_override");
    if (sub == QLatin1StringView("media") && cls != QLatin1StringView("internal"))
        return QStringLiteral("subtype <> 'media' OR asset_class = 'internal'");
    if (a.priorityOverride) {
        // SQLite's trim() removes spaces (U+0020) only.
        bool onlySpaces = true;
        for (QChar c : a.overrideReason) {
            if (c != QLatin1Char(' ')) {
                onlySpaces = false;
                break;
            }
        }
        if (onlySpaces)
            return QStringLiteral("priority_override IS NULL OR length(trim(override_reason)) > 0");
    }
    return {};
}

AssetRepository::EncodedRow AssetRepository::encode(const Asset& a)
{
    EncodedRow r;
    const QString nextReview = a.nextReview.isValid() ? isoDate(a.nextReview) : QString();
    const QString created = AssetSnapshot::timestamp(a.createdAt);
    const QString updated = AssetSnapshot::timestamp(a.updatedAt);
    const QString priority = a.priorityOverride ? AssetTerms::key(*a.priorityOverride) : QString();
    // In the order of the insert's columns; nullptr for an Integer or a Null column.
    const QString classKey = AssetTerms::key(a.assetClass);
    const QString subtypeKey = AssetTerms::key(a.subtype);
    const QString personalKey = AssetTerms::key(a.personalData);
    const QString* texts[EncodedRow::Columns] = {&a.code,
                                                 &a.name,
                                                 &a.description,
                                                 &classKey,
                                                 &subtypeKey,
                                                 &a.owner,
                                                 &a.location,
                                                 &a.retention,
                                                 &a.businessArea,
                                                 &a.userScope,
                                                 &a.notes,
                                                 nullptr,
                                                 nullptr,
                                                 nullptr,
                                                 &personalKey,
                                                 nullptr,
                                                 a.priorityOverride ? &priority : nullptr,
                                                 &a.overrideReason,
                                                 a.nextReview.isValid() ? &nextReview : nullptr,
                                                 &created,
                                                 &updated};
    const qint64 integers[EncodedRow::Columns] = {0,           0,
                                                  0,           0,
                                                  0,           0,
                                                  0,           0,
                                                  0,           0,
                                                  0,           a.confidentiality,
                                                  a.integrity, a.availability,
                                                  0,           a.customerData ? 1 : 0};
    static constexpr bool isInteger[EncodedRow::Columns] = {
        false, false, false, false, false, false, false, false, false, false, false,
        true,  true,  true,  false, true,  false, false, false, false, false};

    // Sized once for the most the texts can take, written through a pointer, cut to length.
    qsizetype units = 0;
    for (const QString* t : texts)
        units += t ? t->size() : 0;
    r.bytes.resize(3 * units);
    char* const start = r.bytes.data();
    char* p = start;
    for (int i = 0; i < EncodedRow::Columns; ++i) {
        r.begin[i] = int(p - start);
        if (isInteger[i]) {
            r.kind[i] = EncodedRow::Integer;
            r.integer[i] = integers[i];
        } else if (texts[i]) {
            r.kind[i] = EncodedRow::Text;
            p = writeUtf8(p, *texts[i]);
        } else {
            r.kind[i] = EncodedRow::Null;
        }
    }
    r.begin[EncodedRow::Columns] = int(p - start);
    r.bytes.truncate(p - start);
    // The statement was compiled without the table's CHECKs: the same rules, here.
    r.failedCheck = schemaCheckFailure(a);
    return r;
}

Result<qint64> AssetRepository::BulkInsert::insert(const EncodedRow& row)
{
    const EncodedRow* rows[] = {&row};
    return run(m_insert, rows, 1);
}

Result<qint64> AssetRepository::BulkInsert::insert(const Group& rows)
{
    return run(m_insertGroup, rows.data(), RowsPerStatement);
}

Result<qint64> AssetRepository::BulkInsert::run(SqliteStatement& q, const EncodedRow* const* rows,
                                                int count)
{
    for (int r = 0; r < count; ++r) {
        if (!rows[r]->failedCheck.isEmpty())
            return checkFailed(rows[r]->failedCheck);
    }
    for (int r = 0; r < count; ++r)
        bindRow(q, r * EncodedRow::Columns, *rows[r]);
    if (Status s = q.exec(); !s) {
        // A group that ends the transaction is never a Conflict: its caller must not go on.
        const bool transactionEnded = &q == &m_insertGroup && m_groupEndsTransaction;
        if (q.lastFailedOnUnique() && !transactionEnded)
            return Error{Error::Kind::Conflict, s.error().message, {}, 0, 0,
                         QStringLiteral("code")};
        return s.error();
    }
    return q.lastInsertRowId();
}

Status AssetRepository::update(const Asset& a)
{
    auto q = cached(
        m_update,
        QStringLiteral("UPDATE assets SET code = ?, name = ?, description = ?, asset_class = ?, "
                       "subtype = ?, owner = ?, location = ?, retention = ?, business_area = ?, "
                       "user_scope = ?, notes = ?, confidentiality = ?, integrity = ?, "
                       "availability = ?, personal_data = ?, customer_data = ?, "
                       "priority_override = ?, override_reason = ?, next_review = ?, "
                       "created_at = ?, updated_at = ? WHERE id = ?"));
    if (!q)
        return q.error();
    QSqlQuery& query = **q;
    bindContent(query, a, 0);
    query.bindValue(21, a.id);
    if (Status s = sql::exec(query); !s)
        return s;
    if (query.numRowsAffected() != 1)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("Asset %1 does not exist").arg(a.id));
    return {};
}

Status AssetRepository::remove(qint64 id)
{
    auto q = sql::run(m_db.connection(), QStringLiteral("DELETE FROM assets WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::make(Error::Kind::NotFound,
                           QStringLiteral("Asset %1 does not exist").arg(id));
    return {};
}

Result<std::optional<Asset>> AssetRepository::find(qint64 id) const
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM assets WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Asset>();
    return std::optional<Asset>(readAsset(*q));
}

Result<std::optional<Asset>> AssetRepository::findByCode(const QString& code) const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM assets WHERE code = ?"),
                      {code});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Asset>();
    return std::optional<Asset>(readAsset(*q));
}

Result<std::optional<qint64>> AssetRepository::idForCode(const QString& code, qint64 except) const
{
    auto v = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT id FROM assets WHERE code = ? AND id <> ?"),
                         {code, except});
    if (!v)
        return v.error();
    if (!v->isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(v->toLongLong());
}

Result<QList<Asset>> AssetRepository::all() const
{
    auto n = count();
    if (!n)
        return n.error();
    if (auto direct = readAllAssetsDirect(m_db.connection(), kColumns, qsizetype(*n)))
        return std::move(*direct);
    auto q = sql::prepare(m_db.connection(), QStringLiteral("SELECT ") + kColumns +
                                                 QStringLiteral(" FROM assets ORDER BY id"));
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    QList<Asset> out;
    // Sized once: growing a list of 100,000 assets step by step moves them all several times.
    out.reserve(qsizetype(*n));
    while (q->next())
        out.append(readAsset(*q));
    return out;
}

QString AssetRepository::selectColumns()
{
    return kColumns;
}

Result<qint64> AssetRepository::count() const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM assets"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status AssetRepository::addDependency(qint64 asset, qint64 dependsOn)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("INSERT INTO asset_dependencies (asset_id, depends_on_id) "
                                     "VALUES (?, ?)"),
                      {asset, dependsOn});
    return q ? Status() : Status(q.error());
}

Status AssetRepository::removeDependency(qint64 asset, qint64 dependsOn)
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("DELETE FROM asset_dependencies WHERE asset_id = ? AND "
                                     "depends_on_id = ?"),
                      {asset, dependsOn});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error::make(Error::Kind::NotFound, QStringLiteral("No such dependency"));
    return {};
}

Result<QList<DependencyGraph::Edge>> AssetRepository::allDependencies() const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT asset_id, depends_on_id FROM asset_dependencies"));
    if (!q)
        return q.error();
    return readEdges(*q);
}

Result<QList<DependencyGraph::Edge>> AssetRepository::dependenciesTouching(qint64 id) const
{
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT asset_id, depends_on_id FROM asset_dependencies "
                                     "WHERE asset_id = ? OR depends_on_id = ? "
                                     "ORDER BY asset_id, depends_on_id"),
                      {id, id});
    if (!q)
        return q.error();
    return readEdges(*q);
}

Result<QList<PriorityInput>> AssetRepository::priorityInputs() const
{
    auto q = sql::prepare(m_db.connection(),
                          QStringLiteral("SELECT id, asset_class, personal_data, customer_data, "
                                         "priority_override FROM assets"));
    if (!q)
        return q.error();
    q->setForwardOnly(true);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    QList<PriorityInput> out;
    while (q->next()) {
        PriorityInput in;
        in.id = q->value(0).toLongLong();
        in.assetClass =
            AssetTerms::classFromKey(q->value(1).toString()).value_or(AssetClass::Internal);
        in.customerPersonalData =
            q->value(2).toString() != QLatin1String("none") && q->value(3).toInt() != 0;
        if (!q->value(4).isNull())
            in.priorityOverride = AssetTerms::priorityFromKey(q->value(4).toString());
        out.append(in);
    }
    return out;
}

} // namespace daicho
