#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>

#include <optional>

struct evp_md_ctx_st;

namespace daicho {

// SHA-256 through OpenSSL's libcrypto (SHA extensions where the processor has them: several
// times faster than QCryptographicHash; an import hashes its whole file and one history entry
// per row). Falls back to QCryptographicHash if libcrypto cannot give a context; both give the
// same digest.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void add(QByteArrayView bytes);
    // The digest (32 bytes) of everything added so far; more may be added after.
    QByteArray result() const;
    QByteArray hex() const { return result().toHex(); }

    // The digest of one piece of bytes, in one call (a history entry's hash).
    static QByteArray of(QByteArrayView bytes);
    // The same digest as 64 lower-case hex digits (as QByteArray::toHex writes it), made
    // without the intermediate digest array: an import hashes one entry a row.
    static QByteArray hexOf(QByteArrayView bytes);

private:
    evp_md_ctx_st* m_ctx = nullptr;
    std::optional<QCryptographicHash> m_fallback;
};

} // namespace daicho
