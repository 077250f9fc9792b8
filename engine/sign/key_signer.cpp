// Reading keys and certificates with OpenSSL. Three failures read alike to
// OpenSSL and differently to a clerk: an encrypted key given no passphrase
// (ask for one), a wrong passphrase or a file that is no key (name the
// file), and a key that is not the certificate's (say so).
#include "engine/sign/key_signer.hpp"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include <cstring>

#include "engine/core/diagnostic.hpp"

namespace baocao::sign {

namespace {

class KeySigner : public Signer {
 public:
  std::string sign_digest(std::string_view digest) const override {
    std::unique_ptr<EVP_PKEY_CTX, OsslDeleter<EVP_PKEY_CTX_free>> ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    std::size_t n = 0;
    const auto* d = reinterpret_cast<const unsigned char*>(digest.data());
    if (!ctx || EVP_PKEY_sign_init(ctx.get()) != 1 ||
        EVP_PKEY_CTX_set_signature_md(ctx.get(), EVP_sha256()) != 1 ||
        EVP_PKEY_sign(ctx.get(), nullptr, &n, d, digest.size()) != 1) {
      ERR_clear_error();
      fail(ErrorFamily::output, MsgId::sign_failed, {"EVP_PKEY_sign"});
    }
    std::string out(n, '\0');
    if (EVP_PKEY_sign(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &n, d, digest.size()) != 1) {
      ERR_clear_error();
      fail(ErrorFamily::output, MsgId::sign_failed, {"EVP_PKEY_sign"});
    }
    out.resize(n);
    return out;
  }
  KeyPtr key;
};

[[noreturn]] void unreadable(const std::filesystem::path& file) {
  ERR_clear_error();
  fail(ErrorFamily::input, MsgId::sign_credentials_unreadable, {file.string()}, at_file(file.string()));
}

[[noreturn]] void passphrase_needed() {
  ERR_clear_error();
  fail(ErrorFamily::usage, MsgId::sign_pass_needed);
}

BioPtr open_file(const std::filesystem::path& file) {
  BioPtr bio(BIO_new_file(file.c_str(), "rb"));
  if (!bio) unreadable(file);
  return bio;
}

struct Passphrase {
  const std::string& text;
  bool asked = false;
};

// OpenSSL asks for a passphrase through this callback; answering from memory
// keeps it from prompting on the terminal itself.
int give_passphrase(char* buf, int size, int /*rwflag*/, void* user) noexcept {
  auto* pass = static_cast<Passphrase*>(user);
  pass->asked = true;
  int n = static_cast<int>(pass->text.size());
  if (n > size) return -1;
  std::memcpy(buf, pass->text.data(), static_cast<std::size_t>(n));
  return n;
}

void check_pair(const KeySigner& s, const std::filesystem::path& cert_file) {
  if (X509_check_private_key(s.cert.get(), s.key.get()) != 1) {
    ERR_clear_error();
    fail(ErrorFamily::input, MsgId::sign_key_mismatch, {cert_file.string()}, at_file(cert_file.string()));
  }
}

}  // namespace

std::shared_ptr<const Signer> load_pem(const std::filesystem::path& key, const std::filesystem::path& cert,
                                       const std::filesystem::path& chain, const std::string& passphrase) {
  auto s = std::make_shared<KeySigner>();
  {
    BioPtr bio = open_file(key);
    Passphrase pass{passphrase};
    s->key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, give_passphrase, &pass));
    if (!s->key && pass.asked && passphrase.empty()) passphrase_needed();
    if (!s->key) unreadable(key);
  }
  {
    BioPtr bio = open_file(cert);
    s->cert.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!s->cert) unreadable(cert);
  }
  if (!chain.empty()) {
    BioPtr bio = open_file(chain);
    while (X509* x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) s->chain.emplace_back(x);
    ERR_clear_error();  // the end of the file reads as an error
    if (s->chain.empty()) unreadable(chain);
  }
  check_pair(*s, cert);
  return s;
}

std::shared_ptr<const Signer> load_p12(const std::filesystem::path& p12, const std::string& passphrase) {
  BioPtr bio = open_file(p12);
  std::unique_ptr<PKCS12, OsslDeleter<PKCS12_free>> pkcs12(d2i_PKCS12_bio(bio.get(), nullptr));
  if (!pkcs12) unreadable(p12);
  // A file protected by a passphrase fails its MAC with an empty one (and
  // with none: two conventions exist for "no passphrase").
  if (passphrase.empty() && PKCS12_mac_present(pkcs12.get()) && PKCS12_verify_mac(pkcs12.get(), "", 0) != 1 &&
      PKCS12_verify_mac(pkcs12.get(), nullptr, 0) != 1)
    passphrase_needed();
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* ca = nullptr;
  if (PKCS12_parse(pkcs12.get(), passphrase.c_str(), &key, &cert, &ca) != 1) unreadable(p12);
  auto s = std::make_shared<KeySigner>();
  s->key.reset(key);
  s->cert.reset(cert);
  X509StackPtr cas(ca);
  if (cas)
    while (sk_X509_num(cas.get()) > 0) s->chain.emplace_back(sk_X509_shift(cas.get()));
  if (!s->key || !s->cert) unreadable(p12);
  check_pair(*s, p12);
  return s;
}

}  // namespace baocao::sign
