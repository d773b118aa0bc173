#include "SoaItemDelegate.h"

#include "SoaTreeModel.h"
#include "domain/Soa.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>

namespace daicho {

namespace {

// A row of check boxes, one per reason for inclusion.
class ReasonsEditor : public QWidget
{
public:
    explicit ReasonsEditor(QWidget* parent)
        : QWidget(parent)
    {
        setAutoFillBackground(true);
        auto* row = new QHBoxLayout(this);
        row->setContentsMargins(2, 0, 2, 0);
        for (SoaReason r : SoaTerms::reasons()) {
            auto* box = new QCheckBox(SoaTerms::label(r), this);
            box->setProperty("reason", SoaTerms::key(r));
            row->addWidget(box);
            m_boxes.append(box);
        }
    }
    void setKeys(const QString& keys)
    {
        const auto reasons = SoaTerms::reasonsFromKeys(keys).value_or(QList<SoaReason>{});
        for (QCheckBox* b : std::as_const(m_boxes)) {
            b->setChecked(
                reasons.contains(*SoaTerms::reasonFromKey(b->property("reason").toString())));
        }
    }
    QString keys() const
    {
        QStringList out;
        for (QCheckBox* b : m_boxes) {
            if (b->isChecked())
                out.append(b->property("reason").toString());
        }
        return out.join(QLatin1Char(' '));
    }

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace

QWidget* SoaItemDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const
{
    switch (index.column()) {
    case SoaTreeModel::ApplicableColumn: {
        auto* box = new QComboBox(parent);
        box->addItem(SoaTerms::applicableLabel(std::nullopt), 0);
        box->addItem(SoaTerms::applicableLabel(true), 1);
        box->addItem(SoaTerms::applicableLabel(false), 2);
        return box;
    }
    case SoaTreeModel::StatusColumn: {
        auto* box = new QComboBox(parent);
        box->addItem(tr("(none)"), -1);
        for (SoaStatus s : SoaTerms::statuses())
            box->addItem(SoaTerms::label(s), int(s));
        return box;
    }
    case SoaTreeModel::ReasonsColumn:
        return new ReasonsEditor(parent);
    case SoaTreeModel::TargetColumn:
    case SoaTreeModel::ReviewedColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setPlaceholderText(tr("YYYY-MM-DD (empty: none)"));
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^$|^\\d{4}-\\d{1,2}-\\d{1,2}$")), edit));
        return edit;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void SoaItemDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    const QVariant v = index.data(Qt::EditRole);
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        box->setCurrentIndex(std::max(0, box->findData(v.toInt())));
        return;
    }
    if (auto* reasons = dynamic_cast<ReasonsEditor*>(editor)) {
        reasons->setKeys(v.toString());
        return;
    }
    if (index.column() == SoaTreeModel::TargetColumn ||
        index.column() == SoaTreeModel::ReviewedColumn) {
        const QDate d = v.toDate();
        static_cast<QLineEdit*>(editor)->setText(d.isValid() ? d.toString(Qt::ISODate) : QString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SoaItemDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const
{
    if (auto* box = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, box->currentData(), Qt::EditRole);
        return;
    }
    if (auto* reasons = dynamic_cast<ReasonsEditor*>(editor)) {
        model->setData(index, reasons->keys(), Qt::EditRole);
        return;
    }
    if (index.column() == SoaTreeModel::TargetColumn ||
        index.column() == SoaTreeModel::ReviewedColumn) {
        const QString t = static_cast<QLineEdit*>(editor)->text().trimmed();
        const QDate d = QDate::fromString(t, QStringLiteral("yyyy-M-d"));
        if (!t.isEmpty() && !d.isValid())
            return; // not a date: nothing changes
        model->setData(index, d, Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void SoaItemDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                           const QModelIndex& index) const
{
    if (dynamic_cast<ReasonsEditor*>(editor)) {
        QRect r = option.rect;
        r.setWidth(std::max(r.width(), editor->sizeHint().width()));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

} // namespace daicho
