#include "RiskTableModel.h"

#include "services/AssetLookup.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/Clock.h"
#include "support/Translations.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace daicho {

RiskTableModel::RiskTableModel(Register& reg, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reg(reg)
    , m_today(Clock::current().today())
{
    RiskService& s = reg.risks();
    connect(&s, &RiskService::riskAdded, this, &RiskTableModel::onChanged);
    connect(&s, &RiskService::riskUpdated, this, &RiskTableModel::onChanged);
    connect(&s, &RiskService::riskRemoved, this, &RiskTableModel::onRemoved);
    connect(&s, &RiskService::risksReset, this, &RiskTableModel::reload);
    connect(&s, &RiskService::methodChanged, this, &RiskTableModel::reload);
    connect(&s, &RiskService::threatsChanged, this, &RiskTableModel::reload);
    // Asset codes shown in rows follow asset edits.
    connect(&reg.assets(), &AssetService::assetUpdated, this, &RiskTableModel::reload);
    connect(&reg.assets(), &AssetService::assetsReset, this, &RiskTableModel::reload);
}

QColor RiskTableModel::dispositionColor(RiskDisposition d)
{
    switch (d) {
    case RiskDisposition::Accept:
        return QColor(0xd8, 0xf0, 0xd0);
    case RiskDisposition::AcceptManaged:
        return QColor(0xff, 0xec, 0xb3);
    case RiskDisposition::Treat:
        return QColor(0xf8, 0xc4, 0xbe);
    }
    return {};
}

void RiskTableModel::loadAssetLabels(const QList<Risk>& risks, bool fresh)
{
    if (fresh) {
        m_assetCodes.clear();
        m_assetNames.clear();
    }
    // Only the assets the risks name: a register of 100,000 assets may have a few hundred risks.
    QSet<qint64> wanted;
    for (const Risk& r : risks) {
        for (qint64 a : r.assetIds) {
            if (!m_assetCodes.contains(a))
                wanted.insert(a);
        }
    }
    if (wanted.isEmpty())
        return;
    if (auto assets = AssetLookup::withIds(m_reg, wanted)) {
        for (const Asset& a : std::as_const(*assets)) {
            m_assetCodes.insert(a.id, a.code);
            m_assetNames.insert(a.id, a.name);
        }
    }
}

void RiskTableModel::loadLookups()
{
    m_threatNames.clear();
    const QString lang = Translations::current();
    if (auto threats = m_reg.risks().threats()) {
        for (const Threat& t : std::as_const(*threats))
            m_threatNames.insert(t.id, t.name(lang));
    }
    m_methods.clear();
    if (auto methods = m_reg.risks().methodVersions()) {
        for (const RiskMethod& m : std::as_const(*methods))
            m_methods.insert(m.version, m);
    }
    auto current = m_reg.risks().method();
    m_method = current ? *current : RiskMethod::ipaDefault();
}

bool RiskTableModel::reload()
{
    auto all = m_reg.risks().all();
    beginResetModel();
    loadLookups();
    loadAssetLabels(all ? *all : QList<Risk>(), true);
    if (all) {
        m_rows = std::move(*all);
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_lastError = all.error().toString();
    }
    rebuildIndex();
    endResetModel();
    return m_lastError.isEmpty();
}

void RiskTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_search.clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).id, i);
        m_search.append(buildSearchText(m_rows.at(i)));
    }
}

QString RiskTableModel::buildSearchText(const Risk& r) const
{
    QStringList parts{r.code,          r.title, assetCodes(r),  threatName(r.threatId),
                      r.vulnerability, r.owner, r.treatmentPlan};
    for (qint64 a : r.assetIds)
        parts.append(m_assetNames.value(a));
    return parts.join(QLatin1Char(' ')).toCaseFolded();
}

void RiskTableModel::onChanged(qint64 id)
{
    auto r = m_reg.risks().find(id);
    if (!r || !r->has_value()) {
        reload();
        return;
    }
    if (m_threatNames.isEmpty() || !m_methods.contains((*r)->methodVersion))
        loadLookups();
    loadAssetLabels({**r}, false);
    const int row = rowOf(id);
    if (row < 0) {
        const int at = int(m_rows.size());
        beginInsertRows({}, at, at);
        m_rows.append(**r);
        m_rowById.insert(id, at);
        m_search.append(buildSearchText(**r));
        endInsertRows();
        return;
    }
    m_rows[row] = **r;
    m_search[row] = buildSearchText(**r);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RiskTableModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
}

void RiskTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int RiskTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RiskTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Risk* RiskTableModel::riskAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

const RiskMethod& RiskTableModel::methodOf(const Risk& r) const
{
    const auto it = m_methods.constFind(r.methodVersion);
    return it == m_methods.cend() ? m_method : *it;
}

QString RiskTableModel::assetCodes(const Risk& r) const
{
    QStringList codes;
    for (qint64 a : r.assetIds)
        codes.append(m_assetCodes.value(a, QString::number(a)));
    return codes.join(QStringLiteral(", "));
}

QString RiskTableModel::assetLabel(qint64 assetId) const
{
    return m_assetCodes.value(assetId, QString::number(assetId)) + QLatin1Char(' ') +
           m_assetNames.value(assetId);
}

QList<qint64> RiskTableModel::assetsInUse() const
{
    QSet<qint64> ids;
    for (const Risk& r : m_rows) {
        for (qint64 a : r.assetIds)
            ids.insert(a);
    }
    QList<qint64> out(ids.cbegin(), ids.cend());
    std::sort(out.begin(), out.end(), [this](qint64 a, qint64 b) {
        const QString& ca = m_assetCodes.value(a);
        const QString& cb = m_assetCodes.value(b);
        return ca != cb ? ca < cb : a < b;
    });
    return out;
}

