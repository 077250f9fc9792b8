// See timestamp.hpp. The request asks for the TSA certificate in the token
// and carries a random nonce, which the answer must echo.
#include "engine/sign/timestamp.hpp"

#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/http_fetch.hpp"
#include "engine/sign/ossl_handles.hpp"

namespace baocao::sign {

namespace {

using TsReqPtr = std::unique_ptr<TS_REQ, OsslDeleter<TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, OsslDeleter<TS_RESP_free>>;
using ImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OsslDeleter<TS_MSG_IMPRINT_free>>;
using AlgPtr = std::unique_ptr<X509_ALGOR, OsslDeleter<X509_ALGOR_free>>;
using IntPtr = std::unique_ptr<ASN1_INTEGER, OsslDeleter<ASN1_INTEGER_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OsslDeleter<BN_free>>;
using Pkcs7Ptr = std::unique_ptr<PKCS7, OsslDeleter<PKCS7_free>>;
using TstInfoPtr = std::unique_ptr<TS_TST_INFO, OsslDeleter<TS_TST_INFO_free>>;

std::string request_der(const std::string& digest, const ASN1_INTEGER* nonce) {
  TsReqPtr req(TS_REQ_new());
  ImprintPtr imprint(TS_MSG_IMPRINT_new());
  AlgPtr alg(X509_ALGOR_new());
  if (!req || !imprint || !alg) return {};
  X509_ALGOR_set0(alg.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr);
  TS_MSG_IMPRINT_set_algo(imprint.get(), alg.get());
  TS_MSG_IMPRINT_set_msg(imprint.get(), reinterpret_cast<unsigned char*>(const_cast<char*>(digest.data())),
                         static_cast<int>(digest.size()));
  TS_REQ_set_version(req.get(), 1);
  TS_REQ_set_msg_imprint(req.get(), imprint.get());
  TS_REQ_set_nonce(req.get(), nonce);
  TS_REQ_set_cert_req(req.get(), 1);
  unsigned char* der = nullptr;
  int len = i2d_TS_REQ(req.get(), &der);
  if (len <= 0) return {};
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

std::string openssl_reason() {
  unsigned long e = ERR_get_error();
  ERR_clear_error();
  const char* r = e ? ERR_reason_error_string(e) : nullptr;
  return r ? r : "?";
}

// The token's signature, and its signer's certificate: the timeStamping
// purpose and a chain to `ca_file` (or the system's roots).
void check_token_signer(const TsaOptions& tsa, PKCS7* token) {
  StorePtr store(X509_STORE_new());
  bool loaded = store && (tsa.ca_file.empty() ? X509_STORE_set_default_paths(store.get()) == 1
                                              : X509_STORE_load_file(store.get(), tsa.ca_file.c_str()) == 1);
  if (!loaded) {
    ERR_clear_error();
    fail(ErrorFamily::input, MsgId::sign_credentials_unreadable, {tsa.ca_file}, at_file(tsa.ca_file));
  }
  X509* signer = nullptr;
  if (TS_RESP_verify_signature(token, nullptr, store.get(), &signer) != 1) {
    std::string why = openssl_reason();
    X509_free(signer);
    fail(ErrorFamily::output, MsgId::sign_tsa_untrusted, {tsa.url, why});
  }
  X509_free(signer);
}

}  // namespace

std::string timestamp_token(const TsaOptions& tsa, std::string_view digest_view) {
  const std::string digest(digest_view);
  auto refuse = [&](const std::string& why) -> std::string {
    ERR_clear_error();
    fail(ErrorFamily::output, MsgId::sign_tsa_failed, {tsa.url, why});
  };
  BnPtr bn(BN_new());
  if (!bn || BN_rand(bn.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1) return refuse("nonce");
  IntPtr nonce(BN_to_ASN1_INTEGER(bn.get(), nullptr));
  std::string req = request_der(digest, nonce.get());
  if (req.empty()) return refuse("request");

  std::string answer;
  try {
    answer = http_post(tsa.url, "application/timestamp-query", req);
  } catch (const std::exception& e) {
    return refuse(e.what());
  }
  const auto* p = reinterpret_cast<const unsigned char*>(answer.data());
  TsRespPtr resp(d2i_TS_RESP(nullptr, &p, static_cast<long>(answer.size())));
  if (!resp) return refuse("not a time-stamp response");
  long status = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get())));
  if (status != 0 && status != 1) return refuse("status " + std::to_string(status));
  TS_TST_INFO* info = TS_RESP_get_tst_info(resp.get());
  PKCS7* token = TS_RESP_get_token(resp.get());
  if (!info || !token) return refuse("no token");
  ASN1_OCTET_STRING* got = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info));
  if (!got || std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(got)),
                          static_cast<std::size_t>(ASN1_STRING_length(got))) != digest)
    return refuse("imprint mismatch");
  const ASN1_INTEGER* echoed = TS_TST_INFO_get_nonce(info);
  if (!echoed || ASN1_INTEGER_cmp(echoed, nonce.get()) != 0) return refuse("nonce mismatch");
  check_token_signer(tsa, token);
  unsigned char* der = nullptr;
  int len = i2d_PKCS7(token, &der);
  if (len <= 0) return refuse("token");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

Timestamper tsa_timestamper(const TsaOptions& tsa) {
  return [tsa](std::string_view signature_value) { return timestamp_token(tsa, sha256(signature_value)); };
}

std::string token_time(std::string_view der) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  Pkcs7Ptr token(d2i_PKCS7(nullptr, &p, static_cast<long>(der.size())));
  TstInfoPtr info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
  ERR_clear_error();
  return info ? vietnam_time_text(TS_TST_INFO_get_time(info.get())) : std::string();
}

}  // namespace baocao::sign
