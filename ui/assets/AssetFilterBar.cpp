#include "AssetFilterBar.h"

#include "AssetFilterProxy.h"
#include "domain/AssetTypes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSet>

namespace daicho {

namespace {

// Each item carries the set of keys it stands for; "any" is the empty set.
void addChoice(QComboBox* box, const QString& text, const QStringList& keys)
{
    box->addItem(text, keys);
}

QSet<QString> chosen(const QComboBox* box)
{
    const QStringList keys = box->currentData().toStringList();
    return QSet<QString>(keys.begin(), keys.end());
}

// Selects the item standing for `keys`; a set no item stands for gets its own item.
void selectKeys(QComboBox* box, const QSet<QString>& keys, const QString& otherText)
{
    for (int i = 0; i < box->count(); ++i) {
        const QStringList k = box->itemData(i).toStringList();
        if (QSet<QString>(k.begin(), k.end()) == keys) {
            box->setCurrentIndex(i);
            return;
        }
    }
    QStringList list(keys.begin(), keys.end());
    list.sort();
    box->addItem(otherText, list);
    box->setCurrentIndex(box->count() - 1);
}

} // namespace

AssetFilterBar::AssetFilterBar(AssetFilterProxy& proxy, QWidget* parent)
    : QWidget(parent)
    , m_proxy(proxy)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("classFilter"));
    addChoice(m_class, tr("Class: all"), {});
    for (AssetClass c : AssetTerms::classes())
        addChoice(m_class, AssetTerms::label(c), {AssetTerms::key(c)});

    m_subtype = new QComboBox(this);
    m_subtype->setObjectName(QStringLiteral("subtypeFilter"));
    addChoice(m_subtype, tr("Subtype: all"), {});
    for (AssetSubtype s : AssetTerms::subtypes())
        addChoice(m_subtype, AssetTerms::label(s), {AssetTerms::key(s)});

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("priorityFilter"));
    addChoice(m_priority, tr("Priority: all"), {});
    for (Priority p : AssetTerms::priorities())
        addChoice(m_priority, AssetTerms::key(p), {QString::number(rank(p))});

    m_personal = new QComboBox(this);
    m_personal->setObjectName(QStringLiteral("personalFilter"));
    // "All" must not read as "none": every choice says what it keeps.
    addChoice(m_personal, tr("Personal data: all"), {});
    QStringList anyPersonal;
    for (PersonalData p : AssetTerms::personalDataKinds()) {
        if (p != PersonalData::None)
            anyPersonal.append(AssetTerms::key(p));
    }
    addChoice(m_personal, tr("Personal data: held (any kind)"), anyPersonal);
    for (PersonalData p : AssetTerms::personalDataKinds()) {
        if (p != PersonalData::None)
            addChoice(m_personal, AssetTerms::label(p), {AssetTerms::key(p)});
    }
    addChoice(m_personal, tr("Personal data: none"), {AssetTerms::key(PersonalData::None)});

    m_overdue = new QCheckBox(tr("Review overdue"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_missingOwner = new QCheckBox(tr("No owning department"), this);
    m_missingOwner->setObjectName(QStringLiteral("missingOwnerFilter"));
    m_clear = new QPushButton(tr("Clear Filters"), this);

    for (QWidget* w : {static_cast<QWidget*>(m_class), static_cast<QWidget*>(m_subtype),
                       static_cast<QWidget*>(m_priority), static_cast<QWidget*>(m_personal),
                       static_cast<QWidget*>(m_overdue), static_cast<QWidget*>(m_missingOwner)})
        layout->addWidget(w);
    layout->addStretch(1);
    layout->addWidget(m_clear);

    for (QComboBox* box : {m_class, m_subtype, m_priority, m_personal})
        connect(box, &QComboBox::currentIndexChanged, this, &AssetFilterBar::pushToProxy);
    for (QCheckBox* box : {m_overdue, m_missingOwner})
        connect(box, &QCheckBox::toggled, this, &AssetFilterBar::pushToProxy);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        AssetFilter f;
        f.search = m_proxy.filter().search; // the search box has its own clear button
        m_proxy.setFilter(f);
    });
    connect(&m_proxy, &AssetFilterProxy::filterChanged, this, &AssetFilterBar::pullFromProxy);
    pullFromProxy();
}

void AssetFilterBar::pushToProxy()
{
    if (m_pulling)
        return;
    AssetFilter f = m_proxy.filter();
    f.classes = chosen(m_class);
    f.subtypes = chosen(m_subtype);
    f.priorities.clear();
    for (const QString& r : chosen(m_priority))
        f.priorities.insert(r.toInt());
    f.personal = chosen(m_personal);
    f.overdueOnly = m_overdue->isChecked();
    f.missingOwnerOnly = m_missingOwner->isChecked();
    m_proxy.setFilter(f);
}

void AssetFilterBar::pullFromProxy()
{
    m_pulling = true;
    const AssetFilter& f = m_proxy.filter();
    const QString several = tr("(several)");
    selectKeys(m_class, f.classes, several);
    selectKeys(m_subtype, f.subtypes, several);
    QSet<QString> ranks;
    for (int r : f.priorities)
        ranks.insert(QString::number(r));
    selectKeys(m_priority, ranks, several);
    selectKeys(m_personal, f.personal, several);
    m_overdue->setChecked(f.overdueOnly);
    m_missingOwner->setChecked(f.missingOwnerOnly);
    AssetFilter rest = f;
    rest.search.clear();
    m_clear->setEnabled(!rest.isEmpty());
    m_pulling = false;
}

} // namespace daicho
