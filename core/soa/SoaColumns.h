#pragma once

#include "domain/Soa.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace daicho {

// The columns of the SoA as CSV and the values in them. Export writes headers in the user's
// language and values as stable keys; import recognises the keys and both languages' headers
// and values, so a file edited in Excel in Japanese reads back.
class SoaColumns
{
    Q_DECLARE_TR_FUNCTIONS(SoaColumns)

public:
    // catalog, control, title, applicable, reasons, exclusion_justification, status,
    // target_date, evidence, evidence_links, owner, last_reviewed
    static const QStringList& keys();
    static QString label(const QString& key); // in the UI language
    // The key a header names (case and surrounding space ignored), or empty.
    static QString keyForHeader(const QString& header);

    static QString formatApplicable(std::optional<bool> applicable);
    static QString formatDate(const QDate& d);

    // Parsers return false for a value they do not know. Empty text is "not given" (nullopt).
    static bool applicable(const QString& text, std::optional<bool>* out);
    static bool status(const QString& text, std::optional<SoaStatus>* out);
    // Reasons separated by spaces, commas, semicolons or 、; `bad` receives an unknown one.
    static std::optional<QList<SoaReason>> reasons(const QString& text, QString* bad);
    static std::optional<QDate> date(const QString& text); // ISO or yyyy/M/d; empty: invalid date
};

} // namespace daicho
