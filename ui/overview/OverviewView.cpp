#include "OverviewView.h"

#include "AssetCounts.h"
#include "assets/AssetTableModel.h"
#include "domain/AssetTypes.h"

#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPalette>
#include <QScrollArea>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace daicho {

namespace {

QString classKey(AssetClass c)
{
    return AssetTerms::key(c);
}

AssetFilter filterWith(const std::function<void(AssetFilter&)>& change)
{
    AssetFilter f;
    change(f);
    return f;
}

QLabel* headerLabel(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

OverviewView::OverviewView(AssetTableModel& model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* page = new QWidget(scroll);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);

    m_heading = new QLabel(page);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    auto* hint = new QLabel(tr("Click a number to see those assets in the asset table."), page);

    layout->addWidget(hint);

    // What needs attention.
    auto* attention = new QGroupBox(tr("At a glance"), page);
    auto* cards = new QGridLayout(attention);
    struct Card
    {
        QString name;
        QString label;
        AssetFilter filter;
    };
    const QList<Card> cardList{
        {QStringLiteral("count:all"), tr("Assets"), AssetFilter{}},
        {QStringLiteral("count:P1"), tr("P1 assets"),
         filterWith([](AssetFilter& f) { f.priorities = {1}; })},
        {QStringLiteral("count:overdue"), tr("Reviews overdue"),
         filterWith([](AssetFilter& f) { f.overdueOnly = true; })},
        {QStringLiteral("count:no-owner"), tr("Without an owning department"),
         filterWith([](AssetFilter& f) { f.missingOwnerOnly = true; })},
        {QStringLiteral("count:personal"), tr("Hold personal data"), filterWith([](AssetFilter& f) {
             for (PersonalData p : AssetTerms::personalDataKinds()) {
                 if (p != PersonalData::None)
                     f.personal.insert(AssetTerms::key(p));
             }
         })},
    };
    for (int i = 0; i < cardList.size(); ++i) {
        const Card& c = cardList.at(i);
        QToolButton* b = number(c.name, c.filter, attention);
        QFont f = b->font();
        f.setPointSizeF(f.pointSizeF() * 2.0);
        f.setBold(true);
        b->setFont(f);
        cards->addWidget(b, 0, i, Qt::AlignHCenter);
        auto* label = new QLabel(c.label, attention);
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        cards->addWidget(label, 1, i);
        cards->setColumnStretch(i, 1);
    }
    layout->addWidget(attention);

    auto* tables = new QHBoxLayout;
    tables->setSpacing(14);

    // Class × priority.
    auto* byClass = new QGroupBox(tr("By asset class and priority"), page);
    auto* grid = new QGridLayout(byClass);
    const QList<Priority> priorities = AssetTerms::priorities();
    for (int p = 0; p < priorities.size(); ++p) {
        auto* h = headerLabel(AssetTerms::key(priorities.at(p)), byClass);
        h->setToolTip(AssetTerms::meaning(priorities.at(p)));
        grid->addWidget(h, 0, p + 1, Qt::AlignHCenter);
    }
    grid->addWidget(headerLabel(tr("Total"), byClass), 0, int(priorities.size()) + 1,
                    Qt::AlignHCenter);
    const QList<AssetClass> classes = AssetTerms::classes();
    for (int c = 0; c < classes.size(); ++c) {
        const AssetClass cls = classes.at(c);
        grid->addWidget(new QLabel(AssetTerms::label(cls), byClass), c + 1, 0);
        for (int p = 0; p < priorities.size(); ++p) {
            const Priority pr = priorities.at(p);
            grid->addWidget(
                number(QStringLiteral("count:%1:%2").arg(classKey(cls), AssetTerms::key(pr)),
                       filterWith([cls, pr](AssetFilter& f) {
                           f.classes = {AssetTerms::key(cls)};
                           f.priorities = {rank(pr)};
                       }),
                       byClass),
                c + 1, p + 1, Qt::AlignHCenter);
        }
        grid->addWidget(
            number(QStringLiteral("count:%1").arg(classKey(cls)),
                   filterWith([cls](AssetFilter& f) { f.classes = {AssetTerms::key(cls)}; }),
                   byClass),
            c + 1, int(priorities.size()) + 1, Qt::AlignHCenter);
    }
    const int totalRow = int(classes.size()) + 1;
    grid->addWidget(headerLabel(tr("Total"), byClass), totalRow, 0);
    for (int p = 0; p < priorities.size(); ++p) {
        const Priority pr = priorities.at(p);
        grid->addWidget(number(QStringLiteral("count:all:%1").arg(AssetTerms::key(pr)),
                               filterWith([pr](AssetFilter& f) { f.priorities = {rank(pr)}; }),
                               byClass),
                        totalRow, p + 1, Qt::AlignHCenter);
    }
    grid->addWidget(number(QStringLiteral("count:all:total"), AssetFilter{}, byClass), totalRow,
                    int(priorities.size()) + 1, Qt::AlignHCenter);
    grid->setColumnStretch(0, 2);
    for (int p = 1; p <= priorities.size() + 1; ++p)
        grid->setColumnStretch(p, 1);
    tables->addWidget(byClass, 3);

    // By subtype.
    auto* bySubtype = new QGroupBox(tr("By subtype"), page);
    auto* sub = new QGridLayout(bySubtype);
    const QList<AssetSubtype> subtypes = AssetTerms::subtypes();
    for (int s = 0; s < subtypes.size(); ++s) {
        const AssetSubtype st = subtypes.at(s);
        sub->addWidget(new QLabel(AssetTerms::label(st), bySubtype), s, 0);
        sub->addWidget(
            number(QStringLiteral("count:subtype:%1").arg(AssetTerms::key(st)),
                   filterWith([st](AssetFilter& f) { f.subtypes = {AssetTerms::key(st)}; }),
                   bySubtype),
            s, 1, Qt::AlignHCenter);
    }
    sub->setColumnStretch(0, 2);
    sub->setColumnStretch(1, 1);
    tables->addWidget(bySubtype, 2);
    layout->addLayout(tables);

    // The assets behind the attention numbers, to open one straight away.
    auto* lists = new QHBoxLayout;
    lists->setSpacing(14);
    const QList<QPair<QString, QString>> listNames{
        {QStringLiteral("overdue"), tr("Reviews overdue (oldest first)")},
        {QStringLiteral("P1"), tr("P1 assets")},
        {QStringLiteral("no-owner"), tr("Without an owning department")}};
    for (const auto& [name, title] : listNames) {
        auto* box = new QGroupBox(title, page);
        auto* v = new QVBoxLayout(box);
        auto* list = new QListWidget(box);
        list->setObjectName(QStringLiteral("list:") + name);
        list->setMinimumHeight(list->fontMetrics().height() * 8);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setTextElideMode(Qt::ElideRight);
        list->setUniformItemSizes(true);
        v->addWidget(list);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            const qint64 id = item->data(Qt::UserRole).toLongLong();
            if (id > 0)
                Q_EMIT assetRequested(id);
        });
        m_lists.insert(name, list);
        lists->addWidget(box, 1);
    }
    layout->addLayout(lists, 1);

    m_refresh = new QTimer(this);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(50);
    connect(m_refresh, &QTimer::timeout, this, &OverviewView::refresh);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &OverviewView::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::rowsInserted, this, &OverviewView::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &OverviewView::scheduleRefresh);
    connect(&m_model, &QAbstractItemModel::dataChanged, this, &OverviewView::scheduleRefresh);
    refresh();
}

