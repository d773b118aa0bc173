#pragma once

#include "domain/Risk.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <optional>

namespace daicho {

// The columns of the risk register as CSV and the values in them. Export writes headers in
// the UI language and values as stable keys; import recognises keys, both languages' headers
// (and the IPA sheet's usual names) and values in either language.
class RiskColumns
{
    Q_DECLARE_TR_FUNCTIONS(RiskColumns)

public:
    static const QStringList& keys();
    // Columns export writes but import ignores (computed by the method).
    static bool computed(const QString& key);
    static QString label(const QString& key);
    static QString keyForHeader(const QString& header);

    static QString formatDate(const QDate& d);
    static std::optional<QDate> date(const QString& text); // empty: an invalid date
    // A level 0..max; empty text is 0 (not given). nullopt for anything else.
    static std::optional<int> level(const QString& text);
    static bool treatment(const QString& text, std::optional<RiskTreatment>* out);
    static std::optional<RiskStatus> status(const QString& text); // empty: Open
    // Asset codes separated by spaces, commas, semicolons, 、 or new lines.
    static QStringList codes(const QString& text);

    // Actions, one per line: "description | owner | due | done-date" (done-date empty: open).
    static QString formatActions(const QList<RiskAction>& actions);
    static std::optional<QList<RiskAction>> actions(const QString& text, QString* problem);
    // Controls as "catalog:id" separated like codes; a bare id is of `defaultCatalog`.
    static QString formatControls(const QList<RiskControlRef>& controls);
    static QList<RiskControlRef> controls(const QString& text, const QString& defaultCatalog);
};

} // namespace daicho
