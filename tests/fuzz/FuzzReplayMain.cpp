// Runs a fuzz target without libFuzzer: every file given (or every file in a directory given),
// then deterministic mutations of each (bytes flipped, cut, spliced). Any failure aborts.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

namespace {

void run(const QByteArray& b)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(b.constData()), size_t(b.size()));
}

} // namespace

int main(int argc, char** argv)
{
    QList<QByteArray> seeds;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
        } else {
            files.append(arg);
        }
        for (const QString& f : files) {
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                seeds.append(file.readAll());
        }
    }
    QRandomGenerator rng(20260401);
    const char interesting[] = {'"', ',', ';', '\t', '\r', '\n', '\0', '\x82', '\xEF', '\xFF'};
    int runs = 0;
    for (const QByteArray& seed : std::as_const(seeds)) {
        for (int option = 0; option < 4; ++option) {
            QByteArray b = char(option << 6) + seed;
            run(b);
            ++runs;
            for (int m = 0; m < 200; ++m) {
                QByteArray x = b;
                const int edits = 1 + int(rng.bounded(4));
                for (int e = 0; e < edits && x.size() > 1; ++e) {
                    const qsizetype at = 1 + qsizetype(rng.bounded(quint32(x.size() - 1)));
                    switch (rng.bounded(4)) {
                    case 0:
                        x[at] = interesting[rng.bounded(quint32(sizeof interesting))];
                        break;
                    case 1:
                        x.insert(at, interesting[rng.bounded(quint32(sizeof interesting))]);
                        break;
                    case 2:
                        x.truncate(at);
                        break;
                    default:
                        x[at] = char(rng.bounded(256));
                        break;
                    }
                }
                run(x);
                ++runs;
            }
        }
    }
    std::printf("fuzz replay: %d inputs from %lld seeds, all clean\n", runs,
                static_cast<long long>(seeds.size()));
    return 0;
}
