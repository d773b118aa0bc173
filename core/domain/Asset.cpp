#include "Asset.h"

#include <algorithm>

namespace daicho {

int Asset::importance() const
{
    if (holdsPersonalData())
        return 3;
    return std::max({confidentiality, integrity, availability});
}

bool Asset::sameContent(const Asset& o) const
{
    return code == o.code && name == o.name && description == o.description &&
           assetClass == o.assetClass && subtype == o.subtype && owner == o.owner &&
           location == o.location && retention == o.retention && businessArea == o.businessArea &&
           userScope == o.userScope && notes == o.notes && confidentiality == o.confidentiality &&
           integrity == o.integrity && availability == o.availability &&
           personalData == o.personalData && customerData == o.customerData &&
           priorityOverride == o.priorityOverride && overrideReason == o.overrideReason &&
           nextReview == o.nextReview;
}

const QList<AssetField>& AssetRules::fields()
{
    static const QList<AssetField> all{
        AssetField::Code,
        AssetField::Name,
        AssetField::Description,
        AssetField::Class,
        AssetField::Subtype,
        AssetField::Owner,
        AssetField::Location,
        AssetField::Retention,
        AssetField::BusinessArea,
        AssetField::UserScope,
        AssetField::Notes,
        AssetField::Confidentiality,
        AssetField::Integrity,
        AssetField::Availability,
        AssetField::PersonalData,
        AssetField::CustomerData,
        AssetField::PriorityOverride,
        AssetField::OverrideReason,
        AssetField::NextReview,
    };
    return all;
}

QString AssetRules::fieldKey(AssetField f)
{
    switch (f) {
    case AssetField::Code:
        return QStringLiteral("code");
    case AssetField::Name:
        return QStringLiteral("name");
    case AssetField::Description:
        return QStringLiteral("description");
    case AssetField::Class:
        return QStringLiteral("class");
    case AssetField::Subtype:
        return QStringLiteral("subtype");
    case AssetField::Owner:
        return QStringLiteral("owner");
    case AssetField::Location:
        return QStringLiteral("location");
    case AssetField::Retention:
        return QStringLiteral("retention");
    case AssetField::BusinessArea:
        return QStringLiteral("business_area");
    case AssetField::UserScope:
        return QStringLiteral("user_scope");
    case AssetField::Notes:
        return QStringLiteral("notes");
    case AssetField::Confidentiality:
        return QStringLiteral("confidentiality");
    case AssetField::Integrity:
        return QStringLiteral("integrity");
    case AssetField::Availability:
        return QStringLiteral("availability");
    case AssetField::PersonalData:
        return QStringLiteral("personal_data");
    case AssetField::CustomerData:
        return QStringLiteral("customer_data");
    case AssetField::PriorityOverride:
        return QStringLiteral("priority_override");
    case AssetField::OverrideReason:
        return QStringLiteral("override_reason");
    case AssetField::NextReview:
        return QStringLiteral("next_review");
    }
    Q_UNREACHABLE();
    return {};
}

QString AssetRules::fieldLabel(AssetField f)
{
    switch (f) {
    case AssetField::Code:
        return tr("Code");
    case AssetField::Name:
        return tr("Name");
    case AssetField::Description:
        return tr("Description");
    case AssetField::Class:
        return tr("Asset class");
    case AssetField::Subtype:
        return tr("Subtype");
    case AssetField::Owner:
        return tr("Owning department");
    case AssetField::Location:
        return tr("Location");
    case AssetField::Retention:
        return tr("Retention");
    case AssetField::BusinessArea:
        return tr("Business area");
    case AssetField::UserScope:
        return tr("Users");
    case AssetField::Notes:
        return tr("Notes");
    case AssetField::Confidentiality:
        return tr("Confidentiality");
    case AssetField::Integrity:
        return tr("Integrity");
    case AssetField::Availability:
        return tr("Availability");
    case AssetField::PersonalData:
        return tr("Personal data");
    case AssetField::CustomerData:
        return tr("Customers' data");
    case AssetField::PriorityOverride:
        return tr("Priority override");
    case AssetField::OverrideReason:
        return tr("Override reason");
    case AssetField::NextReview:
        return tr("Next review");
    }
    Q_UNREACHABLE();
    return {};
}

namespace {

bool hasControlCharacter(const QString& s, bool allowLineBreaks)
{
    return std::any_of(s.cbegin(), s.cend(), [allowLineBreaks](QChar ch) {
        const char16_t u = ch.unicode();
        if (allowLineBreaks && (u == u'\n' || u == u'\t'))
            return false;
        return u < 0x20 || u == 0x7f;
    });
}

} // namespace

QList<FieldIssue> AssetRules::validate(const Asset& a)
{
    QList<FieldIssue> issues;
    auto add = [&issues](AssetField f, QString msg) {
        issues.append({f, std::move(msg)});
    };

    const QString code = a.code.trimmed();
    if (code.isEmpty())
        add(AssetField::Code, tr("The code is required."));
    else if (code.size() > MaxCodeLength)
        add(AssetField::Code, tr("The code is longer than %1 characters.").arg(MaxCodeLength));
    else if (hasControlCharacter(a.code, false))
        add(AssetField::Code, tr("The code contains a line break or control character."));

    const QString name = a.name.trimmed();
    if (name.isEmpty())
        add(AssetField::Name, tr("The name is required."));
    else if (name.size() > MaxNameLength)
        add(AssetField::Name, tr("The name is longer than %1 characters.").arg(MaxNameLength));
    else if (hasControlCharacter(a.name, false))
        add(AssetField::Name, tr("The name contains a line break or control character."));

    if (!AssetTerms::subtypeAllowed(a.assetClass, a.subtype)) {
        add(AssetField::Subtype,
            tr("Subtype \"%1\" is only allowed for internal assets, not for %2 assets.")
                .arg(AssetTerms::label(a.subtype), AssetTerms::label(a.assetClass)));
    }

    const struct
    {
        AssetField field;
        int value;
    } cia[] = {{AssetField::Confidentiality, a.confidentiality},
               {AssetField::Integrity, a.integrity},
               {AssetField::Availability, a.availability}};
    for (const auto& v : cia) {
        if (v.value < 1 || v.value > 3) {
            add(v.field,
                tr("%1 must be 1, 2 or 3 (got %2).").arg(fieldLabel(v.field)).arg(v.value));
        }
    }

    if (a.priorityOverride && a.overrideReason.trimmed().isEmpty()) {
        add(AssetField::OverrideReason,
            tr("A priority override needs a reason; it is kept in the change history."));
    }

    const struct
    {
        AssetField field;
        const QString& text;
    } texts[] = {{AssetField::Description, a.description},
                 {AssetField::Owner, a.owner},
                 {AssetField::Location, a.location},
                 {AssetField::Retention, a.retention},
                 {AssetField::BusinessArea, a.businessArea},
                 {AssetField::UserScope, a.userScope},
                 {AssetField::Notes, a.notes},
                 {AssetField::OverrideReason, a.overrideReason}};
    for (const auto& t : texts) {
        if (t.text.size() > MaxTextLength) {
            add(t.field,
                tr("%1 is longer than %2 characters.").arg(fieldLabel(t.field)).arg(MaxTextLength));
        }
    }
    return issues;
}

QString AssetRules::importanceExplanation(const Asset& a)
{
    if (a.holdsPersonalData()) {
        return tr("Importance 3: the asset holds %1, which the law protects.")
            .arg(AssetTerms::label(a.personalData).toLower());
    }
    return tr("Importance %1: the highest of confidentiality %2, integrity %3 and availability %4.")
        .arg(a.importance())
        .arg(a.confidentiality)
        .arg(a.integrity)
        .arg(a.availability);
}

Asset AssetRules::normalized(Asset a)
{
    // Multi-line fields (description, notes, the reason) keep their inner layout too: only the
    // ends of any text are trimmed. Most texts have nothing to trim and are left untouched (an
    // import normalises every row).
    for (QString* s : {&a.code, &a.name, &a.owner, &a.location, &a.retention, &a.businessArea,
                       &a.userScope, &a.description, &a.notes, &a.overrideReason}) {
        const QString& text = *s; // read only: a non-const front() would detach it
        if (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()))
            *s = text.trimmed();
    }
    if (!a.priorityOverride)
        a.overrideReason.clear();
    if (!a.holdsPersonalData())
        a.customerData = false;
    return a;
}

} // namespace daicho
