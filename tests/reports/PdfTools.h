#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace daicho::test {

// poppler-utils, as an auditor's tools would read the PDF.
inline QString runTool(const QString& tool, const QStringList& args)
{
    QProcess p;
    p.start(tool, args);
    REQUIRE(p.waitForStarted());
    REQUIRE(p.waitForFinished(120000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The PDF's text as a reader would search it. Qt's PDF writer names each glyph by the lowest
// code point that maps to it, so kanji that share a glyph with a radical come out as the
// radical: Kangxi radicals (日 as U+2F47) normalise back with NFKC; the few CJK Radicals
// Supplement twins of common kanji (長 as U+2ED1) have no decomposition and are mapped here.
inline QString pdfText(const QString& pdf)
{
    QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .normalized(QString::NormalizationForm_KC);
    static const std::pair<char16_t, char16_t> twins[] = {
        {u'\u2E8B', u'\u353E'}, {u'\u2E9F', u'\u6BCD'}, {u'\u2EA0', u'\u6C11'},
        {u'\u2EC4', u'\u897F'}, {u'\u2EC6', u'\u89D2'}, {u'\u2ECC', u'\u8FB6'},
        {u'\u2ED1', u'\u9577'}, {u'\u2ED6', u'\u961D'}, {u'\u2ED8', u'\u9752'},
        {u'\u2EDD', u'\u98DF'}, {u'\u2EE4', u'\u9B3C'}, {u'\u2EE8', u'\u9EA6'},
        {u'\u2EE9', u'\u9EC4'}, {u'\u2EEB', u'\u6589'}, {u'\u2EED', u'\u6B6F'},
        {u'\u2EEF', u'\u7ADC'}, {u'\u2EF2', u'\u4E80'},
    };
    for (const auto& [radical, kanji] : twins)
        text.replace(QChar(radical), QChar(kanji));
    return text;
}

// The text exactly as pdftotext reads it, without any normalisation.
inline QString pdfRawText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

inline int pdfPages(const QString& pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace daicho::test
