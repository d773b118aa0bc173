// Not a test: renders what an ISMS officer sees first to PNG files so a person can look at them
// (run under Xvfb, or offscreen). Usage: ui_screenshots OUTDIR ja|en
// The main window (asset view, Find, filters, the File and Edit menus), the asset editor (every
// tab, an overdue review, a rule violation), the overview, the Controls view, the transition
// assistant and the About box.
#include "MainWindow.h"
#include "assets/AssetEditor.h"
#include "assets/AssetFilterBar.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsView.h"
#include "controls/ControlsView.h"
#include "controls/TransitionDialog.h"
#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "support/Translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace daicho;

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

void save(QWidget& w, const QString& dir, const QString& name)
{
    settle();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

qint64 idOf(MainWindow& w, const QString& code)
{
    return (*w.currentRegister()->assets().findByCode(code)).value_or(Asset{}).id;
}

// Shows a menu of the menu bar and grabs it together with the window beneath.
void saveMenu(MainWindow& w, QMenu* menu, const QString& dir, const QString& name)
{
    QAction* title = menu->menuAction();
    const QRect r = w.menuBar()->actionGeometry(title);
    menu->popup(w.menuBar()->mapToGlobal(r.bottomLeft()));
    settle();
    QPixmap shot = w.grab();
    QPainter p(&shot);
    p.drawPixmap(w.mapFromGlobal(menu->mapToGlobal(QPoint(0, 0))), menu->grab());
    p.end();
    shot.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    menu->hide();
}

// Grabs the modal dialog that `open` shows, then closes it.
void saveModal(const std::function<void()>& open, const QString& dir, const QString& name)
{
    QTimer::singleShot(400, [dir, name] {
        if (QWidget* m = QApplication::activeModalWidget()) {
            m->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
            m->close();
        }
    });
    open();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaichoShots"));
    QApplication::setApplicationName(QStringLiteral("daicho-shots"));
    QApplication::setWindowIcon(MainWindow::applicationIcon());
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString out = args.at(1);
    const QString lang = args.at(2);
    QDir().mkpath(out);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QSettings().setValue(QStringLiteral("ui/language"), lang);
    Translations::install(lang);

    QTemporaryDir dir;
    const QString path = dir.filePath(lang == QLatin1String("ja") ? QStringLiteral("台帳.daicho")
                                                                  : QStringLiteral("demo.daicho"));
    {
        auto demo = DemoRegister::create(path);
        if (!demo)
            return 1;
    }
    MainWindow w;
    if (!w.openRegister(path))
        return 1;
    w.resize(1360, 820);
    w.show();
    w.showView(QStringLiteral("assets"));
    AssetsView* assets = w.assetsView();
    const qint64 pc = idOf(w, QStringLiteral("INT-PC-001"));
    if (pc)
        assets->selectAsset(pc);
    save(w, out, QStringLiteral("main-") + lang);

    // Find: Ctrl+F puts the cursor in the search box; typing filters at once.
    assets->focusSearch();
    assets->searchBox()->setText(QStringLiteral("請求"));
    save(w, out, QStringLiteral("find-") + lang);
    assets->searchBox()->clear();

    // Filters: assets holding personal data whose review is overdue, and P1 only.
    AssetFilterBar* bar = assets->filterBar();
    bar->personalBox()->setCurrentIndex(1);
    bar->priorityBox()->setCurrentIndex(1);
    save(w, out, QStringLiteral("filter-") + lang);
    bar->priorityBox()->setCurrentIndex(0);
    bar->overdueBox()->setChecked(true);
    save(w, out, QStringLiteral("filter-overdue-") + lang);
    bar->overdueBox()->setChecked(false);
    bar->personalBox()->setCurrentIndex(0);

    saveMenu(w, w.fileMenu(), out, QStringLiteral("menu-file-") + lang);
    saveMenu(w, w.editMenu(), out, QStringLiteral("menu-edit-") + lang);

    // The editor on an asset with a raised priority, dependencies and history.
    const qint64 db = idOf(w, QStringLiteral("CUS-DB-001"));
    {
        AssetEditor editor(*w.document(), *w.assetModel(), pc ? pc : db, &w);
        editor.show();
        for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
            editor.tabs()->setCurrentIndex(tab);
            save(editor, out, QStringLiteral("editor-%1-%2").arg(tab).arg(lang));
        }
    }
    // An asset whose review is overdue.
    if (const qint64 late = idOf(w, QStringLiteral("CUS-SV-002"))) {
        AssetEditor editor(*w.document(), *w.assetModel(), late, &w);
        editor.show();
        save(editor, out, QStringLiteral("editor-overdue-") + lang);
    }
    {
        // A new asset with a broken rule, to see the inline messages.
        AssetEditor fresh(*w.document(), *w.assetModel(), 0, &w);
        fresh.show();
        fresh.codeEdit()->setText(QStringLiteral("CUS-DB-001"));
        fresh.classBox()->setCurrentIndex(0);
        fresh.subtypeBox()->setCurrentIndex(fresh.subtypeBox()->count() - 1);
        save(fresh, out, QStringLiteral("editor-invalid-") + lang);
    }

    for (const QString& id : w.viewIds()) {
        if (id == QLatin1String("assets"))
            continue;
        w.showView(id);
        save(w, out, QStringLiteral("view-%1-%2").arg(id, lang));
    }

    if (w.showView(QStringLiteral("controls"))) {
        if (auto* controls = qobject_cast<ControlsView*>(w.view(QStringLiteral("controls")))) {
            controls->selectControl(QStringLiteral("5.7"));
            save(w, out, QStringLiteral("view-controls-selected-") + lang);
            TransitionDialog* t = controls->openTransition();
            t->resize(1300, 800);
            t->show();
            save(*t, out, QStringLiteral("transition-") + lang);
            t->close();
        }
    }

    saveModal([&w] { w.aboutAction()->trigger(); }, out, QStringLiteral("about-") + lang);
    return 0;
}
