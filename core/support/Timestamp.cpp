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
        // Written digit by digit for years 1..9999 (QDateTime::toString went through the
        // time-zone and locale machinery for every row of an import); Qt's own form otherwise.
        constexpr qint64 msPerDay = 86400000;
        const qint64 day = ms >= 0 ? ms / msPerDay : -((-ms + msPerDay - 1) / msPerDay);
        const qint64 inDay = ms - day * msPerDay;
        const QDate date = QDate(1970, 1, 1).addDays(day);
        if (date.isValid() && date.year() >= 1 && date.year() <= 9999) {
            char16_t buf[24];
            auto put = [&buf](int at, qint64 value, int width) {
                for (int i = width - 1; i >= 0; --i) {
                    buf[at + i] = char16_t(u'0' + value % 10);
                    value /= 10;
                }
            };
            put(0, date.year(), 4);
            buf[4] = u'-';
            put(5, date.month(), 2);
            buf[7] = u'-';
            put(8, date.day(), 2);
            buf[10] = u'T';
            put(11, inDay / 3600000, 2);
            buf[13] = u':';
            put(14, inDay / 60000 % 60, 2);
            buf[16] = u':';
            put(17, inDay / 1000 % 60, 2);
            buf[19] = u'.';
            put(20, inDay % 1000, 3);
            buf[23] = u'Z';
            last = QString(reinterpret_cast<const QChar*>(buf), 24);
        } else {
            last = t.toUTC().toString(Qt::ISODateWithMs);
        }
        lastMs = ms;
    }
    return last;
}

QString isoDate(const QDate& d)
{
    if (!d.isValid() || d.year() < 1 || d.year() > 9999)
        return d.toString(Qt::ISODate);
    // A column of review dates repeats a few values: the last one is kept.
    thread_local QDate lastDate;
    thread_local QString last;
    if (d == lastDate)
        return last;
    char16_t buf[10];
    auto put = [&buf](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    last = QString(reinterpret_cast<const QChar*>(buf), 10);
    lastDate = d;
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
