// Not a test: renders the risks view, the risk editor's tabs, the heat maps and the threat and
// vulnerability catalogs (a category being chosen, too) to PNG files so a person can look at
// them (run under Xvfb, or offscreen).
// Usage: ui_risk_screenshots OUTDIR ja|en
#include "MainWindow.h"
#include "risks/RiskEditor.h"
#include "risks/RiskHeatMap.h"
#include "risks/RiskMethodDialog.h"
#include "risks/RiskTableModel.h"
#include "risks/RisksView.h"
#include "risks/ThreatsDialog.h"
#include "risks/VulnerabilitiesPage.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "services/RiskService.h"
#include "support/Translations.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPainter>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace daicho;

namespace {

void save(QWidget& w, const QString& dir, const QString& name)
{
    QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

// `w` with the open list of `combo` painted over it where it opens (a popup is a window of
// its own, which grab() leaves out).
void saveWithPopup(QWidget& w, QComboBox* combo, const QString& dir, const QString& name)
{
    combo->showPopup();
    QApplication::processEvents();
    QWidget* popup = combo->view()->window();
    QPixmap shot = w.grab();
    if (popup && popup != &w) {
        const QPoint at = w.mapFromGlobal(popup->mapToGlobal(QPoint(0, 0)));
        const QRect area = QRect(QPoint(0, 0), shot.size()).united(QRect(at, popup->size()));
        QPixmap composed(area.size());
        composed.fill(Qt::white);
        QPainter p(&composed);
        p.drawPixmap(-area.topLeft(), shot);
        p.drawPixmap(at - area.topLeft(), popup->grab());
        p.end();
        shot = composed;
    }
    shot.save(QDir(dir).filePath(name + QStringLiteral(".png")));
    combo->hidePopup();
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaichoShots"));
    QApplication::setApplicationName(QStringLiteral("daicho-risk-shots"));
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
    const QString path = dir.filePath(QStringLiteral("demo.daicho"));
    {
        auto demo = DemoRegister::create(path);
        if (!demo)
            return 1;
    }
    MainWindow w;
    if (!w.openRegister(path))
        return 1;
    w.resize(1440, 880);
    w.show();
    if (!w.showView(QStringLiteral("risks")))
        return 1;
    auto* view = qobject_cast<RisksView*>(w.view(QStringLiteral("risks")));
    if (!view)
        return 1;
    auto r1 = w.currentRegister()->risks().findByCode(QStringLiteral("R-002"));
    if (r1 && r1->has_value())
        view->selectRisk((*r1)->id);
    save(w, out, QStringLiteral("risks-") + lang);

    // A heat-map cell clicked: the table shows the risks in it.
    view->inherentMap()->setSelected(QPoint(2, 3));
    Q_EMIT view->inherentMap()->cellClicked(QPoint(2, 3));
    save(w, out, QStringLiteral("risks-filtered-") + lang);
    Q_EMIT view->inherentMap()->cellClicked(std::nullopt);
    view->inherentMap()->setSelected(std::nullopt);

    save(*view->inherentMap()->parentWidget(), out, QStringLiteral("heatmap-") + lang);

    if (r1 && r1->has_value()) {
        RiskEditor editor(*w.document(), **r1, &w);
        editor.show();
        for (int tab = 0; tab < editor.tabs()->count(); ++tab) {
            editor.tabs()->setCurrentIndex(tab);
            save(editor, out, QStringLiteral("risk-editor-%1-%2").arg(tab).arg(lang));
        }
    }

    // The catalogs: the vulnerability tab; the editor offering vulnerabilities for a threat
    // (the picker's open list painted over the editor where it opens).
    {
        ThreatsDialog catalogs(*w.document(), &w);
        catalogs.show();
        catalogs.showVulnerabilities();
        save(catalogs, out, QStringLiteral("catalog-vulnerabilities-") + lang);
        // A category being chosen: the labels in the window's language.
        QTableWidget* vulns = catalogs.vulnerabilities()->table();
        vulns->setCurrentCell(2, VulnerabilitiesPage::CategoryColumn);
        vulns->editItem(vulns->item(2, VulnerabilitiesPage::CategoryColumn));
        QApplication::processEvents();
        if (auto* combo = vulns->viewport()->findChild<QComboBox*>())
            saveWithPopup(catalogs, combo, out,
                          QStringLiteral("catalog-vulnerability-category-") + lang);
        catalogs.tabs()->setCurrentIndex(0);
        save(catalogs, out, QStringLiteral("catalog-threats-") + lang);
    }
    if (r1 && r1->has_value()) {
        Risk fresh;
        fresh.code = QStringLiteral("R-100");
        RiskEditor editor(*w.document(), fresh, &w);
        editor.show();
        auto support = w.currentRegister()->risks().findThreatByName(QStringLiteral("T-SUPPORT"));
        if (support && support->has_value())
            editor.threatBox()->setCurrentIndex(editor.threatBox()->findData((*support)->id));
        editor.useVulnerability(QStringLiteral("V-SUPPORTPROC"));
        save(editor, out, QStringLiteral("risk-editor-vulnerability-chosen-") + lang);
        saveWithPopup(editor, editor.vulnerabilityPicker(), out,
                      QStringLiteral("risk-editor-vulnerability-picker-") + lang);
    }

    // The method dialog: IPA's as it is, then a 5×5 matrix with the preview of every risk.
    {
        RiskMethodDialog dialog(*w.document(), &w);
        dialog.resize(900, 700);
        dialog.show();
        save(dialog, out, QStringLiteral("method-ipa-") + lang);
        dialog.kindBox()->setCurrentIndex(dialog.kindBox()->count() - 1);
        dialog.sizeBox()->setValue(5);
        dialog.refreshPreview();
        save(dialog, out, QStringLiteral("method-matrix-") + lang);
    }
    return 0;
}
