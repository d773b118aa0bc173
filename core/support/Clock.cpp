#include "Clock.h"

namespace daicho {
namespace {

class SystemClock final : public Clock
{
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
};

const SystemClock s_system;
const Clock* s_current = &s_system;

} // namespace

const Clock& Clock::current()
{
    return *s_current;
}

void Clock::install(const Clock* clock)
{
    s_current = clock ? clock : &s_system;
}

} // namespace daicho
