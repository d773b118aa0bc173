#pragma once

#include "TableIo.h"

#include <QCoreApplication>

namespace daicho {

class Register;

// Writes every asset of a register as CSV with exactly the columns AssetImporter reads back:
// headers in the user's language, values as stable keys (customer, physical, special-care),
// yes/no, ISO dates. The file is written to a temporary name and renamed at the end, so a failed
// export leaves no half file behind.
class AssetExporter
{
    Q_DECLARE_TR_FUNCTIONS(AssetExporter)

public:
    explicit AssetExporter(Register& reg)
        : m_reg(reg)
    {}

    Result<ExportReport> run(const ExportRequest& request);

private:
    Register& m_reg;
};

} // namespace daicho
