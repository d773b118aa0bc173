#pragma once

#include "catalogs/Catalog.h"
#include "domain/Soa.h"
#include "domain/SoaCompleteness.h"

#include <QAbstractItemModel>
#include <QDate>
#include <QHash>

namespace daicho {

class RegisterDocument;

// The controls of one catalog as a tree by theme, with the register's SoA decision on each.
// Edits in place go through SoaCommands (undoable, with history); the model follows the
// service's signals, so every open view stays current.
class SoaTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        ControlColumn,
        TitleColumn,
        ApplicableColumn,
        ReasonsColumn,
        StatusColumn,
        TargetColumn,
        OwnerColumn,
        ReviewedColumn,
        JustificationColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        ControlIdRole = Qt::UserRole + 1, // QString, empty on theme rows
        ThemeRole,                        // QString theme id
        ApplicableRole,                   // int: 0 not decided, 1 applicable, 2 not applicable
        StatusRole,                       // int: -1 none, else SoaStatus
        OverdueRole,                      // bool
        GapRole,                          // bool: the control has a completeness gap
        NewRole,                          // bool: new in this edition
        SearchTextRole,                   // QString: id, titles, owner, evidence
    };

    explicit SoaTreeModel(RegisterDocument& document, QObject* parent = nullptr);
    ~SoaTreeModel() override;

    void setCatalog(const QString& key);
    const Catalog& catalog() const { return *m_catalog; }
    void setToday(const QDate& today); // tests; the clock's today by default

    std::optional<SoaEntry> entry(const QString& controlId) const;
    QModelIndex indexOf(const QString& controlId, int column = 0) const;
    const QList<SoaGap>& gaps() const { return m_gaps; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString columnTitle(int column);
    // The entry as it would be after setting `column` to `value` (EditRole values), with what
    // the change makes meaningless cleared: deciding "not applicable" drops reasons and status,
    // "applicable" drops the justification, a reason or status on an undecided control makes
    // it applicable.
    static SoaEntry edited(SoaEntry e, int column, const QVariant& value);

Q_SIGNALS:
    void editFailed(const QString& message);
    void gapsChanged();

private:
    void reload();
    void refreshControl(const QString& catalog, const QString& controlId);
    void recomputeGaps();
    const CatalogControl* controlAt(const QModelIndex& index) const;
    QVariant controlData(const CatalogControl& c, int column, int role) const;
    QVariant themeData(int themeRow, int column, int role) const;

    RegisterDocument& m_document;
    const Catalog* m_catalog = nullptr;
    QList<QList<const CatalogControl*>> m_byTheme;
    QHash<QString, SoaEntry> m_entries;
    QList<SoaGap> m_gaps;
    QHash<QString, QStringList> m_gapText;
    QDate m_today;
};

} // namespace daicho
