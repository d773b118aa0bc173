// How quickly the risk register works on a large register.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_risks [--assets 2000] [--risks 5000]
//
// Builds a register file with N assets and R risks (each on two assets, scored by IPA's method,
// with one action and one control), then prints, one per line:
//   save_all_ms:     the R risks written as one action (as an import does)
//   preview_ms:      the preview of a change to a 5×5 matrix (every risk re-scored, nothing
//   written) apply_ms:        applying that change (a new method version, every risk re-scored,
//   history) asset_change_ms: one asset's confidentiality raised (its risks re-scored in the same
//   action) check_ms:        `check` of the whole register (history replay included) view_open_ms:
//   the Risks view built over the register (model, heat maps, attention list) filter_ms: median of
//   a search keystroke in the view
// Nothing is asserted; ctest runs it with a few risks as a smoke test.

#include "risks/RiskFilterProxy.h"
#include "risks/RisksView.h"
#include "services/AssetService.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/RiskService.h"
#include "undo/RegisterDocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace daicho;

namespace {

int argValue(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
}

void print(const char* name, double value)
{
    std::printf("%s: %.1f\n", name, value);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int assetCount = std::max(2, argValue(args, QStringLiteral("--assets"), 2000));
    const int riskCount = std::max(1, argValue(args, QStringLiteral("--risks"), 5000));

    QTemporaryDir dir;
    auto created = Register::create(dir.filePath(QStringLiteral("bench.daicho")), {});
    if (!created)
        return 1;
    std::unique_ptr<Register> reg = std::move(*created);
    {
        auto bulk = reg->assets().beginBulk();
        if (!bulk)
            return 1;
        for (int i = 0; i < assetCount; ++i) {
            Asset a;
            a.code = QStringLiteral("A-%1").arg(i, 6, 10, QLatin1Char('0'));
            a.name = QStringLiteral("Asset %1").arg(i);
            a.confidentiality = 1 + i % 3;
            a.integrity = 1 + (i / 3) % 3;
            a.availability = 1;
            if (!bulk->create(a))
                return 1;
        }
        if (!bulk->commit(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("{}")))
            return 1;
    }
    auto assets = reg->assets().all();
    if (!assets)
        return 1;
    QList<Risk> risks;
    for (int i = 0; i < riskCount; ++i) {
        Risk r;
        r.code = QStringLiteral("R-%1").arg(i, 6, 10, QLatin1Char('0'));
        r.title = QStringLiteral("Risk %1 of the bench register").arg(i);
        r.assetIds = {assets->at(i % assetCount).id, assets->at((i * 7 + 1) % assetCount).id};
        r.scores.threat = 1 + i % 3;
        r.scores.vulnerability = 1 + (i / 3) % 3;
        r.treatment = RiskTreatment::Reduce;
        r.actions = {{QStringLiteral("Action"),
                      QStringLiteral("Owner"),
                      QDate(2026, 6, 30),
                      ActionStatus::Open,
                      {}}};
        r.controls = {{QStringLiteral("iso27001-2022"), QStringLiteral("8.7")}};
        r.owner = QStringLiteral("Owner");
        risks.append(r);
    }
    QElapsedTimer t;
    t.start();
    auto saved = reg->risks().saveAll(risks, false, QStringLiteral("bench"),
                                      QStringLiteral("import"), QStringLiteral("{}"));
    if (!saved)
        return 1;
    print("save_all_ms", double(t.elapsed()));

    t.restart();
    auto preview = reg->risks().previewMethod(RiskMethod::matrixDefault(5));
    if (!preview)
        return 1;
    print("preview_ms", double(t.elapsed()));
    t.restart();
    if (!reg->risks().applyMethod(RiskMethod::matrixDefault(5)))
        return 1;
    print("apply_ms", double(t.elapsed()));
    if (!reg->risks().applyMethod(RiskMethod::ipaDefault()))
        return 1;

    Asset a = assets->first();
    a.confidentiality = a.confidentiality == 3 ? 1 : 3;
    t.restart();
    if (!reg->assets().update(a))
        return 1;
    print("asset_change_ms", double(t.elapsed()));

    t.restart();
    auto report = RegisterCheck::run(*reg);
    if (!report || !report->ok())
        return 1;
    print("check_ms", double(t.elapsed()));

    RegisterDocument doc(std::move(reg));
    t.restart();
    RisksView view(doc);
    print("view_open_ms", double(t.elapsed()));
    QList<double> times;
    const QStringList keys{QStringLiteral("R-0001"), QStringLiteral("asset 1"),
                           QStringLiteral("owner"), QString()};
    for (const QString& k : keys) {
        t.restart();
        view.proxy()->setSearchText(k);
        times.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    print("filter_ms", times.at(times.size() / 2));
    return 0;
}
