#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

class QTableWidgetItem;

namespace daicho {

// A catalog entry's category (a threat's, a vulnerability's), shown by its label in the
// user's language and chosen from the known categories in a combo box. The cell keeps the
// stored key under KeyRole; choosing sets that role (one itemChanged), and the page stores it.
// An unknown key (a hand-made catalog) shows as itself until another category is chosen.
class CategoryDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int KeyRole = Qt::UserRole + 1;
    using LabelOf = QString (*)(const QString& key);

    CategoryDelegate(QStringList keys, LabelOf labelOf, QObject* parent);

    // A cell for `key`: its label shown, the key kept.
    QTableWidgetItem* itemFor(const QString& key) const;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    QStringList m_keys;
    LabelOf m_labelOf;
};

} // namespace daicho
