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

// The PDF's text, NFKC-normalised: Qt maps some kanji of Noto Sans CJK back to their Kangxi
// radical twins (日 as U+2F47), which normalise to the same character.
inline QString pdfText(const QString& pdf)
{
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

inline int pdfPages(const QString& pdf)
{
    const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    REQUIRE(m.hasMatch());
    return m.captured(1).toInt();
}

} // namespace daicho::test
