#include "MainWindow.h"
#include "SettingsSandbox.h"
#include "assets/AssetTableModel.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "support/TestSupport.h"
#include "undo/RegisterDocument.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

using namespace daicho;

TEST_CASE("views plug into the main window and are made anew for each register", "[ui][window]")
{
    SettingsSandbox settings;
    MainWindow w;
    CHECK(w.viewIds().contains(QStringLiteral("assets")));
    REQUIRE(w.reportsMenu());
    REQUIRE(w.exportMenu());
    REQUIRE(w.importMenu());
    CHECK(w.view(QStringLiteral("assets")) == nullptr); // no register yet

    int made = 0;
    RegisterDocument* seen = nullptr;
    w.addView(QStringLiteral("probe"), QStringLiteral("Probe"),
              [&made, &seen](RegisterDocument& doc, MainWindow& win) -> QWidget* {
                  ++made;
                  seen = &doc;
                  CHECK(win.assetModel() != nullptr);
                  return new QLabel(QStringLiteral("probe"));
              });
    CHECK(made == 0);

    QSignalSpy changed(&w, &MainWindow::documentChanged);
    auto first = Register::createInMemory({QStringLiteral("Org A"), {}});
    REQUIRE(first);
    w.setRegister(std::move(*first));
    // A view is made when it is first shown or asked for, once per register.
    CHECK(made == 0);
    CHECK_FALSE(w.isViewMade(QStringLiteral("probe")));
    CHECK(changed.count() == 1);
    REQUIRE(w.showView(QStringLiteral("probe")));
    CHECK(made == 1);
    CHECK(seen == w.document());
    CHECK(w.isViewMade(QStringLiteral("probe")));
    REQUIRE(w.view(QStringLiteral("probe")));
    CHECK(made == 1);
    CHECK(w.currentViewId() == QStringLiteral("probe"));
    CHECK_FALSE(w.showView(QStringLiteral("nothing")));

    QPointer<QWidget> old = w.view(QStringLiteral("probe"));
    auto second = Register::createInMemory({QStringLiteral("Org B"), {}});
    REQUIRE(second);
    w.setRegister(std::move(*second));
    CHECK(made == 2);    // the view shown is made for the new register straight away
    CHECK(old.isNull()); // the old register's view went with it
    CHECK(w.currentViewId() == QStringLiteral("probe"));
    CHECK(w.windowTitle().contains(QStringLiteral("Org B")));
}

TEST_CASE("opening a file records it in the recent files", "[ui][window]")
{
    SettingsSandbox settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.daicho"));
    {
        auto reg = Register::create(path, {QStringLiteral("株式会社サンプル"), {}});
        REQUIRE(reg);
    }
    MainWindow w;
    REQUIRE(w.openRegister(path));
    REQUIRE(MainWindow::recentFiles().size() == 1);
    CHECK(MainWindow::recentFiles().first() == QFileInfo(path).absoluteFilePath());
    CHECK(w.windowTitle().contains(QStringLiteral("r.daicho — 株式会社サンプル")));
}

TEST_CASE("the language can be switched from the menu and is remembered", "[ui][window][i18n]")
{
    SettingsSandbox settings;
    MainWindow w;
    auto reg = Register::createInMemory();
    REQUIRE(reg);
    w.setRegister(std::move(*reg));
    REQUIRE(w.showView(QStringLiteral("assets")));
    QAction* japanese = nullptr;
    QAction* english = nullptr;
    for (QAction* a : w.viewMenu()->actions()) {
        if (!a->menu())
            continue;
        for (QAction* lang : a->menu()->actions()) {
            if (lang->data().toString() == QStringLiteral("ja"))
                japanese = lang;
            if (lang->data().toString() == QStringLiteral("en"))
                english = lang;
        }
    }
    REQUIRE(japanese);
    REQUIRE(english);
    japanese->trigger();
    CHECK(QSettings().value(QStringLiteral("ui/language")).toString() == QStringLiteral("ja"));
    CHECK(w.fileMenu()->title().contains(QStringLiteral("ファイル")));
    // The views are made again in the new language; the one shown stays shown.
    CHECK(w.currentViewId() == QStringLiteral("assets"));
    CHECK(w.assetModel()->headerData(AssetTableModel::CodeColumn, Qt::Horizontal).toString() ==
          QStringLiteral("管理番号"));
    CHECK(w.viewIds().count(QStringLiteral("assets")) == 1);
    {
        // The next start shows the chosen language ticked in the menu.
        MainWindow again;
        QString ticked;
        for (QAction* a : again.viewMenu()->actions()) {
            if (a->menu()) {
                for (QAction* lang : a->menu()->actions()) {
                    if (lang->isChecked())
                        ticked = lang->data().toString();
                }
            }
        }
        CHECK(ticked == QStringLiteral("ja"));
    }
    english->trigger();
    CHECK(w.fileMenu()->title() == QStringLiteral("&File"));
}

