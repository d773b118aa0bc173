#include "Result.h"

namespace daicho {

QString Error::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0)
            out += QLatin1Char(':') + QString::number(line);
        out += QLatin1String(": ");
    } else if (line > 0) {
        out += QString::number(line) + QLatin1String(": ");
    }
    if (!field.isEmpty())
        out += QLatin1String("column ") + field + QLatin1String(": ");
    out += message;
    return out;
}

} // namespace daicho
