#include "AssetTableModel.h"

#include "services/Register.h"
#include "support/Clock.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace daicho {

namespace {

// The table column is narrow: the full term is in the tooltip.
QString shortPersonalLabel(PersonalData p)
{
    switch (p) {
    case PersonalData::None:
        return {};
    case PersonalData::Personal:
        return AssetTableModel::tr("Personal");
    case PersonalData::SpecialCare:
        return AssetTableModel::tr("Special care");
    case PersonalData::MyNumber:
        return AssetTableModel::tr("My Number");
    }
    return {};
}

} // namespace

AssetTableModel::AssetTableModel(Register& reg, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reg(reg)
    , m_today(Clock::current().today())
{
    AssetService& s = reg.assets();
    connect(&s, &AssetService::assetAdded, this, &AssetTableModel::onAdded);
    connect(&s, &AssetService::assetUpdated, this, &AssetTableModel::onUpdated);
    connect(&s, &AssetService::assetRemoved, this, &AssetTableModel::onRemoved);
    connect(&s, &AssetService::dependenciesChanged, this, &AssetTableModel::refreshPriorities);
    connect(&s, &AssetService::assetsReset, this, &AssetTableModel::reload);
}

Result<PrioritySnapshot> AssetTableModel::computePriorities(const QList<Asset>& rows) const
{
    // From the rows already in memory: one query for the graph instead of re-reading assets.
    auto graph = m_reg.assets().graph();
    if (!graph)
        return graph.error();
    QList<PriorityInput> inputs;
    inputs.reserve(rows.size());
    for (const Asset& a : rows)
        inputs.append(PriorityInput::from(a));
    return PrioritySnapshot{PriorityRule::compute(inputs, *graph)};
}

bool AssetTableModel::reload()
{
    auto all = m_reg.assets().all();
    auto prio = all ? computePriorities(*all) : Result<PrioritySnapshot>(all.error());
    beginResetModel();
    if (all && prio) {
        m_rows = std::move(*all);
        m_priorities = std::move(*prio);
        m_lastError.clear();
    } else {
        m_rows.clear();
        m_priorities = {};
        m_lastError = !all ? all.error().toString() : prio.error().toString();
    }
    rebuildIndex();
    endResetModel();
    return m_lastError.isEmpty();
}

void AssetTableModel::rebuildIndex()
{
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
}

void AssetTableModel::setToday(const QDate& today)
{
    m_today = today;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int AssetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AssetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Asset* AssetTableModel::assetAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QString AssetTableModel::describe(qint64 id) const
{
    const int row = rowOf(id);
    if (row < 0)
        return QString::number(id);
    const Asset& a = m_rows.at(row);
    return a.code + QLatin1Char(' ') + a.name;
}

QString AssetTableModel::priorityExplanation(qint64 id) const
{
    const int row = rowOf(id);
    const QString reason = row >= 0 ? m_rows.at(row).overrideReason : QString();
    return m_priorities.explain(
        id, [this](qint64 other) { return describe(other); }, reason);
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == PriorityColumn)
        return tr("P1 customers' personal data · P2 stable operation of the service · P3 internal "
                  "information, raised by what depends on it");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return AssetRules::fieldLabel(AssetField::Code);
    case NameColumn:
        return AssetRules::fieldLabel(AssetField::Name);
    case ClassColumn:
        return AssetRules::fieldLabel(AssetField::Class);
    case SubtypeColumn:
        return AssetRules::fieldLabel(AssetField::Subtype);
    case OwnerColumn:
        return AssetRules::fieldLabel(AssetField::Owner);
    case LocationColumn:
        return AssetRules::fieldLabel(AssetField::Location);
    case ConfidentialityColumn:
        return tr("C", "confidentiality, abbreviated");
    case IntegrityColumn:
        return tr("I", "integrity, abbreviated");
    case AvailabilityColumn:
        return tr("A", "availability, abbreviated");
    case ImportanceColumn:
        return tr("Importance");
    case PriorityColumn:
        return tr("Priority");
    case PersonalDataColumn:
        return AssetRules::fieldLabel(AssetField::PersonalData);
    case RetentionColumn:
        return AssetRules::fieldLabel(AssetField::Retention);
    case NextReviewColumn:
        return AssetRules::fieldLabel(AssetField::NextReview);
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

QVariant AssetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Asset& a = m_rows.at(index.row());
    const PriorityResult pr = m_priorities.results.value(a.id);
    const bool overdue = a.reviewOverdue(m_today);

    switch (role) {
    case AssetIdRole:
        return a.id;
    case ClassKeyRole:
        return AssetTerms::key(a.assetClass);
    case SubtypeKeyRole:
        return AssetTerms::key(a.subtype);
    case PriorityRankRole:
        return rank(pr.effective);
    case PersonalDataKeyRole:
        return AssetTerms::key(a.personalData);
    case OverdueRole:
        return overdue;
    case FilterTextRole:
        return QString(a.code + QLatin1Char('\n') + a.name + QLatin1Char('\n') + a.owner +
                       QLatin1Char('\n') + a.description);
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case ConfidentialityColumn:
        case IntegrityColumn:
        case AvailabilityColumn:
        case ImportanceColumn:
        case PriorityColumn:
            return int(Qt::AlignCenter);
        default:
            return int(Qt::AlignLeading | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        if (index.column() == PriorityColumn)
            return priorityExplanation(a.id);
        if (index.column() == ImportanceColumn)
            return AssetRules::importanceExplanation(a);
        if (index.column() == NextReviewColumn && overdue)
            return tr("The review was due on %1.")
                .arg(QLocale().toString(a.nextReview, QLocale::ShortFormat));
        if (index.column() == NameColumn && !a.description.isEmpty())
            return a.description;
        if (index.column() == PersonalDataColumn && a.holdsPersonalData())
            return AssetTerms::label(a.personalData);
        return {};
    case Qt::BackgroundRole:
        if (index.column() == PriorityColumn) {
            switch (pr.effective) {
            case Priority::P1:
                return QBrush(QColor(0xf8, 0xd0, 0xd0));
            case Priority::P2:
                return QBrush(QColor(0xfc, 0xe8, 0xc0));
            case Priority::P3:
                return {};
            }
        }
        if (index.column() == NextReviewColumn && overdue)
            return QBrush(QColor(0xfc, 0xe8, 0xc0));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == PriorityColumn || index.column() == NextReviewColumn) &&
            (pr.effective != Priority::P3 || overdue))
            return QBrush(QColor(0x20, 0x20, 0x20)); // readable on the tinted background
        return {};
    case SortRole:
        switch (index.column()) {
        case ConfidentialityColumn:
            return a.confidentiality;
        case IntegrityColumn:
            return a.integrity;
        case AvailabilityColumn:
            return a.availability;
        case ImportanceColumn:
            return a.importance();
        case PriorityColumn:
            return rank(pr.effective);
        case PersonalDataColumn:
            return int(a.personalData);
        case NextReviewColumn:
            return a.nextReview.isValid() ? QVariant(a.nextReview) : QVariant(QDate(9999, 12, 31));
        case UpdatedColumn:
            return a.updatedAt;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn:
            return a.code;
        case NameColumn:
            return a.name;
        case ClassColumn:
            return AssetTerms::label(a.assetClass);
        case SubtypeColumn:
            return AssetTerms::label(a.subtype);
        case OwnerColumn:
            return a.owner;
        case LocationColumn:
            return a.location;
        case ConfidentialityColumn:
            return a.confidentiality;
        case IntegrityColumn:
            return a.integrity;
        case AvailabilityColumn:
            return a.availability;
        case ImportanceColumn:
            return a.importance();
        case PriorityColumn: {
            // Text as well as colour: raised and overridden priorities say so.
            QString text = AssetTerms::key(pr.effective);
            if (pr.overridden)
                text += QLatin1Char(' ') + tr("(set)");
            else if (pr.raised())
                text += QLatin1Char(' ') + tr("(raised)");
            return text;
        }
        case PersonalDataColumn:
            return shortPersonalLabel(a.personalData);
        case RetentionColumn:
            return a.retention;
        case NextReviewColumn: {
            if (!a.nextReview.isValid())
                return QString();
            const QString date = QLocale().toString(a.nextReview, QLocale::ShortFormat);
            return overdue ? tr("%1 (overdue)").arg(date) : date;
        }
        case UpdatedColumn:
            return QLocale().toString(a.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    default:
        return {};
    }
}

void AssetTableModel::onAdded(qint64 id)
{
    auto a = m_reg.assets().find(id);
    if (!a || !a->has_value())
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(**a);
    m_rowById.insert(id, row);
    endInsertRows();
    refreshPriorities();
}

void AssetTableModel::onUpdated(qint64 id)
{
    const int row = rowOf(id);
    auto a = m_reg.assets().find(id);
    if (row < 0 || !a || !a->has_value())
        return;
    m_rows[row] = **a;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    refreshPriorities();
}

void AssetTableModel::onRemoved(qint64 id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    rebuildIndex();
    endRemoveRows();
    refreshPriorities();
}

void AssetTableModel::refreshPriorities()
{
    auto prio = computePriorities(m_rows);
    if (!prio) {
        m_lastError = prio.error().toString();
        return;
    }
    m_priorities = std::move(*prio);
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(
            index(0, PriorityColumn), index(rowCount() - 1, PriorityColumn),
            {Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, SortRole, PriorityRankRole});
    }
}

} // namespace daicho
