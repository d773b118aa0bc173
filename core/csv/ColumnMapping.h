#pragma once

#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace daicho {

// Which target (a column key such as "code", or nothing) each column of a CSV file feeds.
// Filled automatically from the header, edited by the user, saved as JSON and reused.
class ColumnMapping
{
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    using Recogniser = std::function<QString(const QString& header)>; // "" when unknown

    ColumnMapping() = default;
    // Recognises each header; a target already taken by an earlier column is not given twice.
    static ColumnMapping automatic(const QStringList& headers, const Recogniser& recognise);

    const QStringList& headers() const { return m_headers; }
    qsizetype size() const { return m_headers.size(); }
    QString target(qsizetype column) const { return m_targets.value(column); }
    void setTarget(qsizetype column, const QString& key);
    // The first column feeding `key`, or -1.
    qsizetype columnOf(const QString& key) const;

    // Saved form: {"format": "daicho-column-mapping", "version": 1, "table": "assets",
    //              "columns": {"header as in the file": "key", "ignored header": ""}}
    QByteArray toJson(const QString& table) const;
    Status save(const QString& path, const QString& table) const;
    // Applies a saved mapping to the headers of a file: a header listed there takes its target
    // (matched exactly, else by normalisedHeader), the others are recognised as usual. Targets
    // not in `validKeys` are refused.
    static Result<ColumnMapping> load(const QString& path, const QString& table,
                                      const QStringList& headers, const Recogniser& recognise,
                                      const QStringList& validKeys,
                                      const std::function<QString(const QString&)>& normalise);

private:
    QStringList m_headers;
    QStringList m_targets; // parallel to m_headers; "" = ignored
};

} // namespace daicho
