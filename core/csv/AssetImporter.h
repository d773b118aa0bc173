#pragma once

#include "ColumnMapping.h"
#include "TableIo.h"
#include "domain/Asset.h"

#include <QCoreApplication>

#include <optional>

namespace daicho {

class Register;

struct AssetImportOptions
{
    std::optional<AssetClass> defaultClass;     // for rows (or files) without a class
    std::optional<AssetSubtype> defaultSubtype; // for rows (or files) without a subtype
    bool ciaZeroBased = false;                  // the file uses IPA's older 0–2 scale
};

// Imports an asset CSV into a register: read (streamed) → map columns → read values → validate
// every row with the domain rules → write through AssetService's BulkWriter, all in one
// transaction that is committed only when every row is valid (and not on a dry run). Collects
// every problem as FILE:LINE: column NAME: message.
class AssetImporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetImporter)

public:
    explicit AssetImporter(Register& reg)
        : m_reg(reg)
    {}

    Result<ImportReport> run(const ImportRequest& request, const AssetImportOptions& options);

    // Recognises a header (Japanese or English); "" when unknown.
    static QString recognise(const QString& header);
    // Headers recognised by name; when no column holds codes, a row-number column ("No.",
    // 番号, 項番 — what IPA's ledger has) gives them.
    static ColumnMapping automaticMapping(const QStringList& headers);
    static bool isRowNumberHeader(const QString& header);
    // The header row of the request's file.
    static Result<QStringList> readHeader(const ImportRequest& request);
    // The mapping the import would use for these headers (saved mapping or recognition).
    static Result<ColumnMapping> mappingFor(const ImportRequest& request,
                                            const QStringList& headers);

private:
    Register& m_reg;
};

} // namespace daicho
