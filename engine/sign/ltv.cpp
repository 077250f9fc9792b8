// See ltv.hpp. Revocation data is only kept when it is what a checker will
// accept: a CRL signed by the certificate's issuer and not past its
// nextUpdate, an OCSP response signed for that certificate and current. A
// revoked certificate stops the signing: the file would be invalid to
// every checker that reads the DSS.
#include "engine/sign/ltv.hpp"

#include <openssl/err.h>
#include <openssl/ocsp.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

#include <map>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/http_fetch.hpp"
#include "engine/sign/pdf_objects.hpp"
#include "engine/sign/pdf_update.hpp"
#include "engine/sign/sign_pdf.hpp"
#include "engine/sign/signature_field.hpp"

namespace baocao::sign {

namespace {

using CrlPtr = std::unique_ptr<X509_CRL, OsslDeleter<X509_CRL_free>>;
using OcspRespPtr = std::unique_ptr<OCSP_RESPONSE, OsslDeleter<OCSP_RESPONSE_free>>;
using OcspBasicPtr = std::unique_ptr<OCSP_BASICRESP, OsslDeleter<OCSP_BASICRESP_free>>;
using OcspIdPtr = std::unique_ptr<OCSP_CERTID, OsslDeleter<OCSP_CERTID_free>>;
using OcspReqPtr = std::unique_ptr<OCSP_REQUEST, OsslDeleter<OCSP_REQUEST_free>>;

std::string hex_upper(std::string_view bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char b : bytes) out += {kHex[b >> 4], kHex[b & 15]};
  return out;
}

std::string sha1(std::string_view bytes) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  EVP_Digest(bytes.data(), bytes.size(), md, &n, EVP_sha1(), nullptr);
  return std::string(reinterpret_cast<char*>(md), n);
}

CrlPtr parse_crl(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  CrlPtr crl(d2i_X509_CRL(nullptr, &p, static_cast<long>(bytes.size())));
  if (!crl) {
    BioPtr bio(BIO_new_mem_buf(bytes.data(), static_cast<int>(bytes.size())));
    if (bio) crl.reset(PEM_read_bio_X509_CRL(bio.get(), nullptr, nullptr, nullptr));
  }
  ERR_clear_error();
  return crl;
}

std::string crl_der(X509_CRL* crl) {
  unsigned char* der = nullptr;
  int n = i2d_X509_CRL(crl, &der);
  if (n <= 0) fail(ErrorFamily::output, MsgId::sign_failed, {"i2d_X509_CRL"});
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
  OPENSSL_free(der);
  return out;
}