QString RiskTableModel::threatName(qint64 threatId) const
{
    return threatId > 0 ? m_threatNames.value(threatId) : QString();
}

QString RiskTableModel::levelLabel(const Risk& r, bool residual) const
{
    const auto& a = residual ? r.residual : r.inherent;
    if (!a)
        return {};
    return methodOf(r).bandLabel(a->band);
}

std::optional<RiskDisposition> RiskTableModel::disposition(const Risk& r, bool residual) const
{
    const auto& a = residual ? r.residual : r.inherent;
    const RiskMethod& m = methodOf(r);
    if (!a || a->band < 0 || a->band >= m.bands.size())
        return std::nullopt;
    return m.band(a->band).disposition;
}

QList<RiskAttention> RiskTableModel::attention(const Risk& r) const
{
    return RiskAttention::of(r, methodOf(r), m_today);
}

QVariant RiskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return RiskRules::fieldLabel(RiskField::Code);
    case TitleColumn:
        return RiskRules::fieldLabel(RiskField::Title);
    case AssetsColumn:
        return RiskRules::fieldLabel(RiskField::Assets);
    case ThreatColumn:
        return RiskRules::fieldLabel(RiskField::Threat);
    case LikelihoodColumn:
        return RiskRules::fieldLabel(RiskField::Likelihood);
    case ImpactColumn:
        return m_method.kind == RiskMethodKind::Ipa ? tr("Importance")
                                                    : RiskRules::fieldLabel(RiskField::Impact);
    case ValueColumn:
        return tr("Risk value");
    case LevelColumn:
        return tr("Level");
    case TreatmentColumn:
        return RiskRules::fieldLabel(RiskField::Treatment);
    case ResidualValueColumn:
        return tr("Residual value");
    case ResidualLevelColumn:
        return tr("Residual level");
    case StatusColumn:
        return RiskRules::fieldLabel(RiskField::CurrentStatus);
    case OwnerColumn:
        return RiskRules::fieldLabel(RiskField::Owner);
    case NextReviewColumn:
        return RiskRules::fieldLabel(RiskField::NextReview);
    case AttentionColumn:
        return tr("Attention");
    }
    return {};
}

QVariant RiskTableModel::data(const QModelIndex& index, int role) const
{
    const Risk* r = riskAt(index.row());
    if (!r)
        return {};
    const int c = index.column();
    if (role == RiskIdRole)
        return r->id;
    if (role == FilterTextRole)
        return m_search.value(index.row());
    if (role == Qt::BackgroundRole) {
        if (c == ValueColumn || c == LevelColumn || c == ResidualValueColumn ||
            c == ResidualLevelColumn) {
            const auto d = disposition(*r, c == ResidualValueColumn || c == ResidualLevelColumn);
            if (d)
                return QBrush(dispositionColor(*d));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && c == AttentionColumn) {
        QStringList lines;
        for (const RiskAttention& a : attention(*r))
            lines.append(a.detail.isEmpty()
                             ? RiskAttention::label(a.kind)
                             : RiskAttention::label(a.kind) + QStringLiteral(": ") + a.detail);
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::TextAlignmentRole) {
        if (c == LikelihoodColumn || c == ImpactColumn || c == ValueColumn ||
            c == ResidualValueColumn)
            return int(Qt::AlignCenter);
        return {};
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort)
        return {};
    // A number, or blank (0 when sorting) for a risk that is not scored.
    auto number = [sort](const std::optional<RiskAssessment>& a, int RiskAssessment::*field) {
        if (a)
            return QVariant((*a).*field);
        return sort ? QVariant(0) : QVariant();
    };
    switch (c) {
    case CodeColumn:
        return r->code;
    case TitleColumn:
        return r->title;
    case AssetsColumn:
        return assetCodes(*r);
    case ThreatColumn:
        return threatName(r->threatId);
    case LikelihoodColumn:
        return number(r->inherent, &RiskAssessment::likelihood);
    case ImpactColumn:
        return number(r->inherent, &RiskAssessment::impact);
    case ValueColumn:
        return number(r->inherent, &RiskAssessment::value);
    case LevelColumn:
        if (sort)
            return r->inherent ? r->inherent->value : 0;
        return levelLabel(*r, false);
    case TreatmentColumn:
        return r->treatment ? RiskTerms::label(*r->treatment) : QString();
    case ResidualValueColumn:
        return number(r->residual, &RiskAssessment::value);
    case ResidualLevelColumn:
        if (sort)
            return r->residual ? r->residual->value : 0;
        return levelLabel(*r, true);
    case StatusColumn:
        return RiskTerms::label(r->status);
    case OwnerColumn:
        return r->owner;
    case NextReviewColumn:
        if (sort)
            return r->nextReview.isValid() ? r->nextReview.toJulianDay() : 0;
        return r->nextReview.isValid() ? QLocale().toString(r->nextReview, QLocale::ShortFormat)
                                       : QString();
    case AttentionColumn: {
        const auto list = attention(*r);
        if (sort)
            return int(list.size());
        if (list.isEmpty())
            return QString();
        return list.size() == 1 ? RiskAttention::label(list.first().kind)
                                : tr("%n issue(s)", nullptr, int(list.size()));
    }
    }
    return {};
}

} // namespace daicho
