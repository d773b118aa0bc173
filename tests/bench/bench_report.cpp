// How quickly Daicho prints the asset inventory of a large register, against LibreOffice
// turning the same rows (as CSV) into a PDF.
//
//   build/tests/bench/bench_report [--assets 10000] [--keep DIR] [--no-libreoffice]
//
// Builds a register with N assets (realistic Japanese names, owners, locations, retention,
// a few long descriptions' worth of text in the name), writes the inventory's columns of the
// same rows, in the report's order, to a UTF-8 CSV, then prints one per line:
//   assets:        N
//   report_s:      `daicho-cli report DB --kind inventory --out F.pdf` (the whole process:
//                  open, query, lay out, paint, write)
//   pages:         pages of that PDF
//   libreoffice_s: `soffice --headless --convert-to pdf` of the CSV (after one warm-up run
//                  that creates LibreOffice's profile), or "n/a" when soffice is not installed
//   libreoffice_pages
//   ratio:         report_s / libreoffice_s (target < 1.0)
// Nothing is asserted; ctest runs it with a few assets as a smoke test.

#include "csv/CsvWriter.h"
#include "services/AssetService.h"
#include "services/Register.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

using namespace daicho;

namespace {

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

QString argText(const QStringList& args, const QString& name)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : QString();
}

[[noreturn]] void die(const QString& what)
{
    std::fprintf(stderr, "bench_report: %s\n", qPrintable(what));
    std::exit(2);
}

struct Timed
{
    double seconds = 0;
    QString out;
};

Timed timed(const QString& program, const QStringList& args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted())
        die(QStringLiteral("cannot start ") + program);
    p.waitForFinished(-1);
    Timed r;
    r.seconds = double(t.nsecsElapsed()) / 1e9;
    r.out = QString::fromUtf8(p.readAll());
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(program + QStringLiteral(" failed: ") + r.out);
    return r;
}

