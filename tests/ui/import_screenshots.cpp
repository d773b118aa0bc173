// Not a test: renders the CSV import wizard's pages to PNG for a person to look at.
// Usage: ui_import_screenshots OUTDIR ja|en   (run under Xvfb, or offscreen)
#include "MainWindow.h"
#include "import/ImportPages.h"
#include "import/ImportWizard.h"
#include "services/DemoRegister.h"
#include "services/Register.h"
#include "support/Translations.h"
#include "undo/RegisterDocument.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace daicho;

namespace {

void save(QWidget& w, const QString& dir, const QString& name)
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void selectData(QComboBox* box, const QString& data)
{
    box->setCurrentIndex(std::max(0, box->findData(data)));
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    const QString out = args.at(1);
    const QString lang = args.at(2);
    QDir().mkpath(out);
    Translations::install(lang);
    const QString corpus = QStringLiteral(DAICHO_CSV_CORPUS);

    auto reg = Register::createInMemory();
    if (!reg)
        return 1;
    RegisterDocument doc(std::move(*reg));
    {
        ImportWizard w(doc, nullptr, corpus + QStringLiteral("/good/ipa-ledger-cp932.csv"));
        w.show();
        save(w, out, QStringLiteral("import-1-file-") + lang);
        w.next();
        save(w, out, QStringLiteral("import-2-preview-") + lang);
        w.next();
        auto* mapping = qobject_cast<ImportMappingPage*>(w.currentPage());
        selectData(mapping->defaultClassBox(), QStringLiteral("customer"));
        selectData(mapping->defaultSubtypeBox(), QStringLiteral("data"));
        save(w, out, QStringLiteral("import-3-mapping-") + lang);
        w.next();
        save(w, out, QStringLiteral("import-4-check-") + lang);
        w.next();
        auto* run = qobject_cast<ImportRunPage*>(w.currentPage());
        if (!QTest::qWaitFor([run] { return run->finished(); }, 20000))
            return 1;
        save(w, out, QStringLiteral("import-5-done-") + lang);
    }
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(QStringLiteral("資産ID,資産名,資産区分,種別,機密性,完全性,可用性\n"
                                   "B-1,顧客DB,顧客用,物理資産,3,3,3\n"
                                   "B-2,バックアップテープ,顧客用,磁気媒体,3,2,1\n"
                                   "B-3,試験サーバ,試験環境用,物理資産,4,2,2\n"
                                   "B-4,社内PC,その他,ハード,2,2,2\n"
                                   "B-1,重複,顧客用,データ,1,1,1\n")
                        .toUtf8());
            f.close();
        }
        ImportWizard w(doc, nullptr, bad);
        w.show();
        w.next();
        w.next();
        w.next();
        save(w, out, QStringLiteral("import-4-problems-") + lang);
    }
    return 0;
}
