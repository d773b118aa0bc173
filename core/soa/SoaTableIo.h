#pragma once

#include "csv/TableIo.h"

namespace daicho {

// The Statement of Applicability as CSV (`--table soa`): one row per control of a catalog,
// decided or not, so the officer can fill it in a spreadsheet and import it back. Import is
// all or nothing; every refused cell is reported with its line and column.
class SoaTableIo : public TableIo
{
    Q_DECLARE_TR_FUNCTIONS(SoaTableIo)

public:
    QString name() const override { return QStringLiteral("soa"); }
    QString label() const override { return tr("Statement of Applicability"); }
    QStringList importOptions() const override { return {QStringLiteral("catalog")}; }
    QStringList exportOptions() const override { return {QStringLiteral("catalog")}; }
    Result<ImportReport> importFrom(Register& reg, const ImportRequest& request) override;
    Result<ExportReport> exportTo(Register& reg, const ExportRequest& request) override;
};

} // namespace daicho
