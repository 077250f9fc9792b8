// CMS the long way round. OpenSSL 3.0's CMS_final adds signingTime whenever
// there are signed attributes and no flag stops it (LIBRARY-FACTS.md), so the
// signed attributes are assembled and signed here: DER-encoded as a sorted
// SET OF, signed with EVP_DigestSign, stored in the SignerInfo.
#include "engine/sign/cms.hpp"

#include <openssl/err.h>
#include <openssl/pkcs7.h>

#include "engine/core/diagnostic.hpp"

namespace baocao::sign {

namespace {

[[noreturn]] void failed(const char* what) {
  std::string detail = what;
  if (unsigned long e = ERR_get_error()) {
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    detail += std::string(": ") + buf;
  }
  ERR_clear_error();
  fail(ErrorFamily::output, MsgId::sign_failed, {detail});
}

std::string sha256(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), md, &len, EVP_sha256(), nullptr) != 1) failed("EVP_Digest");
  return std::string(reinterpret_cast<char*>(md), len);
}

void free_attr_stack(STACK_OF(X509_ATTRIBUTE) * s) {
  sk_X509_ATTRIBUTE_free(s);
}
using AttrStack = std::unique_ptr<STACK_OF(X509_ATTRIBUTE), OsslDeleter<free_attr_stack>>;

// The DER of the signed attributes as the signature covers them.
std::string signed_attributes_der(CMS_SignerInfo* si) {
  AttrStack attrs(sk_X509_ATTRIBUTE_new_null());  // borrows the SignerInfo's attributes
  if (!attrs) failed("sk_X509_ATTRIBUTE_new_null");
  for (int i = 0; i < CMS_signed_get_attr_count(si); ++i)
    sk_X509_ATTRIBUTE_push(attrs.get(), CMS_signed_get_attr(si, i));
  unsigned char* der = nullptr;
  int len = ASN1_item_i2d(reinterpret_cast<ASN1_VALUE*>(attrs.get()), &der, ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
  if (len <= 0) failed("ASN1_item_i2d");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

}  // namespace

std::string make_cms(std::string_view signed_bytes, const Credentials& c, const Timestamper& timestamp) {
  CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_DETACHED | CMS_BINARY | CMS_PARTIAL));
  if (!cms) failed("CMS_sign");
  CMS_SignerInfo* si = CMS_add1_signer(cms.get(), c.cert.get(), c.key.get(), EVP_sha256(),
                                       CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES);
  if (!si) failed("CMS_add1_signer");
  for (const X509Ptr& x : c.chain)
    if (CMS_add1_cert(cms.get(), x.get()) != 1) failed("CMS_add1_cert");

  if (CMS_signed_get_attr_by_NID(si, NID_pkcs9_contentType, -1) < 0 &&
      CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data),
                                  -1) != 1)
    failed("contentType");
  std::string digest = sha256(signed_bytes);
  if (CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest.data(),
                                  static_cast<int>(digest.size())) != 1)
    failed("messageDigest");

  std::string tbs = signed_attributes_der(si);
  MdCtxPtr md(EVP_MD_CTX_new());
  if (!md || EVP_DigestSignInit(md.get(), nullptr, EVP_sha256(), nullptr, c.key.get()) != 1)
    failed("EVP_DigestSignInit");
  std::size_t siglen = 0;
  const auto* tbs_bytes = reinterpret_cast<const unsigned char*>(tbs.data());
  if (EVP_DigestSign(md.get(), nullptr, &siglen, tbs_bytes, tbs.size()) != 1) failed("EVP_DigestSign");
  auto* sig = static_cast<unsigned char*>(OPENSSL_malloc(siglen));
  if (!sig) failed("OPENSSL_malloc");
  if (EVP_DigestSign(md.get(), sig, &siglen, tbs_bytes, tbs.size()) != 1) {
    OPENSSL_free(sig);
    failed("EVP_DigestSign");
  }
  ASN1_STRING_set0(CMS_SignerInfo_get0_signature(si), sig, static_cast<int>(siglen));

  if (timestamp) {
    std::string token = timestamp(std::string_view(reinterpret_cast<const char*>(sig), siglen));
    if (CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, token.data(),
                                      static_cast<int>(token.size())) != 1)
      failed("timeStampToken");
  }

  unsigned char* der = nullptr;
  int len = i2d_CMS_ContentInfo(cms.get(), &der);
  if (len <= 0) failed("i2d_CMS_ContentInfo");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

}  // namespace baocao::sign
