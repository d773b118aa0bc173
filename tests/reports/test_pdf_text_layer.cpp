#include "PdfTextLayer.h"

#include <catch2/catch.hpp>

using daicho::reports::PdfTextLayer;

TEST_CASE("radicals map back to the kanji that share their glyph", "[reports][pdf]")
{
    struct Row
    {
        char16_t radical;
        char16_t kanji;
    };
    const Row table[] = {
        {0x2F47, u'日'}, {0x2ED1, u'長'}, {0x2F64, u'用'}, {0x2EC4, u'西'}, {0x2ED8, u'青'},
    };
    for (const Row& r : table)
        CHECK(PdfTextLayer::kanjiOf(r.radical) == r.kanji);
    CHECK(PdfTextLayer::kanjiOf(u'日') == 0);
    CHECK(PdfTextLayer::kanjiOf(u'A') == 0);
}

TEST_CASE("the ToUnicode map is repaired in place, destinations only", "[reports][pdf]")
{
    // Glyph 0x2F47 as a source code must stay; destinations that are radicals change.
    QByteArray pdf = "%PDF-1.4\n1 0 obj\n<< /Length 99 >>\nstream\n"
                     "2 beginbfrange\n"
                     "<0000> <0000> <0000>\n"
                     "<0001> <0004> [<9069> <2F47> <2ED1> <0041>]\n"
                     "<2F47> <2F48> <2F64>\n"
                     "endbfrange\n"
                     "1 beginbfchar\n"
                     "<2ED1> <2ED1>\n"
                     "endbfchar\n"
                     "endstream\nendobj\n"
                     "content <2F47> outside a map\n";
    const qsizetype size = pdf.size();
    CHECK(PdfTextLayer::fixRadicals(pdf) == 4);
    CHECK(pdf.size() == size);
    CHECK(pdf.contains("<0001> <0004> [<9069> <65E5> <9577> <0041>]"));
    CHECK(pdf.contains("<2F47> <2F48> <7528>"));
    CHECK(pdf.contains("<2ED1> <9577>\n"));
    CHECK(pdf.contains("content <2F47> outside a map"));
}
