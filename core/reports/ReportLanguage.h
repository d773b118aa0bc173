#pragma once

#include <QLocale>
#include <QString>

namespace daicho::reports {

// Reports are written in a language of their own, which may differ from the window's: while
// one of these lives, tr() answers in the report's language. Restores the previous language
// when it goes. Use on the thread that owns the application, around building a report's text.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString& language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage&) = delete;
    ReportLanguage& operator=(const ReportLanguage&) = delete;

    QString code() const { return m_language; }
    QLocale locale() const;

    // "ja" or "en": the given one if known, else the current UI language.
    static QString normalise(const QString& language);

private:
    QString m_language;
    QString m_previous;
};

} // namespace daicho::reports