int pdfPages(const QString& pdf)
{
    const QString pdfinfo = QStandardPaths::findExecutable(QStringLiteral("pdfinfo"));
    if (pdfinfo.isEmpty())
        return -1;
    const Timed info = timed(pdfinfo, {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

void buildRegister(Register& reg, int n)
{
    const QStringList owners{QStringLiteral("システム運用部"), QStringLiteral("業務部"),
                             QStringLiteral("総務部"), QStringLiteral("開発部"),
                             QStringLiteral("情報セキュリティ委員会")};
    const QStringList locations{QStringLiteral("契約データセンター ラックA"),
                                QStringLiteral("東京センター サーバ運用管理専用ルーム"),
                                QStringLiteral("東京センター 事務室 施錠キャビネット"),
                                QStringLiteral("クラウド(国内リージョン)")};
    const QStringList retention{QStringLiteral("5年"), QStringLiteral("契約終了後5年"),
                                QStringLiteral("機器廃棄まで"), QStringLiteral("1年")};
    const AssetClass classes[] = {AssetClass::Customer, AssetClass::Test, AssetClass::Internal};
    const AssetSubtype subtypes[] = {AssetSubtype::Physical, AssetSubtype::Software,
                                     AssetSubtype::Data, AssetSubtype::Service};
    const PersonalData personal[] = {PersonalData::None, PersonalData::Personal,
                                     PersonalData::SpecialCare, PersonalData::None};
    auto bulk = reg.assets().beginBulk();
    for (int i = 1; i <= n; ++i) {
        Asset a;
        a.code = QStringLiteral("BENCH-%1").arg(i, 6, 10, QLatin1Char('0'));
        a.name = i % 7 == 0
                     ? QStringLiteral("介護保険請求明細データ(事業所 %1、国保連伝送前の控え)")
                           .arg(i % 977)
                     : QStringLiteral("請求データ %1").arg(i);
        a.assetClass = classes[i % 3];
        a.subtype = subtypes[i % 4];
        a.owner = owners.at(i % owners.size());
        a.location = locations.at(i % locations.size());
        a.retention = retention.at(i % retention.size());
        a.confidentiality = 1 + i % 3;
        a.integrity = 1 + (i / 3) % 3;
        a.availability = 1 + (i / 9) % 3;
        a.personalData = personal[i % 4];
        a.customerData = a.assetClass == AssetClass::Customer && i % 2 == 0;
        a.nextReview = QDate(2027, 4, 1).addDays(i % 400);
        if (auto r = bulk->create(a); !r)
            die(r.error().toString());
    }
    if (!bulk->commit(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("{}")))
        die(QStringLiteral("bulk commit failed"));
}

// The inventory's columns of every asset, as the report prints them.
void writeCsv(Register& reg, const QString& path)
{
    auto assets = reg.assets().all();
    auto prios = reg.assets().priorities();
    if (!assets || !prios)
        die(QStringLiteral("cannot read the register"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write ") + path);
    CsvWriter w(f, CsvEncoding::Utf8);
    Status ok =
        w.writeRecord({QStringLiteral("Code"), QStringLiteral("Name"), QStringLiteral("Subtype"),
                       QStringLiteral("Owner"), QStringLiteral("Location"), QStringLiteral("C"),
                       QStringLiteral("I"), QStringLiteral("A"), QStringLiteral("Importance"),
                       QStringLiteral("Priority"), QStringLiteral("Personal data"),
                       QStringLiteral("Retention"), QStringLiteral("Next review")});
    for (const Asset& a : *assets) {
        if (ok)
            ok = w.writeRecord({a.code, a.name, AssetTerms::label(a.subtype), a.owner, a.location,
                                QString::number(a.confidentiality), QString::number(a.integrity),
                                QString::number(a.availability), QString::number(a.importance()),
                                AssetTerms::key(prios->effective(a.id)),
                                AssetTerms::label(a.personalData), a.retention,
                                a.nextReview.toString(Qt::ISODate)});
    }
    if (!ok || !w.flush())
        die(QStringLiteral("cannot write ") + path);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int n = argValue(args, QStringLiteral("--assets"), 10000);
    const QString keep = argText(args, QStringLiteral("--keep"));
    QTemporaryDir tmp;
    const QString dir = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(dir);

    const QString db = dir + QStringLiteral("/bench-report.daicho");
    QFile::remove(db);
    {
        auto created = Register::create(db, {QStringLiteral("株式会社日本ケアコミュニケーションズ"),
                                             QStringLiteral("東京センター")});
        if (!created)
            die(created.error().toString());
        buildRegister(**created, n);
        writeCsv(**created, dir + QStringLiteral("/inventory.csv"));
    }

    const QString pdf = dir + QStringLiteral("/inventory.pdf");
    const Timed report =
        timed(QStringLiteral(DAICHO_CLI_PATH),
              {QStringLiteral("report"), db, QStringLiteral("--kind"), QStringLiteral("inventory"),
               QStringLiteral("--out"), pdf, QStringLiteral("--lang"), QStringLiteral("ja")});
    std::printf("assets: %d\n", n);
    std::printf("report_s: %.3f\n", report.seconds);
    std::printf("pages: %d\n", pdfPages(pdf));
    std::fflush(stdout);

    const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (soffice.isEmpty() || args.contains(QStringLiteral("--no-libreoffice"))) {
        std::printf("libreoffice_s: n/a\n");
        std::printf("ratio: n/a\n");
        return 0;
    }
    // A profile of its own, created by a warm-up conversion that is not timed.
    const QString profile =
        QUrl::fromLocalFile(dir + QStringLiteral("/lo-profile")).toString(QUrl::FullyEncoded);
    const QString outDir = dir + QStringLiteral("/lo");
    QDir().mkpath(outDir);
    const QString warm = dir + QStringLiteral("/warm.csv");
    {
        QFile f(warm);
        if (!f.open(QIODevice::WriteOnly) || f.write("a,b\n1,2\n") < 0)
            die(QStringLiteral("cannot write ") + warm);
    }
    auto convert = [&](const QString& csv) {
        // CSV filter: comma, double quote, UTF-8 (76), from line 1.
        return timed(soffice,
                     {QStringLiteral("-env:UserInstallation=") + profile,
                      QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:44,34,76,1"),
                      QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                      QStringLiteral("--outdir"), outDir, csv});
    };
    convert(warm);
    const Timed lo = convert(dir + QStringLiteral("/inventory.csv"));
    std::printf("libreoffice_s: %.3f\n", lo.seconds);
    std::printf("libreoffice_pages: %d\n", pdfPages(outDir + QStringLiteral("/inventory.pdf")));
    std::printf("ratio: %.2f\n", lo.seconds > 0 ? report.seconds / lo.seconds : 0.0);
    return 0;
}
