#include "ReportLanguage.h"

#include "support/Translations.h"

namespace daicho::reports {

QString ReportLanguage::normalise(const QString& language)
{
    if (Translations::available().contains(language))
        return language;
    const QString current = Translations::current();
    return current.isEmpty() ? Translations::systemLanguage() : current;
}

ReportLanguage::ReportLanguage(const QString& language)
    : m_language(normalise(language))
    , m_previous(Translations::current())
{
    if (m_language != m_previous)
        Translations::install(m_language);
}

ReportLanguage::~ReportLanguage()
{
    if (m_language != m_previous && !m_previous.isEmpty())
        Translations::install(m_previous);
}

QLocale ReportLanguage::locale() const
{
    return m_language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                             : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace daicho::reports
