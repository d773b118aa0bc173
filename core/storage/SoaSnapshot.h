#pragma once

#include "domain/Soa.h"
#include "support/Result.h"

namespace daicho {

// An SoA entry, and a control ↔ asset link, as one line of JSON in the change history. The
// same value always gives the same text (`check` compares them as text). "code" carries the
// control id so `check` names it.
class SoaSnapshot
{
public:
    static QString toJson(const SoaEntry& e);
    static Result<SoaEntry> fromJson(const QString& json);
    static QString entryKey(const QString& catalog, const QString& controlId);

    static QString assetLinkJson(const QString& catalog, const QString& controlId, qint64 asset);
    static QString assetLinkKey(const QString& catalog, const QString& controlId, qint64 asset);
};

} // namespace daicho
