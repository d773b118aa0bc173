#pragma once

#include <QByteArray>
#include <QString>

namespace daicho {

// Writes one flat JSON object with keys in the order given. History snapshots are compared as
// text, so the same value must always produce the same bytes; this is also several times
// faster than building a QJsonObject for every row of a large import. Written as UTF-8, the
// form the history stores (finishUtf8()), so an import's snapshots are never converted.
class JsonObjectWriter
{
public:
    JsonObjectWriter()
    {
        m_out.reserve(768);
        m_out += '{';
    }
    // The rest of an object whose first members are written elsewhere: starts with the comma
    // before the first key given here, and finish() closes the object.
    struct Continuation
    {};
    explicit JsonObjectWriter(Continuation)
        : m_first(false)
    {
        m_out.reserve(768);
    }

    JsonObjectWriter& add(QLatin1StringView key, const QString& value);
    JsonObjectWriter& add(QLatin1StringView key, qint64 value);
    JsonObjectWriter& add(QLatin1StringView key, int value) { return add(key, qint64(value)); }
    JsonObjectWriter& add(QLatin1StringView key, bool value);
    JsonObjectWriter& addNull(QLatin1StringView key);
    // A value that is already JSON (an array or object written elsewhere).
    JsonObjectWriter& addRaw(QLatin1StringView key, const QString& json);

    QString finish() { return QString::fromUtf8(finishUtf8()); }
    QByteArray finishUtf8()
    {
        m_out += '}';
        return std::move(m_out);
    }

    // A JSON string literal, quotes included.
    static void appendString(QString& out, const QString& value);
    static void appendString(QByteArray& utf8, QStringView value);
    // The same literal for text already in UTF-8 (only ASCII is ever escaped, so the bytes are
    // appendString()'s for the text they encode).
    static void appendStringUtf8(QByteArray& utf8, QByteArrayView text);
    // The same literal written at `p`, which has room for 6 * text.size() + 2 bytes (the
    // most it can take); returns where it ends. For callers that size a whole object at once.
    static char* writeStringUtf8(char* p, QByteArrayView text);

private:
    void key(QLatin1StringView k);
    QByteArray m_out;
    bool m_first = true;
};

} // namespace daicho
