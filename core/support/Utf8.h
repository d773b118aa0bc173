#pragma once

#include <QByteArray>
#include <QStringView>

namespace daicho {

// Appends the UTF-8 of a text to a buffer, without the temporary QByteArray that
// QString::toUtf8() allocates (an import encodes some twenty texts a row). The bytes are
// exactly toUtf8()'s, a lone surrogate included.
void appendUtf8(QByteArray& out, QStringView text);

} // namespace daicho
