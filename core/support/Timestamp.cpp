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

namespace {

// The value of `count` ASCII digits at `from`, or -1.
int digits(QStringView t, qsizetype from, int count)
{
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = t[from + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        v = v * 10 + (c - u'0');
    }
    return v;
}

} // namespace

QDateTime parseUtcTimestamp(QStringView t)
{
    if (t.size() == 24 && t[4] == u'-' && t[7] == u'-' && t[10] == u'T' && t[13] == u':' &&
        t[16] == u':' && t[19] == u'.' && t[23] == u'Z') {
        const int y = digits(t, 0, 4), mo = digits(t, 5, 2), d = digits(t, 8, 2);
        const int h = digits(t, 11, 2), mi = digits(t, 14, 2), s = digits(t, 17, 2);
        const int ms = digits(t, 20, 3);
        const QDate date(y, mo, d);
        const QTime time(h, mi, s, ms);
        if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && s >= 0 && ms >= 0 &&
            date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    if (t.isEmpty())
        return {};
    return QDateTime::fromString(t.toString(), Qt::ISODateWithMs);
}

} // namespace daicho
