// Verification with OpenSSL's CMS_verify over the bytes /ByteRange names.
// The content check and the chain check are separate so the report says
// which one failed: a tampered file is not the same news as an unknown CA.
#include "engine/sign/verify.hpp"

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ts.h>

#include <algorithm>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/credentials.hpp"
#include "engine/sign/ossl_handles.hpp"

namespace baocao::sign {

namespace {

std::string openssl_reason() {
  unsigned long e = ERR_get_error();
  ERR_clear_error();
  if (!e) return "?";
  const char* r = ERR_reason_error_string(e);
  return r ? r : "?";
}

// "D:20261123120000+07'00'" -> "23/11/2026 12:00:00" (the time as written).
std::string readable_date(const std::string& m) {
  if (m.size() < 16 || m.compare(0, 2, "D:") != 0) return m;
  return m.substr(8, 2) + "/" + m.substr(6, 2) + "/" + m.substr(2, 4) + " " + m.substr(10, 2) + ":" +
         m.substr(12, 2) + ":" + m.substr(14, 2);
}

StorePtr load_trust(const std::filesystem::path& trust) {
  StorePtr store(X509_STORE_new());
  if (!store || X509_STORE_load_file(store.get(), trust.c_str()) != 1) {
    ERR_clear_error();
    fail(ErrorFamily::input, MsgId::sign_credentials_unreadable, {trust.string()}, at_file(trust.string()));
  }
  return store;
}

std::string token_time(CMS_ContentInfo* cms) {
  STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
  if (sk_CMS_SignerInfo_num(signers) < 1) return {};
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(signers, 0);
  int i = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
  if (i < 0) return {};
  ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, i), 0);
  if (!t || t->type != V_ASN1_SEQUENCE) return {};
  const unsigned char* p = t->value.sequence->data;
  std::unique_ptr<PKCS7, OsslDeleter<PKCS7_free>> token(d2i_PKCS7(nullptr, &p, t->value.sequence->length));
  if (!token) return {};
  std::unique_ptr<TS_TST_INFO, OsslDeleter<TS_TST_INFO_free>> info(PKCS7_to_TS_TST_INFO(token.get()));
  if (!info) return {};
  BioPtr bio(BIO_new(BIO_s_mem()));
  ASN1_GENERALIZEDTIME_print(bio.get(), TS_TST_INFO_get_time(info.get()));
  char* data = nullptr;
  long n = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(n));
}

}  // namespace

std::vector<SignatureReport> verify_pdf(std::string_view pdf, const std::filesystem::path& trust) {
  const std::string input(pdf);
  QPDF q;
  std::vector<QPDFObjectHandle> fields;
  try {
    q.setSuppressWarnings(true);
    q.processMemoryFile("input.pdf", input.data(), input.size());
    QPDFObjectHandle form = q.getRoot().getKey("/AcroForm");
    if (form.isDictionary() && form.getKey("/Fields").isArray())
      for (auto& f : form.getKey("/Fields").getArrayAsVector())
        if (f.isDictionary() && f.getKey("/FT").isName() && f.getKey("/FT").getName() == "/Sig" &&
            f.getKey("/V").isDictionary())
          fields.push_back(f);
  } catch (const std::exception& e) {
    fail(ErrorFamily::input, MsgId::sign_bad_pdf, {e.what()});
  }
  StorePtr store = trust.empty() ? nullptr : load_trust(trust);

  // Where each signature's signed revision ends, to tell "only signatures
  // followed" from "the document changed after signing".
  std::vector<long long> ends;
  struct Range {
    long long a, b, c, d;
  };
  std::vector<std::optional<Range>> ranges;
  for (auto& f : fields) {
    auto br = f.getKey("/V").getKey("/ByteRange");
    std::optional<Range> r;
    if (br.isArray() && br.getArrayNItems() == 4) {
      std::vector<long long> v;
      for (auto& x : br.getArrayAsVector()) v.push_back(x.isInteger() ? x.getIntValue() : -1);
      const long long size = static_cast<long long>(input.size());
      if (v[0] == 0 && v[1] > 0 && v[2] > v[1] && v[3] >= 0 && v[2] + v[3] <= size && input[v[1]] == '<' &&
          input[v[2] - 1] == '>')
        r = Range{v[0], v[1], v[2], v[3]};
    }
    ranges.push_back(r);
    if (r) ends.push_back(r->c + r->d);
  }
  const long long last_signed = ends.empty() ? 0 : *std::max_element(ends.begin(), ends.end());

  std::vector<SignatureReport> out;
  for (std::size_t k = 0; k < fields.size(); ++k) {
    SignatureReport rep;
    QPDFObjectHandle v = fields[k].getKey("/V");
    if (fields[k].getKey("/T").isString()) rep.field = fields[k].getKey("/T").getUTF8Value();
    if (v.getKey("/M").isString()) rep.time = readable_date(v.getKey("/M").getUTF8Value());
    const auto& r = ranges[k];
    if (!r) {
      rep.coverage = Coverage::malformed;
    } else if (r->c + r->d == static_cast<long long>(input.size())) {
      rep.coverage = Coverage::whole_file;
    } else {
      // Later bytes are fine only when a later signature covers them all.
      rep.coverage = last_signed == static_cast<long long>(input.size()) ? Coverage::then_signed
                                                                         : Coverage::modified_after;
    }
    std::string der = v.getKey("/Contents").isString() ? v.getKey("/Contents").getStringValue() : "";
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
    if (!cms) {
      rep.digest_problem = openssl_reason();
      out.push_back(rep);
      continue;
    }
    X509StackPtr signers_certs;
    if (STACK_OF(X509)* certs = CMS_get1_certs(cms.get())) {
      X509StackPtr all(certs);
      STACK_OF(CMS_SignerInfo)* sis = CMS_get0_SignerInfos(cms.get());
      for (int i = 0; i < sk_X509_num(certs) && sk_CMS_SignerInfo_num(sis) > 0; ++i)
        if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(sis, 0), sk_X509_value(certs, i)) == 0)
          rep.signer = common_name(sk_X509_value(certs, i));
      if (r && store) {
        X509* leaf = nullptr;
        for (int i = 0; i < sk_X509_num(certs); ++i)
          if (CMS_SignerInfo_cert_cmp(sk_CMS_SignerInfo_value(sis, 0), sk_X509_value(certs, i)) == 0)
            leaf = sk_X509_value(certs, i);
        StoreCtxPtr ctx(X509_STORE_CTX_new());
        if (leaf && ctx && X509_STORE_CTX_init(ctx.get(), store.get(), leaf, certs) == 1) {
          bool ok = X509_verify_cert(ctx.get()) == 1;
          rep.chain_trusted = ok;
          if (!ok) rep.chain_problem = X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()));
        } else {
          rep.chain_trusted = false;
          rep.chain_problem = "no signer certificate";
        }
      }
    }
    if (r) {
      std::string signed_bytes = input.substr(0, static_cast<std::size_t>(r->b));
      signed_bytes.append(input, static_cast<std::size_t>(r->c), static_cast<std::size_t>(r->d));
      BioPtr data(BIO_new_mem_buf(signed_bytes.data(), static_cast<int>(signed_bytes.size())));
      rep.digest_ok = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                                 CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
      if (!rep.digest_ok) rep.digest_problem = openssl_reason();
    }
    rep.timestamp = token_time(cms.get());
    out.push_back(rep);
  }
  return out;
}

}  // namespace baocao::sign
