#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace daicho {

// A threat 脅威 of the catalog: named in Japanese and English (either may be empty for the
// officer's own), grouped by category.
struct Threat
{
    static constexpr int MaxCodeLength = 64;
    static constexpr int MaxNameLength = 200;

    qint64 id = 0;
    QString code; // e.g. T-MALWARE
    QString nameJa;
    QString nameEn;
    QString category; // key: see ThreatTerms
    QString descriptionJa;
    QString descriptionEn;
    bool builtIn = false;
    QDateTime updatedAt;

    // The name in `language` ("ja"/"en"), falling back to the other one.
    QString name(const QString& language) const;
    QString description(const QString& language) const;
    bool sameContent(const Threat& o) const
    {
        return code == o.code && nameJa == o.nameJa && nameEn == o.nameEn &&
               category == o.category && descriptionJa == o.descriptionJa &&
               descriptionEn == o.descriptionEn;
    }
};

class ThreatTerms
{
    Q_DECLARE_TR_FUNCTIONS(ThreatTerms)

public:
    static QStringList
    categories(); // "deliberate", "accidental", "technical", "environmental", "third-party"
    static QString categoryLabel(const QString& key);
    // Problems that keep a threat from being stored (code uniqueness is the register's).
    static QStringList validate(const Threat& t);
};

} // namespace daicho
