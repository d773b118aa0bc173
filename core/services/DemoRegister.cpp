#include "DemoRegister.h"

#include "AssetService.h"
#include "DemoControls.h"
#include "Register.h"
#include "risks/DemoRisks.h"
#include "support/Clock.h"
#include "support/JsonWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace daicho {

namespace {

Result<QJsonObject> loadDemo()
{
    QFile f(DemoRegister::resourcePath());
    if (!f.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("Cannot read ") + DemoRegister::resourcePath());
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::invalid(QStringLiteral("Demo register: ") + err.errorString());
    return doc.object();
}

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1StringView(key)).toString();
}

Result<Asset> assetFrom(const QJsonObject& o, const QDate& today)
{
    Asset a;
    a.code = str(o, "code");
    a.name = str(o, "name");
    a.description = str(o, "description");
    const auto cls = AssetTerms::classFromKey(str(o, "class"));
    const auto sub = AssetTerms::subtypeFromKey(str(o, "subtype"));
    const auto pd = AssetTerms::personalDataFromKey(
        o.value(QLatin1StringView("personal_data")).toString(QStringLiteral("none")));
    if (!cls || !sub || !pd)
        return Error::invalid(
            QStringLiteral("Demo asset %1: bad class/subtype/personal_data").arg(a.code));
    a.assetClass = *cls;
    a.subtype = *sub;
    a.personalData = *pd;
    a.customerData = o.value(QLatin1StringView("customer_data")).toBool();
    a.owner = str(o, "owner");
    a.location = str(o, "location");
    a.retention = str(o, "retention");
    a.businessArea = str(o, "business_area");
    a.userScope = str(o, "user_scope");
    a.notes = str(o, "notes");
    const QJsonArray cia = o.value(QLatin1StringView("cia")).toArray();
    if (cia.size() != 3)
        return Error::invalid(QStringLiteral("Demo asset %1: cia needs 3 values").arg(a.code));
    a.confidentiality = cia.at(0).toInt();
    a.integrity = cia.at(1).toInt();
    a.availability = cia.at(2).toInt();
    if (o.contains(QLatin1StringView("priority_override"))) {
        a.priorityOverride = AssetTerms::priorityFromKey(str(o, "priority_override"));
        a.overrideReason = str(o, "override_reason");
    }
    if (o.contains(QLatin1StringView("review_in_days")))
        a.nextReview = today.addDays(o.value(QLatin1StringView("review_in_days")).toInt());
    return a;
}

} // namespace

QString DemoRegister::resourcePath()
{
    return QStringLiteral(":/daicho/demo/demo-register.json");
}

Result<std::unique_ptr<Register>> DemoRegister::create(const QString& path)
{
    auto demo = loadDemo();
    if (!demo)
        return demo.error();
    auto reg = Register::create(path, {str(*demo, "organisation"), str(*demo, "scope")});
    if (!reg)
        return reg.error();
    if (Status s = populate(**reg); !s) {
        reg->reset();
        Database::removeFiles(path);
        return s.error();
    }
    return reg;
}

Status DemoRegister::populate(Register& reg)
{
    auto demo = loadDemo();
    if (!demo)
        return demo.error();
    const QDate today = Clock::current().today();
    const QJsonArray assets = demo->value(QLatin1StringView("assets")).toArray();

    auto bulk = reg.assets().beginBulk();
    if (!bulk)
        return bulk.error();
    for (const QJsonValue& v : assets) {
        auto a = assetFrom(v.toObject(), today);
        if (!a)
            return a.error();
        if (auto id = bulk->create(*a); !id)
            return Error::invalid(
                QStringLiteral("Demo asset %1: %2").arg(a->code, id.error().message));
    }
    for (const QJsonValue& v : assets) {
        const QJsonObject o = v.toObject();
        const QJsonArray deps = o.value(QLatin1StringView("depends_on")).toArray();
        for (const QJsonValue& d : deps) {
            if (Status s = bulk->addDependency(str(o, "code"), d.toString()); !s)
                return s;
        }
    }
    const QString details = JsonObjectWriter()
                                .add(QLatin1StringView("source"), resourcePath())
                                .add(QLatin1StringView("assets"), bulk->created())
                                .finish();
    if (Status s = bulk->commit(tr("Demo register"), QStringLiteral("demo"), details); !s)
        return s;
    if (Status s = DemoControls::populate(reg); !s)
        return s;
    return DemoRisks::populate(reg);
}

} // namespace daicho
