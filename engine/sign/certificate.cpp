// See certificate.hpp.
#include "engine/sign/certificate.hpp"

#include <openssl/err.h>
#include <openssl/pem.h>

#include <cstdio>
#include <ctime>

#include "engine/core/diagnostic.hpp"

namespace baocao::sign {

namespace {

std::string name_entry(const X509* cert, int nid) {
  const X509_NAME* name = X509_get_subject_name(cert);
  int i = X509_NAME_get_index_by_NID(name, nid, -1);
  if (i < 0) return {};
  ASN1_STRING* data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i));
  unsigned char* utf8 = nullptr;
  int n = ASN1_STRING_to_UTF8(&utf8, data);
  if (n < 0) return {};
  std::string out(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(n));
  OPENSSL_free(utf8);
  return out;
}

}  // namespace

std::string vietnam_time_text(const ASN1_TIME* t) {
  std::tm tm{};
  if (!t || ASN1_TIME_to_tm(t, &tm) != 1) return "?";
  std::time_t local = timegm(&tm) + 7 * 3600;
  gmtime_r(&local, &tm);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d:%02d", tm.tm_mday, tm.tm_mon + 1,
                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string common_name(const X509* cert) {
  std::string cn = name_entry(cert, NID_commonName);
  if (!cn.empty()) return cn;
  char buf[512];
  X509_NAME_oneline(X509_get_subject_name(cert), buf, sizeof buf);
  return buf;
}

std::string organization(const X509* cert) {
  return name_entry(cert, NID_organizationName);
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

std::string serial_hex(const X509* cert) {
  std::unique_ptr<BIGNUM, OsslDeleter<BN_free>> bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert), nullptr));
  if (!bn) return "?";
  char* hex = BN_bn2hex(bn.get());
  std::string out = hex ? hex : "?";
  OPENSSL_free(hex);
  return out;
}

std::string not_before_text(const X509* cert) {
  return vietnam_time_text(X509_get0_notBefore(cert));
}
std::string not_after_text(const X509* cert) {
  return vietnam_time_text(X509_get0_notAfter(cert));
}

Validity validity_at(const X509* cert, long long unix_seconds) {
  std::time_t t = static_cast<std::time_t>(unix_seconds);
  if (X509_cmp_time(X509_get0_notBefore(cert), &t) > 0) return Validity::not_yet_valid;
  if (X509_cmp_time(X509_get0_notAfter(cert), &t) < 0) return Validity::expired;
  return Validity::valid;
}

std::string to_der(const X509* cert) {
  unsigned char* der = nullptr;
  int n = i2d_X509(cert, &der);
  if (n <= 0) fail(ErrorFamily::output, MsgId::sign_failed, {"i2d_X509"});
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
  OPENSSL_free(der);
  return out;
}

std::string to_pem(const X509* cert) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
    fail(ErrorFamily::output, MsgId::sign_failed, {"PEM_write_bio_X509"});
  char* data = nullptr;
  long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(n));
}

X509Ptr x509_from_bytes(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  X509Ptr x(d2i_X509(nullptr, &p, static_cast<long>(bytes.size())));
  if (!x) {
    BioPtr bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
    if (bio) x.reset(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
  }
  ERR_clear_error();
  return x;
}

std::vector<X509Ptr> read_pem_certificates(const std::string& file) {
  std::vector<X509Ptr> out;
  BioPtr bio(BIO_new_file(file.c_str(), "rb"));
  if (bio)
    while (X509* x = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) out.emplace_back(x);
  ERR_clear_error();  // the end of the file reads as an error
  if (out.empty()) fail(ErrorFamily::input, MsgId::sign_credentials_unreadable, {file}, at_file(file));
  return out;
}

}  // namespace baocao::sign
