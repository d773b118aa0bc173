#pragma once

#include "CsvEncoding.h"
#include "domain/Asset.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace daicho {

class Register;

// What to do with a row whose key (e.g. an asset code) is already in the register.
enum class OnDuplicate
{
    Fail,
    Update,
    Skip
};

struct ImportRequest
{
    QString path;                        // the CSV file
    std::optional<CsvEncoding> encoding; // detected when not given
    std::optional<QChar> delimiter;      // detected when not given
    QString mappingPath;                 // a saved column mapping (JSON), optional
    QStringList columnTargets; // when set, the target key of each column (an edited mapping)
    OnDuplicate onDuplicate = OnDuplicate::Fail;
    bool dryRun = false;      // validate and count, write nothing
    bool collectUndo = false; // fill ImportReport::undo (the GUI's undo step needs it)
    // Options only some tables understand, by their command-line name without dashes
    // (e.g. "default-class"). A table refuses options it does not know.
    QHash<QString, QString> options;
    // Called now and then with bytes read and the file's size; returning false cancels (and
    // rolls back).
    std::function<bool(qint64 done, qint64 total)> progress;
};

// What an import changed, so it can be taken back exactly (kept only when asked for: it grows
// with the file).
struct ImportUndo
{
    QList<qint64> created;                         // assets the import created
    QList<Asset> replaced;                         // assets as they were before it updated them
    QList<std::pair<QString, QString>> addedLinks; // dependencies added between older assets
};

struct ImportReport
{
    QList<Error> errors;   // every refused row and column, each with file, line and column name
    QList<Error> warnings; // e.g. unknown columns that were ignored
    qint64 rows = 0;       // data rows read
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; // duplicates whose content was already the same
    qint64 skipped = 0;
    bool written = false; // committed (false on a dry run or when refused)
    CsvEncoding encoding = CsvEncoding::Utf8;
    QChar delimiter;
    QByteArray sha256;
    ImportUndo undo;
    bool ok() const { return errors.isEmpty(); }
};

struct ExportRequest
{
    QString path;
    CsvEncoding encoding = CsvEncoding::Utf8Bom;
    QHash<QString, QString> options; // e.g. "catalog"
};

struct ExportReport
{
    qint64 rows = 0;
};

// One table that can be imported from and exported to CSV. To add a table, implement this and
// add one line to TableIoRegistry::all() (TableIoRegistry.cpp).
class TableIo
{
public:
    virtual ~TableIo() = default;
    virtual QString name() const = 0;  // stable, used by --table: "assets"
    virtual QString label() const = 0; // translated, for menus
    // Table-specific option names (without dashes) importFrom/exportTo understand.
    virtual QStringList importOptions() const { return {}; }
    virtual QStringList exportOptions() const { return {}; }
    virtual bool canImport() const { return true; }

    // All-or-nothing: returns a report with errors (and writes nothing) when any row is
    // refused; an Error only for what stops the whole import (I/O, a malformed file).
    virtual Result<ImportReport> importFrom(Register& reg, const ImportRequest& request) = 0;
    virtual Result<ExportReport> exportTo(Register& reg, const ExportRequest& request) = 0;
    // Writes the column mapping the import would use for the request's file (to edit and pass
    // back with --mapping). Tables without a mapping say so.
    virtual Status saveMapping(const ImportRequest& request, const QString& mappingPath);
};

class TableIoRegistry
{
    Q_DECLARE_TR_FUNCTIONS(TableIoRegistry)

public:
    using Factory = std::function<std::unique_ptr<TableIo>()>;
    struct Entry
    {
        QString name;
        Factory create;
    };
    static const QList<Entry>& all();
    static QStringList names();
    static QStringList importableNames();
    static std::unique_ptr<TableIo> create(const QString& name);
};

} // namespace daicho