TEST_CASE("UI tests keep their settings in a folder of their own", "[ui][settings]")
{
    SettingsSandbox settings;
    const QString file = QSettings().fileName();
    CHECK(file.startsWith(QDir::tempPath()));
    CHECK_FALSE(file.startsWith(QDir::homePath() + QStringLiteral("/.config")));
    QSettings().setValue(QStringLiteral("probe"), 1);
    {
        SettingsSandbox other;
        CHECK_FALSE(QSettings().contains(QStringLiteral("probe")));
    }
}

TEST_CASE(
    "Save a Copy As writes a register that opens with the same assets, and the original stays",
    "[ui][window][file]")
{
    SettingsSandbox settings;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("main.daicho"));
    {
        auto reg = Register::create(path, {QStringLiteral("株式会社サンプル"), {}});
        REQUIRE(reg);
        Asset a;
        a.code = QStringLiteral("INT-PC-001");
        a.name = QStringLiteral("管理端末");
        a.assetClass = AssetClass::Internal;
        a.subtype = AssetSubtype::Physical;
        REQUIRE((*reg)->assets().create(a));
    }
    MainWindow w;
    REQUIRE(w.openRegister(path));
    const QString copy = dir.filePath(QStringLiteral("copy.daicho"));
    REQUIRE(w.saveCopyTo(copy));
    CHECK(w.currentRegister()->path() == path); // still working on the original
    {
        auto reopened = Register::open(copy);
        REQUIRE(reopened);
        CHECK((*reopened)->assets().all()->size() == 1);
        CHECK((*reopened)->info().organisation == QStringLiteral("株式会社サンプル"));
    }
    // Again over the existing copy: replaced, not refused.
    REQUIRE(w.saveCopyTo(copy));
    // Never over the register itself.
    auto self = w.saveCopyTo(path);
    CHECK_FALSE(self);
    CHECK(Register::open(path));
}

TEST_CASE("Open Recent lists opened files, newest first, and opens them", "[ui][window][file]")
{
    SettingsSandbox settings;
    QTemporaryDir dir;
    QStringList paths;
    for (const char* name : {"a.daicho", "b.daicho"}) {
        paths.append(dir.filePath(QString::fromLatin1(name)));
        auto reg = Register::create(paths.last(), {QString::fromLatin1(name), {}});
        REQUIRE(reg);
    }
    MainWindow w;
    REQUIRE(w.openRegister(paths.at(0)));
    REQUIRE(w.openRegister(paths.at(1)));
    REQUIRE(w.openRegister(paths.at(0))); // again: moves to the top, not listed twice
    CHECK(MainWindow::recentFiles() == QStringList{QFileInfo(paths.at(0)).absoluteFilePath(),
                                                   QFileInfo(paths.at(1)).absoluteFilePath()});
    QMenu* menu = w.recentMenu();
    REQUIRE(menu->isEnabled());
    QAction* second = nullptr;
    for (QAction* a : menu->actions()) {
        if (a->text().startsWith(QStringLiteral("b.daicho")))
            second = a;
    }
    REQUIRE(second);
    second->trigger();
    CHECK(w.currentRegister()->path() == paths.at(1));

    MainWindow later; // another start of the program sees the same list
    CHECK(MainWindow::recentFiles().first() == QFileInfo(paths.at(1)).absoluteFilePath());
    CHECK(later.recentMenu()->isEnabled());
}

TEST_CASE("the application icon is there even without an icon theme", "[ui][window]")
{
    SettingsSandbox settings;
    const QIcon icon = MainWindow::applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    CHECK_FALSE(icon.pixmap(64, 64).isNull());
}

TEST_CASE("views not shown are made on first show and then show the register as it is",
          "[ui][window]")
{
    SettingsSandbox settings;
    MainWindow w;
    auto reg = Register::createInMemory({QStringLiteral("Org"), {}});
    REQUIRE(reg);
    w.setRegister(std::move(*reg));
    REQUIRE(w.showView(QStringLiteral("overview")));
    // Opening a register makes the view shown only.
    CHECK(w.isViewMade(QStringLiteral("overview")));
    for (const QString& id :
         {QStringLiteral("assets"), QStringLiteral("risks"), QStringLiteral("controls")})
        CHECK_FALSE(w.isViewMade(id));

    // An asset added (and undone, and redone) before the asset table was ever shown.
    Asset a;
    a.code = QStringLiteral("INT-PC-001");
    a.name = QStringLiteral("管理端末");
    a.assetClass = AssetClass::Internal;
    a.subtype = AssetSubtype::Physical;
    REQUIRE(w.currentRegister()->assets().create(a));
    REQUIRE(w.showView(QStringLiteral("assets")));
    REQUIRE(w.assetsView());
    CHECK(w.assetView()->model()->rowCount() == 1);
    CHECK(w.assetView()->model()->index(0, AssetTableModel::CodeColumn).data().toString() ==
          QStringLiteral("INT-PC-001"));
    CHECK_FALSE(w.isViewMade(QStringLiteral("risks")));

    // Every view can be shown, each made once.
    for (const QString& id : w.viewIds()) {
        REQUIRE(w.showView(id));
        QWidget* made = w.view(id);
        REQUIRE(made);
        CHECK(w.currentViewId() == id);
        REQUIRE(w.showView(id));
        CHECK(w.view(id) == made);
    }
}
