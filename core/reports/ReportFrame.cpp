#include "ReportFrame.h"

#include "Version.h"
#include "services/Register.h"
#include "support/Clock.h"

#include <QFileInfo>

namespace daicho::reports {

Result<RegisterState> ReportFrame::stateOf(Register& reg)
{
    RegisterState s;
    const RegisterInfo info = reg.info();
    s.organisation = info.organisation;
    s.scope = info.scope;
    s.fileName = reg.path().isEmpty() ? QString() : QFileInfo(reg.path()).fileName();
    auto last = reg.history().latest(1);
    if (!last)
        return last.error();
    if (!last->isEmpty()) {
        s.lastChange = last->first().at;
        s.revision = last->first().seq;
        s.hash = last->first().hash;
    } else {
        s.lastChange = info.createdAt;
    }
    s.printedAt = Clock::current().nowUtc();
    return s;
}

QString ReportFrame::dateTime(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    if (locale.language() == QLocale::Japanese)
        return local.toString(QStringLiteral("yyyy年M月d日 HH:mm"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportFrame::date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString ReportFrame::revision(const RegisterState& s)
{
    return tr("r%1 · %2").arg(s.revision).arg(s.hash.left(12));
}

RunningText ReportFrame::runningText(const RegisterState& s, const QLocale& locale)
{
    RunningText rt;
    rt.organisation = s.organisation.isEmpty() ? tr("(organisation not set)") : s.organisation;
    rt.scope = tr("ISMS scope: %1").arg(s.scope.isEmpty() ? tr("(not set)") : s.scope);
    rt.asOf = tr("Register as of %1 · printed %2")
                  .arg(dateTime(s.lastChange, locale), dateTime(s.printedAt, locale));
    rt.version = tr("Version: register revision %1").arg(revision(s));
    rt.footer = s.fileName.isEmpty()
                    ? tr("Daicho %1").arg(QStringLiteral(DAICHO_VERSION_STRING))
                    : tr("Daicho %1 · %2").arg(QStringLiteral(DAICHO_VERSION_STRING), s.fileName);
    //: Page footer: %1 is this page, %2 the number of pages.
    rt.pageOfTemplate = tr("Page %1 of %2");
    return rt;
}

ApprovalBlock ReportFrame::approval()
{
    ApprovalBlock a;
    a.roles = QStringList{tr("Prepared"), tr("Reviewed"), tr("Approved")};
    a.nameLabel = tr("Name");
    a.dateLabel = tr("Date");
    return a;
}

TitleBlock ReportFrame::titleBlock(const QString& title, const QString& subtitle,
                                   const RegisterState& s, const QLocale& locale, bool withApproval)
{
    TitleBlock t;
    t.title = title;
    t.subtitle = subtitle;
    t.details.append(
        tr("Organisation: %1").arg(s.organisation.isEmpty() ? tr("(not set)") : s.organisation));
    t.details.append(tr("ISMS scope: %1").arg(s.scope.isEmpty() ? tr("(not set)") : s.scope));
    t.details.append(tr("Register date (last change): %1").arg(dateTime(s.lastChange, locale)));
    t.details.append(tr("Version: register revision %1").arg(revision(s)));
    if (withApproval)
        t.approval = approval();
    return t;
}

} // namespace daicho::reports
