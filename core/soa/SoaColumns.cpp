#include "SoaColumns.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace daicho {

namespace {

QString folded(const QString& s)
{
    return s.trimmed().toCaseFolded();
}

// Header aliases: the key, the English label, the Japanese label and common variants.
const QHash<QString, QString>& headerAliases()
{
    static const QHash<QString, QString> aliases = [] {
        const QList<std::pair<QString, QStringList>> table{
            {QStringLiteral("catalog"), {QStringLiteral("Catalog"), QStringLiteral("カタログ")}},
            {QStringLiteral("control"),
             {QStringLiteral("Control"), QStringLiteral("管理策"), QStringLiteral("管理策番号"),
              QStringLiteral("control_id"), QStringLiteral("ID")}},
            {QStringLiteral("title"),
             {QStringLiteral("Title"), QStringLiteral("名称"), QStringLiteral("管理策名")}},
            {QStringLiteral("applicable"),
             {QStringLiteral("Applicable"), QStringLiteral("適用"), QStringLiteral("適用可否")}},
            {QStringLiteral("reasons"),
             {QStringLiteral("Reasons for inclusion"), QStringLiteral("採用理由"),
              QStringLiteral("適用理由")}},
            {QStringLiteral("exclusion_justification"),
             {QStringLiteral("Justification for exclusion"), QStringLiteral("除外の正当化理由"),
              QStringLiteral("除外理由")}},
            {QStringLiteral("status"),
             {QStringLiteral("Status"), QStringLiteral("実施状況"),
              QStringLiteral("Implementation status")}},
            {QStringLiteral("target_date"),
             {QStringLiteral("Target date"), QStringLiteral("目標期日"), QStringLiteral("期限")}},
            {QStringLiteral("evidence"), {QStringLiteral("Evidence"), QStringLiteral("証跡")}},
            {QStringLiteral("evidence_links"),
             {QStringLiteral("Evidence links"), QStringLiteral("証跡のリンク")}},
            {QStringLiteral("owner"),
             {QStringLiteral("Owner"), QStringLiteral("責任者"), QStringLiteral("担当")}},
            {QStringLiteral("last_reviewed"),
             {QStringLiteral("Last reviewed"), QStringLiteral("最終レビュー日")}},
        };
        QHash<QString, QString> out;
        for (const auto& [key, names] : table) {
            out.insert(folded(key), key);
            for (const QString& n : names)
                out.insert(folded(n), key);
        }
        return out;
    }();
    return aliases;
}

} // namespace

const QStringList& SoaColumns::keys()
{
    static const QStringList k{
        QStringLiteral("catalog"),  QStringLiteral("control"),
        QStringLiteral("title"),    QStringLiteral("applicable"),
        QStringLiteral("reasons"),  QStringLiteral("exclusion_justification"),
        QStringLiteral("status"),   QStringLiteral("target_date"),
        QStringLiteral("evidence"), QStringLiteral("evidence_links"),
        QStringLiteral("owner"),    QStringLiteral("last_reviewed")};
    return k;
}

QString SoaColumns::label(const QString& key)
{
    if (key == QLatin1String("catalog"))
        return tr("Catalog");
    if (key == QLatin1String("title"))
        return tr("Title");
    const QList<std::pair<const char*, SoaField>> fields{
        {"control", SoaField::Control},
        {"applicable", SoaField::Applicable},
        {"reasons", SoaField::Reasons},
        {"exclusion_justification", SoaField::ExclusionJustification},
        {"status", SoaField::Implementation},
        {"target_date", SoaField::TargetDate},
        {"evidence", SoaField::Evidence},
        {"evidence_links", SoaField::EvidenceLinks},
        {"owner", SoaField::Owner},
        {"last_reviewed", SoaField::LastReviewed}};
    for (const auto& [k, f] : fields) {
        if (key == QLatin1String(k))
            return SoaRules::fieldLabel(f);
    }
    return key;
}

QString SoaColumns::keyForHeader(const QString& header)
{
    return headerAliases().value(folded(header));
}

QString SoaColumns::formatApplicable(std::optional<bool> applicable)
{
    if (!applicable)
        return {};
    return *applicable ? QStringLiteral("yes") : QStringLiteral("no");
}

QString SoaColumns::formatDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

