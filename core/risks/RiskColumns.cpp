#include "RiskColumns.h"

#include <QHash>
#include <QRegularExpression>

namespace daicho {

namespace {

QString folded(const QString& s)
{
    return s.trimmed().toCaseFolded();
}

const QHash<QString, QString>& headerAliases()
{
    static const QHash<QString, QString> aliases = [] {
        const QList<std::pair<const char*, QStringList>> table{
            {"code",
             {QStringLiteral("Code"), QStringLiteral("リスクID"), QStringLiteral("管理番号"),
              QStringLiteral("リスク番号"), QStringLiteral("ID")}},
            {"title",
             {QStringLiteral("Risk"), QStringLiteral("リスク"), QStringLiteral("リスク名"),
              QStringLiteral("リスクの内容"), QStringLiteral("Title")}},
            {"assets",
             {QStringLiteral("Assets"), QStringLiteral("資産"), QStringLiteral("情報資産"),
              QStringLiteral("対象資産"), QStringLiteral("資産コード")}},
            {"threat",
             {QStringLiteral("Threat"), QStringLiteral("脅威"), QStringLiteral("脅威の内容")}},
            {"vulnerability",
             {QStringLiteral("Vulnerability"), QStringLiteral("脆弱性"),
              QStringLiteral("脆弱性の内容")}},
            {"existing_controls",
             {QStringLiteral("Existing controls"), QStringLiteral("既存の管理策"),
              QStringLiteral("現状の対策")}},
            {"threat_level",
             {QStringLiteral("Threat level"), QStringLiteral("脅威レベル"),
              QStringLiteral("脅威の値")}},
            {"vulnerability_level",
             {QStringLiteral("Vulnerability level"), QStringLiteral("脆弱性レベル"),
              QStringLiteral("脆弱性の値")}},
            {"likelihood",
             {QStringLiteral("Likelihood"), QStringLiteral("発生可能性"),
              QStringLiteral("被害発生可能性")}},
            {"impact",
             {QStringLiteral("Impact"), QStringLiteral("影響度"), QStringLiteral("重要度")}},
            {"value", {QStringLiteral("Risk value"), QStringLiteral("リスク値")}},
            {"level", {QStringLiteral("Level"), QStringLiteral("リスクレベル")}},
            {"treatment",
             {QStringLiteral("Risk treatment"), QStringLiteral("リスク対応"),
              QStringLiteral("対応方針"), QStringLiteral("Treatment")}},
            {"treatment_plan",
             {QStringLiteral("Treatment plan"), QStringLiteral("対応計画"),
              QStringLiteral("リスク対応計画")}},
            {"actions",
             {QStringLiteral("Actions"), QStringLiteral("対応策"), QStringLiteral("実施事項")}},
            {"controls", {QStringLiteral("Controls"), QStringLiteral("管理策")}},
            {"residual_threat_level",
             {QStringLiteral("Residual threat level"), QStringLiteral("対策後の脅威レベル")}},
            {"residual_vulnerability_level",
             {QStringLiteral("Residual vulnerability level"),
              QStringLiteral("対策後の脆弱性レベル")}},
            {"residual_likelihood",
             {QStringLiteral("Residual likelihood"), QStringLiteral("対策後の発生可能性")}},
            {"residual_impact",
             {QStringLiteral("Residual impact"), QStringLiteral("対策後の影響度")}},
            {"residual_value", {QStringLiteral("Residual value"), QStringLiteral("残留リスク値")}},
            {"residual_level",
             {QStringLiteral("Residual level"), QStringLiteral("残留リスクレベル")}},
            {"status",
             {QStringLiteral("Status"), QStringLiteral("状態"), QStringLiteral("対応状況")}},
            {"owner",
             {QStringLiteral("Risk owner"), QStringLiteral("リスク所有者"),
              QStringLiteral("Owner")}},
            {"acceptance_approver",
             {QStringLiteral("Accepted by"), QStringLiteral("承認者"),
              QStringLiteral("受容承認者")}},
            {"acceptance_date",
             {QStringLiteral("Accepted on"), QStringLiteral("承認日"),
              QStringLiteral("受容承認日")}},
            {"acceptance_expiry",
             {QStringLiteral("Acceptance expires"), QStringLiteral("受容期限")}},
            {"acceptance_reason",
             {QStringLiteral("Reason for acceptance"), QStringLiteral("受容理由")}},
            {"next_review",
             {QStringLiteral("Next review"), QStringLiteral("次回見直し日"),
              QStringLiteral("次回レビュー日")}},
            {"notes", {QStringLiteral("Notes"), QStringLiteral("備考")}},
        };
        QHash<QString, QString> out;
        for (const auto& [key, names] : table) {
            const QString k = QString::fromLatin1(key);
            out.insert(folded(k), k);
            for (const QString& n : names)
                out.insert(folded(n), k);
        }
        return out;
    }();
    return aliases;
}

const QRegularExpression& separators()
{
    static const QRegularExpression re(QStringLiteral("[\\s,;、，；]+"));
    return re;
}

} // namespace

const QStringList& RiskColumns::keys()
{
    static const QStringList k{
        QStringLiteral("code"),
        QStringLiteral("title"),
        QStringLiteral("assets"),
        QStringLiteral("threat"),
        QStringLiteral("vulnerability"),
        QStringLiteral("existing_controls"),
        QStringLiteral("threat_level"),
        QStringLiteral("vulnerability_level"),
        QStringLiteral("likelihood"),
        QStringLiteral("impact"),
        QStringLiteral("value"),
        QStringLiteral("level"),
        QStringLiteral("treatment"),
        QStringLiteral("treatment_plan"),
        QStringLiteral("actions"),
        QStringLiteral("controls"),
        QStringLiteral("residual_threat_level"),
        QStringLiteral("residual_vulnerability_level"),
        QStringLiteral("residual_likelihood"),
        QStringLiteral("residual_impact"),
        QStringLiteral("residual_value"),
        QStringLiteral("residual_level"),
        QStringLiteral("status"),
        QStringLiteral("owner"),
        QStringLiteral("acceptance_approver"),
        QStringLiteral("acceptance_date"),
        QStringLiteral("acceptance_expiry"),
        QStringLiteral("acceptance_reason"),
        QStringLiteral("next_review"),
        QStringLiteral("notes"),
    };
    return k;
}

bool RiskColumns::computed(const QString& key)
{
    return key == u"value" || key == u"level" || key == u"residual_value" ||
           key == u"residual_level";
}

QString RiskColumns::label(const QString& key)
{
    if (key == u"value")
        return tr("Risk value");
    if (key == u"level")
        return tr("Level");
    if (key == u"residual_value")
        return tr("Residual value");
    if (key == u"residual_level")
        return tr("Residual level");
    if (key == u"likelihood")
        return tr("Likelihood");
    if (key == u"impact")
        return tr("Impact");
    if (key == u"residual_likelihood")
        return tr("Residual likelihood");
    if (key == u"residual_impact")
        return tr("Residual impact");
    const QList<std::pair<const char*, RiskField>> fields{
        {"code", RiskField::Code},
        {"title", RiskField::Title},
        {"assets", RiskField::Assets},
        {"threat", RiskField::Threat},
        {"vulnerability", RiskField::Vulnerability},
        {"existing_controls", RiskField::ExistingControls},
        {"threat_level", RiskField::ThreatLevel},
        {"vulnerability_level", RiskField::VulnerabilityLevel},
        {"treatment", RiskField::Treatment},
        {"treatment_plan", RiskField::TreatmentPlan},
        {"actions", RiskField::Actions},
        {"controls", RiskField::Controls},
        {"residual_threat_level", RiskField::ResidualThreatLevel},
        {"residual_vulnerability_level", RiskField::ResidualVulnerabilityLevel},
        {"status", RiskField::CurrentStatus},
        {"owner", RiskField::Owner},
        {"acceptance_approver", RiskField::AcceptanceApprover},
        {"acceptance_date", RiskField::AcceptanceDate},
        {"acceptance_expiry", RiskField::AcceptanceExpiry},
        {"acceptance_reason", RiskField::AcceptanceReason},
        {"next_review", RiskField::NextReview},
        {"notes", RiskField::Notes},
    };
    for (const auto& [k, f] : fields) {
        if (key == QLatin1StringView(k))
            return RiskRules::fieldLabel(f);
    }
    return key;
}

QString RiskColumns::keyForHeader(const QString& header)
{
    QString h = header;
    if (h.startsWith(QChar(0xFEFF)))
        h.remove(0, 1);
    return headerAliases().value(folded(h));
}

QString RiskColumns::formatDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

std::optional<QDate> RiskColumns::date(const QString& text)
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

std::optional<int> RiskColumns::level(const QString& text)
{
    const QString t = text.trimmed().normalized(QString::NormalizationForm_KC);
    if (t.isEmpty())
        return 0;
    bool ok = false;
    const int v = t.toInt(&ok);
    if (!ok || v < 0)
        return std::nullopt;
    return v;
}

bool RiskColumns::treatment(const QString& text, std::optional<RiskTreatment>* out)
{
    const QString t = folded(text);
    if (t.isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    const QList<std::pair<RiskTreatment, QStringList>> names{
        {RiskTreatment::Reduce,
         {QStringLiteral("低減"), QStringLiteral("reduce"), QStringLiteral("modify"),
          QStringLiteral("mitigate")}},
        {RiskTreatment::Accept,
         {QStringLiteral("受容"), QStringLiteral("保有"), QStringLiteral("accept"),
          QStringLiteral("retain")}},
        {RiskTreatment::Avoid, {QStringLiteral("回避"), QStringLiteral("avoid")}},
        {RiskTreatment::Transfer,
         {QStringLiteral("移転"), QStringLiteral("transfer"), QStringLiteral("share"),
          QStringLiteral("共有")}},
    };
    for (const auto& [value, list] : names) {
        if (list.contains(t) || t == folded(RiskTerms::label(value))) {
            *out = value;
            return true;
        }
    }
    return false;
}

std::optional<RiskStatus> RiskColumns::status(const QString& text)
{
    const QString t = folded(text);
    if (t.isEmpty())
        return RiskStatus::Open;
    const QList<std::pair<RiskStatus, QStringList>> names{
        {RiskStatus::Open, {QStringLiteral("未対応"), QStringLiteral("open")}},
        {RiskStatus::InProgress,
         {QStringLiteral("対応中"), QStringLiteral("in-progress"), QStringLiteral("in progress")}},
        {RiskStatus::Treated,
         {QStringLiteral("対応済み"), QStringLiteral("対応済"), QStringLiteral("treated")}},
        {RiskStatus::Accepted,
         {QStringLiteral("受容済み"), QStringLiteral("受容済"), QStringLiteral("accepted")}},
        {RiskStatus::Closed, {QStringLiteral("終了"), QStringLiteral("closed")}},
    };
    for (const auto& [value, list] : names) {
        if (list.contains(t) || t == folded(RiskTerms::label(value)))
            return value;
    }
    return std::nullopt;
}

QStringList RiskColumns::codes(const QString& text)
{
    return text.split(separators(), Qt::SkipEmptyParts);
}

QString RiskColumns::formatActions(const QList<RiskAction>& actions)
{
    QStringList lines;
    for (const RiskAction& a : actions) {
        QString description = a.description;
        description.replace(QLatin1Char('|'), QChar(0xFF5C)); // keep the separator free
        description.replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines.append(
            description + QStringLiteral(" | ") + a.owner + QStringLiteral(" | ") +
            formatDate(a.due) + QStringLiteral(" | ") +
            (a.status == ActionStatus::Done
                 ? (a.completed.isValid() ? formatDate(a.completed) : RiskTerms::key(a.status))
                 : QString()));
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<QList<RiskAction>> RiskColumns::actions(const QString& text, QString* problem)
{
    QList<RiskAction> out;
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList parts = lines.at(i).split(QLatin1Char('|'));
        RiskAction a;
        a.description = parts.value(0).trimmed();
        a.owner = parts.value(1).trimmed();
        if (a.description.isEmpty() && a.owner.isEmpty() && parts.size() <= 1)
            continue;
        const auto due = date(parts.value(2));
        if (!due) {
            *problem = tr("Action %1: \"%2\" is not a date (YYYY-MM-DD).")
                           .arg(i + 1)
                           .arg(parts.value(2).trimmed());
            return std::nullopt;
        }
        a.due = *due;
        const QString done = parts.value(3).trimmed();
        if (!done.isEmpty()) {
            a.status = ActionStatus::Done;
            if (folded(done) != u"done" && done != RiskTerms::label(ActionStatus::Done)) {
                const auto completed = date(done);
                if (!completed) {
                    *problem = tr("Action %1: \"%2\" is not a completion date or \"done\".")
                                   .arg(i + 1)
                                   .arg(done);
                    return std::nullopt;
                }
                a.completed = *completed;
            }
        }
        if (parts.size() > 4) {
            *problem = tr("Action %1 has more than four parts (description | owner | due | done).")
                           .arg(i + 1);
            return std::nullopt;
        }
        out.append(a);
    }
    return out;
}

QString RiskColumns::formatControls(const QList<RiskControlRef>& controls)
{
    QStringList out;
    for (const RiskControlRef& c : controls)
        out.append(c.catalog + QLatin1Char(':') + c.controlId);
    return out.join(QLatin1Char(' '));
}

QList<RiskControlRef> RiskColumns::controls(const QString& text, const QString& defaultCatalog)
{
    QList<RiskControlRef> out;
    for (const QString& item : codes(text)) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        if (colon > 0)
            out.append({item.left(colon), item.mid(colon + 1)});
        else
            out.append({defaultCatalog, item});
    }
    return out;
}

} // namespace daicho
