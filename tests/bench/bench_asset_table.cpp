// How quickly the asset register opens and filters in the GUI, and how much memory it takes.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_asset_table [--assets 100000] [--keep DIR]
//
// First builds a register of N assets (with dependencies) in a child process, so the figures
// below are of opening alone. Then prints, one per line:
//   open_ms:         open the register file until the asset model has rows, sorted by code
//   window_open_ms:  the same through the main window (views, header sizing, overview counts)
//   filter_ms:       median of several search keystrokes on the proxy
//   class_filter_ms: median of switching the class filter
//   table_peak_rss_mb: peak resident memory after the register, model and filtering
//   window_rss_mb:   resident memory with the whole main window open
//   window_peak_rss_mb: peak resident memory of this process up to then
//   views_rss_mb:    resident memory after every view was shown in turn and a control chosen
//   peak_rss_mb:     peak resident memory of this process
// Targets (DESIGN.md): open < 1000 ms, filter < 100 ms, < 300 MB. Nothing is asserted; ctest
// runs it with a few hundred assets as a smoke test.

#include "MainWindow.h"
#include "assets/AssetFilterProxy.h"
#include "assets/AssetTableModel.h"
#include "controls/ControlsView.h"
#include "services/AssetService.h"
#include "services/Register.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>
#include <unistd.h>

using namespace daicho;

