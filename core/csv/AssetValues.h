#pragma once

#include "domain/Asset.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>
#include <variant>

namespace daicho {

// Reads the values of an asset CSV as people write them, in Japanese or English: keys and
// labels (customer / 顧客用), yes-no in every common spelling (○/×, 有/無, あり/なし, yes/no,
// true/false, 1/0), full-width digits and spaces (NFKC), surrounding whitespace. Each parser
// returns the value or a message saying what was expected.
class AssetValues
{
    Q_DECLARE_TR_FUNCTIONS(AssetValues)

public:
    template <typename T>
    using Parsed = std::variant<T, QString>; // value, or the message

    // NFKC and trimmed: the form every parser starts from.
    static QString normalised(const QString& raw);

    static Parsed<AssetClass> assetClass(const QString& raw);
    static Parsed<AssetSubtype> subtype(const QString& raw);
    // 1–3; with `zeroBased` the IPA ledger's older 0–2 scale, converted by adding one.
    // 高/中/低 and high/medium/low are 3/2/1 on either scale.
    static Parsed<int> cia(const QString& raw, bool zeroBased);
    static Parsed<bool> yesNo(const QString& raw);
    // A kind (key or label in either language) or a yes-no flag (yes = personal data).
    static Parsed<PersonalData> personalData(const QString& raw);
    static Parsed<std::optional<Priority>> priority(const QString& raw); // empty: no override
    static Parsed<QDate> date(const QString& raw); // empty: invalid QDate (not scheduled)

    // What an export writes, so the importer reads it back unchanged.
    static QString format(bool v) { return v ? QStringLiteral("yes") : QStringLiteral("no"); }
    static QString format(const QDate& d);
};

} // namespace daicho
