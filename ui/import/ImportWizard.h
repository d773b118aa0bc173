#pragma once

#include "csv/AssetImporter.h"
#include "csv/CsvPreview.h"

#include <QWizard>

#include <optional>

namespace daicho {

class RegisterDocument;

// What the user has chosen so far, shared by the wizard's pages.
struct ImportSetup
{
    QString path;
    std::optional<CsvEncoding> encoding; // empty: detect
    std::optional<QChar> delimiter;      // empty: detect
    CsvPreview preview;                  // with the choices above
    QStringList targets;                 // per column of the header; "" = not imported
    AssetImportOptions options;
    OnDuplicate onDuplicate = OnDuplicate::Fail;

    QStringList headers() const;
    ImportRequest request(bool dryRun) const;
};

// Imports an asset CSV in five steps: choose (or drop) a file → preview with the detected
// encoding and delimiter, changeable → column mapping, editable, saved and loaded as JSON →
// validation of every row as a sortable list that can be saved as CSV → the import itself with
// a progress bar and a Cancel that rolls everything back. Nothing is written before the last
// step, and then all or nothing.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        PreviewPageId,
        MappingPageId,
        CheckPageId,
        RunPageId
    };

    explicit ImportWizard(RegisterDocument& document, QWidget* parent = nullptr,
                          const QString& path = {});

    ImportSetup& setup() { return m_setup; }
    RegisterDocument& document() { return m_document; }
    // Reads the preview again with the current choices; false (and a message) when the file
    // cannot be read at all.
    bool reloadPreview(QString* message);

    static QString fileFilter();

private:
    RegisterDocument& m_document;
    ImportSetup m_setup;
};

} // namespace daicho
