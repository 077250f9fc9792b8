// See two_step.hpp. The state is JSON: what was prepared (the PDF with its
// placeholder, where /Contents is), the certificate and chain the signature
// must come from, and when the state was made and stops being good. A
// state edited by hand can do no harm: finish recomputes every digest from
// the PDF it holds and accepts only a signature that verifies.
#include "engine/sign/two_step.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <openssl/err.h>
#include <openssl/evp.h>

#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"

namespace baocao::sign {

namespace {

constexpr const char* kFormat = "baocao-sign-state";
constexpr int kVersion = 1;

class CertificateOnly : public Signer {
 public:
  std::string sign_digest(std::string_view) const override {
    fail(ErrorFamily::internal, MsgId::sign_failed, {"no key for a prepared signature"});
  }
};

// The remote service's signature value, given back for the digest it was made for.
class Presigned : public Signer {
 public:
  std::string value;
  std::string sign_digest(std::string_view) const override { return value; }
};

std::optional<std::string> from_base64(std::string_view text) {
  std::string clean;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) clean += c;
  if (clean.empty() || clean.size() % 4 != 0) return std::nullopt;
  std::string out(clean.size() / 4 * 3, '\0');
  int n =
      EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                      reinterpret_cast<const unsigned char*>(clean.data()), static_cast<int>(clean.size()));
  if (n < 0) return std::nullopt;
  std::size_t pad = clean.size() >= 2 && clean[clean.size() - 2] == '=' ? 2 : clean.back() == '=' ? 1 : 0;
  out.resize(static_cast<std::size_t>(n) - pad);
  return out;
}

struct State {
  long long created = 0, expires = 0;
  X509Ptr cert;
  std::vector<X509Ptr> chain;
  Prepared prepared;
};

State read_state(std::string_view text, const std::string& name) {
  auto bad = [&]() -> State { fail(ErrorFamily::input, MsgId::sign_state_bad, {name}, at_file(name)); };
  State s;
  try {
    Poco::JSON::Parser parser;
    auto o = parser.parse(std::string(text)).extract<Poco::JSON::Object::Ptr>();
    if (!o || o->optValue<std::string>("format", "") != kFormat || o->optValue<int>("version", 0) != kVersion)
      return bad();
    s.created = o->getValue<long long>("created");
    s.expires = o->getValue<long long>("expires");
    s.cert = x509_from_bytes(o->getValue<std::string>("certificate"));
    if (auto chain = o->getArray("chain"))
      for (std::size_t i = 0; i < chain->size(); ++i)
        if (X509Ptr x = x509_from_bytes(chain->getElement<std::string>(static_cast<unsigned>(i))))
          s.chain.push_back(std::move(x));
    auto pdf = from_base64(o->getValue<std::string>("pdf"));
    if (!pdf || !s.cert) return bad();
    s.prepared.pdf = std::move(*pdf);
    s.prepared.contents_at = o->getValue<std::size_t>("contents_at");
    s.prepared.contents_end = o->getValue<std::size_t>("contents_end");
  } catch (const Error&) {
    throw;
  } catch (const std::exception&) {
    return bad();
  }
  const Prepared& p = s.prepared;
  // The placeholder must be where the state says: '<', zeros, '>'.
  if (p.contents_end > p.pdf.size() || p.contents_at + 2 > p.contents_end || p.pdf[p.contents_at] != '<' ||
      p.pdf[p.contents_end - 1] != '>' ||
      p.pdf.find_first_not_of('0', p.contents_at + 1) != p.contents_end - 1)
    return bad();
  return s;
}

}  // namespace

std::string to_base64(std::string_view bytes) {
  std::string out((bytes.size() + 2) / 3 * 4 + 1, '\0');
  int n =
      EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                      reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

std::string to_hex(std::string_view bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) out += {kHex[b >> 4], kHex[b & 15]};
  return out;
}

