// CMS the long way round. OpenSSL 3.0's CMS_final adds signingTime whenever
// there are signed attributes and no flag stops it (LIBRARY-FACTS.md), so the
// signed attributes are assembled and signed here: DER-encoded as a sorted
// SET OF, their SHA-256 signed by the Signer, the value stored in the
// SignerInfo. The SignerInfo is set up with the certificate's public key:
// CMS_add1_signer only compares it with the certificate, and the private
// key may be on a token or with a remote service.
#include "engine/sign/cms.hpp"

#include <openssl/err.h>
#include <openssl/pkcs7.h>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"

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

// A SignedData with one SignerInfo for `cert`, its signed attributes set,
// its signature value still empty.
struct Skeleton {
  CmsPtr cms;
  CMS_SignerInfo* si = nullptr;  // owned by cms
};
Skeleton skeleton(std::string_view content_digest, X509* cert) {
  Skeleton s;
  s.cms.reset(CMS_sign(nullptr, nullptr, nullptr, nullptr, CMS_DETACHED | CMS_BINARY | CMS_PARTIAL));
  if (!s.cms) failed("CMS_sign");
  s.si = CMS_add1_signer(s.cms.get(), cert, X509_get0_pubkey(cert), EVP_sha256(),
                         CMS_BINARY | CMS_PARTIAL | CMS_NOSMIMECAP | CMS_CADES);
  if (!s.si) failed("CMS_add1_signer");
  if (CMS_signed_get_attr_by_NID(s.si, NID_pkcs9_contentType, -1) < 0 &&
      CMS_signed_add1_attr_by_NID(s.si, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data),
                                  -1) != 1)
    failed("contentType");
  if (CMS_signed_add1_attr_by_NID(s.si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, content_digest.data(),
                                  static_cast<int>(content_digest.size())) != 1)
    failed("messageDigest");
  return s;
}

void add_token(CMS_SignerInfo* si, const Timestamper& timestamp) {
  ASN1_OCTET_STRING* value = CMS_SignerInfo_get0_signature(si);
  std::string token = timestamp(std::string_view(reinterpret_cast<const char*>(ASN1_STRING_get0_data(value)),
                                                 static_cast<std::size_t>(ASN1_STRING_length(value))));
  if (CMS_unsigned_add1_attr_by_NID(si, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE, token.data(),
                                    static_cast<int>(token.size())) != 1)
    failed("timeStampToken");
}

std::string encode(CMS_ContentInfo* cms) {
  unsigned char* der = nullptr;
  int len = i2d_CMS_ContentInfo(cms, &der);
  if (len <= 0) failed("i2d_CMS_ContentInfo");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

CmsPtr decode(std::string_view der) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
  ERR_clear_error();
  return cms;
}

}  // namespace

std::string make_cms(std::string_view content_digest, const Signer& signer, const Timestamper& timestamp) {
  Skeleton s = skeleton(content_digest, signer.cert.get());
  for (const X509Ptr& x : signer.chain)
    if (CMS_add1_cert(s.cms.get(), x.get()) != 1) failed("CMS_add1_cert");
  const std::string digest = sha256(signed_attributes_der(s.si));
  std::string value = signer.sign_digest(digest);
  // A token holding another key than the certificate's would otherwise
  // give a file every checker calls invalid.
  if (!signature_matches(signer.cert.get(), digest, value))
    fail(ErrorFamily::input, MsgId::sign_signature_mismatch, {common_name(signer.cert.get())});
  ASN1_STRING_set(CMS_SignerInfo_get0_signature(s.si), value.data(), static_cast<int>(value.size()));
  if (timestamp) add_token(s.si, timestamp);
  return encode(s.cms.get());
}

std::string signed_attributes_digest(std::string_view content_digest, X509* cert) {
  Skeleton s = skeleton(content_digest, cert);
  return sha256(signed_attributes_der(s.si));
}

X509Ptr cms_signer_certificate(std::string_view cms_der) {
  CmsPtr cms = decode(cms_der);
  if (!cms) return nullptr;
  STACK_OF(CMS_SignerInfo)* sis = CMS_get0_SignerInfos(cms.get());
  if (sk_CMS_SignerInfo_num(sis) < 1) return nullptr;
  X509StackPtr certs(CMS_get1_certs(cms.get()));
  for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
    if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(sis, 0), sk_X509_value(certs.get(), i)) == 0) {
      X509_up_ref(sk_X509_value(certs.get(), i));
      return X509Ptr(sk_X509_value(certs.get(), i));
    }
  return nullptr;
}

std::string add_timestamp(std::string_view cms_der, const Timestamper& timestamp) {
  CmsPtr cms = decode(cms_der);
  if (!cms) failed("d2i_CMS_ContentInfo");
  STACK_OF(CMS_SignerInfo)* sis = CMS_get0_SignerInfos(cms.get());
  if (sk_CMS_SignerInfo_num(sis) < 1) failed("no SignerInfo");
  add_token(sk_CMS_SignerInfo_value(sis, 0), timestamp);
  return encode(cms.get());
}

}  // namespace baocao::sign
