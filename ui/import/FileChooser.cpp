#include "FileChooser.h"

#include <QFileDialog>

#include <optional>

namespace daicho {

namespace {
std::optional<std::pair<QString, QString>> g_next;
} // namespace

void FileChooser::setNextAnswer(const QString& path, const QString& filter)
{
    g_next = std::pair{path, filter};
}

bool FileChooser::takeAnswer(QString* path, QString* filter)
{
    if (!g_next)
        return false;
    *path = g_next->first;
    if (filter && !g_next->second.isEmpty())
        *filter = g_next->second;
    g_next.reset();
    return true;
}

QString FileChooser::open(QWidget* parent, const QString& title, const QString& filter)
{
    QString path;
    if (takeAnswer(&path, nullptr))
        return path;
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileChooser::save(QWidget* parent, const QString& title, const QString& suggestion,
                          const QString& filter, QString* selectedFilter)
{
    QString path;
    if (takeAnswer(&path, selectedFilter))
        return path;
    return QFileDialog::getSaveFileName(parent, title, suggestion, filter, selectedFilter);
}

} // namespace daicho
