#include "engine/cycle/sign_file.hpp"

#include <ctime>
#include <optional>

#include "engine/core/atomic_file.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/cycle/paths.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/sign/certificate.hpp"

namespace baocao::cycle {

namespace {

void finish(const SignFileOptions& o) {
  if (o.prepare || o.signature.empty() == o.cms.empty() || o.signer.given())
    fail(ErrorFamily::usage, MsgId::sign_two_step_usage);
  const std::string state = read_bytes(o.finish);
  sign::TwoStepAnswer answer;
  answer.is_cms = !o.cms.empty();
  answer.name = (answer.is_cms ? o.cms : o.signature).string();
  answer.bytes = read_bytes(answer.name);
  const long long now = static_cast<long long>(std::time(nullptr));
  write_file_atomic(o.out, sign::finish_two_step(state, o.finish.string(), answer, now,
                                                 source_timestamper(o.signer), source_ltv(o.signer, now)));
}

}  // namespace

SignFileReport sign_file(const SignFileOptions& o, const SignerPrompts& prompts) {
  SignFileReport r;
  if (!o.finish.empty()) {
    finish(o);
    return r;
  }
  if (!o.signature.empty() || !o.cms.empty() || (o.prepare && o.signer.time_stamps_or_ltv()))
    fail(ErrorFamily::usage, MsgId::sign_two_step_usage);
  const std::string pdf = read_bytes(o.in);
  sign::SignOptions opts =
      o.prepare ? load_certificate_only(o.signer, prompts) : load_signer(o.signer, prompts);
  std::optional<fonts::FontSet> fonts;
  if (!opts.invisible) {
    fonts = fonts::FontSet::load(Paths::shipped(o.fonts).fonts);
    opts.fonts = &*fonts;
  }
  opts.time = static_cast<long long>(std::time(nullptr));
  if (!o.prepare) {
    write_file_atomic(o.out, sign::sign_pdf(pdf, opts));
    return r;
  }
  sign::TwoStepStart start = sign::prepare_two_step(pdf, opts, o.state_seconds);
  write_file_atomic(o.out, start.state);
  const X509* cert = opts.credentials->cert.get();
  r.prepared = true;
  r.to_sign = std::move(start.to_sign);
  r.document = std::move(start.document);
  r.signer = sign::common_name(cert);
  r.serial = sign::serial_hex(cert);
  r.cert_sha256 = sign::cert_sha256(cert);
  r.expires = start.expires;
  return r;
}

}  // namespace baocao::cycle