void OverviewView::fillLists()
{
    struct Row
    {
        QDate due;
        QString code;
        qint64 id;
        QString text;
    };
    QList<Row> overdue, p1, noOwner;
    const QDate today = m_model.today();
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const Asset* a = m_model.assetAt(r);
        const QString text = a->code + QStringLiteral("  ") + a->name;
        if (a->reviewOverdue(today)) {
            // The due date first: it is what orders the list, and it is never cut off.
            overdue.append({a->nextReview, a->code, a->id,
                            a->nextReview.toString(Qt::ISODate) + QStringLiteral("  ") + text});
        }
        if (m_model.priorities().effective(a->id) == Priority::P1)
            p1.append({{}, a->code, a->id, text});
        if (a->owner.trimmed().isEmpty())
            noOwner.append({{}, a->code, a->id, text});
    }
    std::sort(overdue.begin(), overdue.end(), [](const Row& x, const Row& y) {
        return std::tie(x.due, x.code) < std::tie(y.due, y.code);
    });
    for (QList<Row>* rows : {&p1, &noOwner}) {
        std::sort(rows->begin(), rows->end(),
                  [](const Row& x, const Row& y) { return x.code < y.code; });
    }
    const QList<QPair<QString, QList<Row>*>> all{{QStringLiteral("overdue"), &overdue},
                                                 {QStringLiteral("P1"), &p1},
                                                 {QStringLiteral("no-owner"), &noOwner}};
    for (const auto& [name, rows] : all) {
        QListWidget* list = m_lists.value(name);
        list->clear();
        for (int i = 0; i < rows->size() && i < MaxListed; ++i) {
            auto* item = new QListWidgetItem(rows->at(i).text, list);
            item->setData(Qt::UserRole, rows->at(i).id);
            item->setToolTip(rows->at(i).text);
        }
        if (rows->size() > MaxListed) {
            new QListWidgetItem(tr("… and %n more (click the number above to see all)", nullptr,
                                   int(rows->size() - MaxListed)),
                                list);
        }
        if (rows->isEmpty())
            new QListWidgetItem(tr("None."), list);
    }
}

