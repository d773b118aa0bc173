#pragma once

#include "domain/Threat.h"
#include "support/Result.h"

#include <QCoreApplication>

namespace daicho {

// The built-in threat catalog (resources/risks/threat-catalog.json): threats that fit a
// company running a web service from a contracted data center, named in Japanese and
// English. A register receives them once (RiskService::installThreatCatalog) and may then
// edit them like its own.
class ThreatCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ThreatCatalog)

public:
    static QString resourcePath();
    struct Contents
    {
        QString version;
        QList<Threat> threats; // builtIn = true, id 0
    };
    // Parses a catalog file's bytes; every problem names the file and the field.
    static Result<Contents> parse(const QByteArray& json, const QString& file);
    // The built-in catalog, read once.
    static const Contents& builtIn();
};

} // namespace daicho
