#pragma once

#include <QString>

namespace daicho {

// Writes one flat JSON object with keys in the order given. History snapshots are compared as
// text, so the same value must always produce the same bytes; this is also several times
// faster than building a QJsonObject for every row of a large import.
class JsonObjectWriter
{
public:
    JsonObjectWriter()
    {
        m_out.reserve(512);
        m_out += QLatin1Char('{');
    }

    JsonObjectWriter& add(QLatin1StringView key, const QString& value);
    JsonObjectWriter& add(QLatin1StringView key, qint64 value);
    JsonObjectWriter& add(QLatin1StringView key, int value) { return add(key, qint64(value)); }
    JsonObjectWriter& add(QLatin1StringView key, bool value);
    JsonObjectWriter& addNull(QLatin1StringView key);
    // A value that is already JSON (an array or object written elsewhere).
    JsonObjectWriter& addRaw(QLatin1StringView key, const QString& json);

    QString finish()
    {
        m_out += QLatin1Char('}');
        return std::move(m_out);
    }

    static void appendString(QString& out, const QString& value);

private:
    void key(QLatin1StringView k);
    QString m_out;
    bool m_first = true;
};

} // namespace daicho
