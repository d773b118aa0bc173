#include "AssetHistoryPanel.h"

#include "domain/Asset.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "storage/AssetSnapshot.h"
#include "storage/HistoryLog.h"

#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace daicho {

namespace {

QString valueText(const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? AssetHistoryPanel::tr("yes") : AssetHistoryPanel::tr("no");
    if (v.isDouble())
        return QString::number(v.toDouble());
    QString s = v.toString();
    if (s.isEmpty())
        return QStringLiteral("—");
    if (s.size() > 60)
        s = s.left(57) + QStringLiteral("…");
    return s;
}

QString fieldLabelForKey(const QString& key)
{
    for (AssetField f : AssetRules::fields()) {
        if (AssetRules::fieldKey(f) == key)
            return AssetRules::fieldLabel(f);
    }
    return key;
}

} // namespace

AssetHistoryPanel::AssetHistoryPanel(Register& reg, qint64 assetId, QWidget* parent)
    : QWidget(parent)
    , m_register(reg)
    , m_id(assetId)
{
    auto* layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Changes")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setWordWrap(true);
    layout->addWidget(m_tree, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    reload();
}

QString AssetHistoryPanel::actionLabel(const QString& action)
{
    if (action == QLatin1String("create"))
        return tr("Created");
    if (action == QLatin1String("update"))
        return tr("Edited");
    if (action == QLatin1String("override"))
        return tr("Priority set by hand");
    if (action == QLatin1String("delete"))
        return tr("Deleted");
    if (action == QLatin1String("restore"))
        return tr("Restored");
    if (action == QLatin1String("link"))
        return tr("Dependency added");
    if (action == QLatin1String("unlink"))
        return tr("Dependency removed");
    return action;
}

QString AssetHistoryPanel::changes(const HistoryEntry& e)
{
    if (e.entityType == history::AssetDependency)
        return e.entityLabel;
    if (!e.before || !e.after)
        return e.note;
    const QJsonObject before = AssetSnapshot::members(*e.before);
    const QJsonObject after = AssetSnapshot::members(*e.after);
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    QStringList parts;
    for (const QString& k : std::as_const(keys)) {
        if (k == QLatin1String("updated_at") || k == QLatin1String("created_at") ||
            k == QLatin1String("id"))
            continue;
        if (before.value(k) != after.value(k)) {
            parts.append(QStringLiteral("%1: %2 → %3")
                             .arg(fieldLabelForKey(k), valueText(before.value(k)),
                                  valueText(after.value(k))));
        }
    }
    if (!e.note.isEmpty())
        parts.append(tr("reason: %1").arg(e.note));
    return parts.join(QStringLiteral("; "));
}

void AssetHistoryPanel::reload()
{
    m_tree->clear();
    if (m_id == 0)
        return;
    auto entries = m_register.assets().historyOf(m_id);
    if (!entries) {
        m_message->setText(entries.error().toString());
        return;
    }
    QList<HistoryEntry> list = *entries;
    std::sort(list.begin(), list.end(),
              [](const HistoryEntry& a, const HistoryEntry& b) { return a.seq > b.seq; });
    for (const HistoryEntry& e : std::as_const(list)) {
        auto* item = new QTreeWidgetItem(m_tree);
        item->setText(0, e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        item->setText(1, e.actor);
        item->setText(2, actionLabel(e.action));
        item->setText(3, changes(e));
        item->setToolTip(3, item->text(3));
    }
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    m_message->setText(tr("%n entry(ies), newest first. Every entry is part of the register's "
                          "hash-chained history.",
                          nullptr, int(list.size())));
}

} // namespace daicho
