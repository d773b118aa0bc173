#include "AssetSnapshot.h"

#include "support/JsonWriter.h"
#include "support/Timestamp.h"

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

// Every member after "id", in their stored order.
QByteArray membersAfterId(const Asset& a)
{
    JsonObjectWriter w{JsonObjectWriter::Continuation{}};
    w.add(QLatin1StringView("code"), a.code)
        .add(QLatin1StringView("name"), a.name)
        .add(QLatin1StringView("description"), a.description)
        .add(QLatin1StringView("class"), AssetTerms::key(a.assetClass))
        .add(QLatin1StringView("subtype"), AssetTerms::key(a.subtype))
        .add(QLatin1StringView("owner"), a.owner)
        .add(QLatin1StringView("location"), a.location)
        .add(QLatin1StringView("retention"), a.retention)
        .add(QLatin1StringView("business_area"), a.businessArea)
        .add(QLatin1StringView("user_scope"), a.userScope)
        .add(QLatin1StringView("notes"), a.notes)
        .add(QLatin1StringView("confidentiality"), a.confidentiality)
        .add(QLatin1StringView("integrity"), a.integrity)
        .add(QLatin1StringView("availability"), a.availability)
        .add(QLatin1StringView("personal_data"), AssetTerms::key(a.personalData))
        .add(QLatin1StringView("customer_data"), a.customerData);
    if (a.priorityOverride)
        w.add(QLatin1StringView("priority_override"), AssetTerms::key(*a.priorityOverride));
    else
        w.addNull(QLatin1StringView("priority_override"));
    w.add(QLatin1StringView("override_reason"), a.overrideReason);
    if (a.nextReview.isValid())
        w.add(QLatin1StringView("next_review"), isoDate(a.nextReview));
    else
        w.addNull(QLatin1StringView("next_review"));
    w.add(QLatin1StringView("created_at"), AssetSnapshot::timestamp(a.createdAt))
        .add(QLatin1StringView("updated_at"), AssetSnapshot::timestamp(a.updatedAt));
    return w.finishUtf8();
}

QLatin1StringView idPrefix()
{
    return QLatin1StringView("{\"id\":");
}

} // namespace

QString AssetSnapshot::toJson(const Asset& a)
{
    return QString::fromUtf8(withId(a.id, membersAfterId(a)));
}

QByteArray AssetSnapshot::tailUtf8(const AssetRepository::EncodedRow& row)
{
    // The members after "id" are the insert's columns, in the same order.
    using Row = AssetRepository::EncodedRow;
    static const QLatin1StringView keys[Row::Columns] = {QLatin1StringView("code"),
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
                                                         QLatin1StringView("customer_data"),
                                                         QLatin1StringView("priority_override"),
                                                         QLatin1StringView("override_reason"),
                                                         QLatin1StringView("next_review"),
                                                         QLatin1StringView("created_at"),
                                                         QLatin1StringView("updated_at")};
    constexpr int customerData = 15; // an integer column, a boolean member
    // The same bytes as JsonObjectWriter's members (`,"key":value` each, then the closing
    // brace), written through a pointer into room for the most they can take: an import makes
    // one a row, and growing the array member by member cost more than the writing.
    qsizetype most = 1;
    for (int i = 0; i < Row::Columns; ++i) {
        const qsizetype value = row.kind[i] == Row::Text ? 6 * (row.begin[i + 1] - row.begin[i]) + 2
                                                         : 20; // a number, null, true or false
        most += 4 + keys[i].size() + value;
    }
    QByteArray out;
    out.resize(most);
    char* p = out.data();
    auto literal = [&p](const char* text, std::size_t n) {
        std::memcpy(p, text, n);
        p += n;
    };
    for (int i = 0; i < Row::Columns; ++i) {
        *p++ = ',';
        *p++ = '"';
        literal(keys[i].data(), std::size_t(keys[i].size()));
        *p++ = '"';
        *p++ = ':';
        switch (row.kind[i]) {
        case Row::Text:
            p = JsonObjectWriter::writeStringUtf8(p, row.text(i));
            break;
        case Row::Integer:
            if (i == customerData) {
                if (row.integer[i] != 0)
                    literal("true", 4);
                else
                    literal("false", 5);
            } else {
                p = std::to_chars(p, p + 20, row.integer[i]).ptr;
            }
            break;
        case Row::Null:
            literal("null", 4);
            break;
        }
    }
    *p++ = '}';
    out.truncate(p - out.constData());
    return out;
}

QByteArray AssetSnapshot::withId(qint64 id, QByteArrayView tail)
{
    char digits[20]; // any qint64
    const char* const digitsEnd = std::to_chars(digits, digits + sizeof digits, id).ptr;
    QByteArray out;
    out.reserve(idPrefix().size() + (digitsEnd - digits) + tail.size());
    out.append(idPrefix().data(), idPrefix().size());
    out.append(digits, digitsEnd - digits);
    out.append(tail);
    return out;
}

Result<Asset> AssetSnapshot::fromJson(const QString& json)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("Bad asset snapshot: ") + err.errorString());
    const QJsonObject o = doc.object();
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
