#include "AssetSnapshot.h"

#include "support/JsonWriter.h"
#include "support/Timestamp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <cstring>

namespace daicho {

QString AssetSnapshot::timestamp(const QDateTime& t)
{
    return utcTimestamp(t);
}

namespace {

// The members of a snapshot, in their order in the array (the id, then the insert's columns).
constexpr int kMemberCount = 1 + AssetRepository::EncodedRow::Columns;
const QLatin1StringView kMembers[kMemberCount] = {
    QLatin1StringView("id"),
    QLatin1StringView("code"),
    QLatin1StringView("name"),
    QLatin1StringView("description"),
    QLatin1StringView("class"),
    QLatin1StringView("subtype"),
    QLatin1StringView("owner"),
    QLatin1StringView("location"),
    QLatin1StringView("retention"),
    QLatin1StringView("business_area"),
    QLatin1StringView("user_scope"),
    QLatin1StringView("notes"),
    QLatin1StringView("confidentiality"),
    QLatin1StringView("integrity"),
    QLatin1StringView("availability"),
    QLatin1StringView("personal_data"),
    QLatin1StringView("customer_data"), // 0 or 1 in the array, as in its column
    QLatin1StringView("priority_override"),
    QLatin1StringView("override_reason"),
    QLatin1StringView("next_review"),
    QLatin1StringView("created_at"),
    QLatin1StringView("updated_at")};
constexpr int kCustomerData = 16;

// An object of named members from either form; empty when it is neither.
QJsonObject namedMembers(const QJsonDocument& doc)
{
    if (doc.isObject())
        return doc.object();
    const QJsonArray values = doc.array();
    if (values.size() < kMemberCount)
        return {};
    QJsonObject o;
    for (int i = 0; i < kMemberCount; ++i) {
        const QJsonValue v = values.at(i);
        o.insert(kMembers[i],
                 i == kCustomerData && v.isDouble() ? QJsonValue(v.toInteger() != 0) : v);
    }
    return o;
}

} // namespace

QString AssetSnapshot::toJson(const Asset& a)
{
    return QString::fromUtf8(utf8(a.id, AssetRepository::encode(a)));
}

QByteArray AssetSnapshot::utf8(qint64 id, const AssetRepository::EncodedRow& row)
{
    // The members after the id are the insert's columns, in the same order: `,value` each,
    // then the closing bracket, written through a pointer into room for the most they can
    // take (an import makes one a row; growing the array value by value cost more than the
    // writing).
    using Row = AssetRepository::EncodedRow;
    qsizetype most = 2 + 20; // the brackets and any id
    for (int i = 0; i < Row::Columns; ++i) {
        most += 1 + (row.kind[i] == Row::Text ? 6 * (row.begin[i + 1] - row.begin[i]) + 2
                                              : 20); // a number or null
    }
    QByteArray out;
    out.resize(most);
    char* p = out.data();
    *p++ = '[';
    p = std::to_chars(p, p + 20, id).ptr;
    for (int i = 0; i < Row::Columns; ++i) {
        *p++ = ',';
        switch (row.kind[i]) {
        case Row::Text:
            p = JsonObjectWriter::writeStringUtf8(p, row.text(i));
            break;
        case Row::Integer:
            p = std::to_chars(p, p + 20, row.integer[i]).ptr;
            break;
        case Row::Null:
            std::memcpy(p, "null", 4);
            p += 4;
            break;
        }
    }
    *p++ = ']';
    out.truncate(p - out.constData());
    return out;
}

QJsonObject AssetSnapshot::members(const QString& json)
{
    return namedMembers(QJsonDocument::fromJson(json.toUtf8()));
}

QString AssetSnapshot::current(const QString& json)
{
    if (!json.startsWith(QLatin1Char('{')))
        return json;
    auto a = fromJson(json);
    return a ? toJson(*a) : json;
}

Result<Asset> AssetSnapshot::fromJson(const QString& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("Bad asset snapshot: ") + err.errorString());
    const QJsonObject o = namedMembers(doc);
    if (o.isEmpty())
        return Error::invalid(QStringLiteral("Bad asset snapshot: not an asset"));
    Asset a;
    a.id = o.value(QLatin1StringView("id")).toInteger();
    a.code = o.value(QLatin1StringView("code")).toString();
    a.name = o.value(QLatin1StringView("name")).toString();
    a.description = o.value(QLatin1StringView("description")).toString();
    const auto cls = AssetTerms::classFromKey(o.value(QLatin1StringView("class")).toString());
    const auto sub = AssetTerms::subtypeFromKey(o.value(QLatin1StringView("subtype")).toString());
    const auto pd =
        AssetTerms::personalDataFromKey(o.value(QLatin1StringView("personal_data")).toString());
    if (!cls || !sub || !pd)
        return Error::invalid(QStringLiteral("Bad asset snapshot: unknown class, subtype or "
                                             "personal-data kind"));
    a.assetClass = *cls;
    a.subtype = *sub;
    a.personalData = *pd;
    a.owner = o.value(QLatin1StringView("owner")).toString();
    a.location = o.value(QLatin1StringView("location")).toString();
    a.retention = o.value(QLatin1StringView("retention")).toString();
    a.businessArea = o.value(QLatin1StringView("business_area")).toString();
    a.userScope = o.value(QLatin1StringView("user_scope")).toString();
    a.notes = o.value(QLatin1StringView("notes")).toString();
    a.confidentiality = o.value(QLatin1StringView("confidentiality")).toInt();
    a.integrity = o.value(QLatin1StringView("integrity")).toInt();
    a.availability = o.value(QLatin1StringView("availability")).toInt();
    a.customerData = o.value(QLatin1StringView("customer_data")).toBool();
    const QJsonValue ov = o.value(QLatin1StringView("priority_override"));
    if (ov.isString())
        a.priorityOverride = AssetTerms::priorityFromKey(ov.toString());
    a.overrideReason = o.value(QLatin1StringView("override_reason")).toString();
    const QJsonValue nr = o.value(QLatin1StringView("next_review"));
    if (nr.isString())
        a.nextReview = QDate::fromString(nr.toString(), Qt::ISODate);
    a.createdAt = QDateTime::fromString(o.value(QLatin1StringView("created_at")).toString(),
                                        Qt::ISODateWithMs);
    a.updatedAt = QDateTime::fromString(o.value(QLatin1StringView("updated_at")).toString(),
                                        Qt::ISODateWithMs);
    return a;
}

QString AssetSnapshot::dependencyJson(qint64 dependent, qint64 dependency)
{
    return JsonObjectWriter()
        .add(QLatin1StringView("asset"), dependent)
        .add(QLatin1StringView("depends_on"), dependency)
        .finish();
}

QString AssetSnapshot::dependencyKey(qint64 dependent, qint64 dependency)
{
    return QString::number(dependent) + QLatin1Char('>') + QString::number(dependency);
}

} // namespace daicho
