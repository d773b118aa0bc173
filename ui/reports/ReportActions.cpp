#include "ReportActions.h"

#include "MainWindow.h"
#include "ReportDialog.h"
#include "reports/ReportKinds.h"
#include "undo/RegisterDocument.h"

#include <QAction>
#include <QMenu>

namespace daicho {

void installReportActions(MainWindow& window)
{
    using reports::ReportKind;
    using reports::ReportKinds;
    for (ReportKind kind : ReportKinds::all()) {
        QAction* a = window.reportsMenu()->addAction(
            QCoreApplication::translate("ReportActions", "%1…").arg(ReportKinds::title(kind)));
        a->setObjectName(QStringLiteral("report-") + ReportKinds::key(kind));
        if (!ReportKinds::available(kind)) {
            a->setEnabled(false);
            a->setToolTip(ReportKinds::notAvailableMessage(kind));
            continue;
        }
        QObject::connect(a, &QAction::triggered, &window, [&window, kind] {
            RegisterDocument* doc = window.document();
            if (!doc)
                return;
            ReportDialog dialog(doc->reg(), kind, &window);
            dialog.exec();
        });
    }
}

} // namespace daicho
