#pragma once

#include "TableIo.h"

namespace daicho {

// The asset inventory as a table for `daicho-cli import/export --table assets` and the wizard.
class AssetTableIo : public TableIo
{
    Q_DECLARE_TR_FUNCTIONS(AssetTableIo)

public:
    QString name() const override { return QStringLiteral("assets"); }
    QString label() const override { return tr("Information assets"); }
    QStringList importOptions() const override;
    Result<ImportReport> importFrom(Register& reg, const ImportRequest& request) override;
    Result<ExportReport> exportTo(Register& reg, const ExportRequest& request) override;
    Status saveMapping(const ImportRequest& request, const QString& mappingPath) override;
};

} // namespace daicho