// The URIs of the certificate's CRL distribution points.
std::vector<std::string> crl_urls(X509* cert) {
  std::vector<std::string> out;
  auto* dps = static_cast<STACK_OF(DIST_POINT)*>(
      X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
  for (int i = 0; dps && i < sk_DIST_POINT_num(dps); ++i) {
    DIST_POINT* dp = sk_DIST_POINT_value(dps, i);
    if (!dp->distpoint || dp->distpoint->type != 0) continue;
    GENERAL_NAMES* names = dp->distpoint->name.fullname;
    for (int k = 0; k < sk_GENERAL_NAME_num(names); ++k) {
      GENERAL_NAME* gn = sk_GENERAL_NAME_value(names, k);
      if (gn->type != GEN_URI) continue;
      const ASN1_IA5STRING* uri = gn->d.uniformResourceIdentifier;
      out.emplace_back(reinterpret_cast<const char*>(ASN1_STRING_get0_data(uri)),
                       static_cast<std::size_t>(ASN1_STRING_length(uri)));
    }
  }
  sk_DIST_POINT_pop_free(dps, DIST_POINT_free);
  ERR_clear_error();
  return out;
}

std::vector<std::string> ocsp_urls(X509* cert) {
  std::vector<std::string> out;
  STACK_OF(OPENSSL_STRING)* urls = X509_get1_ocsp(cert);
  for (int i = 0; urls && i < sk_OPENSSL_STRING_num(urls); ++i)
    out.emplace_back(sk_OPENSSL_STRING_value(urls, i));
  X509_email_free(urls);
  return out;
}

struct Cert {
  X509Ptr x509;
  std::string der;
  int issuer = -1;  // index in the set, -1 = unknown or self-issued
};

struct Revocation {
  std::string crl, ocsp;  // DER; one of them is set
};

class Collector {
 public:
  explicit Collector(const LtvOptions& o) : o_(o) {
    for (const auto& f : o.crl_files) {
      CrlPtr crl = parse_crl(f.bytes);
      if (!crl) fail(ErrorFamily::input, MsgId::sign_bad_revocation_file, {f.name}, at_file(f.name));
      crls_.push_back(std::move(crl));
    }
    for (const auto& f : o.ocsp_files) {
      const auto* p = reinterpret_cast<const unsigned char*>(f.bytes.data());
      OcspRespPtr resp(d2i_OCSP_RESPONSE(nullptr, &p, static_cast<long>(f.bytes.size())));
      ERR_clear_error();
      if (!resp) fail(ErrorFamily::input, MsgId::sign_bad_revocation_file, {f.name}, at_file(f.name));
      ocsps_.push_back(f.bytes);
    }
  }

  // Index of `x` in the set, adding it when new.
  int add(X509* x) {
    std::string der = to_der(x);
    for (std::size_t i = 0; i < certs_.size(); ++i)
      if (certs_[i].der == der) return static_cast<int>(i);
    X509_up_ref(x);
    certs_.push_back({X509Ptr(x), der, -1});
    return static_cast<int>(certs_.size() - 1);
  }

  void link_issuers() {
    for (auto& c : certs_)
      for (std::size_t i = 0; i < certs_.size(); ++i)
        if (certs_[i].der != c.der && X509_check_issued(certs_[i].x509.get(), c.x509.get()) == X509_V_OK)
          c.issuer = static_cast<int>(i);
    ERR_clear_error();
  }

  const std::vector<Cert>& certs() const { return certs_; }

  // Revocation data for certs_[i]; throws when revoked or none is found.
  Revocation revocation(int i) {
    const Cert& c = certs_[static_cast<std::size_t>(i)];
    X509* issuer = certs_[static_cast<std::size_t>(c.issuer)].x509.get();
    std::string problem;
    for (const std::string& der : ocsps_)
      if (ocsp_good(der, c.x509.get(), issuer, problem)) return {"", der};
    for (const CrlPtr& crl : crls_)
      if (crl_good(crl.get(), c.x509.get(), issuer, problem)) return {crl_der(crl.get()), ""};
    for (const std::string& url : crl_urls(c.x509.get())) {
      CrlPtr crl;
      try {
        crl = parse_crl(http_get(url));
      } catch (const std::exception& e) {
        problem = url + ": " + e.what();
        continue;
      }
      if (!crl) {
        problem = url + ": not a CRL";
        continue;
      }
      if (crl_good(crl.get(), c.x509.get(), issuer, problem)) return {crl_der(crl.get()), ""};
    }
    for (const std::string& url : ocsp_urls(c.x509.get())) {
      std::string der;
      try {
        der = ask_ocsp(url, c.x509.get(), issuer);
      } catch (const std::exception& e) {
        problem = url + ": " + e.what();
        continue;
      }
      if (ocsp_good(der, c.x509.get(), issuer, problem)) return {"", der};
    }
    fail(ErrorFamily::output, MsgId::sign_no_revocation_data,
         {common_name(c.x509.get()), problem.empty() ? "-" : problem});
  }

 private:
  [[noreturn]] void revoked(X509* cert, const ASN1_TIME* when) {
    fail(ErrorFamily::input, MsgId::sign_cert_revoked, {common_name(cert), vietnam_time_text(when)});
  }

  bool crl_good(X509_CRL* crl, X509* cert, X509* issuer, std::string& problem) {
    if (X509_NAME_cmp(X509_CRL_get_issuer(crl), X509_get_subject_name(issuer)) != 0) return false;
    if (X509_CRL_verify(crl, X509_get0_pubkey(issuer)) != 1) {
      ERR_clear_error();
      problem = "CRL signature";
      return false;
    }
    std::time_t now = static_cast<std::time_t>(o_.now);
    const ASN1_TIME* next = X509_CRL_get0_nextUpdate(crl);
    if (next && X509_cmp_time(next, &now) < 0) {
      problem = "CRL past its nextUpdate";
      return false;
    }
    X509_REVOKED* rev = nullptr;
    if (X509_CRL_get0_by_cert(crl, &rev, cert) == 1) revoked(cert, X509_REVOKED_get0_revocationDate(rev));
    return true;
  }

  bool ocsp_good(const std::string& der, X509* cert, X509* issuer, std::string& problem) {
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    OcspRespPtr resp(d2i_OCSP_RESPONSE(nullptr, &p, static_cast<long>(der.size())));
    if (!resp || OCSP_response_status(resp.get()) != OCSP_RESPONSE_STATUS_SUCCESSFUL) {
      ERR_clear_error();
      return false;
    }
    OcspBasicPtr basic(OCSP_response_get1_basic(resp.get()));
    OcspIdPtr id(OCSP_cert_to_id(EVP_sha1(), cert, issuer));
    int status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *when = nullptr, *this_update = nullptr, *next_update = nullptr;
    if (!basic || !id ||
        OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &when, &this_update, &next_update) !=
            1) {
      ERR_clear_error();
      return false;  // another certificate's response
    }
    // The responder is the issuer itself or a certificate it delegated to.
    StorePtr store(X509_STORE_new());
    X509StackPtr certs(sk_X509_new_null());
    X509_up_ref(issuer);
    sk_X509_push(certs.get(), issuer);
    X509_STORE_add_cert(store.get(), issuer);
    if (OCSP_basic_verify(basic.get(), certs.get(), store.get(), OCSP_TRUSTOTHER | OCSP_PARTIAL_CHAIN) != 1) {
      ERR_clear_error();
      problem = "OCSP response signature";
      return false;
    }
    if (OCSP_check_validity(this_update, next_update, 300, -1) != 1) {
      ERR_clear_error();
      problem = "OCSP response not current";
      return false;
    }
    if (status == V_OCSP_CERTSTATUS_REVOKED) revoked(cert, when);
    if (status != V_OCSP_CERTSTATUS_GOOD) {
      problem = "OCSP status unknown";
      return false;
    }
    return true;
  }

  static std::string ask_ocsp(const std::string& url, X509* cert, X509* issuer) {
    OcspReqPtr req(OCSP_REQUEST_new());
    OCSP_CERTID* id = OCSP_cert_to_id(EVP_sha1(), cert, issuer);
    if (!req || !id || !OCSP_request_add0_id(req.get(), id)) {
      OCSP_CERTID_free(id);
      throw std::runtime_error("OCSP request");
    }
    unsigned char* der = nullptr;
    int n = i2d_OCSP_REQUEST(req.get(), &der);
    if (n <= 0) throw std::runtime_error("OCSP request");
    std::string body(reinterpret_cast<char*>(der), static_cast<std::size_t>(n));
    OPENSSL_free(der);
    return http_post(url, "application/ocsp-request", body);
  }

  const LtvOptions& o_;
  std::vector<Cert> certs_;
  std::vector<CrlPtr> crls_;
  std::vector<std::string> ocsps_;
};

