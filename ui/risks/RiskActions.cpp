#include "RiskActions.h"

#include "MainWindow.h"
#include "RisksView.h"
#include "assets/AssetFilterProxy.h"
#include "assets/AssetsView.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>

namespace daicho {

void installRiskViews(MainWindow& window)
{
    const QString id = QStringLiteral("risks");
    window.addView(id, QCoreApplication::translate("StandardViews", "Risks"),
                   [](RegisterDocument& doc, MainWindow& win) -> QWidget* {
                       auto* view = new RisksView(doc);
                       // From a risk, its assets.
                       QObject::connect(view, &RisksView::assetRequested, &win,
                                        [&win](qint64 assetId) {
                                            if (!win.showView(QStringLiteral("assets")))
                                                return;
                                            AssetsView* assets = win.assetsView();
                                            if (!assets->selectAsset(assetId)) {
                                                assets->applyFilter(AssetFilter{});
                                                assets->selectAsset(assetId);
                                            }
                                        });
                       return view;
                   });

    // From an asset, its risks.
    QAction* a = window.viewMenu()->addAction(
        QCoreApplication::translate("StandardViews", "Risks of the Selected Asset"));
    a->setObjectName(QStringLiteral("risks-of-asset"));
    QObject::connect(a, &QAction::triggered, &window, [&window, id] {
        AssetsView* assets = window.assetsView();
        const qint64 assetId = assets ? assets->currentId() : 0;
        if (!window.showView(id))
            return;
        if (auto* view = qobject_cast<RisksView*>(window.view(id)))
            view->showAsset(assetId);
    });
}

} // namespace daicho
