#include "Sha256.h"

#include <openssl/evp.h>

namespace daicho {

namespace {

// Fetched once: OpenSSL 3 otherwise looks the algorithm up again at every initialisation,
// which costs more than hashing a history entry.
const EVP_MD* sha256Md()
{
    static EVP_MD* md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

} // namespace

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    const EVP_MD* md = sha256Md();
    if (!m_ctx || !md || EVP_DigestInit_ex(m_ctx, md, nullptr) != 1) {
        EVP_MD_CTX_free(m_ctx);
        m_ctx = nullptr;
        m_fallback.emplace(QCryptographicHash::Sha256);
    }
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_ctx);
}

void Sha256::add(QByteArrayView bytes)
{
    if (m_ctx)
        EVP_DigestUpdate(m_ctx, bytes.data(), size_t(bytes.size()));
    else
        m_fallback->addData(bytes);
}

QByteArray Sha256::result() const
{
    if (!m_ctx)
        return m_fallback->result();
    // Finish a copy, so the running state stays open.
    EVP_MD_CTX* copy = EVP_MD_CTX_new();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    const bool ok = copy && EVP_MD_CTX_copy_ex(copy, m_ctx) == 1 &&
                    EVP_DigestFinal_ex(copy, digest, &size) == 1;
    EVP_MD_CTX_free(copy);
    if (!ok)
        return {};
    return QByteArray(reinterpret_cast<const char*>(digest), qsizetype(size));
}

namespace {

// One piece's digest through a context kept per thread (EVP_Digest allocates and frees one per
// call). False when libcrypto cannot.
bool digestOf(QByteArrayView bytes, unsigned char* digest, unsigned int* size)
{
    struct Context
    {
        EVP_MD_CTX* ctx = EVP_MD_CTX_new();
        ~Context() { EVP_MD_CTX_free(ctx); }
    };
    thread_local Context c;
    const EVP_MD* md = sha256Md();
    return c.ctx && md && EVP_DigestInit_ex(c.ctx, md, nullptr) == 1 &&
           EVP_DigestUpdate(c.ctx, bytes.data(), size_t(bytes.size())) == 1 &&
           EVP_DigestFinal_ex(c.ctx, digest, size) == 1;
}

} // namespace

QByteArray Sha256::of(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (digestOf(bytes, digest, &size))
        return QByteArray(reinterpret_cast<const char*>(digest), qsizetype(size));
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray Sha256::hexOf(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (!digestOf(bytes, digest, &size))
        return of(bytes).toHex();
    QByteArray hex(2 * qsizetype(size), Qt::Uninitialized);
    char* p = hex.data();
    for (unsigned int i = 0; i < size; ++i) {
        *p++ = "0123456789abcdef"[digest[i] >> 4];
        *p++ = "0123456789abcdef"[digest[i] & 0xf];
    }
    return hex;
}

} // namespace daicho
