#include "PdfTextLayer.h"

#include <QString>

namespace daicho::reports {

char16_t PdfTextLayer::kanjiOf(char16_t c)
{
    if (c >= 0x2F00 && c <= 0x2FD5) {
        // Kangxi radicals decompose (compatibility) to their kanji.
        const QString k = QString(QChar(c)).normalized(QString::NormalizationForm_KC);
        return k.size() == 1 && k.at(0).unicode() != c ? k.at(0).unicode() : 0;
    }
    // CJK Radicals Supplement: no decomposition; the kanji whose glyph the radical shares.
    static const std::pair<char16_t, char16_t> twins[] = {
        {0x2E8B, 0x353E}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EC4, 0x897F}, {0x2EC6, 0x89D2},
        {0x2ECC, 0x8FB6}, {0x2ED1, 0x9577}, {0x2ED6, 0x961D}, {0x2ED8, 0x9752}, {0x2EDD, 0x98DF},
        {0x2EE4, 0x9B3C}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEB, 0x6589}, {0x2EED, 0x6B6F},
        {0x2EEF, 0x7ADC}, {0x2EF2, 0x4E80},
    };
    for (const auto& [radical, kanji] : twins) {
        if (radical == c)
            return kanji;
    }
    return 0;
}

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// Replaces a "<XXXX>" token at `at` (4 hex digits) if it names a radical with a twin.
bool fixToken(QByteArray& pdf, qsizetype at)
{
    if (at + 5 >= pdf.size() || pdf.at(at) != '<' || pdf.at(at + 5) != '>')
        return false;
    int v = 0;
    for (int i = 1; i <= 4; ++i) {
        const int h = hexValue(pdf.at(at + i));
        if (h < 0)
            return false;
        v = v * 16 + h;
    }
    const char16_t kanji = PdfTextLayer::kanjiOf(char16_t(v));
    if (!kanji)
        return false;
    static const char digits[] = "0123456789ABCDEF";
    for (int i = 4; i >= 1; --i) {
        pdf[at + i] = digits[kanji >> (4 * (4 - i)) & 0xF];
    }
    return true;
}

} // namespace

int PdfTextLayer::fixRadicals(QByteArray& pdf)
{
    int changed = 0;
    // bfrange: "<lo> <hi> [<u> <u> …]" or "<lo> <hi> <u>": only the destinations change.
    // bfchar: "<glyph> <u>": only the second token of a line.
    for (const char* kind : {"bfrange", "bfchar"}) {
        const QByteArray begin = QByteArray("begin") + kind;
        const QByteArray end = QByteArray("end") + kind;
        const bool range = qstrcmp(kind, "bfrange") == 0;
        qsizetype from = 0;
        while ((from = pdf.indexOf(begin, from)) >= 0) {
            const qsizetype stop = pdf.indexOf(end, from);
            if (stop < 0)
                break;
            qsizetype i = from + begin.size();
            int tokenOnLine = 0;
            bool inArray = false;
            while (i < stop) {
                const char c = pdf.at(i);
                if (c == '\n' || c == '\r') {
                    tokenOnLine = 0;
                } else if (c == '[') {
                    inArray = true;
                } else if (c == ']') {
                    inArray = false;
                } else if (c == '<') {
                    const bool destination =
                        inArray || (range ? tokenOnLine == 2 : tokenOnLine == 1);
                    if (destination && fixToken(pdf, i))
                        ++changed;
                    ++tokenOnLine;
                    const qsizetype close = pdf.indexOf('>', i);
                    if (close < 0 || close > stop)
                        break;
                    i = close;
                }
                ++i;
            }
            from = stop + end.size();
        }
    }
    return changed;
}

} // namespace daicho::reports
