#pragma once

#include <QString>

namespace daicho {

// Who is making a change, for the change history: the operating-system user.
class Actor
{
public:
    static QString current();
    // Tests (and a future shared register with its own login) may set the name explicitly;
    // an empty name restores the OS user.
    static void setOverride(const QString& name);
};

} // namespace daicho
