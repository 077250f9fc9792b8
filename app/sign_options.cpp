// Parsing and loading of the signer's options; see sign_options.hpp.
#include "app/sign_options.hpp"

#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/limit_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/key_signer.hpp"
#include "engine/sign/pkcs11_signer.hpp"
#include "engine/sign/timestamp.hpp"
#include "engine/sign/two_step.hpp"

namespace baocao::app {

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

// The value of an environment variable the user named for a secret.
std::string secret_from_env(const std::string& var) {
  const char* v = std::getenv(var.c_str());
  if (!v) fail(ErrorFamily::usage, MsgId::sign_pass_env_missing, {var});
  return v;
}

namespace {

sign::Rect parse_rect(const std::string& value) {
  sign::Rect r;
  char extra = 0;
  if (std::sscanf(value.c_str(), "%lf,%lf,%lf,%lf%c", &r.x, &r.y, &r.w, &r.h, &extra) != 4 || r.w <= 0 ||
      r.h <= 0)
    fail(ErrorFamily::usage, MsgId::sign_bad_rect, {value});
  return r;
}

}  // namespace

std::string read_input_file(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {file}, at_file(file));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void SignerOptions::define(Poco::Util::OptionSet& o, Lang lang, bool placement, bool appearance) const {
  o.addOption(value_option("key", "KEY.pem", MsgId::opt_sign_key, lang));
  o.addOption(value_option("cert", "CERT.pem", MsgId::opt_sign_cert, lang));
  o.addOption(value_option("chain", "CHAIN.pem", MsgId::opt_sign_chain, lang));
  o.addOption(value_option("p12", "FILE.p12", MsgId::opt_sign_p12, lang));
  o.addOption(value_option("pass-env", "VAR", MsgId::opt_sign_pass_env, lang));
  o.addOption(value_option("pkcs11-module", "PATH", MsgId::opt_sign_pkcs11_module, lang));
  o.addOption(value_option("pkcs11-uri", "pkcs11:…", MsgId::opt_sign_pkcs11_uri, lang));
  o.addOption(value_option("pin-env", "VAR", MsgId::opt_sign_pin_env, lang));
  o.addOption(value_option("reason", "TEXT", MsgId::opt_sign_reason, lang));
  o.addOption(value_option("location", "TEXT", MsgId::opt_sign_location, lang));
  o.addOption(value_option("seal", "con-dau.png", MsgId::opt_sign_seal, lang));
  if (appearance) {
    o.addOption(value_option("image", "chu-ky.png", MsgId::opt_sign_image, lang));
    o.addOption(Poco::Util::Option("invisible", "", message(lang, MsgId::opt_sign_invisible)));
  }
  if (placement) {
    o.addOption(value_option("page", "N", MsgId::opt_sign_page, lang));
    o.addOption(value_option("rect", "x,y,w,h", MsgId::opt_sign_rect, lang));
  }
  o.addOption(value_option("tsa", "URL", MsgId::opt_sign_tsa, lang));
  o.addOption(value_option("tsa-ca", "CA.pem", MsgId::opt_sign_tsa_ca, lang));
  o.addOption(Poco::Util::Option("ltv", "", message(lang, MsgId::opt_sign_ltv)));
  o.addOption(value_option("crl", "FILE.crl", MsgId::opt_sign_crl, lang).repeatable(true));
  o.addOption(value_option("ocsp-response", "FILE.der", MsgId::opt_sign_ocsp, lang).repeatable(true));
  o.addOption(Poco::Util::Option("doc-timestamp", "", message(lang, MsgId::opt_sign_doc_timestamp)));
  o.addOption(Poco::Util::Option("strict", "", message(lang, MsgId::opt_sign_strict)));
  o.addOption(value_option("max-image-pixels", "N", MsgId::opt_sign_max_image_pixels, lang));
}

bool SignerOptions::set(const std::string& name, const std::string& value) {
  if (name == "key")
    key_ = value;
  else if (name == "cert")
    cert_ = value;
  else if (name == "chain")
    chain_ = value;
  else if (name == "p12")
    p12_ = value;
  else if (name == "pass-env")
    pass_env_ = value;
  else if (name == "pkcs11-module")
    pkcs11_module_ = value;
  else if (name == "pkcs11-uri")
    pkcs11_uri_ = value;
  else if (name == "pin-env")
    pin_env_ = value;
  else if (name == "reason")
    opts_.reason = value;
  else if (name == "location")
    opts_.location = value;
  else if (name == "image")
    image_ = value;
  else if (name == "seal")
    seal_ = value;
  else if (name == "invisible")
    opts_.invisible = true;
  else if (name == "rect")
    opts_.rect = parse_rect(value);
  else if (name == "tsa")
    tsa_ = value;
  else if (name == "tsa-ca")
    tsa_ca_ = value;
  else if (name == "ltv")
    ltv_ = true;
  else if (name == "crl")
    crls_.push_back(value);
  else if (name == "ocsp-response")
    ocsps_.push_back(value);
  else if (name == "doc-timestamp")
    doc_timestamp_ = true;
  else if (name == "strict")
    strict_ = true;
  else if (name == "max-image-pixels")
    opts_.max_image_pixels = parse_limit("--" + name, value);
  else if (name == "page") {
    char* end = nullptr;
    long n = std::strtol(value.c_str(), &end, 10);
    if (*end || n < 1) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N"});
    opts_.page = static_cast<int>(n);
  } else
    return false;
  return true;
}

void SignerOptions::check_validity(const X509* cert, Context& ctx) const {
  if (sign::validity_at(cert, static_cast<long long>(std::time(nullptr))) == sign::Validity::valid) return;
  std::vector<std::string> args{sign::common_name(cert), sign::not_before_text(cert),
                                sign::not_after_text(cert)};
  if (strict_) fail(ErrorFamily::input, MsgId::sign_cert_not_valid, args);
  ctx.err << "baocao: " << message(ctx.lang, MsgId::sign_cert_not_valid_warning, args) << '\n';
}

sign::Timestamper SignerOptions::timestamper() const {
  return tsa_.empty() ? sign::Timestamper{} : sign::tsa_timestamper({tsa_, tsa_ca_});
}

sign::LtvOptions SignerOptions::ltv(long long now) const {
  sign::LtvOptions l;
  l.enabled = ltv_ || doc_timestamp_;
  for (const auto& f : crls_) l.crl_files.push_back({f, read_input_file(f)});
  for (const auto& f : ocsps_) l.ocsp_files.push_back({f, read_input_file(f)});
  l.now = now;
  if (doc_timestamp_) {
    if (tsa_.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"--tsa URL"});
    l.doc_timestamp = sign::TsaOptions{tsa_, tsa_ca_};
  }
  return l;
}

