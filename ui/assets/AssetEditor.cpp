#include "AssetEditor.h"

#include "AssetCommands.h"
#include "AssetHistoryPanel.h"
#include "AssetTableModel.h"
#include "domain/PriorityRule.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "support/Clock.h"
#include "undo/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace daicho {

namespace {

const QString kMessageStyle = QStringLiteral("color: #b00020;");

QPlainTextEdit* textBox(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

// A field with its message underneath, as one form row.
QWidget* withMessage(QWidget* field, QLabel* message)
{
    auto* box = new QWidget;
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    v->addWidget(field);
    v->addWidget(message);
    return box;
}

} // namespace

AssetEditor::AssetEditor(RegisterDocument& document, AssetTableModel& model, qint64 id,
                         QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(model)
    , m_id(id)
{
    AssetService& service = m_document.reg().assets();
    if (m_id != 0) {
        auto found = service.find(m_id);
        if (found && found->has_value())
            m_original = **found;
        else
            m_id = 0;
    }
    if (m_id == 0) {
        m_original = Asset{};
        m_original.assetClass = AssetClass::Internal;
        m_original.subtype = AssetSubtype::Data;
    }
    if (auto g = service.graph())
        m_graph = std::move(*g);
    m_originalDependsOn = m_graph.dependenciesOf(m_id);
    m_dependsOn = m_originalDependsOn;

    setWindowTitle(m_id ? tr("Asset %1").arg(m_original.code) : tr("New Asset"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(buildGeneral(), tr("General"));
    m_tabs->addTab(buildValuation(), tr("Valuation"));
    m_tabs->addTab(buildPriority(), tr("Priority"));
    m_tabs->addTab(buildDependencies(), tr("Dependencies"));
    m_history = new AssetHistoryPanel(m_document.reg(), m_id, this);
    m_tabs->addTab(m_history, tr("Change History"));
    m_tabs->setTabEnabled(HistoryTab, m_id != 0);
    layout->addWidget(m_tabs, 1);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(kMessageStyle);
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(m_id ? tr("Save") : tr("Add Asset"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AssetEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    load(m_original);
    fillDependencyLists();

    // Every change re-checks the rules and the derived values.
    for (QLineEdit* e :
         {m_code, m_name, m_owner, m_location, m_businessArea, m_userScope, m_retention})
        connect(e, &QLineEdit::textChanged, this, &AssetEditor::revalidate);
    for (QPlainTextEdit* e : {m_description, m_notes, m_overrideReason})
        connect(e, &QPlainTextEdit::textChanged, this, &AssetEditor::revalidate);
    for (QComboBox* c : {m_class, m_subtype, m_personal, m_overridePriority})
        connect(c, &QComboBox::currentIndexChanged, this, &AssetEditor::revalidate);
    for (QSpinBox* s : {m_c, m_i, m_a})
        connect(s, &QSpinBox::valueChanged, this, &AssetEditor::revalidate);
    for (QCheckBox* c : {m_customerData, m_override, m_reviewScheduled})
        connect(c, &QCheckBox::toggled, this, &AssetEditor::revalidate);
    connect(m_nextReview, &QDateEdit::dateChanged, this, &AssetEditor::revalidate);
    connect(m_reviewScheduled, &QCheckBox::toggled, m_nextReview, &QWidget::setEnabled);
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_overridePriority->setEnabled(on);
        m_overrideReason->setEnabled(on);
    });
    m_overridePriority->setEnabled(m_override->isChecked());
    m_overrideReason->setEnabled(m_override->isChecked());
    m_nextReview->setEnabled(m_reviewScheduled->isChecked());
    revalidate();
    resize(760, 620);
}

AssetEditor::~AssetEditor() = default;

QLabel* AssetEditor::messageLabel(AssetField field)
{
    auto* label = new QLabel(this);
    label->setWordWrap(true);
    label->setStyleSheet(kMessageStyle);
    label->hide();
    m_messages.insert(field, label);
    return label;
}

QWidget* AssetEditor::buildGeneral()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto field = [this, form](AssetField f, QWidget* w) {
        form->addRow(AssetRules::fieldLabel(f) + QLatin1Char(':'), withMessage(w, messageLabel(f)));
    };
    m_code = new QLineEdit(page);
    m_code->setMaxLength(AssetRules::MaxCodeLength + 1);
    m_code->setPlaceholderText(tr("e.g. CUS-DB-001"));
    field(AssetField::Code, m_code);
    m_name = new QLineEdit(page);
    field(AssetField::Name, m_name);

    m_class = new QComboBox(page);
    for (AssetClass c : AssetTerms::classes())
        m_class->addItem(AssetTerms::label(c), int(c));
    field(AssetField::Class, m_class);
    m_subtype = new QComboBox(page);
    for (AssetSubtype s : AssetTerms::subtypes())
        m_subtype->addItem(AssetTerms::label(s), int(s));
    field(AssetField::Subtype, m_subtype);

    m_owner = new QLineEdit(page);
    // The departments already in the register, so one is not spelled two ways.
    QSet<QString> owners;
    for (int r = 0; r < m_model.rowCount() && owners.size() < 500; ++r) {
        const QString o = m_model.assetAt(r)->owner;
        if (!o.isEmpty())
            owners.insert(o);
    }
    QStringList ownerList(owners.begin(), owners.end());
    ownerList.sort();
    auto* completer = new QCompleter(ownerList, m_owner);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_owner->setCompleter(completer);
    field(AssetField::Owner, m_owner);
    m_location = new QLineEdit(page);
    field(AssetField::Location, m_location);
    m_businessArea = new QLineEdit(page);
    field(AssetField::BusinessArea, m_businessArea);
    m_userScope = new QLineEdit(page);
    field(AssetField::UserScope, m_userScope);
    m_retention = new QLineEdit(page);
    m_retention->setPlaceholderText(tr("e.g. 5 years after the contract ends"));
    field(AssetField::Retention, m_retention);

    auto* review = new QWidget(page);
    auto* reviewRow = new QHBoxLayout(review);
    reviewRow->setContentsMargins(0, 0, 0, 0);
    m_reviewScheduled = new QCheckBox(tr("Scheduled"), review);
    m_nextReview = new QDateEdit(review);
    m_nextReview->setCalendarPopup(true);
    m_nextReview->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    reviewRow->addWidget(m_reviewScheduled);
    reviewRow->addWidget(m_nextReview);
    // Overdue in words, not colour alone.
    m_reviewOverdue = new QLabel(review);
    m_reviewOverdue->setObjectName(QStringLiteral("reviewOverdue"));
    reviewRow->addWidget(m_reviewOverdue);
    reviewRow->addStretch(1);
    field(AssetField::NextReview, review);

    m_description = textBox(page, 3);
    field(AssetField::Description, m_description);
    m_notes = textBox(page, 2);
    field(AssetField::Notes, m_notes);
    return page;
}

QWidget* AssetEditor::buildValuation()
{
    auto* page = new QWidget(this);
    auto* form = new QFormLayout(page);
    auto spin = [this, page, form](AssetField f) {
        auto* s = new QSpinBox(page);
        s->setRange(1, 3);
        s->setToolTip(tr("3: legal protection required or serious harm · 2: significant harm to "
                         "the business · 1: negligible"));
        form->addRow(AssetRules::fieldLabel(f) + QLatin1Char(':'), withMessage(s, messageLabel(f)));
        return s;
    };
    m_c = spin(AssetField::Confidentiality);
    m_i = spin(AssetField::Integrity);
    m_a = spin(AssetField::Availability);
    auto* scale = new QLabel(tr("3: legal protection required (personal data, My Number) or "
                                "serious harm to the company or customers · 2: significant harm "
                                "to the business · 1: negligible."),
                             page);
    scale->setWordWrap(true);
    form->addRow(QString(), scale);

    m_personal = new QComboBox(page);
    for (PersonalData p : AssetTerms::personalDataKinds())
        m_personal->addItem(AssetTerms::label(p), int(p));
    form->addRow(AssetRules::fieldLabel(AssetField::PersonalData) + QLatin1Char(':'),
                 withMessage(m_personal, messageLabel(AssetField::PersonalData)));
    m_customerData = new QCheckBox(
        tr("The personal data is customers' (care providers and the people they serve)"), page);
    form->addRow(QString(), withMessage(m_customerData, messageLabel(AssetField::CustomerData)));

    m_importance = new QLabel(page);
    m_importance->setWordWrap(true);
    form->addRow(tr("Importance:"), m_importance);
    return page;
}

QWidget* AssetEditor::buildPriority()
{
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    m_priority = new QLabel(page);
    QFont big = m_priority->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_priority->setFont(big);
    v->addWidget(m_priority);
    m_priorityWhy = new QLabel(page);
    m_priorityWhy->setWordWrap(true);
    m_priorityWhy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_priorityWhy);
    auto* rule = new QLabel(tr("The policy's rule: P1 if the asset holds or processes customers' "
                               "personal data; P2 for any other customer asset; P3 for test and "
                               "internal assets, raised to the highest priority of any asset "
                               "that depends on them."),
                            page);
    rule->setWordWrap(true);
    v->addWidget(rule);

    auto* box = new QGroupBox(tr("Override"), page);
    auto* form = new QFormLayout(box);
    m_override = new QCheckBox(tr("Set the priority by hand"), box);
    form->addRow(m_override);
    m_overridePriority = new QComboBox(box);
    for (Priority p : AssetTerms::priorities())
        m_overridePriority->addItem(AssetTerms::label(p), int(p));
    form->addRow(AssetRules::fieldLabel(AssetField::PriorityOverride) + QLatin1Char(':'),
                 withMessage(m_overridePriority, messageLabel(AssetField::PriorityOverride)));
    m_overrideReason = textBox(box, 3);
    m_overrideReason->setPlaceholderText(tr("Why this priority? Kept in the change history."));
    form->addRow(AssetRules::fieldLabel(AssetField::OverrideReason) + QLatin1Char(':'),
                 withMessage(m_overrideReason, messageLabel(AssetField::OverrideReason)));
    v->addWidget(box);
    v->addStretch(1);
    return page;
}

QWidget* AssetEditor::buildDependencies()
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    grid->addWidget(new QLabel(tr("This asset depends on:"), page), 0, 0);
    m_dependsOnList = new QListWidget(page);
    m_dependsOnList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    grid->addWidget(m_dependsOnList, 1, 0);

    auto* addRow = new QHBoxLayout;
    m_dependencyPicker = new QComboBox(page);
    m_dependencyPicker->setEditable(true);
    m_dependencyPicker->setInsertPolicy(QComboBox::NoInsert);
    // The table model itself, so even 100,000 assets cost no copy.
    m_dependencyPicker->setModel(&m_model);
    m_dependencyPicker->setModelColumn(AssetTableModel::CodeColumn);
    m_dependencyPicker->setCurrentIndex(-1);
    m_dependencyPicker->completer()->setFilterMode(Qt::MatchContains);
    m_dependencyPicker->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_dependencyPicker->lineEdit()->setPlaceholderText(tr("Asset code…"));
    m_addDependency = new QPushButton(tr("Add"), page);
    m_removeDependency = new QPushButton(tr("Remove"), page);
    addRow->addWidget(m_dependencyPicker, 1);
    addRow->addWidget(m_addDependency);
    addRow->addWidget(m_removeDependency);
    grid->addLayout(addRow, 2, 0);
    m_dependencyMessage = new QLabel(page);
    m_dependencyMessage->setWordWrap(true);
    m_dependencyMessage->setStyleSheet(kMessageStyle);
    grid->addWidget(m_dependencyMessage, 3, 0);

    grid->addWidget(new QLabel(tr("Assets that depend on this one:"), page), 0, 1);
    m_dependents = new QListWidget(page);
    grid->addWidget(m_dependents, 1, 1, 3, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_addDependency, &QPushButton::clicked, this, [this] {
        const QString code = m_dependencyPicker->currentText().trimmed();
        auto found = m_document.reg().assets().findByCode(code);
        if (!found || !found->has_value()) {
            m_dependencyMessage->setText(tr("There is no asset with the code \"%1\".").arg(code));
            return;
        }
        if (addDependency((*found)->id))
            m_dependencyPicker->setCurrentIndex(-1);
    });
    connect(m_removeDependency, &QPushButton::clicked, this, [this] {
        const QList<QListWidgetItem*> items = m_dependsOnList->selectedItems();
        for (QListWidgetItem* item : items)
            removeDependency(item->data(Qt::UserRole).toLongLong());
    });
    return page;
}

QString AssetEditor::describe(qint64 id) const
{
    if (id == selfId())
        return m_code->text().trimmed().isEmpty() ? tr("this asset") : m_code->text().trimmed();
    return m_model.describe(id);
}

DependencyGraph AssetEditor::stagedGraph() const
{
    DependencyGraph g = m_graph;
    for (qint64 d : m_originalDependsOn)
        g.removeEdge(selfId(), d);
    for (qint64 d : m_dependsOn)
        g.addEdge(selfId(), d);
    return g;
}

Status AssetEditor::addDependency(qint64 other)
{
    m_dependencyMessage->clear();
    if (m_dependsOn.contains(other))
        return {};
    const DependencyGraph g = stagedGraph();
    if (auto cycle = g.cycleIfAdded(selfId(), other)) {
        QStringList codes;
        for (qint64 id : std::as_const(*cycle)) {
            const int row = m_model.rowOf(id);
            codes.append(id == selfId() || row < 0 ? describe(id) : m_model.assetAt(row)->code);
        }
        const QString message = AssetService::cycleMessage(codes);
        m_dependencyMessage->setText(message);
        return Error{Error::Kind::Conflict, message, {}, 0, 0, {}};
    }
    m_dependsOn.append(other);
    fillDependencyLists();
    updateDerived();
    return {};
}

void AssetEditor::removeDependency(qint64 other)
{
    m_dependencyMessage->clear();
    m_dependsOn.removeAll(other);
    fillDependencyLists();
    updateDerived();
}

QString AssetEditor::dependencyMessage() const
{
    return m_dependencyMessage->text();
}

void AssetEditor::fillDependencyLists()
{
    m_dependsOnList->clear();
    for (qint64 d : std::as_const(m_dependsOn)) {
        auto* item = new QListWidgetItem(describe(d), m_dependsOnList);
        item->setData(Qt::UserRole, d);
    }
    m_dependents->clear();
    if (m_id != 0) {
        for (qint64 d : m_graph.dependentsOf(m_id)) {
            auto* item = new QListWidgetItem(describe(d), m_dependents);
            item->setData(Qt::UserRole, d);
        }
    }
    if (m_dependents->count() == 0)
        new QListWidgetItem(tr("(none)"), m_dependents);
}

void AssetEditor::load(const Asset& a)
{
    m_code->setText(a.code);
    m_name->setText(a.name);
    m_class->setCurrentIndex(m_class->findData(int(a.assetClass)));
    m_subtype->setCurrentIndex(m_subtype->findData(int(a.subtype)));
    m_owner->setText(a.owner);
    m_location->setText(a.location);
    m_businessArea->setText(a.businessArea);
    m_userScope->setText(a.userScope);
    m_retention->setText(a.retention);
    m_reviewScheduled->setChecked(a.nextReview.isValid());
    m_nextReview->setDate(a.nextReview.isValid() ? a.nextReview
                                                 : Clock::current().today().addYears(1));
    m_description->setPlainText(a.description);
    m_notes->setPlainText(a.notes);
    m_c->setValue(a.confidentiality);
    m_i->setValue(a.integrity);
    m_a->setValue(a.availability);
    m_personal->setCurrentIndex(m_personal->findData(int(a.personalData)));
    m_customerData->setChecked(a.customerData);
    m_override->setChecked(a.priorityOverride.has_value());
    m_overridePriority->setCurrentIndex(
        m_overridePriority->findData(int(a.priorityOverride.value_or(Priority::P1))));
    m_overrideReason->setPlainText(a.overrideReason);
}

Asset AssetEditor::formAsset() const
{
    Asset a = m_original;
    a.id = m_id;
    a.code = m_code->text();
    a.name = m_name->text();
    a.assetClass = AssetClass(m_class->currentData().toInt());
    a.subtype = AssetSubtype(m_subtype->currentData().toInt());
    a.owner = m_owner->text();
    a.location = m_location->text();
    a.businessArea = m_businessArea->text();
    a.userScope = m_userScope->text();
    a.retention = m_retention->text();
    a.nextReview = m_reviewScheduled->isChecked() ? m_nextReview->date() : QDate();
    a.description = m_description->toPlainText();
    a.notes = m_notes->toPlainText();
    a.confidentiality = m_c->value();
    a.integrity = m_i->value();
    a.availability = m_a->value();
    a.personalData = PersonalData(m_personal->currentData().toInt());
    a.customerData = a.personalData != PersonalData::None && m_customerData->isChecked();
    if (m_override->isChecked()) {
        a.priorityOverride = Priority(m_overridePriority->currentData().toInt());
        a.overrideReason = m_overrideReason->toPlainText();
    } else {
        a.priorityOverride.reset();
        a.overrideReason.clear();
    }
    return a;
}

QList<FieldIssue> AssetEditor::problems() const
{
    const Asset a = formAsset();
    QList<FieldIssue> issues = AssetRules::validate(a);
    const QString code = a.code.trimmed();
    if (!code.isEmpty()) {
        auto other = m_document.reg().assets().findByCode(code);
        if (other && other->has_value() && (*other)->id != m_id)
            issues.append({AssetField::Code, AssetService::duplicateCodeMessage(code)});
    }
    return issues;
}

QString AssetEditor::messageFor(AssetField field) const
{
    QLabel* label = m_messages.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void AssetEditor::revalidate()
{
    const QList<FieldIssue> issues = problems();
    QHash<AssetField, QStringList> byField;
    for (const FieldIssue& i : issues)
        byField[i.field].append(i.message);
    for (auto it = m_messages.cbegin(); it != m_messages.cend(); ++it) {
        const QStringList msgs = byField.value(it.key());
        it.value()->setText(msgs.join(QLatin1Char('\n')));
        it.value()->setVisible(!msgs.isEmpty());
    }
    m_customerData->setEnabled(m_personal->currentData().toInt() != int(PersonalData::None));
    const bool overdue =
        m_reviewScheduled->isChecked() && m_nextReview->date() < Clock::current().today();
    m_reviewOverdue->setText(overdue ? tr("⚠ Review overdue") : QString());
    m_reviewOverdue->setStyleSheet(overdue ? QStringLiteral("color: #a04000; font-weight: bold;")
                                           : QString());
    QPushButton* ok = okButton();
    ok->setEnabled(issues.isEmpty());
    if (issues.isEmpty()) {
        m_summary->clear();
    } else {
        QStringList tabsWithProblems;
        auto tabOf = [](AssetField f) {
            switch (f) {
            case AssetField::Confidentiality:
            case AssetField::Integrity:
            case AssetField::Availability:
            case AssetField::PersonalData:
            case AssetField::CustomerData:
                return int(ValuationTab);
            case AssetField::PriorityOverride:
            case AssetField::OverrideReason:
                return int(PriorityTab);
            default:
                return int(GeneralTab);
            }
        };
        QSet<int> tabs;
        for (const FieldIssue& i : issues)
            tabs.insert(tabOf(i.field));
        for (int t = 0; t < m_tabs->count(); ++t) {
            if (tabs.contains(t))
                tabsWithProblems.append(m_tabs->tabText(t));
        }
        m_summary->setText(
            tr("Cannot save yet: %n problem(s) to fix (%1).", nullptr, int(issues.size()))
                .arg(tabsWithProblems.join(QStringLiteral(", "))));
    }
    updateDerived();
}

void AssetEditor::updateDerived()
{
    const Asset a = formAsset();
    m_importance->setText(AssetRules::importanceExplanation(a));

    // Priorities travel through the whole register: recomputed only when something they
    // depend on changed, not on every keystroke in a text field.
    Asset self0 = a;
    self0.id = selfId();
    const PriorityInput in = PriorityInput::from(self0);
    const QString signature = QStringLiteral("%1|%2|%3|%4|%5")
                                  .arg(int(in.assetClass))
                                  .arg(in.customerPersonalData)
                                  .arg(in.priorityOverride ? rank(*in.priorityOverride) : 0)
                                  .arg(m_code->text(), a.overrideReason) +
                              QLatin1Char('|') + [this] {
                                  QStringList ids;
                                  for (qint64 d : m_dependsOn)
                                      ids.append(QString::number(d));
                                  return ids.join(QLatin1Char(','));
                              }();
    if (signature == m_prioritySignature)
        return;
    m_prioritySignature = signature;

    // The whole register's priorities with this asset as the form has it.
    QList<PriorityInput> inputs;
    inputs.reserve(m_model.rowCount() + 1);
    for (int r = 0; r < m_model.rowCount(); ++r) {
        const Asset* other = m_model.assetAt(r);
        if (other->id != m_id)
            inputs.append(PriorityInput::from(*other));
    }
    Asset self = a;
    self.id = selfId();
    inputs.append(PriorityInput::from(self));
    const QHash<qint64, PriorityResult> all = PriorityRule::compute(inputs, stagedGraph());
    const PriorityResult r = all.value(selfId());
    m_priority->setText(tr("Priority %1").arg(AssetTerms::label(r.effective)));
    m_priorityWhy->setText(PriorityRule::explain(
        r, all, [this](qint64 id) { return describe(id); }, a.overrideReason));
}

QPushButton* AssetEditor::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

Status AssetEditor::save()
{
    const QList<FieldIssue> issues = problems();
    if (!issues.isEmpty()) {
        revalidate();
        return Error::invalid(issues.first().message, AssetRules::fieldKey(issues.first().field));
    }
    const Asset a = formAsset();
    QList<qint64> added, removed;
    for (qint64 d : std::as_const(m_dependsOn)) {
        if (!m_originalDependsOn.contains(d))
            added.append(d);
    }
    for (qint64 d : std::as_const(m_originalDependsOn)) {
        if (!m_dependsOn.contains(d))
            removed.append(d);
    }
    const bool contentChanged = m_id == 0 || !m_original.sameContent(AssetRules::normalized(a));
    if (!contentChanged && added.isEmpty() && removed.isEmpty())
        return {};

    QUndoStack* stack = m_document.undoStack();
    const bool macro = (contentChanged ? 1 : 0) + added.size() + removed.size() > 1;
    if (macro)
        stack->beginMacro(m_id ? tr("Edit asset %1").arg(a.code.trimmed())
                               : tr("New asset %1").arg(a.code.trimmed()));
    Status result;
    qint64 id = m_id;
    if (m_id == 0) {
        auto created = AssetCommands::create(m_document, a);
        if (created)
            id = *created;
        else
            result = created.error();
    } else if (contentChanged) {
        result = AssetCommands::update(m_document, a);
    }
    for (qint64 d : std::as_const(removed)) {
        if (result)
            result = AssetCommands::removeDependency(m_document, id, d);
    }
    for (qint64 d : std::as_const(added)) {
        if (result)
            result = AssetCommands::addDependency(m_document, id, d);
    }
    if (macro) {
        stack->endMacro();
        // All or nothing: take back the steps that did land.
        if (!result && stack->count() > 0 && stack->command(stack->index() - 1)->childCount() > 0)
            stack->undo();
    }
    if (!result) {
        m_summary->setText(result.error().message);
        return result;
    }
    m_id = id;
    return {};
}

void AssetEditor::accept()
{
    if (Status s = save(); !s) {
        // The message is in the dialog already; make sure it is seen.
        QMessageBox::warning(this, tr("Cannot save"), s.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace daicho
