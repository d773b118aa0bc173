#include "SoaTreeModel.h"

#include "SoaCommands.h"
#include "catalogs/Catalogs.h"
#include "services/Register.h"
#include "services/SoaService.h"
#include "support/Clock.h"
#include "undo/RegisterDocument.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace daicho {

namespace {

constexpr quintptr ThemeNode = 0; // internal id of theme rows; controls use theme row + 1

QString reasonsText(const QList<SoaReason>& reasons)
{
    QStringList out;
    for (SoaReason r : reasons)
        out.append(SoaTerms::label(r));
    return out.join(SoaTreeModel::tr(", "));
}

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString firstLine(const QString& s)
{
    const qsizetype nl = s.indexOf(QLatin1Char('\n'));
    return nl < 0 ? s : s.left(nl) + QStringLiteral(" …");
}

} // namespace

SoaTreeModel::SoaTreeModel(RegisterDocument& document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_today(Clock::current().today())
{
    SoaService& soa = document.reg().soa();
    connect(&soa, &SoaService::entryChanged, this, &SoaTreeModel::refreshControl);
    connect(&soa, &SoaService::entriesReset, this, &SoaTreeModel::reload);
    setCatalog(soa.catalogKey());
}

SoaTreeModel::~SoaTreeModel() = default;

void SoaTreeModel::setToday(const QDate& today)
{
    m_today = today;
    reload();
}

void SoaTreeModel::setCatalog(const QString& key)
{
    auto c = Catalogs::find(key);
    if (!c)
        return;
    beginResetModel();
    m_catalog = *c;
    m_byTheme.clear();
    for (const CatalogTheme& t : m_catalog->themes())
        m_byTheme.append(m_catalog->controlsOf(t.id));
    endResetModel();
    reload();
}

void SoaTreeModel::reload()
{
    beginResetModel();
    m_entries.clear();
    auto all = m_document.reg().soa().entries(m_catalog->key());
    if (all) {
        for (const SoaEntry& e : std::as_const(*all))
            m_entries.insert(e.controlId, e);
    }
    endResetModel();
    recomputeGaps();
}

void SoaTreeModel::recomputeGaps()
{
    m_gaps = SoaCompleteness::check(*m_catalog, m_entries.values(),
                                    m_document.reg().soa().linkedRisks());
    m_gapText.clear();
    for (const SoaGap& g : std::as_const(m_gaps))
        m_gapText[g.controlId].append(SoaCompleteness::kindLabel(g.kind));
    Q_EMIT gapsChanged();
}

void SoaTreeModel::refreshControl(const QString& catalog, const QString& controlId)
{
    if (catalog != m_catalog->key())
        return;
    auto e = m_document.reg().soa().find(catalog, controlId);
    if (!e)
        return;
    if (e->has_value())
        m_entries.insert(controlId, **e);
    else
        m_entries.remove(controlId);
    recomputeGaps();
    const QModelIndex first = indexOf(controlId, 0);
    if (!first.isValid())
        return;
    Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
    // The theme row's counts change too.
    const QModelIndex theme = first.parent();
    Q_EMIT dataChanged(theme, theme.siblingAtColumn(ColumnCount - 1));
}

std::optional<SoaEntry> SoaTreeModel::entry(const QString& controlId) const
{
    auto it = m_entries.constFind(controlId);
    if (it == m_entries.cend())
        return std::nullopt;
    return *it;
}

QModelIndex SoaTreeModel::indexOf(const QString& controlId, int column) const
{
    for (int t = 0; t < m_byTheme.size(); ++t) {
        const auto& list = m_byTheme.at(t);
        for (int r = 0; r < list.size(); ++r) {
            if (list.at(r)->id == controlId)
                return createIndex(r, column, quintptr(t + 1));
        }
    }
    return {};
}

QModelIndex SoaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_byTheme.size() ? createIndex(row, column, ThemeNode) : QModelIndex();
    if (parent.internalId() != ThemeNode || parent.row() >= m_byTheme.size())
        return {};
    if (row >= m_byTheme.at(parent.row()).size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SoaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == ThemeNode)
        return {};
    return createIndex(int(child.internalId() - 1), 0, ThemeNode);
}

int SoaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_byTheme.size());
    if (parent.internalId() == ThemeNode && parent.column() == 0)
        return int(m_byTheme.value(parent.row()).size());
    return 0;
}

int SoaTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

const CatalogControl* SoaTreeModel::controlAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == ThemeNode)
        return nullptr;
    return m_byTheme.value(int(index.internalId() - 1)).value(index.row());
}

QString SoaTreeModel::columnTitle(int column)
{
    switch (column) {
    case ControlColumn:
        return tr("Control");
    case TitleColumn:
        return tr("Title");
    case ApplicableColumn:
        return tr("Applicable");
    case ReasonsColumn:
        return tr("Reasons for inclusion");
    case StatusColumn:
        return tr("Status");
    case TargetColumn:
        return tr("Target date");
    case OwnerColumn:
        return tr("Owner");
    case ReviewedColumn:
        return tr("Last reviewed");
    case JustificationColumn:
        return tr("Justification for exclusion");
    case EvidenceColumn:
        return tr("Evidence");
    }
    return {};
}

QVariant SoaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

Qt::ItemFlags SoaTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (controlAt(index) && index.column() >= ApplicableColumn && index.column() != EvidenceColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SoaTreeModel::themeData(int themeRow, int column, int role) const
{
    const CatalogTheme& t = m_catalog->themes().at(themeRow);
    const auto& controls = m_byTheme.at(themeRow);
    if (role == ThemeRole)
        return t.id;
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole || column != ControlColumn)
        return {};
    int applicable = 0, decided = 0, implemented = 0;
    for (const CatalogControl* c : controls) {
        auto it = m_entries.constFind(c->id);
        if (it == m_entries.cend() || !it->applicable)
            continue;
        ++decided;
        applicable += *it->applicable ? 1 : 0;
        implemented += it->status == SoaStatus::Implemented ? 1 : 0;
    }
    // Theme rows span the whole width (the view spans their first column).
    const QString name = t.section.isEmpty() ? t.label() : t.section + QLatin1Char(' ') + t.label();
    return tr("%1 — controls: %2 · decided: %3 · applicable: %4 · implemented: %5")
        .arg(name)
        .arg(controls.size())
        .arg(decided)
        .arg(applicable)
        .arg(implemented);
}