std::shared_ptr<const Signer> certificate_only(X509Ptr cert, std::vector<X509Ptr> chain) {
  auto s = std::make_shared<CertificateOnly>();
  s->cert = std::move(cert);
  s->chain = std::move(chain);
  return s;
}

TwoStepStart prepare_two_step(std::string_view pdf, const SignOptions& options, long long max_age_seconds) {
  Prepared p = prepare_pdf(pdf, options);
  const Signer& who = *options.credentials;
  TwoStepStart out;
  out.document = sha256(p.signed_bytes());
  out.to_sign = signed_attributes_digest(out.document, who.cert.get());
  out.expires = options.time + max_age_seconds;
  Poco::JSON::Object o;
  o.set("format", kFormat);
  o.set("version", kVersion);
  o.set("created", options.time);
  o.set("expires", out.expires);
  o.set("certificate", to_pem(who.cert.get()));
  Poco::JSON::Array chain;
  for (const auto& x : who.chain) chain.add(to_pem(x.get()));
  o.set("chain", chain);
  o.set("contents_at", p.contents_at);
  o.set("contents_end", p.contents_end);
  o.set("pdf", to_base64(p.pdf));
  std::ostringstream s;
  o.stringify(s, 1);
  out.state = s.str();
  return out;
}

X509Ptr state_certificate(std::string_view state) {
  try {
    return read_state(state, "state").cert;
  } catch (const std::exception&) {
    return nullptr;
  }
}

std::string finish_two_step(std::string_view state_text, const std::string& state_name,
                            const TwoStepAnswer& answer, long long now, const Timestamper& timestamp,
                            const LtvOptions& ltv) {
  State s = read_state(state_text, state_name);
  // A small allowance for clocks that disagree between two machines.
  if (now > s.expires || now + 300 < s.created)
    fail(ErrorFamily::input, MsgId::sign_state_expired, {state_name, iso_datetime(s.expires)},
         at_file(state_name));
  const std::string signed_bytes = s.prepared.signed_bytes();
  const std::string document = sha256(signed_bytes);
  auto refuse = [&]() -> std::string {
    fail(ErrorFamily::input, MsgId::sign_remote_signature_bad, {answer.name, common_name(s.cert.get())},
         at_file(answer.name));
  };
  std::string cms;
  if (answer.is_cms) {
    const auto* p = reinterpret_cast<const unsigned char*>(answer.bytes.data());
    CmsPtr given(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(answer.bytes.size())));
    X509Ptr who = given ? cms_signer_certificate(answer.bytes) : nullptr;
    BioPtr data(BIO_new_mem_buf(signed_bytes.data(), static_cast<int>(signed_bytes.size())));
    bool ok = who && X509_cmp(who.get(), s.cert.get()) == 0 &&
              CMS_verify(given.get(), nullptr, nullptr, data.get(), nullptr,
                         CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY) == 1;
    ERR_clear_error();
    if (!ok) return refuse();
    cms = timestamp ? add_timestamp(answer.bytes, timestamp) : answer.bytes;
  } else {
    const std::string to_sign = signed_attributes_digest(document, s.cert.get());
    // Services hand back raw bytes or base64 text; an EC key's value may be
    // r || s rather than DER.
    std::vector<std::string> candidates{answer.bytes};
    if (auto decoded = from_base64(answer.bytes)) candidates.push_back(*decoded);
    auto signer = std::make_shared<Presigned>();
    for (const std::string& c : candidates) {
      for (const std::string& v :
           {c, !c.empty() && c.size() % 2 == 0 && c.size() <= 132 ? ecdsa_raw_to_der(c) : c})
        if (signer->value.empty() && signature_matches(s.cert.get(), to_sign, v)) signer->value = v;
    }
    if (signer->value.empty()) return refuse();
    signer->cert = std::move(s.cert);
    signer->chain = std::move(s.chain);
    cms = make_cms(document, *signer, timestamp);
  }
  std::string out = embed(std::move(s.prepared), cms);
  return ltv.enabled ? add_ltv(out, ltv) : out;
}

}  // namespace baocao::sign
