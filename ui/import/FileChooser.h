#pragma once

#include <QString>

class QWidget;

namespace daicho {

// File dialogs of the import and export, with a hook so tests can answer them.
class FileChooser
{
public:
    static QString open(QWidget* parent, const QString& title, const QString& filter);
    // `selectedFilter` in: the filter to preselect; out: the one chosen.
    static QString save(QWidget* parent, const QString& title, const QString& suggestion,
                        const QString& filter, QString* selectedFilter = nullptr);

    // The next dialog returns this at once (empty string: as if cancelled), with this filter.
    static void setNextAnswer(const QString& path, const QString& filter = {});

private:
    static bool takeAnswer(QString* path, QString* filter);
};

} // namespace daicho
