#pragma once

#include "domain/Asset.h"
#include "services/AssetService.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

namespace daicho {

class Register;

// All assets of a register as table rows, with their derived priority. Loads everything once
// and then follows AssetService's signals row by row; priorities are recomputed for the whole
// register after any change because raising travels along dependencies.
class AssetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CodeColumn,
        NameColumn,
        ClassColumn,
        SubtypeColumn,
        OwnerColumn,
        LocationColumn,
        ConfidentialityColumn,
        IntegrityColumn,
        AvailabilityColumn,
        ImportanceColumn,
        PriorityColumn,
        PersonalDataColumn,
        RetentionColumn,
        NextReviewColumn,
        UpdatedColumn,
        ColumnCount
    };

    enum Role
    {
        AssetIdRole = Qt::UserRole + 1,
        SortRole,       // a value that sorts correctly (numbers as numbers, dates as dates)
        FilterTextRole, // code, name, owner and description, for the search box
        ClassKeyRole,
        SubtypeKeyRole,
        PriorityRankRole, // 1..3
        PersonalDataKeyRole,
        OverdueRole, // bool
    };

    explicit AssetTableModel(Register& reg, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Loads (or reloads) every asset. Returns false and sets lastError() on failure.
    bool reload();
    QString lastError() const { return m_lastError; }

    const Asset* assetAt(int row) const;
    int rowOf(qint64 id) const { return m_rowById.value(id, -1); }
    const PrioritySnapshot& priorities() const { return m_priorities; }
    // "Why this priority" for one asset, in the UI language.
    QString priorityExplanation(qint64 id) const;
    // "CUS-DB-001 Web請求DB": how assets are named in explanations.
    QString describe(qint64 id) const;

    // The date against which reviews count as overdue (today, unless a test sets it).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

private:
    void onAdded(qint64 id);
    void onUpdated(qint64 id);
    void onRemoved(qint64 id);
    void refreshPriorities();
    Result<PrioritySnapshot> computePriorities(const QList<Asset>& rows) const;
    void rebuildIndex();

    Register& m_reg;
    QList<Asset> m_rows;
    QHash<qint64, int> m_rowById;
    PrioritySnapshot m_priorities;
    QDate m_today;
    QString m_lastError;
};

} // namespace daicho
