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
#include "engine/render/pdf/pdf_postpass.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/issue.hpp"
#include "engine/sign/ossl_handles.hpp"
#include "engine/sign/revision_diff.hpp"
#include "engine/sign/signer.hpp"
#include "engine/sign/timestamp.hpp"

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

// The DER of the first time-stamp token among the signer's unsigned attributes.
std::string token_of(CMS_ContentInfo* cms) {
  STACK_OF(CMS_SignerInfo)* signers = CMS_get0_SignerInfos(cms);
  if (sk_CMS_SignerInfo_num(signers) < 1) return {};
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(signers, 0);
  int i = CMS_unsigned_get_attr_by_NID(si, NID_id_smime_aa_timeStampToken, -1);
  if (i < 0) return {};
  ASN1_TYPE* t = X509_ATTRIBUTE_get0_type(CMS_unsigned_get_attr(si, i), 0);
  if (!t || t->type != V_ASN1_SEQUENCE) return {};
  return std::string(reinterpret_cast<const char*>(t->value.sequence->data),
                     static_cast<std::size_t>(t->value.sequence->length));
}

Role role_of(const std::string& field, QPDFObjectHandle v) {
  if (v.getKey("/Type").isName() && v.getKey("/Type").getName() == "/DocTimeStamp")
    return Role::document_timestamp;
  auto is = [&](const char* base) { return field.rfind(base, 0) == 0; };
  if (field == render::kSignerFieldName) return Role::leader;
  if (is(kIssuerFieldName)) return Role::issuer;
  if (is(kAttachmentFieldName)) return Role::attachment;
  if (is(kCopyFieldName)) return Role::copy;
  return Role::other;
}

// A document time-stamp: the token's own signature and that its imprint is
// the SHA-256 of the signed bytes.
bool timestamp_matches(CMS_ContentInfo* cms, const std::string& der, const std::string& signed_bytes,
                       std::string& problem) {
  if (CMS_verify(cms, nullptr, nullptr, nullptr, nullptr, CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) != 1) {
    problem = openssl_reason();
    return false;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  std::unique_ptr<PKCS7, OsslDeleter<PKCS7_free>> token(
      d2i_PKCS7(nullptr, &p, static_cast<long>(der.size())));
  std::unique_ptr<TS_TST_INFO, OsslDeleter<TS_TST_INFO_free>> info(token ? PKCS7_to_TS_TST_INFO(token.get())
                                                                         : nullptr);
  ERR_clear_error();
  ASN1_OCTET_STRING* got = info ? TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info.get())) : nullptr;
  if (!got || std::string(reinterpret_cast<const char*>(ASN1_STRING_get0_data(got)),
                          static_cast<std::size_t>(ASN1_STRING_length(got))) != sha256(signed_bytes)) {
    problem = "imprint";
    return false;
  }
  return true;
}

}  // namespace

std::vector<SignatureReport> verify_pdf(std::string_view pdf, const std::filesystem::path& trust) {
  const std::string input(pdf);
  QPDF q;
  std::vector<QPDFObjectHandle> fields;
  try {
    q.setSuppressWarnings(true);
    q.processMemoryFile("input.pdf", input.data(), input.size());
    if (q.isEncrypted()) fail(ErrorFamily::input, MsgId::sign_encrypted_pdf);
    QPDFObjectHandle form = q.getRoot().getKey("/AcroForm");
    if (form.isDictionary() && form.getKey("/Fields").isArray())
      for (auto& f : form.getKey("/Fields").getArrayAsVector())
        if (f.isDictionary() && f.getKey("/FT").isName() && f.getKey("/FT").getName() == "/Sig" &&
            f.getKey("/V").isDictionary())
          fields.push_back(f);
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    fail(ErrorFamily::input, MsgId::sign_bad_pdf, {e.what()});
  }
  StorePtr store = trust.empty() ? nullptr : load_trust(trust);

  std::vector<SignatureReport> out;
  for (auto& field : fields) {
    SignatureReport rep;
    QPDFObjectHandle v = field.getKey("/V");
    if (field.getKey("/T").isString()) rep.field = field.getKey("/T").getUTF8Value();
    rep.role = role_of(rep.field, v);
    if (v.getKey("/M").isString()) rep.time = readable_date(v.getKey("/M").getUTF8Value());

    struct Range {
      long long a, b, c, d;
    };
    std::optional<Range> r;
    auto br = v.getKey("/ByteRange");
    if (br.isArray() && br.getArrayNItems() == 4) {
      std::vector<long long> n;
      for (auto& x : br.getArrayAsVector()) n.push_back(x.isInteger() ? x.getIntValue() : -1);
      const long long size = static_cast<long long>(input.size());
      if (n[0] == 0 && n[1] > 0 && n[2] > n[1] && n[3] >= 0 && n[2] + n[3] <= size &&
          input[static_cast<std::size_t>(n[1])] == '<' && input[static_cast<std::size_t>(n[2] - 1)] == '>')
        r = Range{n[0], n[1], n[2], n[3]};
    }
    if (!r) {
      rep.coverage = Coverage::malformed;
    } else {
      const std::size_t end = static_cast<std::size_t>(r->c + r->d);
      rep.later = changes_since(input, end);
      const bool other = std::any_of(rep.later.begin(), rep.later.end(),
                                     [](const Change& c) { return c.kind == Change::Kind::other; });
      rep.coverage = other                 ? Coverage::modified_after
                     : end == input.size() ? Coverage::whole_file
                                           : Coverage::then_signed;
    }

    std::string der = v.getKey("/Contents").isString() ? v.getKey("/Contents").getStringValue() : "";
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
    if (!cms) {
      rep.digest_problem = openssl_reason();
      out.push_back(rep);
      continue;
    }
    der.resize(static_cast<std::size_t>(p - reinterpret_cast<const unsigned char*>(der.data())));
    X509Ptr leaf = cms_signer_certificate(der);
    if (leaf) rep.signer = common_name(leaf.get());
    if (r && store) {
      X509StackPtr certs(CMS_get1_certs(cms.get()));
      StoreCtxPtr ctx(X509_STORE_CTX_new());
      if (leaf && ctx && X509_STORE_CTX_init(ctx.get(), store.get(), leaf.get(), certs.get()) == 1) {
        bool ok = X509_verify_cert(ctx.get()) == 1;
        rep.chain_trusted = ok;
        if (!ok) rep.chain_problem = X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx.get()));
      } else {
        rep.chain_trusted = false;
        rep.chain_problem = "no signer certificate";
      }
      ERR_clear_error();
    }
    if (r) {
      std::string signed_bytes = input.substr(0, static_cast<std::size_t>(r->b));
      signed_bytes.append(input, static_cast<std::size_t>(r->c), static_cast<std::size_t>(r->d));
      if (rep.role == Role::document_timestamp) {
        rep.digest_ok = timestamp_matches(cms.get(), der, signed_bytes, rep.digest_problem);
        rep.timestamp = token_time(der);
      } else {
        BioPtr data(BIO_new_mem_buf(signed_bytes.data(), static_cast<int>(signed_bytes.size())));
        rep.digest_ok = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                                   CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
        if (!rep.digest_ok) rep.digest_problem = openssl_reason();
      }
    }
    if (rep.role != Role::document_timestamp) rep.timestamp = token_time(token_of(cms.get()));
    out.push_back(rep);
  }
  return out;
}

}  // namespace baocao::sign