QToolButton* OverviewView::number(const QString& name, const AssetFilter& filter, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setObjectName(name);
    b->setAutoRaise(true);
    b->setCursor(Qt::PointingHandCursor);
    b->setMinimumWidth(b->fontMetrics().horizontalAdvance(QStringLiteral("000000")));
    // Numbers look like links: they lead to the assets they count.
    QPalette pal = b->palette();
    pal.setColor(QPalette::ButtonText, pal.color(QPalette::Link));
    b->setPalette(pal);
    QFont f = b->font();
    f.setUnderline(true);
    b->setFont(f);
    connect(b, &QToolButton::clicked, this, [this, filter] { Q_EMIT filterRequested(filter); });
    m_numbers.insert(name, b);
    return b;
}

QToolButton* OverviewView::numberButton(const QString& name) const
{
    return m_numbers.value(name);
}

void OverviewView::setNumber(const QString& name, int value, const QString& tooltip)
{
    QToolButton* b = m_numbers.value(name);
    if (!b)
        return;
    b->setText(QLocale().toString(value));
    b->setToolTip(tooltip);
    b->setAccessibleName(tooltip);
}

void OverviewView::scheduleRefresh()
{
    m_refresh->start();
}

void OverviewView::refresh()
{
    const AssetCounts c = AssetCounts::of(m_model);
    m_heading->setText(tr("Overview: %n information asset(s)", nullptr, c.total));
    auto set = [this](const QString& name, int n) {
        setNumber(name, n, tr("Show these %n asset(s)", nullptr, n));
    };
    set(QStringLiteral("count:all"), c.total);
    set(QStringLiteral("count:P1"), c.byPriority.value(Priority::P1));
    set(QStringLiteral("count:overdue"), c.overdue);
    set(QStringLiteral("count:no-owner"), c.missingOwner);
    set(QStringLiteral("count:personal"), c.personalData);
    for (AssetClass cls : AssetTerms::classes()) {
        for (Priority pr : AssetTerms::priorities()) {
            set(QStringLiteral("count:%1:%2").arg(classKey(cls), AssetTerms::key(pr)),
                c.byClassAndPriority.value(qMakePair(cls, pr)));
        }
        set(QStringLiteral("count:%1").arg(classKey(cls)), c.byClass.value(cls));
    }
    for (Priority pr : AssetTerms::priorities())
        set(QStringLiteral("count:all:%1").arg(AssetTerms::key(pr)), c.byPriority.value(pr));
    set(QStringLiteral("count:all:total"), c.total);
    for (AssetSubtype st : AssetTerms::subtypes())
        set(QStringLiteral("count:subtype:%1").arg(AssetTerms::key(st)), c.bySubtype.value(st));

    fillLists();

    // Colour and words: the attention numbers stand out only when they are not zero.
    auto tint = [this](const QString& name, bool on, const QString& colour) {
        if (QToolButton* b = m_numbers.value(name))
            b->setStyleSheet(on ? QStringLiteral("color: %1;").arg(colour) : QString());
    };
    tint(QStringLiteral("count:P1"), c.byPriority.value(Priority::P1) > 0,
         QStringLiteral("#b00020"));
    tint(QStringLiteral("count:overdue"), c.overdue > 0, QStringLiteral("#a05a00"));
    tint(QStringLiteral("count:no-owner"), c.missingOwner > 0, QStringLiteral("#a05a00"));
}

} // namespace daicho
