#include "Actor.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace daicho {

namespace {
QString& overrideName()
{
    static QString name;
    return name;
}

QString osUser()
{
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}
} // namespace

QString Actor::current()
{
    if (!overrideName().isEmpty())
        return overrideName();
    static const QString user = osUser();
    return user;
}

void Actor::setOverride(const QString& name)
{
    overrideName() = name;
}

} // namespace daicho
