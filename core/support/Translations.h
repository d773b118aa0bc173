#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace daicho {

// Loads Daicho's own translation (compiled into the library) and Qt's, for a language.
// Installing again replaces the previous language, so the GUI can switch while running.
class Translations
{
public:
    static QStringList available(); // {"en", "ja"}
    // "ja", "en", or "" for the system locale. Returns the language actually installed.
    static QString install(const QString& language);
    static QString current();
    // The language Daicho would pick for the system locale ("ja" or "en").
    static QString systemLanguage();
};

} // namespace daicho
