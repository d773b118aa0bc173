#include "support/TestSupport.h"
#include "support/Timestamp.h"

#include <QTimeZone>

using namespace daicho;

TEST_CASE("stored timestamps read back exactly, fast or not", "[core][timestamp]")
{
    const QDateTime t(QDate(2026, 4, 1), QTime(9, 5, 7, 42), Qt::UTC);
    const QString stored = utcTimestamp(t);
    CHECK(stored == QStringLiteral("2026-04-01T09:05:07.042Z"));
    CHECK(parseUtcTimestamp(stored) == t);
    CHECK(parseUtcTimestamp(stored).timeSpec() == Qt::UTC);

    struct Case
    {
        const char* text;
        QDateTime expected;
    };
    const std::vector<Case> cases{
        {"2026-02-29T00:00:00.000Z", QDateTime()}, // no such day: invalid, not a guess
        {"2024-02-29T23:59:59.999Z",
         QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC)},
        {"2026-04-01T09:05:07Z", QDateTime(QDate(2026, 4, 1), QTime(9, 5, 7), Qt::UTC)},
        {"2026-04-01T18:05:07.000+09:00", QDateTime(QDate(2026, 4, 1), QTime(9, 5, 7), Qt::UTC)},
        {"", QDateTime()},
        {"yesterday", QDateTime()},
        {"2026-0A-01T09:05:07.042Z", QDateTime()},
    };
    for (const Case& c : cases) {
        INFO(c.text);
        const QDateTime got = parseUtcTimestamp(QString::fromLatin1(c.text));
        CHECK(got.isValid() == c.expected.isValid());
        if (c.expected.isValid())
            CHECK(got.toMSecsSinceEpoch() == c.expected.toMSecsSinceEpoch());
    }
}

TEST_CASE("stored timestamps are written exactly as Qt's ISO form", "[core][timestamp]")
{
    // utcTimestamp writes the digits itself; Qt's own form is the reference.
    std::vector<QDateTime> moments{
        QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(QDate(1969, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(1, 1, 1), QTime(0, 0, 0, 1), Qt::UTC),
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0, 5), Qt::UTC),
        QDateTime(QDate(2026, 4, 1), QTime(18, 5, 7, 42), QTimeZone(9 * 3600)),
        QDateTime(QDate(1900, 3, 1), QTime(1, 2, 3, 4), Qt::UTC),
    };
    for (qint64 ms = -5'000'000'000'000; ms < 5'000'000'000'000; ms += 37'123'456'789)
        moments.push_back(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    for (const QDateTime& t : moments) {
        INFO(t.toMSecsSinceEpoch());
        CHECK(utcTimestamp(t) == t.toUTC().toString(Qt::ISODateWithMs));
    }
    CHECK(utcTimestamp(QDateTime()).isEmpty());
}

TEST_CASE("stored dates are written exactly as Qt's ISO form", "[core][timestamp]")
{
    for (const QDate& d :
         {QDate(1, 1, 1), QDate(9999, 12, 31), QDate(2027, 4, 1), QDate(2024, 2, 29),
          QDate(999, 10, 9), QDate(-5, 1, 1), QDate(10000, 1, 1), QDate()}) {
        INFO(d.toJulianDay());
        CHECK(isoDate(d) == d.toString(Qt::ISODate));
    }
    for (qint64 jd = QDate(1600, 1, 1).toJulianDay(); jd < QDate(2400, 1, 1).toJulianDay();
         jd += 97) {
        const QDate d = QDate::fromJulianDay(jd);
        CHECK(isoDate(d) == d.toString(Qt::ISODate));
    }
}
