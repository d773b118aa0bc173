#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace daicho {

class Catalog;

// Why a control is in the Statement of Applicability (several may apply).
enum class SoaReason
{
    Legal,         // legal or regulatory requirement
    Contractual,   // customer contracts
    Business,      // business requirement
    RiskTreatment, // selected to treat a risk: must be backed by a linked risk
};

enum class SoaStatus
{
    Implemented,
    Partial,
    Planned,
    NotImplemented,
};

// One line of the Statement of Applicability: the decision on one control of one catalog.
struct SoaEntry
{
    QString catalog;                // e.g. "iso27001-2022"
    QString controlId;              // e.g. "5.23"
    QString catalogVersion;         // the catalog version it was decided against
    std::optional<bool> applicable; // empty: not decided yet
    QList<SoaReason> reasons;       // sorted, no duplicates
    QString exclusionJustification;
    std::optional<SoaStatus> status;
    QDate targetDate;
    QString evidence;
    QStringList evidenceLinks; // file paths or URLs
    QString owner;
    QDate lastReviewed;
    QDateTime updatedAt;

    bool hasReason(SoaReason r) const { return reasons.contains(r); }
    // Equal in everything a person decides (not the timestamp or the catalog version).
    bool sameContent(const SoaEntry& other) const;
    // Not implemented (yet) and past its target date on `today`.
    bool overdue(const QDate& today) const;
};

// Stable keys (file, CSV, command line) and translated labels.
class SoaTerms
{
    Q_DECLARE_TR_FUNCTIONS(SoaTerms)

public:
    static const QList<SoaReason>& reasons();
    static const QList<SoaStatus>& statuses();
    static QString key(SoaReason r);
    static QString key(SoaStatus s);
    static std::optional<SoaReason> reasonFromKey(QStringView key);
    static std::optional<SoaStatus> statusFromKey(QStringView key);
    static QString label(SoaReason r);
    static QString label(SoaStatus s);
    static QString applicableLabel(std::optional<bool> applicable);

    static QString reasonKeys(const QList<SoaReason>& reasons); // "legal risk-treatment"
    // Parses keys separated by spaces, commas or semicolons; nullopt names the first bad key.
    static std::optional<QList<SoaReason>> reasonsFromKeys(const QString& text,
                                                           QString* badKey = nullptr);
};

enum class SoaField
{
    Control,
    Applicable,
    Reasons,
    ExclusionJustification,
    Implementation, // the implementation status
    TargetDate,
    Evidence,
    EvidenceLinks,
    Owner,
    LastReviewed,
};

struct SoaIssue
{
    SoaField field;
    QString message;
};

class SoaRules
{
    Q_DECLARE_TR_FUNCTIONS(SoaRules)

public:
    // Trims text, sorts reasons, drops empty links.
    static SoaEntry normalized(SoaEntry e);
    // What makes an entry unstorable. Gaps the officer still has to fill (no justification
    // yet, no reason yet) are not errors here: the completeness check lists them.
    static QList<SoaIssue> validate(const SoaEntry& e, const Catalog& catalog, const QDate& today);
    static QString fieldKey(SoaField f);
    static QString fieldLabel(SoaField f);
};

} // namespace daicho
