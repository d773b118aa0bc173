#include "StandardViews.h"

#include "MainWindow.h"
#include "assets/AssetsView.h"
#include "controls/ControlsView.h"
#include "import/CsvActions.h"
#include "overview/OverviewView.h"
#include "reports/ReportActions.h"
#include "risks/RiskActions.h"
#include "risks/RisksView.h"

#include <QCoreApplication>

namespace daicho {

void installStandardViews(MainWindow& w)
{
    w.addView(QStringLiteral("overview"), QCoreApplication::translate("StandardViews", "Overview"),
              [](RegisterDocument&, MainWindow& win) -> QWidget* {
                  auto* view = new OverviewView(*win.assetModel());
                  QObject::connect(view, &OverviewView::filterRequested, &win,
                                   [&win](const AssetFilter& f) {
                                       if (win.showView(QStringLiteral("assets")))
                                           win.assetsView()->applyFilter(f);
                                   });
                  QObject::connect(view, &OverviewView::assetRequested, &win, [&win](qint64 id) {
                      if (!win.showView(QStringLiteral("assets")))
                          return;
                      // Shown even if the current filter hides it.
                      if (!win.assetsView()->selectAsset(id)) {
                          win.assetsView()->applyFilter(AssetFilter{});
                          win.assetsView()->selectAsset(id);
                      }
                  });
                  return view;
              });
    w.addView(QStringLiteral("assets"), QCoreApplication::translate("StandardViews", "Assets"),
              [](RegisterDocument& doc, MainWindow& win) -> QWidget* {
                  return new AssetsView(doc, *win.assetModel());
              });
    installCsvActions(w);
    installRiskViews(w);
    w.addView(QStringLiteral("controls"), QCoreApplication::translate("StandardViews", "Controls"),
              [](RegisterDocument& doc, MainWindow& win) -> QWidget* {
                  auto* view = new ControlsView(doc, win.assetModel());
                  // From a control, the risks it treats.
                  QObject::connect(view, &ControlsView::riskRequested, &win, [&win](qint64 id) {
                      if (!win.showView(QStringLiteral("risks")))
                          return;
                      if (auto* risks = qobject_cast<RisksView*>(win.view(QStringLiteral("risks"))))
                          risks->revealRisk(id);
                  });
                  return view;
              });
    installReportActions(w);
}

} // namespace daicho
