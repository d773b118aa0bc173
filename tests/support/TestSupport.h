#pragma once

#include "domain/Asset.h"
#include "support/Clock.h"

#include <QByteArray>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

// Catch2 prints QStrings in failure messages.
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << '"' << s.toStdString() << '"';
}

namespace daicho::test {

// Installs a fixed clock for the lifetime of the object.
class ClockGuard
{
public:
    explicit ClockGuard(const QDateTime& t = QDateTime(QDate(2026, 4, 1), QTime(9, 0), Qt::UTC))
        : m_clock(t)
    {
        Clock::install(&m_clock);
    }
    ~ClockGuard() { Clock::install(nullptr); }
    FixedClock& clock() { return m_clock; }

private:
    FixedClock m_clock;
};

inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

inline Asset makeAsset(const QString& code, AssetClass cls = AssetClass::Internal,
                       AssetSubtype sub = AssetSubtype::Data, int c = 1, int i = 1, int a = 1)
{
    Asset x;
    x.code = code;
    x.name = QStringLiteral("Asset ") + code;
    x.assetClass = cls;
    x.subtype = sub;
    x.confidentiality = c;
    x.integrity = i;
    x.availability = a;
    return x;
}

} // namespace daicho::test
