#include "StandardViews.h"

#include "MainWindow.h"
#include "assets/AssetsView.h"

#include <QCoreApplication>

namespace daicho {

void installStandardViews(MainWindow& w)
{
    w.addView(QStringLiteral("assets"), QCoreApplication::translate("StandardViews", "Assets"),
              [](RegisterDocument& doc, MainWindow& win) -> QWidget* {
                  return new AssetsView(doc, *win.assetModel());
              });
}

} // namespace daicho
