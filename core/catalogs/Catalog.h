#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace daicho {

// A group of controls: a 2022 theme (organizational …), a 2013 domain (A.5 …) or an APPI
// measure (組織的安全管理措置 …).
struct CatalogTheme
{
    QString id;
    QString section; // as the source numbers it, e.g. "10-3" (APPI); may be empty
    QString en;
    QString ja;

    QString label() const; // in the UI language
};

// One control of a catalog: its identifier and short title. Never the control's text.
struct CatalogControl
{
    QString id;    // e.g. "5.23", "A.9.2.5", "10-6-1"
    QString theme; // a CatalogTheme id
    QString en;
    QString ja;
    bool isNew = false; // new in this edition (27001:2022)

    QString title() const; // in the UI language
};

// A built-in list of controls, as loaded from resources/catalogs/*.json. The file states the
// catalog's key and version; a register records the version it decided against.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    static constexpr int FormatVersion = 1;

    // Parses and checks a catalog file; `source` names it in error messages.
    static Result<Catalog> fromJson(const QByteArray& json, const QString& source);

    const QString& key() const { return m_key; }
    const QString& version() const { return m_version; }
    QString title() const; // in the UI language
    const QList<CatalogTheme>& themes() const { return m_themes; }
    const QList<CatalogControl>& controls() const { return m_controls; }

    const CatalogControl* find(const QString& id) const;
    const CatalogTheme* theme(const QString& id) const;
    QList<const CatalogControl*> controlsOf(const QString& themeId) const;
    bool contains(const QString& id) const { return m_index.contains(id); }

    // "ja" when the installed UI language is Japanese, else "en".
    static bool japanese();

private:
    QString m_key;
    QString m_version;
    QString m_titleEn;
    QString m_titleJa;
    QList<CatalogTheme> m_themes;
    QList<CatalogControl> m_controls;
    QHash<QString, qsizetype> m_index;
};

} // namespace daicho