sign::SignOptions SignerOptions::load(Context& ctx) const {
  const bool pem = !key_.empty() && !cert_.empty(), p12 = !p12_.empty(), token = !pkcs11_uri_.empty();
  if (pem + p12 + token != 1 || (!pem && !key_.empty()) || (!token && !pkcs11_module_.empty()))
    fail(ErrorFamily::usage, MsgId::sign_need_credentials);
  sign::SignOptions opts = opts_;
  if (!image_.empty()) opts.image_png = read_input_file(image_), opts.image_name = image_;
  if (!seal_.empty()) opts.seal_png = read_input_file(seal_), opts.seal_name = seal_;
  if (token) {
    sign::Pkcs11Options p;
    p.module = pkcs11_module_;
    p.uri = pkcs11_uri_;
    p.pin = [this, &ctx]() {
      return pin_env_.empty() ? prompt_secret(ctx, MsgId::sign_pin_prompt, MsgId::sign_pin_needed)
                              : secret_from_env(pin_env_);
    };
    if (!chain_.empty()) p.extra_chain = sign::read_pem_certificates(chain_);
    opts.credentials = sign::open_pkcs11(p);
  } else {
    auto load = [&](std::string pass) {
      auto s = pem ? sign::load_pem(key_, cert_, chain_, pass) : sign::load_p12(p12_, pass);
      OPENSSL_cleanse(pass.data(), pass.size());
      return s;
    };
    if (!pass_env_.empty()) {
      opts.credentials = load(secret_from_env(pass_env_));
    } else {
      // An unencrypted key needs no passphrase; ask only when it says so
      // (a key that is not the certificate's is its own error, not this).
      try {
        opts.credentials = load("");
      } catch (const Error& e) {
        if (e.diagnostics().empty() || e.diagnostics()[0].id != MsgId::sign_pass_needed) throw;
        opts.credentials = load(prompt_secret(ctx, MsgId::sign_pass_prompt, MsgId::sign_pass_needed));
      }
    }
  }
  check_validity(opts.credentials->cert.get(), ctx);
  opts.timestamp = timestamper();
  opts.ltv = ltv(static_cast<long long>(std::time(nullptr)));
  return opts;
}

sign::SignOptions SignerOptions::load_certificate_only(Context& ctx) const {
  if (cert_.empty() || !key_.empty() || !p12_.empty() || !pkcs11_uri_.empty())
    fail(ErrorFamily::usage, MsgId::sign_two_step_usage);
  sign::SignOptions opts = opts_;
  if (!image_.empty()) opts.image_png = read_input_file(image_), opts.image_name = image_;
  if (!seal_.empty()) opts.seal_png = read_input_file(seal_), opts.seal_name = seal_;
  std::vector<sign::X509Ptr> certs = sign::read_pem_certificates(cert_);
  std::vector<sign::X509Ptr> chain =
      chain_.empty() ? std::vector<sign::X509Ptr>{} : sign::read_pem_certificates(chain_);
  opts.credentials = sign::certificate_only(std::move(certs.front()), std::move(chain));
  check_validity(opts.credentials->cert.get(), ctx);
  return opts;
}

}  // namespace baocao::app
