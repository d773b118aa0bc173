#pragma once

#include "domain/Risk.h"
#include "domain/RiskMethod.h"
#include "domain/Threat.h"
#include "domain/Vulnerability.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace daicho {

class RegisterDocument;

// Edits one risk: what it is and which assets it concerns, the assessment (inherent and
// residual, scored live by the register's method), the treatment with its actions and
// controls, acceptance, status and review. Saving goes through RiskCommands (one undo step);
// a refused save shows the messages and keeps the dialog open.
class RiskEditor : public QDialog
{
    Q_OBJECT

public:
    // `risk.id == 0`: a new risk.
    RiskEditor(RegisterDocument& document, const Risk& risk, QWidget* parent = nullptr);

    Risk risk() const; // what the fields say
    QString problems() const;
    // Validates, then creates or updates through RiskCommands; false keeps the dialog open.
    bool save();

    // For tests.
    QLineEdit* codeEdit() const { return m_code; }
    QLineEdit* titleEdit() const { return m_title; }
    QListWidget* assetList() const { return m_assets; }
    QLineEdit* assetSearch() const { return m_assetSearch; }
    QSpinBox* threatLevel() const { return m_threatLevel; }
    QSpinBox* vulnerabilityLevel() const { return m_vulnLevel; }
    QComboBox* treatmentBox() const { return m_treatment; }
    QLabel* inherentLabel() const { return m_inherentResult; }
    QTableWidget* actionsTable() const { return m_actions; }
    QTabWidget* tabs() const { return m_tabs; }
    QComboBox* threatBox() const { return m_threat; }
    QPlainTextEdit* vulnerabilityEdit() const { return m_vulnerability; }
    // Catalog suggestions for the vulnerability: those typical for the chosen threat first.
    QComboBox* vulnerabilityPicker() const { return m_vulnPicker; }
    // The codes the picker offers, in its order, and how many of them pair with the threat.
    QStringList suggestedVulnerabilities(int* paired = nullptr) const;
    // What choosing `code` in the picker does: its name goes into the vulnerability text.
    bool useVulnerability(const QString& code);

    void accept() override;

private:
    void updateScores();
    void setDate(QDateEdit* edit, QCheckBox* set, const QDate& d);
    QDate dateOf(const QDateEdit* edit, const QCheckBox* set) const;
    QString describe(const std::optional<RiskAssessment>& a) const;
    std::optional<RiskAssessment> preview(const RiskScores& s) const;
    void addActionRow(const RiskAction& a);
    void fillVulnerabilityPicker();

    RegisterDocument& m_document;
    Risk m_original;
    RiskMethod m_method;
    QList<Threat> m_threats;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_title = nullptr;
    QListWidget* m_assets = nullptr;
    QLineEdit* m_assetSearch = nullptr;
    QComboBox* m_threat = nullptr;
    QPlainTextEdit* m_vulnerability = nullptr;
    QComboBox* m_vulnPicker = nullptr;
    QPlainTextEdit* m_existing = nullptr;
    QSpinBox* m_threatLevel = nullptr;
    QSpinBox* m_vulnLevel = nullptr;
    QSpinBox* m_likelihood = nullptr;
    QSpinBox* m_impact = nullptr;
    QLabel* m_inherentResult = nullptr;
    QSpinBox* m_rThreatLevel = nullptr;
    QSpinBox* m_rVulnLevel = nullptr;
    QSpinBox* m_rLikelihood = nullptr;
    QSpinBox* m_rImpact = nullptr;
    QLabel* m_residualResult = nullptr;
    QComboBox* m_treatment = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    QTableWidget* m_actions = nullptr;
    QLineEdit* m_controls = nullptr;
    QComboBox* m_status = nullptr;
    QLineEdit* m_owner = nullptr;
    QLineEdit* m_approver = nullptr;
    QDateEdit* m_acceptedOn = nullptr;
    QCheckBox* m_acceptedOnSet = nullptr;
    QDateEdit* m_expires = nullptr;
    QCheckBox* m_expiresSet = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateEdit* m_review = nullptr;
    QCheckBox* m_reviewSet = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace daicho
