// Reading keys and certificates with OpenSSL. A wrong passphrase and a wrong
// format read the same to a clerk, so both give one message naming the file.
#include "engine/sign/credentials.hpp"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>

#include <cstring>

#include "engine/core/diagnostic.hpp"

namespace baocao::sign {

namespace {

[[noreturn]] void unreadable(const std::filesystem::path& file) {
  ERR_clear_error();
  fail(ErrorFamily::input, MsgId::sign_credentials_unreadable, {file.string()}, at_file(file.string()));
}

BioPtr open_file(const std::filesystem::path& file) {
  BioPtr bio(BIO_new_file(file.c_str(), "rb"));
  if (!bio) unreadable(file);
  return bio;
}

// OpenSSL asks for a passphrase through this callback; answering from memory
// keeps it from prompting on the terminal itself.
int give_passphrase(char* buf, int size, int /*rwflag*/, void* user) noexcept {
  const auto* pass = static_cast<const std::string*>(user);
  int n = static_cast<int>(pass->size());
  if (n > size) return -1;
  std::memcpy(buf, pass->data(), static_cast<std::size_t>(n));
  return n;
}

void check_pair(const Credentials& c, const std::filesystem::path& cert_file) {
  if (X509_check_private_key(c.cert.get(), c.key.get()) != 1) {
    ERR_clear_error();
    fail(ErrorFamily::input, MsgId::sign_key_mismatch, {cert_file.string()}, at_file(cert_file.string()));
  }
}

}  // namespace

Credentials load_pem(const std::filesystem::path& key, const std::filesystem::path& cert,
                     const std::filesystem::path& chain, const std::string& passphrase) {
  Credentials c;
  {
    BioPtr bio = open_file(key);
    std::string pass = passphrase;
    c.key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, give_passphrase, &pass));
    if (!c.key) unreadable(key);
  }
  {
    BioPtr bio = open_file(cert);
    c.cert.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    if (!c.cert) unreadable(cert);
  }
  if (!chain.empty()) {
    BioPtr bio = open_file(chain);
    while (X509* x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) c.chain.emplace_back(x);
    ERR_clear_error();  // the end of the file reads as an error
    if (c.chain.empty()) unreadable(chain);
  }
  check_pair(c, cert);
  return c;
}

Credentials load_p12(const std::filesystem::path& p12, const std::string& passphrase) {
  BioPtr bio = open_file(p12);
  std::unique_ptr<PKCS12, OsslDeleter<PKCS12_free>> pkcs12(d2i_PKCS12_bio(bio.get(), nullptr));
  if (!pkcs12) unreadable(p12);
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* ca = nullptr;
  if (PKCS12_parse(pkcs12.get(), passphrase.c_str(), &key, &cert, &ca) != 1) unreadable(p12);
  Credentials c;
  c.key.reset(key);
  c.cert.reset(cert);
  X509StackPtr cas(ca);
  if (cas)
    while (sk_X509_num(cas.get()) > 0) c.chain.emplace_back(sk_X509_shift(cas.get()));
  if (!c.key || !c.cert) unreadable(p12);
  check_pair(c, p12);
  return c;
}

std::string common_name(const X509* cert) {
  const X509_NAME* name = X509_get_subject_name(cert);
  int i = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
  if (i >= 0) {
    ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i));
    unsigned char* utf8 = nullptr;
    int n = ASN1_STRING_to_UTF8(&utf8, data);
    if (n >= 0) {
      std::string out(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(n));
      OPENSSL_free(utf8);
      return out;
    }
  }
  char buf[512];
  X509_NAME_oneline(name, buf, sizeof buf);
  return buf;
}

std::string cert_sha256(const X509* cert) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (X509_digest(cert, EVP_sha256(), md, &n) != 1)
    fail(ErrorFamily::output, MsgId::sign_failed, {"X509_digest"});
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned int i = 0; i < n; ++i) out += {kHex[md[i] >> 4], kHex[md[i] & 15]};
  return out;
}

}  // namespace baocao::sign
