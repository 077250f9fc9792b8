// Parsing and loading of the signer's options; see sign_options.hpp.
#include "app/sign_options.hpp"

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/timestamp.hpp"

namespace baocao::app {

namespace {

// Reads a line from the terminal with echo off. Only a terminal: a
// passphrase piped in would sit in a script or a shell history.
std::string prompt_passphrase(Context& ctx) {
  termios old{};
  if (!isatty(STDIN_FILENO) || tcgetattr(STDIN_FILENO, &old) != 0)
    fail(ErrorFamily::usage, MsgId::sign_pass_needed);
  ctx.err << message(ctx.lang, MsgId::sign_pass_prompt) << std::flush;
  termios quiet = old;
  quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  std::string pass;
  std::getline(std::cin, pass);
  tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
  ctx.err << '\n';
  return pass;
}

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

void SignerOptions::define(Poco::Util::OptionSet& o, Lang lang, bool placement) const {
  o.addOption(value_option("key", "KEY.pem", MsgId::opt_sign_key, lang));
  o.addOption(value_option("cert", "CERT.pem", MsgId::opt_sign_cert, lang));
  o.addOption(value_option("chain", "CHAIN.pem", MsgId::opt_sign_chain, lang));
  o.addOption(value_option("p12", "FILE.p12", MsgId::opt_sign_p12, lang));
  o.addOption(value_option("pass-env", "VAR", MsgId::opt_sign_pass_env, lang));
  o.addOption(value_option("reason", "TEXT", MsgId::opt_sign_reason, lang));
  o.addOption(value_option("location", "TEXT", MsgId::opt_sign_location, lang));
  o.addOption(value_option("image", "chu-ky.png", MsgId::opt_sign_image, lang));
  o.addOption(value_option("seal", "con-dau.png", MsgId::opt_sign_seal, lang));
  o.addOption(Poco::Util::Option("invisible", "", message(lang, MsgId::opt_sign_invisible)));
  if (placement) {
    o.addOption(value_option("page", "N", MsgId::opt_sign_page, lang));
    o.addOption(value_option("rect", "x,y,w,h", MsgId::opt_sign_rect, lang));
  }
  o.addOption(value_option("tsa", "URL", MsgId::opt_sign_tsa, lang));
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
  else if (name == "page") {
    char* end = nullptr;
    long n = std::strtol(value.c_str(), &end, 10);
    if (*end || n < 1) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N"});
    opts_.page = static_cast<int>(n);
  } else
    return false;
  return true;
}

sign::SignOptions SignerOptions::load(Context& ctx) const {
  const bool pem = !key_.empty() && !cert_.empty();
  if (pem == !p12_.empty()) fail(ErrorFamily::usage, MsgId::sign_need_credentials);
  sign::SignOptions opts = opts_;
  if (!image_.empty()) opts.image_png = read_input_file(image_), opts.image_name = image_;
  if (!seal_.empty()) opts.seal_png = read_input_file(seal_), opts.seal_name = seal_;
  auto load = [&](const std::string& pass) {
    return std::make_shared<const sign::Credentials>(pem ? sign::load_pem(key_, cert_, chain_, pass)
                                                         : sign::load_p12(p12_, pass));
  };
  if (!pass_env_.empty()) {
    const char* v = std::getenv(pass_env_.c_str());
    if (!v) fail(ErrorFamily::usage, MsgId::sign_pass_env_missing, {pass_env_});
    opts.credentials = load(v);
  } else {
    // An unencrypted key needs no passphrase; ask only when it does.
    try {
      opts.credentials = load("");
    } catch (const Error&) {
      opts.credentials = load(prompt_passphrase(ctx));
    }
  }
  if (!tsa_.empty()) opts.timestamp = sign::tsa_timestamper(tsa_);
  return opts;
}

}  // namespace baocao::app
