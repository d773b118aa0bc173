#pragma once

#include "csv/TableIo.h"

namespace daicho {

// The risk register as CSV (`--table risks`): one row per risk, assets by code, the threat by
// code or name, actions one per line in a cell. Computed columns (value, level) are written
// for reading and ignored on import; the register's method scores what comes in. Import is all
// or nothing; every refused cell is reported with its line and column.
class RiskTableIo : public TableIo
{
    Q_DECLARE_TR_FUNCTIONS(RiskTableIo)

public:
    QString name() const override { return QStringLiteral("risks"); }
    QString label() const override { return tr("Risk register"); }
    Result<ImportReport> importFrom(Register& reg, const ImportRequest& request) override;
    Result<ExportReport> exportTo(Register& reg, const ExportRequest& request) override;
};

} // namespace daicho
