// Times `daicho-cli import` of an asset CSV against sqlite3's own `.import` of the same file.
//
//   build/tests/bench/bench_import [--rows 200000] [--repeat 5] [--keep DIR]
//
// The two run side by side, alternately, --repeat times each (a fresh register and a fresh
// database every time): one run of each swings by a third on a shared machine, sqlite3's most
// of all. Prints every run's times, then import_s and sqlite3_import_s (the medians), ratio
// (median over median) and peak_rss_mb (the largest of the daicho-cli runs), plus the peak at a
// tenth of the rows, so one can see that memory does not grow with the file. Also, to tell the
// machine's moods from the programs' work: the processor time of each (user + system, median)
// and the size of what each wrote (the register holds every asset's history as well).
// Target (DESIGN.md): ratio <= 2.0. Nothing is asserted; ctest runs it at 200 rows as a smoke test.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

struct Run
{
    int exitCode = -1;
    double seconds = 0;
    double cpuSeconds = 0; // user + system
    double peakRssMb = 0;
};

// fork/exec/wait4, so the peak memory is that one process's own.
Run run(const QString& program, const QStringList& args, const QString& stdinFile = {})
{
    QList<QByteArray> argv8{QFile::encodeName(program)};
    for (const QString& a : args)
        argv8.append(QFile::encodeName(a));
    std::vector<char*> argv;
    for (QByteArray& a : argv8)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    const QByteArray in = QFile::encodeName(stdinFile);

    QElapsedTimer t;
    t.start();
    std::fflush(stdout);
    std::fflush(stderr);
    const pid_t pid = fork();
    if (pid == 0) {
        if (!in.isEmpty()) {
            FILE* f = std::freopen(in.constData(), "r", stdin);
            if (!f)
                _exit(127);
        }
        if (!std::freopen("/dev/null", "w", stdout))
            _exit(127);
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.peakRssMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    auto secondsOf = [](const timeval& tv) {
        return double(tv.tv_sec) + double(tv.tv_usec) / 1e6;
    };
    r.cpuSeconds = secondsOf(usage.ru_utime) + secondsOf(usage.ru_stime);
    return r;
}

void writeCsv(const QString& path, int rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        std::exit(2);
    }
    QByteArray chunk;
    chunk += "code,name,description,class,subtype,owner,location,retention,business_area,"
             "user_scope,notes,confidentiality,integrity,availability,personal_data,"
             "customer_data,next_review\n";
    const char* classes[] = {"customer", "test", "internal"};
    const char* subtypes[] = {"physical", "software", "data", "service"};
    const char* personal[] = {"none", "personal", "special-care", "none"};
    for (int i = 1; i <= rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        chunk += "BENCH-" + n + "," + QStringLiteral("請求データ %1").arg(i).toUtf8() + "," +
                 QStringLiteral("介護保険請求の明細 (事業所 %1)").arg(i % 977).toUtf8() + "," +
                 classes[i % 3] + "," + subtypes[i % 4] + "," + QStringLiteral("業務部").toUtf8() +
                 "," + QStringLiteral("契約データセンター").toUtf8() + ",5年," +
                 QStringLiteral("介護保険請求").toUtf8() + "," + QStringLiteral("担当者").toUtf8() +
                 ",\"note, with comma " + n + "\"," + QByteArray::number(1 + i % 3) + "," +
                 QByteArray::number(1 + (i / 3) % 3) + "," + QByteArray::number(1 + (i / 9) % 3) +
                 "," + personal[i % 4] + "," + (i % 4 == 1 ? "yes" : "no") + ",2027-04-01\n";
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

Run importWithDaicho(const QString& dir, const QString& csv, const QString& tag)
{
    const QString cli = QStringLiteral(DAICHO_CLI_PATH);
    const QString reg = dir + QStringLiteral("/bench-") + tag + QStringLiteral(".daicho");
    QFile::remove(reg);
    if (run(cli, {QStringLiteral("init"), reg}).exitCode != 0) {
        std::fprintf(stderr, "daicho-cli init failed\n");
        std::exit(2);
    }
    Run r = run(cli, {QStringLiteral("import"), reg, csv});
    if (r.exitCode != 0) {
        std::fprintf(stderr, "daicho-cli import failed (exit %d)\n", r.exitCode);
        std::exit(2);
    }
    return r;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// sqlite3's shell importing the CSV into a new database: every column TEXT, no checks.
Run importWithSqlite3(const QString& sqlite, const QString& dir, const QString& csv)
{
    const QString db = dir + QStringLiteral("/bench-sqlite3.db");
    QFile::remove(db);
    const QString script = dir + QStringLiteral("/import.sql");
    QFile s(script);
    if (s.open(QIODevice::WriteOnly))
        s.write(".mode csv\n.import '" + QFile::encodeName(csv) + "' assets\n");
    s.close();
    Run r = run(sqlite, {db}, script);
    if (r.exitCode != 0) {
        std::fprintf(stderr, "sqlite3 .import failed (exit %d)\n", r.exitCode);
        std::exit(2);
    }
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rows = 200000;
    int repeat = 5;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rows"))
            rows = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--repeat"))
            repeat = std::max(1, args.at(i + 1).toInt());
        else if (args.at(i) == QLatin1String("--keep"))
            keep = args.at(i + 1);
    }
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);

    const QString csv = dir + QStringLiteral("/bench.csv");
    const QString small = dir + QStringLiteral("/bench-small.csv");
    writeCsv(csv, rows);
    writeCsv(small, std::max(1, rows / 10));

    const Run smallRun = importWithDaicho(dir, small, QStringLiteral("small"));
    const QString sqlite = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    std::vector<double> daichoSeconds;
    std::vector<double> sqliteSeconds;
    std::vector<double> daichoCpu;
    std::vector<double> sqliteCpu;
    double peakRssMb = 0;
    std::printf("rows: %d\n", rows);
    for (int i = 1; i <= repeat; ++i) {
        const Run daicho = importWithDaicho(dir, csv, QStringLiteral("full"));
        daichoSeconds.push_back(daicho.seconds);
        daichoCpu.push_back(daicho.cpuSeconds);
        peakRssMb = std::max(peakRssMb, daicho.peakRssMb);
        std::printf("run %d: import_s %.3f", i, daicho.seconds);
        if (!sqlite.isEmpty()) {
            const Run lite = importWithSqlite3(sqlite, dir, csv);
            sqliteSeconds.push_back(lite.seconds);
            sqliteCpu.push_back(lite.cpuSeconds);
            std::printf(", sqlite3_import_s %.3f, ratio %.2f", lite.seconds,
                        daicho.seconds / lite.seconds);
        }
        std::printf("\n");
        std::fflush(stdout);
    }
    const double daichoMedian = median(daichoSeconds);
    std::printf("import_s: %.3f\n", daichoMedian);
    if (sqlite.isEmpty()) {
        std::printf("sqlite3_import_s: n/a (sqlite3 not installed)\n");
    } else {
        const double sqliteMedian = median(sqliteSeconds);
        std::printf("sqlite3_import_s: %.3f\n", sqliteMedian);
        std::printf("ratio: %.2f\n", sqliteMedian > 0 ? daichoMedian / sqliteMedian : 0.0);
    }
    auto megabytes = [&dir](const char* name) {
        return double(QFileInfo(dir + QLatin1Char('/') + QLatin1String(name)).size()) / 1048576.0;
    };
    std::printf("import_cpu_s: %.3f\n", median(daichoCpu));
    std::printf("register_mb: %.1f\n", megabytes("bench-full.daicho"));
    if (!sqlite.isEmpty()) {
        std::printf("sqlite3_cpu_s: %.3f\n", median(sqliteCpu));
        std::printf("sqlite3_db_mb: %.1f\n", megabytes("bench-sqlite3.db"));
    }
    std::printf("peak_rss_mb: %.1f\n", peakRssMb);
    std::printf("peak_rss_mb_at_tenth_rows: %.1f\n", smallRun.peakRssMb);
    return 0;
}
