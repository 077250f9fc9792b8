#include "engine/cycle/signer_source.hpp"

#include <openssl/crypto.h>

#include <cstdlib>
#include <ctime>

#include "engine/cycle/outputs.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/key_signer.hpp"
#include "engine/sign/pkcs11_signer.hpp"
#include "engine/sign/timestamp.hpp"
#include "engine/sign/two_step.hpp"

namespace baocao::cycle {

namespace {

std::string ask(const SignerPrompts& prompts, MsgId prompt, MsgId needed) {
  if (!prompts.secret) fail(ErrorFamily::usage, needed);
  return prompts.secret(prompt, needed);
}

// The value of an environment variable the user named for a secret.
std::string secret_from_env(const std::string& var) {
  const char* v = std::getenv(var.c_str());
  if (!v) fail(ErrorFamily::usage, MsgId::sign_pass_env_missing, {var});
  return v;
}

void check_validity(const X509* cert, const SignerSource& s, const SignerPrompts& prompts) {
  if (sign::validity_at(cert, static_cast<long long>(std::time(nullptr))) == sign::Validity::valid) return;
  std::vector<std::string> args{sign::common_name(cert), sign::not_before_text(cert),
                                sign::not_after_text(cert)};
  if (s.strict) fail(ErrorFamily::input, MsgId::sign_cert_not_valid, args);
  if (prompts.warn) prompts.warn({MsgId::sign_cert_not_valid_warning, args, {}});
}

// The appearance with the images read.
sign::SignOptions with_images(const SignerSource& s) {
  sign::SignOptions opts = s.appearance;
  if (!s.image.empty()) opts.image_png = read_bytes(s.image), opts.image_name = s.image;
  if (!s.seal.empty()) opts.seal_png = read_bytes(s.seal), opts.seal_name = s.seal;
  return opts;
}

}  // namespace

sign::Timestamper source_timestamper(const SignerSource& s) {
  return s.tsa.empty() ? sign::Timestamper{} : sign::tsa_timestamper({s.tsa, s.tsa_ca});
}

sign::LtvOptions source_ltv(const SignerSource& s, long long now) {
  sign::LtvOptions l;
  l.enabled = s.ltv || s.doc_timestamp;
  for (const auto& f : s.crls) l.crl_files.push_back({f, read_bytes(f)});
  for (const auto& f : s.ocsps) l.ocsp_files.push_back({f, read_bytes(f)});
  l.now = now;
  if (s.doc_timestamp) {
    if (s.tsa.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"--tsa URL"});
    l.doc_timestamp = sign::TsaOptions{s.tsa, s.tsa_ca};
  }
  return l;
}

sign::SignOptions load_signer(const SignerSource& s, const SignerPrompts& prompts) {
  const bool pem = !s.key.empty() && !s.cert.empty(), p12 = !s.p12.empty(), token = !s.pkcs11_uri.empty();
  if (pem + p12 + token != 1 || (!pem && !s.key.empty()) || (!token && !s.pkcs11_module.empty()))
    fail(ErrorFamily::usage, MsgId::sign_need_credentials);
  sign::SignOptions opts = with_images(s);
  if (token) {
    sign::Pkcs11Options p;
    p.module = s.pkcs11_module;
    p.uri = s.pkcs11_uri;
    p.pin = [&s, &prompts]() {
      return s.pin_env.empty() ? ask(prompts, MsgId::sign_pin_prompt, MsgId::sign_pin_needed)
                               : secret_from_env(s.pin_env);
    };
    if (!s.chain.empty()) p.extra_chain = sign::read_pem_certificates(s.chain);
    opts.credentials = sign::open_pkcs11(p);
  } else {
    auto load = [&](std::string pass) {
      auto signer = pem ? sign::load_pem(s.key, s.cert, s.chain, pass) : sign::load_p12(s.p12, pass);
      OPENSSL_cleanse(pass.data(), pass.size());
      return signer;
    };
    if (!s.pass_env.empty()) {
      opts.credentials = load(secret_from_env(s.pass_env));
    } else {
      // An unencrypted key needs no passphrase; ask only when it says so
      // (a key that is not the certificate's is its own error, not this).
      try {
        opts.credentials = load("");
      } catch (const Error& e) {
        if (e.diagnostics().empty() || e.diagnostics()[0].id != MsgId::sign_pass_needed) throw;
        opts.credentials = load(ask(prompts, MsgId::sign_pass_prompt, MsgId::sign_pass_needed));
      }
    }
  }
  check_validity(opts.credentials->cert.get(), s, prompts);
  opts.timestamp = source_timestamper(s);
  opts.ltv = source_ltv(s, static_cast<long long>(std::time(nullptr)));
  return opts;
}

sign::SignOptions load_certificate_only(const SignerSource& s, const SignerPrompts& prompts) {
  if (s.cert.empty() || !s.key.empty() || !s.p12.empty() || !s.pkcs11_uri.empty())
    fail(ErrorFamily::usage, MsgId::sign_two_step_usage);
  sign::SignOptions opts = with_images(s);
  std::vector<sign::X509Ptr> certs = sign::read_pem_certificates(s.cert);
  std::vector<sign::X509Ptr> chain =
      s.chain.empty() ? std::vector<sign::X509Ptr>{} : sign::read_pem_certificates(s.chain);
  opts.credentials = sign::certificate_only(std::move(certs.front()), std::move(chain));
  check_validity(opts.credentials->cert.get(), s, prompts);
  return opts;
}

}  // namespace baocao::cycle
