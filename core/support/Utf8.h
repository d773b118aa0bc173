#pragma once

#include <QByteArray>
#include <QStringView>

namespace daicho {

// Appends the UTF-8 of a text to a buffer, without the temporary QByteArray that
// QString::toUtf8() allocates (an import encodes some twenty texts a row). The bytes are
// exactly toUtf8()'s, a lone surrogate included.
void appendUtf8(QByteArray& out, QStringView text);

// Writes the UTF-8 of a text at `out`, which has room for 3 * text.size() bytes (the most a
// UTF-16 unit takes), and returns the end: exactly toUtf8()'s bytes, also for a lone surrogate.
// For callers that size a buffer once for many texts.
char* writeUtf8(char* out, QStringView text);

} // namespace daicho