QVariant SoaTreeModel::controlData(const CatalogControl& c, int column, int role) const
{
    const SoaEntry e = m_entries.value(c.id);
    const bool hasEntry = m_entries.contains(c.id);
    switch (role) {
    case ControlIdRole:
        return c.id;
    case ThemeRole:
        return c.theme;
    case ApplicableRole:
        return !e.applicable ? 0 : (*e.applicable ? 1 : 2);
    case StatusRole:
        return e.status ? int(*e.status) : -1;
    case OverdueRole:
        return hasEntry && e.overdue(m_today);
    case GapRole:
        return m_gapText.contains(c.id);
    case NewRole:
        return c.isNew;
    case SearchTextRole:
        return QStringList{c.id, c.en, c.ja, e.owner, e.evidence, e.exclusionJustification}.join(
            QLatin1Char('\n'));
    case Qt::ToolTipRole: {
        QStringList lines{c.id + QLatin1Char(' ') + c.title()};
        if (c.isNew)
            lines << tr("New in ISO/IEC 27001:2022");
        for (const QString& g : m_gapText.value(c.id))
            lines << tr("To complete: %1").arg(g);
        if (column == EvidenceColumn && !e.evidence.isEmpty())
            lines << e.evidence;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::ForegroundRole:
        if (column == TargetColumn && hasEntry && e.overdue(m_today))
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        if (column == ApplicableColumn && !e.applicable)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    case Qt::FontRole:
        if (column == ControlColumn && m_gapText.contains(c.id)) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::EditRole:
        switch (column) {
        case ApplicableColumn:
            return !e.applicable ? 0 : (*e.applicable ? 1 : 2);
        case ReasonsColumn:
            return SoaTerms::reasonKeys(e.reasons);
        case StatusColumn:
            return e.status ? int(*e.status) : -1;
        case TargetColumn:
            return e.targetDate;
        case ReviewedColumn:
            return e.lastReviewed;
        case OwnerColumn:
            return e.owner;
        case JustificationColumn:
            return e.exclusionJustification;
        case EvidenceColumn:
            return e.evidence;
        }
        return {};
    case Qt::DisplayRole:
        switch (column) {
        case ControlColumn:
            return c.isNew ? c.id + QStringLiteral(" ★") : c.id;
        case TitleColumn:
            return c.title();
        case ApplicableColumn:
            return SoaTerms::applicableLabel(e.applicable);
        case ReasonsColumn:
            return reasonsText(e.reasons);
        case StatusColumn:
            return e.status ? SoaTerms::label(*e.status) : QString();
        case TargetColumn:
            return dateText(e.targetDate);
        case OwnerColumn:
            return e.owner;
        case ReviewedColumn:
            return dateText(e.lastReviewed);
        case JustificationColumn:
            return firstLine(e.exclusionJustification);
        case EvidenceColumn:
            return firstLine(e.evidence);
        }
        return {};
    }
    return {};
}

QVariant SoaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == ThemeNode)
        return themeData(index.row(), index.column(), role);
    const CatalogControl* c = controlAt(index);
    return c ? controlData(*c, index.column(), role) : QVariant();
}

SoaEntry SoaTreeModel::edited(SoaEntry e, int column, const QVariant& value)
{
    const auto makeApplicable = [&e] {
        if (!e.applicable || !*e.applicable) {
            e.applicable = true;
            e.exclusionJustification.clear();
        }
    };
    switch (column) {
    case ApplicableColumn: {
        const int v = value.toInt();
        if (v == 0)
            e.applicable.reset();
        else
            e.applicable = v == 1;
        if (v != 1) {
            e.reasons.clear();
            e.status.reset();
            e.targetDate = {};
        }
        if (v != 2)
            e.exclusionJustification.clear();
        break;
    }
    case ReasonsColumn:
        e.reasons = SoaTerms::reasonsFromKeys(value.toString()).value_or(QList<SoaReason>{});
        if (!e.reasons.isEmpty())
            makeApplicable();
        break;
    case StatusColumn: {
        const int v = value.toInt();
        if (v < 0) {
            e.status.reset();
        } else {
            e.status = SoaStatus(v);
            makeApplicable();
        }
        break;
    }
    case TargetColumn:
        e.targetDate = value.toDate();
        break;
    case ReviewedColumn:
        e.lastReviewed = value.toDate();
        break;
    case OwnerColumn:
        e.owner = value.toString();
        break;
    case JustificationColumn:
        e.exclusionJustification = value.toString();
        if (!e.exclusionJustification.trimmed().isEmpty()) {
            e.applicable = false;
            e.reasons.clear();
            e.status.reset();
            e.targetDate = {};
        }
        break;
    case EvidenceColumn:
        e.evidence = value.toString();
        break;
    }
    return e;
}

bool SoaTreeModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const CatalogControl* c = controlAt(index);
    if (!c || role != Qt::EditRole)
        return false;
    SoaEntry e = m_entries.value(c->id);
    e.catalog = m_catalog->key();
    e.controlId = c->id;
    const SoaEntry after = edited(e, index.column(), value);
    if (m_entries.contains(c->id) && after.sameContent(e))
        return true;
    Status s = SoaCommands::save(m_document, after);
    if (!s) {
        Q_EMIT editFailed(s.error().message);
        return false;
    }
    return true;
}

} // namespace daicho
