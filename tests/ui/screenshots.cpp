// Not a test: renders the main window, the asset editor and the overview to PNG files so a
// person can look at them (run under Xvfb, or offscreen). Usage: ui_screenshots OUTDIR ja|en
#include "MainWindow.h"
#include "assets/AssetEditor.h"
#include "assets/AssetTableModel.h"
#include "assets/AssetsView.h"
#include "services/AssetService.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "support/Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace daicho;

namespace {

void save(QWidget& w, const QString& dir, const QString& name)
{
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaichoShots"));
    QApplication::setApplicationName(QStringLiteral("daicho-shots"));
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
    const qint64 pc = (*w.currentRegister()->assets().findByCode(QStringLiteral("INT-PC-001")))
                          .value_or(Asset{})
                          .id;
    if (pc)
        assets->selectAsset(pc);
    save(w, out, QStringLiteral("main-") + lang);

    const qint64 db = (*w.currentRegister()->assets().findByCode(QStringLiteral("CUS-DB-001")))
                          .value_or(Asset{})
                          .id;
    AssetEditor editor(*w.document(), *w.assetModel(), pc ? pc : db, &w);
    editor.show();
    for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
        editor.tabs()->setCurrentIndex(tab);
        save(editor, out, QStringLiteral("editor-%1-%2").arg(tab).arg(lang));
    }
    editor.close();

    // A new asset with a broken rule, to see the inline messages.
    AssetEditor fresh(*w.document(), *w.assetModel(), 0, &w);
    fresh.show();
    fresh.codeEdit()->setText(QStringLiteral("CUS-DB-001"));
    fresh.classBox()->setCurrentIndex(0);
    fresh.subtypeBox()->setCurrentIndex(fresh.subtypeBox()->count() - 1);
    save(fresh, out, QStringLiteral("editor-invalid-") + lang);
    fresh.close();

    for (const QString& id : w.viewIds()) {
        if (id == QLatin1String("assets"))
            continue;
        w.showView(id);
        save(w, out, QStringLiteral("view-%1-%2").arg(id, lang));
    }
    return 0;
}
