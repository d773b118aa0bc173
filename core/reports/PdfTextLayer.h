#pragma once

#include <QByteArray>

namespace daicho::reports {

// Repairs the text layer (copy, search, pdftotext) of a PDF written by Qt. Qt's ToUnicode map
// names each glyph by the lowest code point the font maps to it, and Noto Sans CJK shares the
// glyphs of many kanji with their radicals: 日 is read back as ⽇ (U+2F47), 長 as ⻑ (U+2ED1), so
// a reader searching the PDF for 部長 would not find it. This maps such radicals back to the
// kanji in the ToUnicode maps, which Qt writes uncompressed; every replacement has the same
// length, so the file's byte offsets stay valid. Returns how many entries were changed.
class PdfTextLayer
{
public:
    static int fixRadicals(QByteArray& pdf);
    // The kanji a radical stands for, or 0 when `c` is not a radical with a twin.
    static char16_t kanjiOf(char16_t c);
};

} // namespace daicho::reports
