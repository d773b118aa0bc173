#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "assets/AssetTableModel.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "support/TestSupport.h"

#include <QTableView>

using namespace daicho;

TEST_CASE("the main window opens a register file and shows its assets", "[ui][window]")
{
    SettingsSandbox settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.daicho"));
    {
        auto demo = DemoRegister::create(path);
        REQUIRE(demo);
    }
    MainWindow w;
    REQUIRE(w.openRegister(path));
    w.show();
    REQUIRE(w.assetModel());
    CHECK(w.assetModel()->rowCount() >= 25);
    CHECK(w.assetView()->model()->rowCount() == w.assetModel()->rowCount());
    CHECK(w.windowTitle().contains(QStringLiteral("demo.daicho")));
    CHECK(w.windowTitle().contains(QStringLiteral("日本ケアコミュニケーションズ")));
}
