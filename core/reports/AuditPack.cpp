#include "AuditPack.h"

namespace daicho::reports {

QString AuditPack::title()
{
    return tr("ISMS audit documents");
}

Section AuditPack::cover(const RegisterState& state, const QLocale& locale)
{
    Section s;
    s.title = title();
    s.listedInContents = false;
    TitleBlock t = ReportFrame::titleBlock(
        title(),
        tr("Asset inventory, risk assessment results, risk treatment plan and "
           "Statement of Applicability"),
        state, locale);
    t.details.append(tr("Printed: %1").arg(ReportFrame::dateTime(state.printedAt, locale)));
    s.blocks.append(std::move(t));
    s.blocks.append(HeadingBlock{tr("Contents")});
    s.blocks.append(ContentsBlock{tr("Page")});
    s.blocks.append(ParagraphBlock{
        tr("Every page shows the register's revision: the documents show the register as it was "
           "at that revision, and its change history shows every change since."),
        TextRole::Small});
    return s;
}

} // namespace daicho::reports
