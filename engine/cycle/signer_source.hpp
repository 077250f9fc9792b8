// Where a signer comes from, for every front end that signs (`sign`,
// `issue`, `run --sign`, the portal): a key file and its certificate, a
// PKCS#12 file or a PKCS#11 token, with the signature's images, the
// time-stamp authority and the long-term-validation data, all named by
// plain paths and settings. The passphrase or PIN is never among them: it
// is read from an environment variable the caller names, or asked through
// the caller's prompt, and never printed, logged or kept.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/sign_pdf.hpp"

namespace baocao::cycle {

struct SignerSource {
  // Exactly one credential: `key` with `cert`, `p12`, or `pkcs11_uri` (with
  // `pkcs11_module`, else the URI's module); `chain` adds intermediate CAs.
  std::string key, cert, chain, p12, pkcs11_module, pkcs11_uri;
  // Environment variables holding the passphrase (key, PKCS#12) and the
  // token's PIN; empty: the prompt asks, when the credential needs one.
  std::string pass_env, pin_env;
  std::string image, seal;  // PNG files: the signature's image, the seal
  std::string tsa, tsa_ca;  // RFC 3161 time-stamp authority, its CA file
  bool ltv = false, doc_timestamp = false;
  std::vector<std::string> crls, ocsps;  // validation data files to embed
  bool strict = false;                   // a certificate not valid now is an error, not a warning
  // Reason, location, invisible, page, rect and the image limit; the
  // loaders fill the rest.
  sign::SignOptions appearance;

  bool given() const {
    return !key.empty() || !cert.empty() || !p12.empty() || !pkcs11_uri.empty() || !pkcs11_module.empty();
  }
  bool time_stamps_or_ltv() const { return !tsa.empty() || ltv || doc_timestamp; }
};

// How the loaders reach the person who signs.
struct SignerPrompts {
  // Asks for a secret (`prompt`: sign_pass_prompt, sign_pin_prompt) without
  // showing it; throws Error(usage, `needed`) when it cannot ask. Empty:
  // nobody to ask, the same error.
  std::function<std::string(MsgId prompt, MsgId needed)> secret;
  // A certificate not valid now, without `strict` (sign_cert_not_valid_warning).
  std::function<void(const Diagnostic&)> warn;
};

// The signer with images, time stamps and LTV set; the caller sets fonts,
// time and, for a run, the placement. Error(usage, sign_need_credentials)
// unless exactly one credential is given; Error(input, sign_cert_not_valid)
// for a certificate not valid now with `strict`.
sign::SignOptions load_signer(const SignerSource& source, const SignerPrompts& prompts);

// The same without a key: the certificate (`cert`, `chain`) for preparing a
// two-step signature. Error(usage, sign_two_step_usage) for any key.
sign::SignOptions load_certificate_only(const SignerSource& source, const SignerPrompts& prompts);

// `tsa`/`tsa_ca` and `ltv`/`crls`/`ocsps`/`doc_timestamp` alone (finishing
// a two-step signature).
sign::Timestamper source_timestamper(const SignerSource& source);
sign::LtvOptions source_ltv(const SignerSource& source, long long now);

}  // namespace baocao::cycle
