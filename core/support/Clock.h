#pragma once

#include <QDate>
#include <QDateTime>

namespace daicho {

// The time as Daicho sees it. Tests install a fixed clock so that "overdue", timestamps and
// history entries are reproducible.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    QDate today() const { return nowUtc().toLocalTime().date(); }

    static const Clock& current();
    // Replaces the clock; nullptr restores the system clock (tests only).
    static void install(const Clock* clock);
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime t)
        : m_t(std::move(t))
    {}
    QDateTime nowUtc() const override { return m_t; }
    void set(QDateTime t) { m_t = std::move(t); }
    void advanceSecs(qint64 s) { m_t = m_t.addSecs(s); }

private:
    QDateTime m_t;
};

} // namespace daicho
