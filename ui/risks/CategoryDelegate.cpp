#include "CategoryDelegate.h"

#include <QComboBox>
#include <QTableWidgetItem>

namespace daicho {

CategoryDelegate::CategoryDelegate(QStringList keys, LabelOf labelOf, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_keys(std::move(keys))
    , m_labelOf(labelOf)
{}

QTableWidgetItem* CategoryDelegate::itemFor(const QString& key) const
{
    auto* item = new QTableWidgetItem(key.isEmpty() ? QString() : m_labelOf(key));
    item->setData(KeyRole, key);
    return item;
}

QWidget* CategoryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                        const QModelIndex& index) const
{
    auto* combo = new QComboBox(parent);
    combo->addItem(tr("(none)"), QString());
    for (const QString& key : m_keys)
        combo->addItem(m_labelOf(key), key);
    // A key the catalog does not know stays choosable, so that opening the editor and
    // leaving it changes nothing.
    const QString current = index.data(KeyRole).toString();
    if (!current.isEmpty() && !m_keys.contains(current))
        combo->addItem(current, current);
    return combo;
}

void CategoryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* combo = static_cast<QComboBox*>(editor);
    const int at = combo->findData(index.data(KeyRole).toString());
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

void CategoryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                    const QModelIndex& index) const
{
    const QString key = static_cast<QComboBox*>(editor)->currentData().toString();
    if (key != index.data(KeyRole).toString())
        model->setData(index, key, KeyRole);
}

} // namespace daicho
