// See signer.hpp.
#include "engine/sign/signer.hpp"

#include <openssl/ec.h>
#include <openssl/err.h>

#include "engine/core/diagnostic.hpp"

namespace baocao::sign {

std::string sha256(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1)
    fail(ErrorFamily::output, MsgId::sign_failed, {"EVP_Digest"});
  return std::string(reinterpret_cast<char*>(md), len);
}

bool signature_matches(const X509* cert, std::string_view digest, std::string_view signature) {
  EVP_PKEY* key = X509_get0_pubkey(cert);  // owned by the certificate
  if (!key) return false;
  std::unique_ptr<EVP_PKEY_CTX, OsslDeleter<EVP_PKEY_CTX_free>> ctx(EVP_PKEY_CTX_new(key, nullptr));
  bool ok =
      ctx && EVP_PKEY_verify_init(ctx.get()) == 1 &&
      EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) == 1 &&
      EVP_PKEY_verify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                      reinterpret_cast<const unsigned char*>(digest.data()), digest.size()) == 1;
  ERR_clear_error();
  return ok;
}

std::string ecdsa_raw_to_der(std::string_view raw) {
  if (raw.empty() || raw.size() % 2 != 0) fail(ErrorFamily::output, MsgId::sign_failed, {"ECDSA signature"});
  const int half = static_cast<int>(raw.size() / 2);
  const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
  std::unique_ptr<ECDSA_SIG, OsslDeleter<ECDSA_SIG_free>> sig(ECDSA_SIG_new());
  BIGNUM* r = BN_bin2bn(p, half, nullptr);
  BIGNUM* s = BN_bin2bn(p + half, half, nullptr);
  if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    fail(ErrorFamily::output, MsgId::sign_failed, {"ECDSA_SIG"});
  }
  unsigned char* der = nullptr;
  int n = i2d_ECDSA_SIG(sig.get(), &der);
  if (n <= 0) fail(ErrorFamily::output, MsgId::sign_failed, {"i2d_ECDSA_SIG"});
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
  OPENSSL_free(der);
  return out;
}

}  // namespace baocao::sign
