#pragma once

#include "domain/Asset.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace daicho {

// The columns an asset CSV can have: every editable field of an asset (keys as in
// AssetRules::fieldKey), plus the IPA ledger's three personal-data flag columns, and columns
// the ledger carries that Daicho computes or does not keep (importance, date registered), which
// are recognised and ignored.
class AssetColumns
{
    Q_DECLARE_TR_FUNCTIONS(AssetColumns)

public:
    // Extra targets beyond the AssetField keys.
    static inline const QString SpecialCareFlag = QStringLiteral("special_care_flag");
    static inline const QString MyNumberFlag = QStringLiteral("my_number_flag");
    static inline const QString Importance = QStringLiteral("importance");
    static inline const QString Registered = QStringLiteral("registered");
    // Written by an export for people reading the file (Daicho derives it), ignored on import.
    static inline const QString Priority = QStringLiteral("priority");
    // Codes of the assets this one depends on, one per line (or separated by ";").
    static inline const QString DependsOn = QStringLiteral("depends_on");

    // Every target key, in export order (the derived/ignored ones last).
    static const QStringList& keys();
    // The keys an export writes, in order: exactly what the importer reads back.
    static QStringList exportKeys();
    static std::optional<AssetField> field(const QString& key);
    // Recognised but not imported: the value is computed by Daicho or not kept.
    static bool isIgnored(const QString& key);
    // Translated column title, e.g. 機密性 / Confidentiality.
    static QString label(const QString& key);

    // The target a header names, in Japanese or English, ignoring case, width, spaces and
    // punctuation, and a trailing "(…)": "機密性(C)", "ＣＯＤＥ", "Asset ID", "媒体・保存先".
    // Empty when unknown.
    static QString keyForHeader(const QString& header);
    // Header comparison form: NFKC, lower case, without spaces and punctuation.
    static QString normalisedHeader(const QString& header);
};

} // namespace daicho
