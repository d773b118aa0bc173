#pragma once

#include "csv/TableIo.h"

namespace daicho {

// A built-in catalog as CSV (`--table controls --catalog KEY`): id, theme, titles in English
// and Japanese, new in this edition. Export only.
class ControlCatalogTableIo : public TableIo
{
    Q_DECLARE_TR_FUNCTIONS(ControlCatalogTableIo)

public:
    QString name() const override { return QStringLiteral("controls"); }
    QString label() const override { return tr("Control catalog"); }
    QStringList exportOptions() const override { return {QStringLiteral("catalog")}; }
    bool canImport() const override { return false; }
    Result<ImportReport> importFrom(Register& reg, const ImportRequest& request) override;
    Result<ExportReport> exportTo(Register& reg, const ExportRequest& request) override;
};

// The 2013 → 2022 mapping as CSV (`--table control-mapping`): one row per pair, and a row for
// each control new in 2022 (with no 2013 source). Export only.
class ControlMappingTableIo : public TableIo
{
    Q_DECLARE_TR_FUNCTIONS(ControlMappingTableIo)

public:
    QString name() const override { return QStringLiteral("control-mapping"); }
    QString label() const override { return tr("Control mapping 2013 → 2022"); }
    bool canImport() const override { return false; }
    Result<ImportReport> importFrom(Register& reg, const ImportRequest& request) override;
    Result<ExportReport> exportTo(Register& reg, const ExportRequest& request) override;
};

} // namespace daicho
