// The signer's flags and the terminal prompt; see sign_options.hpp.
#include "app/sign_options.hpp"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>


namespace baocao::app {

namespace {

// Reads a line from the terminal with echo off. Only a terminal: a secret
// piped in would sit in a script or a shell history.
std::string prompt_secret(Context& ctx, MsgId prompt, MsgId needed) {
  termios old{};
  if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &old) != 0) fail(ErrorFamily::usage, needed);
  ctx.err << message(ctx.lang, prompt) << std::flush;
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  std::string secret;
  std::getline(std::cin, secret);
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
  ctx.err << '\n';
  return secret;
}

sign::Rect parse_rect(const std::string& value) {
  sign::Rect r;
  char extra = 0;
  if (std::sscanf(value.c_str(), "%lf,%lf,%lf,%lf%c", &r.x, &r.y, &r.w, &r.h, &extra) != 4 || r.w <= 0 ||
      r.h <= 0)
    fail(ErrorFamily::usage, MsgId::sign_bad_rect, {value});
  return r;
}

int parse_page(const std::string& value) {
  char* end = nullptr;
  long n = std::strtol(value.c_str(), &end, 10);
  if (*end || n < 1) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"page", value, "N"});
  return static_cast<int>(n);
}

}  // namespace

void signer_flags(Flags& f, cycle::SignerSource& s, bool placement, bool appearance) {
  sign::SignOptions& a = s.appearance;
  f.text("key", "KEY.pem", MsgId::opt_sign_key, s.key)
      .text("cert", "CERT.pem", MsgId::opt_sign_cert, s.cert)
      .text("chain", "CHAIN.pem", MsgId::opt_sign_chain, s.chain)
      .text("p12", "FILE.p12", MsgId::opt_sign_p12, s.p12)
      .text("pass-env", "VAR", MsgId::opt_sign_pass_env, s.pass_env)
      .text("pkcs11-module", "PATH", MsgId::opt_sign_pkcs11_module, s.pkcs11_module)
      .text("pkcs11-uri", "pkcs11:…", MsgId::opt_sign_pkcs11_uri, s.pkcs11_uri)
      .text("pin-env", "VAR", MsgId::opt_sign_pin_env, s.pin_env)
      .text("reason", "TEXT", MsgId::opt_sign_reason, a.reason)
      .text("location", "TEXT", MsgId::opt_sign_location, a.location)
      .text("seal", "con-dau.png", MsgId::opt_sign_seal, s.seal);
  if (appearance)
    f.text("image", "chu-ky.png", MsgId::opt_sign_image, s.image)
        .flag("invisible", MsgId::opt_sign_invisible, a.invisible);
  if (placement)
    f.value("page", "N", MsgId::opt_sign_page, [&a](const std::string& v) {
       a.page = parse_page(v);
     }).value("rect", "x,y,w,h", MsgId::opt_sign_rect, [&a](const std::string& v) {
      a.rect = parse_rect(v);
    });
  f.text("tsa", "URL", MsgId::opt_sign_tsa, s.tsa)
      .text("tsa-ca", "CA.pem", MsgId::opt_sign_tsa_ca, s.tsa_ca)
      .flag("ltv", MsgId::opt_sign_ltv, s.ltv)
      .text("crl", "FILE.crl", MsgId::opt_sign_crl, s.crls)
      .text("ocsp-response", "FILE.der", MsgId::opt_sign_ocsp, s.ocsps)
      .flag("doc-timestamp", MsgId::opt_sign_doc_timestamp, s.doc_timestamp)
      .flag("strict", MsgId::opt_sign_strict, s.strict)
      .limit("max-image-pixels", MsgId::opt_sign_max_image_pixels, a.max_image_pixels);
}

cycle::SignerPrompts terminal_prompts(Context& ctx) {
  return {[&ctx](MsgId prompt, MsgId needed) { return prompt_secret(ctx, prompt, needed); },
          [&ctx](const Diagnostic& d) { ctx.err << "baocao: " << format_diagnostic(ctx.lang, d) << '\n'; }};
}

}  // namespace baocao::app
