#pragma once

#include "support/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace daicho {

class Catalog;

// Where each control of one catalog went in another (2013 → 2022, as in ISO/IEC 27002:2022
// Annex B). A source may map to several targets; several sources may merge into one target.
class CatalogMapping
{
    Q_DECLARE_TR_FUNCTIONS(CatalogMapping)

public:
    struct Entry
    {
        QString from;
        QStringList to;
    };

    static Result<CatalogMapping> fromJson(const QByteArray& json, const QString& source);

    const QString& key() const { return m_key; }
    const QString& version() const { return m_version; }
    const QString& fromCatalog() const { return m_from; }
    const QString& toCatalog() const { return m_to; }
    const QList<Entry>& entries() const { return m_entries; }

    QStringList targetsOf(const QString& fromId) const { return m_targets.value(fromId); }
    // The sources that went into a target, in the order of the source catalog.
    QStringList sourcesOf(const QString& toId) const { return m_sources.value(toId); }

    // Every problem that makes the mapping unusable with these catalogs: a source or target
    // that does not exist, a source control that is not mapped. Empty when sound.
    QStringList problems(const Catalog& from, const Catalog& to) const;

private:
    QString m_key;
    QString m_version;
    QString m_from;
    QString m_to;
    QList<Entry> m_entries;
    QHash<QString, QStringList> m_targets;
    QHash<QString, QStringList> m_sources;
};

} // namespace daicho
