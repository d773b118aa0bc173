#pragma once

#include "layout/ReportDocument.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace daicho {
class Register;
}

namespace daicho::reports {

// What every report shares: the register it comes from (organisation, ISMS scope, the state's
// date and revision) and the frame around its content (running header and footer, the title
// with approval boxes). Built in the report's language (see ReportLanguage).
struct RegisterState
{
    QString organisation;
    QString scope;
    QString fileName;
    QDateTime lastChange; // UTC; the register's date: the state the report shows
    qint64 revision = 0;  // sequence number of the last history entry
    QString hash;         // of the last history entry: pins the exact state
    QDateTime printedAt;  // UTC
};

class ReportFrame
{
    Q_DECLARE_TR_FUNCTIONS(ReportFrame)

public:
    static Result<RegisterState> stateOf(Register& reg);

    static RunningText runningText(const RegisterState& s, const QLocale& locale);
    static TitleBlock titleBlock(const QString& title, const QString& subtitle,
                                 const RegisterState& s, const QLocale& locale,
                                 bool withApproval = true);
    static ApprovalBlock approval();

    static QString dateTime(const QDateTime& utc, const QLocale& locale);
    static QString date(const QDate& d);
    static QString revision(const RegisterState& s);
};

} // namespace daicho::reports
