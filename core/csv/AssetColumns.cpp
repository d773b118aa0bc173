#include "AssetColumns.h"

#include <QHash>

namespace daicho {

namespace {

struct Synonyms
{
    const char* key;
    const char* names; // '|' separated, UTF-8, Japanese and English
};

// Header names seen in real ledgers (IPA 付録7 情報資産管理台帳 and common variants), besides the
// field labels in both languages.
const Synonyms kSynonyms[] = {
    {"code", "code|id|asset id|asset code|asset no|資産id|管理番号|資産番号|資産コード|管理id|"
             "管理no|資産管理番号"},
    {"name", "name|asset name|asset|情報資産名称|情報資産名|資産名|資産名称|名称|情報資産"},
    {"description", "description|details|説明|内容|概要|資産の説明"},
    {"class", "class|asset class|category|資産区分|区分|情報資産区分|資産分類"},
    {"subtype", "subtype|type|asset type|種別|資産種別|種類|資産の種類"},
    {"owner", "owner|owning department|department|管理部署|管理部門|所管部署|担当部署|所有部署|"
              "管理者|所有者|資産所有者"},
    {"location", "location|storage|medium|媒体・保存先|媒体/保存先|保存先|保管場所|設置場所|"
                 "所在|所在地|保存場所|媒体"},
    {"retention", "retention|retention period|保存期限|保管期限|保存期間|保管期間"},
    {"business_area", "business area|business|業務分類|業務|業務区分|業務名"},
    {"user_scope", "users|user scope|利用者範囲|利用範囲|利用者|アクセス範囲"},
    {"notes", "notes|note|remarks|comment|comments|備考|メモ|コメント"},
    {"confidentiality", "confidentiality|c|機密性"},
    {"integrity", "integrity|i|完全性"},
    {"availability", "availability|a|可用性"},
    {"personal_data", "personal data|personal information|pii|個人情報|個人データ|個人情報の有無"},
    {"special_care_flag", "special-care personal data|sensitive personal data|要配慮個人情報"},
    {"my_number_flag", "my number data|my number|特定個人情報|マイナンバー"},
    {"customer_data", "customers' data|customer data|customers data|顧客の個人データ|顧客データ|"
                      "顧客の個人情報"},
    {"priority_override", "priority override|優先度の手動設定|優先度上書き"},
    {"override_reason", "override reason|priority reason|手動設定の理由|優先度の理由"},
    {"next_review", "next review|review date|次回見直し日|次回見直し|見直し予定日|次回レビュー"},
    {"depends_on", "depends on|dependencies|依存先|依存する資産|依存資産"},
    {"importance", "importance|重要度"},
    {"priority", "priority|優先度|優先順位|effective priority"},
    {"registered", "date registered|registered|registration date|登録日|登録年月日|作成日"},
};

const QHash<QString, QString>& synonymTable()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const Synonyms& s : kSynonyms) {
            const QString key = QString::fromUtf8(s.key);
            t.insert(AssetColumns::normalisedHeader(key), key);
            const QStringList names =
                QString::fromUtf8(s.names).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString& n : names)
                t.insert(AssetColumns::normalisedHeader(n), key);
        }
        return t;
    }();
    return table;
}

} // namespace

const QStringList& AssetColumns::keys()
{
    static const QStringList all = [] {
        QStringList k;
        for (AssetField f : AssetRules::fields())
            k.append(AssetRules::fieldKey(f));
        k << DependsOn << SpecialCareFlag << MyNumberFlag << Importance << Priority << Registered;
        return k;
    }();
    return all;
}

QStringList AssetColumns::exportKeys()
{
    QStringList k;
    for (AssetField f : AssetRules::fields())
        k.append(AssetRules::fieldKey(f));
    k << DependsOn << Importance << Priority;
    return k;
}

std::optional<AssetField> AssetColumns::field(const QString& key)
{
    for (AssetField f : AssetRules::fields()) {
        if (AssetRules::fieldKey(f) == key)
            return f;
    }
    return std::nullopt;
}

bool AssetColumns::isIgnored(const QString& key)
{
    return key == Importance || key == Priority || key == Registered;
}

QString AssetColumns::label(const QString& key)
{
    if (auto f = field(key))
        return AssetRules::fieldLabel(*f);
    if (key == DependsOn)
        return tr("Depends on");
    if (key == SpecialCareFlag)
        return tr("Special-care personal data");
    if (key == MyNumberFlag)
        return tr("My Number data");
    if (key == Importance)
        return tr("Importance");
    if (key == Registered)
        return tr("Date registered");
    if (key == Priority)
        return tr("Priority");
    return key;
}

QString AssetColumns::normalisedHeader(const QString& header)
{
    const QString n = header.normalized(QString::NormalizationForm_KC).toLower();
    QString out;
    out.reserve(n.size());
    for (QChar c : n) {
        if (c.isSpace() || c.isPunct() || c.isSymbol())
            continue;
        out += c;
    }
    return out;
}

QString AssetColumns::keyForHeader(const QString& header)
{
    const QHash<QString, QString>& table = synonymTable();
    const QString n = normalisedHeader(header);
    if (n.isEmpty())
        return {};
    if (auto it = table.constFind(n); it != table.cend())
        return *it;
    // The labels of the current language (what an export in that language wrote).
    for (const QString& key : keys()) {
        if (normalisedHeader(label(key)) == n)
            return key;
    }
    // "機密性(C)", "Confidentiality (1-3)": try without the trailing parenthesis.
    QString h = header.normalized(QString::NormalizationForm_KC).trimmed();
    if (h.endsWith(QLatin1Char(')'))) {
        const qsizetype open = h.lastIndexOf(QLatin1Char('('));
        if (open > 0)
            return keyForHeader(h.left(open));
    }
    return {};
}

} // namespace daicho
