#include "Timestamp.h"

#include <limits>

namespace daicho {

QString utcTimestamp(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    thread_local qint64 lastMs = std::numeric_limits<qint64>::min();
    thread_local QString last;
    const qint64 ms = t.toMSecsSinceEpoch();
    if (ms != lastMs) {
        last = t.toUTC().toString(Qt::ISODateWithMs);
        lastMs = ms;
    }
    return last;
}

} // namespace daicho