bool SoaColumns::applicable(const QString& text, std::optional<bool>* out)
{
    const QString t = folded(text);
    out->reset();
    if (t.isEmpty())
        return true;
    static const QStringList yes{
        QStringLiteral("yes"),  QStringLiteral("y"),          QStringLiteral("true"),
        QStringLiteral("1"),    QStringLiteral("applicable"), QStringLiteral("はい"),
        QStringLiteral("適用"), QStringLiteral("○"),          QStringLiteral("〇")};
    static const QStringList no{QStringLiteral("no"),
                                QStringLiteral("n"),
                                QStringLiteral("false"),
                                QStringLiteral("0"),
                                QStringLiteral("not applicable"),
                                QStringLiteral("いいえ"),
                                QStringLiteral("適用除外"),
                                QStringLiteral("除外"),
                                QStringLiteral("対象外"),
                                QStringLiteral("×")};
    if (yes.contains(t))
        *out = true;
    else if (no.contains(t))
        *out = false;
    return out->has_value();
}

bool SoaColumns::status(const QString& text, std::optional<SoaStatus>* out)
{
    const QString t = folded(text);
    out->reset();
    if (t.isEmpty())
        return true;
    if (auto s = SoaTerms::statusFromKey(t)) {
        *out = *s;
        return true;
    }
    static const QList<std::pair<QString, SoaStatus>> aliases{
        {QStringLiteral("implemented"), SoaStatus::Implemented},
        {QStringLiteral("実施済み"), SoaStatus::Implemented},
        {QStringLiteral("実施済"), SoaStatus::Implemented},
        {QStringLiteral("済"), SoaStatus::Implemented},
        {QStringLiteral("partially implemented"), SoaStatus::Partial},
        {QStringLiteral("partly"), SoaStatus::Partial},
        {QStringLiteral("一部実施"), SoaStatus::Partial},
        {QStringLiteral("計画中"), SoaStatus::Planned},
        {QStringLiteral("予定"), SoaStatus::Planned},
        {QStringLiteral("not implemented"), SoaStatus::NotImplemented},
        {QStringLiteral("未実施"), SoaStatus::NotImplemented},
    };
    for (const auto& [name, s] : aliases) {
        if (t == folded(name)) {
            *out = s;
            return true;
        }
    }
    return false;
}

std::optional<QList<SoaReason>> SoaColumns::reasons(const QString& text, QString* bad)
{
    static const QRegularExpression lists(QStringLiteral("[,;、\\n]+"));
    static const QRegularExpression words(QStringLiteral("[\\s・/]+"));
    static const QList<std::pair<QString, SoaReason>> aliases{
        {QStringLiteral("legal or regulatory"), SoaReason::Legal},
        {QStringLiteral("法令・規制"), SoaReason::Legal},
        {QStringLiteral("法令"), SoaReason::Legal},
        {QStringLiteral("規制"), SoaReason::Legal},
        {QStringLiteral("regulatory"), SoaReason::Legal},
        {QStringLiteral("契約"), SoaReason::Contractual},
        {QStringLiteral("business requirement"), SoaReason::Business},
        {QStringLiteral("業務"), SoaReason::Business},
        {QStringLiteral("業務上の要求"), SoaReason::Business},
        {QStringLiteral("risk treatment"), SoaReason::RiskTreatment},
        {QStringLiteral("リスク対応"), SoaReason::RiskTreatment},
        {QStringLiteral("risk"), SoaReason::RiskTreatment},
    };
    const auto one = [](const QString& name) -> std::optional<SoaReason> {
        if (auto r = SoaTerms::reasonFromKey(name.trimmed()))
            return r;
        for (const auto& [alias, reason] : aliases) {
            if (folded(name) == folded(alias))
                return reason;
        }
        return std::nullopt;
    };
    QList<SoaReason> out;
    const auto add = [&out](SoaReason r) {
        if (!out.contains(r))
            out.append(r);
    };
    for (const QString& part : text.split(lists, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        if (auto r = one(part)) {
            add(*r);
            continue;
        }
        // "legal risk-treatment", as export writes them.
        for (const QString& word : part.split(words, Qt::SkipEmptyParts)) {
            auto r = one(word);
            if (!r) {
                if (bad)
                    *bad = word;
                return std::nullopt;
            }
            add(*r);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<QDate> SoaColumns::date(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("yyyy/M/d"));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

} // namespace daicho