// The certificates of a DER CMS (a signature or a time-stamp token) and of
// the time-stamp tokens in its unsigned attributes.
void collect_cms(Collector& c, std::string_view der, std::vector<int>& used) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
  ERR_clear_error();
  if (!cms) return;
  X509StackPtr certs(CMS_get1_certs(cms.get()));
  for (int i = 0; certs && i < sk_X509_num(certs.get()); ++i)
    used.push_back(c.add(sk_X509_value(certs.get(), i)));
  STACK_OF(CMS_SignerInfo)* sis = CMS_get0_SignerInfos(cms.get());
  for (int s = 0; s < sk_CMS_SignerInfo_num(sis); ++s) {
    CMS_SignerInfo* si = sk_CMS_SignerInfo_value(sis, s);
    for (int i = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1); i >= 0;
         i = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, i)) {
      ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, i), 0);
      if (t && t->type == V_ASN1_SEQUENCE)
        collect_cms(c,
                    std::string_view(reinterpret_cast<const char*>(t->value.sequence->data),
                                     static_cast<std::size_t>(t->value.sequence->length)),
                    used);
    }
  }
}

}  // namespace

std::string add_ltv(std::string_view pdf, const LtvOptions& o) {
  PdfUpdate u(pdf);
  Collector c(o);
  // Each signature's /Contents (as stored, padding included: its SHA-1 is
  // the signature's key in /VRI) and the certificates it uses.
  std::vector<std::pair<std::string, std::vector<int>>> signatures;
  QPDFObjectHandle form = u.pdf().getRoot().getKey("/AcroForm");
  if (form.isDictionary() && form.getKey("/Fields").isArray())
    for (auto& f : form.getKey("/Fields").getArrayAsVector()) {
      QPDFObjectHandle v = f.isDictionary() ? f.getKey("/V") : QPDFObjectHandle::newNull();
      if (!v.isDictionary() || !v.getKey("/Contents").isString()) continue;
      std::string contents = v.getKey("/Contents").getStringValue();
      std::vector<int> used;
      collect_cms(c, contents, used);
      signatures.emplace_back(contents, used);
    }
  c.link_issuers();

  std::map<int, Revocation> revocation;
  for (std::size_t i = 0; i < c.certs().size(); ++i)
    if (c.certs()[i].issuer >= 0) revocation[static_cast<int>(i)] = c.revocation(static_cast<int>(i));

  // Streams of the DSS: one per certificate, CRL and OCSP response.
  std::map<int, int> cert_obj;
  std::map<std::string, int> data_obj;  // by DER, a CRL may serve several certificates
  for (std::size_t i = 0; i < c.certs().size(); ++i) {
    cert_obj[static_cast<int>(i)] = u.new_object();
    u.add_stream(cert_obj[static_cast<int>(i)], "", c.certs()[i].der);
  }
  std::string crls, ocsps;
  for (auto& [i, r] : revocation) {
    const std::string& der = r.crl.empty() ? r.ocsp : r.crl;
    if (data_obj.count(der)) continue;
    data_obj[der] = u.new_object();
    u.add_stream(data_obj[der], "", der);
    (r.crl.empty() ? ocsps : crls) += std::to_string(data_obj[der]) + " 0 R ";
  }
  std::string certs;
  for (auto& [i, n] : cert_obj) certs += std::to_string(n) + " 0 R ";

  std::string vri;
  for (auto& [contents, used] : signatures) {
    std::string vc, vcrl, vocsp;
    for (int i : used) {
      vc += std::to_string(cert_obj[i]) + " 0 R ";
      if (auto r = revocation.find(i); r != revocation.end())
        (r->second.crl.empty() ? vocsp : vcrl) +=
            std::to_string(data_obj[r->second.crl.empty() ? r->second.ocsp : r->second.crl]) + " 0 R ";
    }
    vri += " /" + hex_upper(sha1(contents)) + " << /Cert [" + vc + "] /CRL [" + vcrl + "] /OCSP [" + vocsp +
           "] >>";
  }
  const int dss = u.new_object();
  u.add(dss, "<< /Type /DSS /Certs [" + certs + "] /CRLs [" + crls + "] /OCSPs [" + ocsps + "] /VRI <<" +
                 vri + " >> >>");
  QPDFObjectHandle root = u.pdf().getRoot();
  u.add(root.getObjectID(), dict_without(root, {"/DSS"}) + " /DSS " + std::to_string(dss) + " 0 R >>");
  std::string out = u.finish();
  return o.doc_timestamp ? add_document_timestamp(out, *o.doc_timestamp, o.now) : out;
}

std::string add_document_timestamp(std::string_view pdf, const TsaOptions& tsa, long long now) {
  PdfUpdate u(pdf);
  SignatureSpec spec;
  spec.entries = " /M " + pdf_text(pdf_date(now));
  spec.name = unused_field_name(u, "DauThoiGian");
  spec.page = 1;
  spec.invisible = true;
  spec.doc_timestamp = true;
  Prepared p = add_signature(u, spec);
  std::string token = timestamp_token(tsa, sha256(p.signed_bytes()));
  return embed(std::move(p), token);
}

}  // namespace baocao::sign
