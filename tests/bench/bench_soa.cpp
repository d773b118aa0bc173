// How quickly the Statement of Applicability works on a large register.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_soa [--assets 10000] [--links 3]
//
// Builds a register file with N assets (a third of them P1) and the demo's SoA (2013, 2022,
// APPI), applies L controls to every asset, then prints, one per line:
//   link_per_ms:       links written per millisecond (one action each, with history)
//   soa_save_all_ms:   the three catalogs' decisions written as one action
//   completeness_ms:   the completeness check of the 2022 SoA
//   transition_ms:     the 2013 → 2022 proposal
//   coverage_ms:       P1 assets without an implemented control, overdue controls
//   view_open_ms:      the Controls view built over the register (model, lists, coverage)
//   filter_ms:         median of switching the view's filter
//   check_ms:          `check` of the whole register (history replay included)
// Nothing is asserted; ctest runs it with a few assets as a smoke test.

#include "controls/ControlsView.h"
#include "controls/SoaFilterProxy.h"
#include "services/AssetService.h"
#include "services/DemoControls.h"
#include "services/Register.h"
#include "services/RegisterCheck.h"
#include "services/SoaCoverage.h"
#include "services/SoaService.h"
#include "support/Clock.h"
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
    const int n = argValue(args, QStringLiteral("--assets"), 10000);
    const int perAsset = argValue(args, QStringLiteral("--links"), 3);

    QTemporaryDir dir;
    auto created = Register::create(dir.filePath(QStringLiteral("bench.daicho")),
                                    {QStringLiteral("Bench"), {}});
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().toString()));
        return 2;
    }
    std::unique_ptr<Register> reg = std::move(*created);
    {
        auto bulk = reg->assets().beginBulk();
        for (int i = 0; i < n; ++i) {
            Asset a;
            a.code = QStringLiteral("A-%1").arg(i, 6, 10, QLatin1Char('0'));
            a.name = QStringLiteral("資産 %1").arg(i);
            a.assetClass = i % 3 == 0 ? AssetClass::Customer : AssetClass::Internal;
            a.subtype = AssetSubtype::Data;
            a.confidentiality = a.integrity = a.availability = 2;
            if (i % 3 == 0) {
                a.personalData = PersonalData::SpecialCare;
                a.customerData = true;
            }
            if (auto r = bulk->create(a); !r) {
                std::fprintf(stderr, "%s\n", qPrintable(r.error().toString()));
                return 2;
            }
        }
        if (!bulk->commit(QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("{}")))
            return 2;
    }
    SoaService& soa = reg->soa();
    QElapsedTimer t;

    // The demo's SoA needs the demo's asset codes for its links; write its decisions alone.
    t.start();
    QList<SoaEntry> all;
    for (const QString& key : Catalogs::keys()) {
        for (const CatalogControl& c : Catalogs::get(key).controls()) {
            SoaEntry e;
            e.catalog = key;
            e.controlId = c.id;
            e.applicable = true;
            e.reasons = {SoaReason::Business};
            e.status = c.isNew ? SoaStatus::Planned : SoaStatus::Implemented;
            if (c.isNew)
                e.targetDate = Clock::current().today().addDays(-3);
            all.append(e);
        }
    }
    if (!soa.saveAll(all, QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("{}")))
        return 2;
    print("soa_save_all_ms", double(t.elapsed()));

    auto assets = reg->assets().all();
    const QList<CatalogControl>& controls = Catalogs::iso2022().controls();
    t.restart();
    int links = 0;
    for (qsizetype i = 0; i < assets->size(); ++i) {
        // Leave every tenth asset bare, so coverage has something to find.
        if (i % 10 == 0)
            continue;
        for (int k = 0; k < perAsset; ++k) {
            const QString id = controls.at((i * 7 + k * 13) % controls.size()).id;
            if (soa.linkAsset(catalogkey::Iso2022, id, assets->at(i).id))
                ++links;
        }
    }
    print("link_per_ms", links / std::max(1.0, double(t.elapsed())));

    t.restart();
    auto gaps = soa.completeness();
    print("completeness_ms", double(t.elapsed()));
    t.restart();
    auto proposals = soa.proposeTransition();
    print("transition_ms", double(t.elapsed()));
    t.restart();
    auto coverage = SoaCoverage::run(*reg, Clock::current().today());
    print("coverage_ms", double(t.elapsed()));
    std::printf("(links %d, P1 without control %lld, overdue %lld, proposals %lld)\n", links,
                coverage ? qint64(coverage->unprotectedP1.size()) : -1LL,
                coverage ? qint64(coverage->overdue.size()) : -1LL,
                proposals ? qint64(proposals->size()) : -1LL);

    RegisterDocument doc(std::move(reg));
    t.restart();
    auto* view = new ControlsView(doc);
    view->resize(1400, 900);
    print("view_open_ms", double(t.elapsed()));
    QList<qint64> times;
    for (int i = 0; i < 9; ++i) {
        SoaFilter f;
        f.status = i % 2 == 0 ? int(SoaStatus::Planned) : -1;
        f.overdueOnly = i % 3 == 0;
        t.restart();
        view->setFilter(f);
        times.append(t.elapsed());
    }
    std::sort(times.begin(), times.end());
    print("filter_ms", double(times.at(times.size() / 2)));
    delete view;

    t.restart();
    auto report = RegisterCheck::run(doc.reg());
    print("check_ms", double(t.elapsed()));
    return report && report->ok() ? 0 : 1;
}
