// Signing in two steps, for remote signing services (VNPT SmartCA, Viettel
// MySign…) that sign a SHA-256 after the signer confirms on a phone,
// minutes later. `prepare` makes the signed PDF but for its /Contents and
// keeps it, with the certificate the signature must come from, in a state
// file; `finish` takes the service's answer (a raw signature value, or a
// whole CMS), checks it against that certificate and the prepared bytes,
// and writes the signed PDF. Nothing of the key is ever here.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "engine/sign/sign_pdf.hpp"

namespace baocao::sign {

// A state is good for 15 minutes: services answer within 2-5, and the
// signing time (/M) written at preparation must stay close to the truth.
constexpr long long kDefaultStateSeconds = 15 * 60;

struct TwoStepStart {
  std::string state;      // the state file's bytes (JSON)
  std::string to_sign;    // the SHA-256 the service signs: of the signed attributes
  std::string document;   // the SHA-256 of the signed byte ranges, for services returning a CMS
  long long expires = 0;  // seconds since the epoch
};

// `options` as for sign_pdf; its credentials need only a certificate (see
// certificate_only). `options.time` is the signing time and the state's start.
TwoStepStart prepare_two_step(std::string_view pdf, const SignOptions& options, long long max_age_seconds);

// A Signer that knows its certificate and chain but holds no key: for
// prepare_two_step. sign_digest fails.
std::shared_ptr<const Signer> certificate_only(X509Ptr cert, std::vector<X509Ptr> chain);

struct TwoStepAnswer {
  std::string bytes;    // the file's content
  std::string name;     // its name, for messages
  bool is_cms = false;  // --cms: a DER CMS for the document digest; else a signature value
};

// The signed PDF. Throws Error(input, sign_state_bad) for a state that is
// not one, Error(input, sign_state_expired) for one past its time,
// Error(input, sign_remote_signature_bad) when the answer does not verify
// against the prepared bytes and the expected certificate. `now` is the
// current time; `timestamp` and `ltv` as for sign_pdf.
std::string finish_two_step(std::string_view state, const std::string& state_name,
                            const TwoStepAnswer& answer, long long now, const Timestamper& timestamp,
                            const LtvOptions& ltv);

// The expected certificate of a state, for messages; null when unreadable.
X509Ptr state_certificate(std::string_view state);

std::string to_base64(std::string_view bytes);
std::string to_hex(std::string_view bytes);

}  // namespace baocao::sign
