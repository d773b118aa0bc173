#pragma once

#include "AssetTypes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace daicho {

// One information asset of the register: what it is, who owns it, how much it matters.
struct Asset
{
    qint64 id = 0; // 0 until stored
    QString code;  // unique, user-visible, e.g. CUS-DB-001
    QString name;
    QString description;
    AssetClass assetClass = AssetClass::Internal;
    AssetSubtype subtype = AssetSubtype::Data;
    QString owner; // owning department 管理部署
    QString location;
    QString retention;    // 保存期限, free text ("5 years after contract end")
    QString businessArea; // 業務分類
    QString userScope;    // 利用者範囲
    QString notes;        // 備考
    int confidentiality = 1;
    int integrity = 1;
    int availability = 1;
    PersonalData personalData = PersonalData::None;
    // True when the personal data is customers' (care providers and the people they serve),
    // as opposed to the company's own (staff, business contacts). Only customers' personal data
    // makes an asset P1; any personal data makes its importance 3.
    bool customerData = false;
    std::optional<Priority> priorityOverride;
    QString overrideReason;
    QDate nextReview; // invalid when not scheduled
    QDateTime createdAt;
    QDateTime updatedAt;

    // 重要度: max(C, I, A), forced to 3 when the asset holds personal data of any kind.
    int importance() const;
    bool holdsPersonalData() const { return personalData != PersonalData::None; }
    bool holdsCustomerPersonalData() const { return holdsPersonalData() && customerData; }
    bool reviewOverdue(const QDate& today) const
    {
        return nextReview.isValid() && nextReview < today;
    }

    // Equality of everything a user can edit (not id or timestamps).
    bool sameContent(const Asset& other) const;
};

// Fields of an asset, for attributing a validation message to an editor field or CSV column.
enum class AssetField
{
    Code,
    Name,
    Description,
    Class,
    Subtype,
    Owner,
    Location,
    Retention,
    BusinessArea,
    UserScope,
    Notes,
    Confidentiality,
    Integrity,
    Availability,
    PersonalData,
    CustomerData,
    PriorityOverride,
    OverrideReason,
    NextReview,
};

struct FieldIssue
{
    AssetField field;
    QString message;
};

class AssetRules
{
    Q_DECLARE_TR_FUNCTIONS(AssetRules)

public:
    static constexpr int MaxCodeLength = 64;
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTextLength = 10000;

    // Every rule an asset must satisfy on its own (uniqueness of the code is the register's).
    // Returns all problems, not just the first.
    static QList<FieldIssue> validate(const Asset& asset);

    static QString fieldKey(AssetField f);   // stable, e.g. "confidentiality"
    static QString fieldLabel(AssetField f); // translated, e.g. 機密性
    static const QList<AssetField>& fields();

    static QString importanceExplanation(const Asset& asset);

    // Trims the free-text fields and drops an override reason that has no override.
    static Asset normalized(Asset asset);
};

} // namespace daicho
