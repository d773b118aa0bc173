#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace daicho {

namespace {
std::unique_ptr<QTranslator> s_own;
std::unique_ptr<QTranslator> s_qt;
QString s_current;
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("ja")};
}

QString Translations::systemLanguage()
{
    // LANGUAGE / LC_ALL / LC_MESSAGES / LANG, as Qt reads them for the system locale.
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString& lang : ui) {
        if (lang.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
        if (lang.startsWith(QLatin1String("en")) || lang == QLatin1String("C"))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

QString Translations::install(const QString& language)
{
    QString lang = language.isEmpty() ? systemLanguage() : language;
    if (!available().contains(lang))
        lang = QStringLiteral("en");

    if (s_own)
        QCoreApplication::removeTranslator(s_own.get());
    if (s_qt)
        QCoreApplication::removeTranslator(s_qt.get());
    s_own = std::make_unique<QTranslator>();
    s_qt = std::make_unique<QTranslator>();

    if (s_own->load(QStringLiteral(":/i18n/daicho_") + lang + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(s_own.get());
    // Qt's own strings (standard buttons, print dialogs), when the system has them.
    if (s_qt->load(QStringLiteral("qtbase_") + lang,
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qt.get());
    QLocale::setDefault(
        QLocale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                lang == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates));
    s_current = lang;
    return lang;
}

QString Translations::current()
{
    return s_current;
}

} // namespace daicho
