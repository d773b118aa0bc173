#include "RiskEditor.h"

#include "RiskCommands.h"
#include "catalogs/Catalogs.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "services/SoaService.h"
#include "support/Clock.h"
#include "support/Translations.h"
#include "undo/RegisterDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextCursor>
#include <QVBoxLayout>

namespace daicho {

namespace {

QPlainTextEdit* textBox(QWidget* parent, const QString& text, int lines = 3)
{
    auto* e = new QPlainTextEdit(text, parent);
    e->setTabChangesFocus(true);
    e->setFixedHeight(e->fontMetrics().lineSpacing() * lines + 12);
    return e;
}

QSpinBox* levelBox(QWidget* parent, int max, int value)
{
    auto* s = new QSpinBox(parent);
    s->setRange(0, max);
    s->setSpecialValueText(QStringLiteral("—"));
    s->setValue(value);
    return s;
}

enum ActionColumn
{
    DescriptionColumn,
    OwnerColumn,
    DueColumn,
    DoneColumn,
};

} // namespace

RiskEditor::RiskEditor(RegisterDocument& document, const Risk& risk, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_original(risk)
{
    Register& reg = document.reg();
    auto method = reg.risks().method();
    m_method = method ? *method : RiskMethod::ipaDefault();
    // A register without risks has not received the built-in threats yet: they are part of
    // its setup (recorded in the history, not an undoable edit).
    if (auto threats = reg.risks().threats(); threats && threats->isEmpty())
        (void)reg.risks().installThreatCatalog();
    if (auto threats = reg.risks().threats())
        m_threats = *threats;
    // Likewise the vulnerabilities (a register whose risks predate the catalog gets it here).
    if (auto vulns = reg.risks().vulnerabilities().all(); vulns && vulns->isEmpty())
        (void)reg.risks().vulnerabilities().installCatalog();
    setWindowTitle(risk.id == 0 ? tr("New risk") : tr("Risk %1").arg(risk.code));
    resize(760, 620);

    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);

    // --- the risk ---
    auto* general = new QWidget(m_tabs);
    auto* gf = new QFormLayout(general);
    m_code = new QLineEdit(risk.code, general);
    m_title = new QLineEdit(risk.title, general);
    gf->addRow(RiskRules::fieldLabel(RiskField::Code), m_code);
    gf->addRow(RiskRules::fieldLabel(RiskField::Title), m_title);
    m_assets = new QListWidget(general);
    if (auto assets = reg.assets().all()) {
        // The risk's own assets first, then the others in register order.
        QList<Asset> ordered;
        for (const Asset& a : std::as_const(*assets))
            if (risk.assetIds.contains(a.id))
                ordered.append(a);
        for (const Asset& a : std::as_const(*assets))
            if (!risk.assetIds.contains(a.id))
                ordered.append(a);
        for (const Asset& a : std::as_const(ordered)) {
            auto* item =
                new QListWidgetItem(a.code + QStringLiteral("  ") + a.name + QStringLiteral("  (") +
                                        tr("importance %1").arg(a.importance()) + QLatin1Char(')'),
                                    m_assets);
            item->setData(Qt::UserRole, a.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(risk.assetIds.contains(a.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_assets->setMinimumHeight(140);
    m_assetSearch = new QLineEdit(general);
    m_assetSearch->setPlaceholderText(tr("Find assets (code or name)…"));
    m_assetSearch->setClearButtonEnabled(true);
    connect(m_assetSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QString t = text.trimmed();
        for (int i = 0; i < m_assets->count(); ++i) {
            QListWidgetItem* item = m_assets->item(i);
            item->setHidden(!t.isEmpty() && item->checkState() != Qt::Checked &&
                            !item->text().contains(t, Qt::CaseInsensitive));
        }
    });
    auto* assetBox = new QVBoxLayout;
    assetBox->setContentsMargins(0, 0, 0, 0);
    assetBox->addWidget(m_assetSearch);
    assetBox->addWidget(m_assets, 1);
    gf->addRow(RiskRules::fieldLabel(RiskField::Assets), assetBox);
    m_threat = new QComboBox(general);
    m_threat->addItem(tr("(none)"), qint64(0));
    const QString lang = Translations::current();
    for (const Threat& t : std::as_const(m_threats)) {
        m_threat->addItem(t.name(lang), t.id);
        m_threat->setItemData(m_threat->count() - 1, t.description(lang), Qt::ToolTipRole);
    }
    m_threat->setCurrentIndex(std::max(0, m_threat->findData(risk.threatId)));
    gf->addRow(RiskRules::fieldLabel(RiskField::Threat), m_threat);
    m_vulnerability = textBox(general, risk.vulnerability);
    m_vulnPicker = new QComboBox(general);
    m_vulnPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_vulnPicker->setMinimumContentsLength(24);
    m_vulnPicker->setToolTip(tr("Vulnerabilities of the catalog, those typical for the chosen "
                                "threat first; choosing one adds its name to the text, which "
                                "stays free to edit"));
    auto* vulnBox = new QVBoxLayout;
    vulnBox->setContentsMargins(0, 0, 0, 0);
    vulnBox->addWidget(m_vulnPicker);
    vulnBox->addWidget(m_vulnerability);
    gf->addRow(RiskRules::fieldLabel(RiskField::Vulnerability), vulnBox);
    fillVulnerabilityPicker();
    connect(m_threat, &QComboBox::currentIndexChanged, this, &RiskEditor::fillVulnerabilityPicker);
    connect(m_vulnPicker, &QComboBox::activated, this, [this](int index) {
        const QString code = m_vulnPicker->itemData(index).toString();
        if (!code.isEmpty())
            useVulnerability(code);
        m_vulnPicker->setCurrentIndex(0);
    });
    m_existing = textBox(general, risk.existingControls);
    gf->addRow(RiskRules::fieldLabel(RiskField::ExistingControls), m_existing);
    m_tabs->addTab(general, tr("Risk"));

    // --- assessment ---
    auto* assess = new QWidget(m_tabs);
    auto* af = new QFormLayout(assess);
    af->addRow(new QLabel(
        tr("Method: %1 (version %2)").arg(m_method.displayName()).arg(m_method.version), assess));
    const bool ipa = m_method.kind == RiskMethodKind::Ipa;
    m_threatLevel = levelBox(assess, 3, risk.scores.threat);
    m_vulnLevel = levelBox(assess, 3, risk.scores.vulnerability);
    m_likelihood = levelBox(assess, m_method.likelihoodLevels, risk.scores.likelihood);
    m_impact = levelBox(assess, m_method.impactLevels, risk.scores.impact);
    m_rThreatLevel = levelBox(assess, 3, risk.residualScores.threat);
    m_rVulnLevel = levelBox(assess, 3, risk.residualScores.vulnerability);
    m_rLikelihood = levelBox(assess, m_method.likelihoodLevels, risk.residualScores.likelihood);
    m_rImpact = levelBox(assess, m_method.impactLevels, risk.residualScores.impact);
    m_inherentResult = new QLabel(assess);
    m_residualResult = new QLabel(assess);
    auto* inherentTitle = new QLabel(tr("<b>Inherent risk</b>"), assess);
    af->addRow(inherentTitle);
    if (ipa) {
        m_threatLevel->setToolTip(tr("3 = could happen any time, 2 = a few times a year in some "
                                     "situations, 1 = not normally"));
        m_vulnLevel->setToolTip(tr("3 = no countermeasures, 2 = partial, 1 = all needed "
                                   "countermeasures"));
        af->addRow(RiskRules::fieldLabel(RiskField::ThreatLevel), m_threatLevel);
        af->addRow(RiskRules::fieldLabel(RiskField::VulnerabilityLevel), m_vulnLevel);
    } else {
        af->addRow(RiskRules::fieldLabel(RiskField::Likelihood), m_likelihood);
        af->addRow(RiskRules::fieldLabel(RiskField::Impact), m_impact);
    }
    af->addRow(tr("Result"), m_inherentResult);
    af->addRow(new QLabel(tr("<b>Residual risk</b> (after the planned treatment)"), assess));
    if (ipa) {
        af->addRow(RiskRules::fieldLabel(RiskField::ThreatLevel), m_rThreatLevel);
        af->addRow(RiskRules::fieldLabel(RiskField::VulnerabilityLevel), m_rVulnLevel);
    } else {
        af->addRow(RiskRules::fieldLabel(RiskField::Likelihood), m_rLikelihood);
        af->addRow(RiskRules::fieldLabel(RiskField::Impact), m_rImpact);
    }
    af->addRow(tr("Result"), m_residualResult);
    // The inputs the method does not use stay out of sight (they keep their values).
    for (QSpinBox* unused :
         ipa ? QList<QSpinBox*>{m_likelihood, m_impact, m_rLikelihood, m_rImpact}
             : QList<QSpinBox*>{m_threatLevel, m_vulnLevel, m_rThreatLevel, m_rVulnLevel})
        unused->hide();
    for (QWidget* w : {static_cast<QWidget*>(m_threatLevel), static_cast<QWidget*>(m_vulnLevel),
                       static_cast<QWidget*>(m_likelihood), static_cast<QWidget*>(m_impact),
                       static_cast<QWidget*>(m_rThreatLevel), static_cast<QWidget*>(m_rVulnLevel),
                       static_cast<QWidget*>(m_rLikelihood), static_cast<QWidget*>(m_rImpact)}) {
        connect(static_cast<QSpinBox*>(w), &QSpinBox::valueChanged, this,
                &RiskEditor::updateScores);
    }
    connect(m_assets, &QListWidget::itemChanged, this, &RiskEditor::updateScores);
    m_tabs->addTab(assess, tr("Assessment"));

    // --- treatment ---
    auto* treat = new QWidget(m_tabs);
    auto* tf = new QFormLayout(treat);
    m_treatment = new QComboBox(treat);
    m_treatment->addItem(tr("(not decided)"), QString());
    for (RiskTreatment t : RiskTerms::treatments())
        m_treatment->addItem(RiskTerms::label(t), RiskTerms::key(t));
    m_treatment->setCurrentIndex(
        risk.treatment ? std::max(0, m_treatment->findData(RiskTerms::key(*risk.treatment))) : 0);
    tf->addRow(RiskRules::fieldLabel(RiskField::Treatment), m_treatment);
    m_plan = textBox(treat, risk.treatmentPlan);
    tf->addRow(RiskRules::fieldLabel(RiskField::TreatmentPlan), m_plan);
    m_actions = new QTableWidget(0, 4, treat);
    m_actions->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due"), tr("Done on")});
    m_actions->horizontalHeaderItem(DueColumn)->setToolTip(tr("YYYY-MM-DD"));
    m_actions->horizontalHeaderItem(DoneColumn)->setToolTip(tr("YYYY-MM-DD"));
    m_actions->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_actions->setColumnWidth(OwnerColumn, 130);
    m_actions->setColumnWidth(DueColumn, 110);
    m_actions->setColumnWidth(DoneColumn, 110);
    m_actions->verticalHeader()->hide();
    for (const RiskAction& a : risk.actions)
        addActionRow(a);
    auto* actionButtons = new QHBoxLayout;
    auto* addAction = new QPushButton(tr("Add action"), treat);
    auto* removeAction = new QPushButton(tr("Remove action"), treat);
    actionButtons->addWidget(addAction);
    actionButtons->addWidget(removeAction);
    actionButtons->addStretch();
    connect(addAction, &QPushButton::clicked, this, [this] { addActionRow(RiskAction{}); });
    connect(removeAction, &QPushButton::clicked, this, [this] {
        if (m_actions->currentRow() >= 0)
            m_actions->removeRow(m_actions->currentRow());
    });
    auto* actionsBox = new QVBoxLayout;
    actionsBox->addWidget(m_actions);
    actionsBox->addLayout(actionButtons);
    tf->addRow(RiskRules::fieldLabel(RiskField::Actions), actionsBox);
    QStringList controls;
    const QString soaCatalog = reg.soa().catalogKey();
    for (const RiskControlRef& c : risk.controls)
        controls.append(c.catalog == soaCatalog ? c.controlId
                                                : c.catalog + QLatin1Char(':') + c.controlId);
    m_controls = new QLineEdit(controls.join(QLatin1Char(' ')), treat);
    m_controls->setPlaceholderText(
        tr("e.g. 8.7 8.13 (controls of %1)").arg(Catalogs::get(soaCatalog).title()));
    tf->addRow(RiskRules::fieldLabel(RiskField::Controls), m_controls);
    m_tabs->addTab(treat, tr("Treatment"));

    // --- acceptance, status and review ---
    auto* acc = new QWidget(m_tabs);
    auto* cf = new QFormLayout(acc);
    m_status = new QComboBox(acc);
    for (RiskStatus s : RiskTerms::statuses())
        m_status->addItem(RiskTerms::label(s), RiskTerms::key(s));
    m_status->setCurrentIndex(std::max(0, m_status->findData(RiskTerms::key(risk.status))));
    cf->addRow(RiskRules::fieldLabel(RiskField::CurrentStatus), m_status);
    m_owner = new QLineEdit(risk.owner, acc);
    cf->addRow(RiskRules::fieldLabel(RiskField::Owner), m_owner);
    m_approver = new QLineEdit(risk.acceptanceApprover, acc);
    cf->addRow(RiskRules::fieldLabel(RiskField::AcceptanceApprover), m_approver);
    auto dateRow = [&](QDateEdit*& edit, QCheckBox*& set, const QDate& d, RiskField f) {
        auto* row = new QHBoxLayout;
        set = new QCheckBox(acc);
        edit = new QDateEdit(acc);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        setDate(edit, set, d);
        connect(set, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        row->addWidget(set);
        row->addWidget(edit, 1);
        cf->addRow(RiskRules::fieldLabel(f), row);
    };
    dateRow(m_acceptedOn, m_acceptedOnSet, risk.acceptanceDate, RiskField::AcceptanceDate);
    dateRow(m_expires, m_expiresSet, risk.acceptanceExpiry, RiskField::AcceptanceExpiry);
    m_reason = textBox(acc, risk.acceptanceReason);
    cf->addRow(RiskRules::fieldLabel(RiskField::AcceptanceReason), m_reason);
    dateRow(m_review, m_reviewSet, risk.nextReview, RiskField::NextReview);
    m_notes = textBox(acc, risk.notes);
    cf->addRow(RiskRules::fieldLabel(RiskField::Notes), m_notes);
    m_tabs->addTab(acc, tr("Acceptance and review"));

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RiskEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateScores();
}

void RiskEditor::addActionRow(const RiskAction& a)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    m_actions->setItem(row, DescriptionColumn, new QTableWidgetItem(a.description));
    m_actions->setItem(row, OwnerColumn, new QTableWidgetItem(a.owner));
    m_actions->setItem(
        row, DueColumn,
        new QTableWidgetItem(a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()));
    QString done;
    if (a.status == ActionStatus::Done)
        done = a.completed.isValid() ? a.completed.toString(Qt::ISODate)
                                     : RiskTerms::label(ActionStatus::Done);
    m_actions->setItem(row, DoneColumn, new QTableWidgetItem(done));
}

void RiskEditor::fillVulnerabilityPicker()
{
    const qint64 threatId = m_threat->currentData().toLongLong();
    QString threatCode;
    QString threatName;
    const QString lang = Translations::current();
    for (const Threat& t : std::as_const(m_threats)) {
        if (t.id == threatId) {
            threatCode = t.code;
            threatName = t.name(lang);
        }
    }
    int paired = 0;
    auto suggestions =
        m_document.reg().risks().vulnerabilities().suggestionsFor(threatCode, &paired);
    m_vulnPicker->clear();
    m_vulnPicker->addItem(tr("Choose from the vulnerability catalog…"), QString());
    if (!suggestions)
        return;
    auto header = [this](const QString& text) {
        m_vulnPicker->insertSeparator(m_vulnPicker->count());
        m_vulnPicker->addItem(text, QString());
        auto* model = qobject_cast<QStandardItemModel*>(m_vulnPicker->model());
        if (model) {
            QStandardItem* item = model->item(m_vulnPicker->count() - 1);
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    };
    for (int i = 0; i < suggestions->size(); ++i) {
        if (i == 0 && paired > 0)
            header(tr("Typical for: %1").arg(threatName));
        if (i == paired && paired > 0)
            header(tr("Other vulnerabilities"));
        const Vulnerability& v = suggestions->at(i);
        m_vulnPicker->addItem((i < paired ? QStringLiteral("\u2605 ") : QString()) + v.name(lang),
                              v.code);
        m_vulnPicker->setItemData(
            m_vulnPicker->count() - 1,
            QString(v.code + QStringLiteral(": ") + v.description(lang) + QStringLiteral(" (") +
                    VulnerabilityTerms::categoryLabel(v.category) + QLatin1Char(')')),
            Qt::ToolTipRole);
    }
    m_vulnPicker->setCurrentIndex(0);
}

QStringList RiskEditor::suggestedVulnerabilities(int* paired) const
{
    QStringList out;
    int typical = 0;
    for (int i = 0; i < m_vulnPicker->count(); ++i) {
        const QString code = m_vulnPicker->itemData(i).toString();
        if (code.isEmpty())
            continue;
        out.append(code);
        if (m_vulnPicker->itemText(i).startsWith(QChar(0x2605)))
            ++typical;
    }
    if (paired)
        *paired = typical;
    return out;
}

bool RiskEditor::useVulnerability(const QString& code)
{
    auto all = m_document.reg().risks().vulnerabilities().all();
    if (!all)
        return false;
    for (const Vulnerability& v : std::as_const(*all)) {
        if (v.code.compare(code, Qt::CaseInsensitive) != 0)
            continue;
        const QString name = v.name(Translations::current());
        const QString text = m_vulnerability->toPlainText().trimmed();
        if (text.isEmpty())
            m_vulnerability->setPlainText(name);
        else if (!text.split(QLatin1Char('\n')).contains(name))
            m_vulnerability->setPlainText(text + QLatin1Char('\n') + name);
        m_vulnerability->setFocus();
        m_vulnerability->moveCursor(QTextCursor::End);
        return true;
    }
    return false;
}

void RiskEditor::setDate(QDateEdit* edit, QCheckBox* set, const QDate& d)
{
    set->setChecked(d.isValid());
    edit->setEnabled(d.isValid());
    edit->setDate(d.isValid() ? d : Clock::current().today());
}

QDate RiskEditor::dateOf(const QDateEdit* edit, const QCheckBox* set) const
{
    return set->isChecked() ? edit->date() : QDate();
}

Risk RiskEditor::risk() const
{
    Risk r = m_original;
    r.code = m_code->text();
    r.title = m_title->text();
    r.assetIds.clear();
    for (int i = 0; i < m_assets->count(); ++i) {
        if (m_assets->item(i)->checkState() == Qt::Checked)
            r.assetIds.append(m_assets->item(i)->data(Qt::UserRole).toLongLong());
    }
    r.threatId = m_threat->currentData().toLongLong();
    r.vulnerability = m_vulnerability->toPlainText();
    r.existingControls = m_existing->toPlainText();
    const bool ipa = m_method.kind == RiskMethodKind::Ipa;
    r.scores = ipa ? RiskScores{m_threatLevel->value(), m_vulnLevel->value(), 0, 0}
                   : RiskScores{m_original.scores.threat, m_original.scores.vulnerability,
                                m_likelihood->value(), m_impact->value()};
    r.residualScores =
        ipa ? RiskScores{m_rThreatLevel->value(), m_rVulnLevel->value(), 0, 0}
            : RiskScores{m_original.residualScores.threat, m_original.residualScores.vulnerability,
                         m_rLikelihood->value(), m_rImpact->value()};
    const QString treatment = m_treatment->currentData().toString();
    r.treatment = treatment.isEmpty() ? std::nullopt : RiskTerms::treatmentFromKey(treatment);
    r.treatmentPlan = m_plan->toPlainText();
    r.actions.clear();
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        auto text = [this, row](int c) {
            const QTableWidgetItem* item = m_actions->item(row, c);
            return item ? item->text().trimmed() : QString();
        };
        RiskAction a;
        a.description = text(DescriptionColumn);
        a.owner = text(OwnerColumn);
        a.due = QDate::fromString(text(DueColumn), Qt::ISODate);
        const QString done = text(DoneColumn);
        if (!done.isEmpty()) {
            a.status = ActionStatus::Done;
            a.completed = QDate::fromString(done, Qt::ISODate);
        }
        r.actions.append(a);
    }
    r.controls.clear();
    const QString soaCatalog = m_document.reg().soa().catalogKey();
    for (const QString& item : m_controls->text().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype colon = item.lastIndexOf(QLatin1Char(':'));
        r.controls.append(colon > 0 ? RiskControlRef{item.left(colon), item.mid(colon + 1)}
                                    : RiskControlRef{soaCatalog, item});
    }
    r.status =
        RiskTerms::statusFromKey(m_status->currentData().toString()).value_or(RiskStatus::Open);
    r.owner = m_owner->text();
    r.acceptanceApprover = m_approver->text();
    r.acceptanceDate = dateOf(m_acceptedOn, m_acceptedOnSet);
    r.acceptanceExpiry = dateOf(m_expires, m_expiresSet);
    r.acceptanceReason = m_reason->toPlainText();
    r.nextReview = dateOf(m_review, m_reviewSet);
    r.notes = m_notes->toPlainText();
    return r;
}

std::optional<RiskAssessment> RiskEditor::preview(const RiskScores& s) const
{
    RiskScores scores = s;
    if (m_method.kind == RiskMethodKind::Ipa) {
        if (s.threat == 0 && s.vulnerability == 0)
            return std::nullopt;
        auto importance = m_document.reg().risks().importanceOf(risk().assetIds);
        scores.impact = importance ? *importance : 0;
    } else if (s.likelihood == 0 && s.impact == 0) {
        return std::nullopt;
    }
    auto a = m_method.assess(scores);
    if (!a)
        return std::nullopt;
    return *a;
}

QString RiskEditor::describe(const std::optional<RiskAssessment>& a) const
{
    if (!a)
        return tr("not assessed");
    const QString impactName =
        m_method.kind == RiskMethodKind::Ipa ? tr("importance") : tr("impact");
    return tr("likelihood %1 × %2 %3 = <b>%4</b> (%5)")
        .arg(a->likelihood)
        .arg(impactName)
        .arg(a->impact)
        .arg(a->value)
        .arg(m_method.bandLabel(a->band));
}

void RiskEditor::updateScores()
{
    const Risk r = risk();
    m_inherentResult->setText(describe(preview(r.scores)));
    m_residualResult->setText(describe(preview(r.residualScores)));
}

QString RiskEditor::problems() const
{
    return m_message->text();
}

bool RiskEditor::save()
{
    const Risk r = RiskRules::normalized(risk());
    QStringList lines;
    for (const RiskIssue& i : RiskRules::validate(r, m_method))
        lines.append(RiskRules::fieldLabel(i.field) + QStringLiteral(": ") + i.message);
    if (!lines.isEmpty()) {
        m_message->setText(lines.join(QLatin1Char('\n')));
        return false;
    }
    Status s;
    if (r.id == 0) {
        auto id = RiskCommands::create(m_document, r);
        if (id)
            m_original.id = *id;
        else
            s = id.error();
    } else {
        s = RiskCommands::update(m_document, r);
    }
    if (!s) {
        m_message->setText(s.error().message);
        return false;
    }
    m_message->clear();
    return true;
}

void RiskEditor::accept()
{
    if (save())
        QDialog::accept();
}

} // namespace daicho
