#include "support/TestSupport.h"
#include "support/Timestamp.h"

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
