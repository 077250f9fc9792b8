// See timestamp.hpp. The request asks for the TSA certificate in the token
// and carries a random nonce, which the answer must echo.
#include "engine/sign/timestamp.hpp"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>
#include <Poco/URI.h>
#include <openssl/err.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/ossl_handles.hpp"

namespace baocao::sign {

namespace {

using TsReqPtr = std::unique_ptr<TS_REQ, OsslDeleter<TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, OsslDeleter<TS_RESP_free>>;
using ImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OsslDeleter<TS_MSG_IMPRINT_free>>;
using AlgPtr = std::unique_ptr<X509_ALGOR, OsslDeleter<X509_ALGOR_free>>;
using IntPtr = std::unique_ptr<ASN1_INTEGER, OsslDeleter<ASN1_INTEGER_free>>;
using BnPtr = std::unique_ptr<BIGNUM, OsslDeleter<BN_free>>;

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

std::string post(const std::string& url, const std::string& body) {
  Poco::URI uri(url);
  Poco::Net::HTTPClientSession session(uri.getHost(), uri.getPort());
  session.setTimeout(Poco::Timespan(30, 0));
  Poco::Net::HTTPRequest req(Poco::Net::HTTPRequest::HTTP_POST,
                             uri.getPathAndQuery().empty() ? "/" : uri.getPathAndQuery(),
                             Poco::Net::HTTPMessage::HTTP_1_1);
  req.setContentType("application/timestamp-query");
  req.setContentLength(static_cast<std::streamsize>(body.size()));
  session.sendRequest(req) << body;
  Poco::Net::HTTPResponse resp;
  std::istream& in = session.receiveResponse(resp);
  std::ostringstream s;
  Poco::StreamCopier::copyStream(in, s);
  if (resp.getStatus() != Poco::Net::HTTPResponse::HTTP_OK)
    throw std::runtime_error("HTTP " + std::to_string(static_cast<int>(resp.getStatus())));
  return s.str();
}

std::string timestamp_token(const std::string& url, std::string_view signature_value) {
  auto refuse = [&](const std::string& why) -> std::string {
    ERR_clear_error();
    fail(ErrorFamily::output, MsgId::sign_tsa_failed, {url, why});
  };
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int md_len = 0;
  EVP_Digest(signature_value.data(), signature_value.size(), md, &md_len, EVP_sha256(), nullptr);
  std::string digest(reinterpret_cast<char*>(md), md_len);
  BnPtr bn(BN_new());
  if (!bn || BN_rand(bn.get(), 64, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1) return refuse("nonce");
  IntPtr nonce(BN_to_ASN1_INTEGER(bn.get(), nullptr));
  std::string req = request_der(digest, nonce.get());
  if (req.empty()) return refuse("request");

  std::string answer;
  try {
    answer = post(url, req);
  } catch (const Poco::Exception& e) {
    return refuse(e.displayText());
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
  unsigned char* der = nullptr;
  int len = i2d_PKCS7(token, &der);
  if (len <= 0) return refuse("token");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

}  // namespace

Timestamper tsa_timestamper(const std::string& url) {
  return [url](std::string_view signature_value) { return timestamp_token(url, signature_value); };
}

}  // namespace baocao::sign
