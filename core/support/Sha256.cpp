#include "Sha256.h"

#include <openssl/evp.h>

namespace daicho {

Sha256::Sha256()
    : m_ctx(EVP_MD_CTX_new())
{
    if (!m_ctx || EVP_DigestInit_ex(m_ctx, EVP_sha256(), nullptr) != 1) {
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

} // namespace daicho
