#include "ImportWizard.h"

#include "ImportPages.h"

namespace daicho {

QStringList ImportSetup::headers() const
{
    return preview.records.isEmpty() ? QStringList() : preview.records.first().fields;
}

ImportRequest ImportSetup::request(bool dryRun) const
{
    ImportRequest r;
    r.path = path;
    r.encoding = encoding;
    r.delimiter = delimiter;
    r.columnTargets = targets;
    r.onDuplicate = onDuplicate;
    r.dryRun = dryRun;
    return r;
}

ImportWizard::ImportWizard(RegisterDocument& document, QWidget* parent, const QString& path)
    : QWizard(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Assets from CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_setup.path = path;
    setPage(FilePageId, new ImportFilePage(*this));
    setPage(PreviewPageId, new ImportPreviewPage(*this));
    setPage(MappingPageId, new ImportMappingPage(*this));
    setPage(CheckPageId, new ImportCheckPage(*this));
    setPage(RunPageId, new ImportRunPage(*this));
    resize(900, 620);
}

QString ImportWizard::fileFilter()
{
    return tr("CSV files (*.csv *.txt *.tsv);;All files (*)");
}

bool ImportWizard::reloadPreview(QString* message)
{
    auto p = CsvPreview::read(m_setup.path, m_setup.encoding, m_setup.delimiter);
    if (!p) {
        if (message)
            *message = p.error().toString();
        return false;
    }
    m_setup.preview = std::move(*p);
    return true;
}

} // namespace daicho