namespace {

const QStringList kDepartments{QStringLiteral("システム運用部"),
                               QStringLiteral("開発部"),
                               QStringLiteral("総務部"),
                               QStringLiteral("サポート部"),
                               QStringLiteral("経営管理部"),
                               QStringLiteral("サービス企画部"),
                               QStringLiteral("情報セキュリティ委員会"),
                               QString()};
const QStringList kNames{QStringLiteral("請求データ"),
                         QStringLiteral("Webサーバ"),
                         QStringLiteral("業務端末"),
                         QStringLiteral("バックアップ媒体"),
                         QStringLiteral("国保連伝送ソフトウェア"),
                         QStringLiteral("顧客台帳")};

int build(const QString& path, int n)
{
    auto reg = Register::create(path, {QStringLiteral("ベンチマーク株式会社"), {}});
    if (!reg) {
        std::fprintf(stderr, "%s\n", qPrintable(reg.error().toString()));
        return 1;
    }
    auto bulk = (*reg)->assets().beginBulk();
    if (!bulk)
        return 1;
    const QDate today = QDate::currentDate();
    for (int i = 0; i < n; ++i) {
        Asset a;
        const int kind = i % 10;
        a.assetClass =
            kind < 4 ? AssetClass::Customer : (kind < 6 ? AssetClass::Test : AssetClass::Internal);
        a.subtype = AssetSubtype(i % (a.assetClass == AssetClass::Internal ? 5 : 4));
        const char* prefix = a.assetClass == AssetClass::Customer
                                 ? "CUS"
                                 : (a.assetClass == AssetClass::Test ? "TST" : "INT");
        a.code = QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(i, 6, 10, QLatin1Char('0'));
        a.name = kNames.at(i % kNames.size()) + QStringLiteral(" 第%1号").arg(i);
        a.description =
            QStringLiteral("ベンチマーク用の情報資産 %1。保管場所と取扱いは規程に従う。").arg(i);
        a.owner = kDepartments.at(i % kDepartments.size());
        a.location = QStringLiteral("東京センター 棚%1").arg(i % 50);
        a.confidentiality = 1 + i % 3;
        a.integrity = 1 + (i / 3) % 3;
        a.availability = 1 + (i / 9) % 3;
        if (i % 7 == 0) {
            a.personalData = PersonalData::Personal;
            a.customerData = a.assetClass == AssetClass::Customer;
        }
        a.nextReview = today.addDays((i % 400) - 30);
        if (auto r = bulk->create(a); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
            return 1;
        }
        // Depends on an earlier asset now and then: acyclic, and raising has work to do.
        if (i > 10 && i % 3 == 0) {
            const int target = i - 1 - (i * 7919) % std::min(i - 1, 500);
            const QString targetCode =
                QStringLiteral("%1-%2")
                    .arg(QLatin1String(target % 10 < 4 ? "CUS" : (target % 10 < 6 ? "TST" : "INT")))
                    .arg(target, 6, 10, QLatin1Char('0'));
            if (Status s = bulk->addDependency(targetCode, a.code); !s) {
                std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
                return 1;
            }
        }
    }
    if (Status s =
            bulk->commit(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("{}"));
        !s) {
        std::fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        return 1;
    }
    return 0;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

// CPU time of this process: on a shared, busy machine the wall clock says more about the
// neighbours than about Daicho, so both are printed.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

// Resident memory now (the peak never goes down, so it cannot tell the phases apart).
double currentRssMb()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toDouble() * double(sysconf(_SC_PAGESIZE)) / 1048576.0
                             : 0;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DaichoBench"));
    QApplication::setApplicationName(QStringLiteral("bench-asset-table"));
    const QStringList args = app.arguments();
    int n = 100000;
    QString keep;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--assets") && i + 1 < args.size())
            n = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--build-only") && i + 2 < args.size())
            return build(args.at(i + 1), args.at(i + 2).toInt());
    }

    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    const QString path = dir + QStringLiteral("/bench-%1.daicho").arg(n);
    if (!QFile::exists(path)) {
        QElapsedTimer t;
        t.start();
        const int rc =
            QProcess::execute(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--build-only"), path, QString::number(n)});
        if (rc != 0) {
            std::fprintf(stderr, "building the register failed\n");
            return 1;
        }
        std::printf("build_s: %.1f (not part of the figures)\n", t.elapsed() / 1000.0);
    }
    std::printf("assets: %d\n", n);

    // The register and the model, as the asset view has them.
    {
        QElapsedTimer t;
        t.start();
        double cpu = cpuMs();
        auto reg = Register::open(path);
        if (!reg) {
            std::fprintf(stderr, "%s\n", qPrintable(reg.error().toString()));
            return 1;
        }
        const qint64 opened = t.elapsed();
        if (qEnvironmentVariableIsSet("BENCH_DETAIL")) {
            QElapsedTimer d;
            d.start();
            auto all = (*reg)->assets().all();
            const qint64 a = d.restart();
            auto g = (*reg)->assets().graph();
            const qint64 b = d.restart();
            auto p = (*reg)->assets().priorities();
            std::printf("  all_ms: %lld graph_ms: %lld priorities_ms: %lld\n", a, b, d.elapsed());
            t.restart();
            cpu = cpuMs();
        }
        AssetTableModel model(**reg);
        model.reload();
        const qint64 loaded = t.elapsed();
        AssetFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(AssetTableModel::CodeColumn, Qt::AscendingOrder);
        const int rows = proxy.rowCount();
        const qint64 total = t.elapsed();
        std::printf("open_ms: %lld\n", total);
        std::printf("open_cpu_ms: %.0f\n", cpuMs() - cpu);
        std::printf("  of which file_ms: %lld, model_ms: %lld, sort_ms: %lld\n", opened,
                    loaded - opened, total - loaded);
        if (qEnvironmentVariableIsSet("BENCH_OPEN_ONLY"))
            return 0;
        if (rows != n) {
            std::fprintf(stderr, "expected %d rows, got %d\n", n, rows);
            return 1;
        }

        QList<double> times;
        QList<double> cpuTimes;
        auto keystroke = [&](const QString& text) {
            QElapsedTimer k;
            k.start();
            const double c0 = cpuMs();
            proxy.setSearchText(text);
            (void)proxy.rowCount();
            times.append(double(k.nsecsElapsed()) / 1e6);
            cpuTimes.append(cpuMs() - c0);
        };
        QString typed;
        for (const QString& key : {QStringLiteral("請"), QStringLiteral("求"), QStringLiteral(" "),
                                   QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}) {
            typed += key;
            keystroke(typed);
        }
        for (int i = 0; i < 3; ++i) { // backspace
            typed.chop(1);
            keystroke(typed);
        }
        std::printf("filter_ms: %.1f\n", median(times));
        std::printf("filter_cpu_ms: %.1f\n", median(cpuTimes));
        proxy.setSearchText({});
        QList<double> classTimes;
        for (const QString& cls :
             {QStringLiteral("customer"), QStringLiteral("internal"), QStringLiteral("test")}) {
            QElapsedTimer k;
            k.start();
            proxy.setClassFilter({cls});
            (void)proxy.rowCount();
            classTimes.append(double(k.nsecsElapsed()) / 1e6);
        }
        std::printf("class_filter_ms: %.1f\n", median(classTimes));
        std::printf("table_peak_rss_mb: %.1f\n", peakRssMb());
    }

    // The whole main window: views, column sizing, overview counts.
    {
        QElapsedTimer t;
        t.start();
        MainWindow w;
        if (!w.openRegister(path))
            return 1;
        w.show();
        QApplication::processEvents();
        std::printf("window_open_ms: %lld\n", t.elapsed());
        std::printf("window_rss_mb: %.1f\n", currentRssMb());
        std::printf("window_peak_rss_mb: %.1f\n", peakRssMb());

        // Then every view in turn, as someone looking round the window would, and a control
        // chosen in the Controls view (its details list the assets it can be applied to).
        for (const QString& id : w.viewIds()) {
            QElapsedTimer v;
            v.start();
            w.showView(id);
            QApplication::processEvents();
            std::printf("  view %s: %lld ms, rss %.1f MB\n", qPrintable(id), v.elapsed(),
                        currentRssMb());
        }
        if (auto* controls = qobject_cast<ControlsView*>(w.view(QStringLiteral("controls")))) {
            QElapsedTimer v;
            v.start();
            w.showView(QStringLiteral("controls"));
            controls->selectControl(QStringLiteral("5.9"));
            QApplication::processEvents();
            std::printf("  control chosen: %lld ms, rss %.1f MB\n", v.elapsed(), currentRssMb());
        }
        std::printf("views_rss_mb: %.1f\n", currentRssMb());
    }
    std::printf("peak_rss_mb: %.1f\n", peakRssMb());
    return 0;
}
