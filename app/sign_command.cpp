// The sign and verify commands: read files and options, call engine/sign,
// write atomically. The passphrase comes from --pass-env or a prompt with
// echo off, never from argv, and is never printed.
#include "app/sign_command.hpp"

#include <termios.h>
#include <unistd.h>

#include <ctime>
#include <fstream>
#include <iostream>
#include <sstream>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/sign/sign_pdf.hpp"
#include "engine/sign/timestamp.hpp"
#include "engine/sign/verify.hpp"

namespace baocao::app {

namespace {

std::string read_all(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {file}, at_file(file));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Reads a line from the terminal with echo off (or from stdin when piped).
std::string prompt_passphrase(Context& ctx) {
  ctx.err << message(ctx.lang, MsgId::sign_pass_prompt) << std::flush;
  termios old{};
  bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old) == 0;
  if (tty) {
    termios quiet = old;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string pass;
  std::getline(std::cin, pass);
  if (tty) tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
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

class SignCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("out", "OUT.pdf", MsgId::opt_out, lang, true));
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
    o.addOption(value_option("page", "N", MsgId::opt_sign_page, lang));
    o.addOption(value_option("rect", "x,y,w,h", MsgId::opt_sign_rect, lang));
    o.addOption(value_option("tsa", "URL", MsgId::opt_sign_tsa, lang));
    o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (name == "out")
      out_ = value;
    else if (name == "key")
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
    else if (name == "fonts")
      fonts_ = value;
    else if (name == "page") {
      char* end = nullptr;
      long n = std::strtol(value.c_str(), &end, 10);
      if (*end || n < 1) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N"});
      opts_.page = static_cast<int>(n);
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"IN.pdf"});
    const bool pem = !key_.empty() && !cert_.empty();
    if (pem == !p12_.empty()) fail(ErrorFamily::usage, MsgId::sign_need_credentials);
    std::string pdf = read_all(args[0]);
    if (!image_.empty()) opts_.image_png = read_all(image_), opts_.image_name = image_;
    if (!seal_.empty()) opts_.seal_png = read_all(seal_), opts_.seal_name = seal_;

    auto load = [&](const std::string& pass) {
      return pem ? sign::load_pem(key_, cert_, chain_, pass) : sign::load_p12(p12_, pass);
    };
    std::string pass;
    if (!pass_env_.empty()) {
      const char* v = std::getenv(pass_env_.c_str());
      if (!v) fail(ErrorFamily::usage, MsgId::sign_pass_env_missing, {pass_env_});
      pass = v;
      opts_.credentials = std::make_shared<sign::Credentials>(load(pass));
    } else {
      // An unencrypted key needs no passphrase; ask only when it does.
      try {
        opts_.credentials = std::make_shared<sign::Credentials>(load(""));
      } catch (const Error&) {
        opts_.credentials = std::make_shared<sign::Credentials>(load(prompt_passphrase(ctx)));
      }
    }

    std::optional<fonts::FontSet> fonts;
    if (!opts_.invisible) {
      fonts = fonts::FontSet::load(fonts_.empty() ? fonts::FontSet::default_manifest()
                                                  : std::filesystem::path(fonts_));
      opts_.fonts = &*fonts;
    }
    if (!tsa_.empty()) opts_.timestamp = sign::tsa_timestamper(tsa_);
    opts_.time = static_cast<long long>(std::time(nullptr));
    write_file_atomic(out_, sign::sign_pdf(pdf, opts_));
    ctx.out << message(ctx.lang, MsgId::sign_written, {out_}) << '\n';
    return 0;
  }

 private:
  sign::SignOptions opts_;
  std::string out_, key_, cert_, chain_, p12_, pass_env_, image_, seal_, tsa_, fonts_;
};

class VerifyCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("trust", "CA.pem", MsgId::opt_verify_trust, lang));
  }
  void set_option(const std::string& name, const std::string& value) override {
    if (name == "trust") trust_ = value;
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"FILE.pdf"});
    auto reports = sign::verify_pdf(read_all(args[0]), trust_);
    if (reports.empty()) {
      ctx.out << message(ctx.lang, MsgId::verify_no_signatures) << '\n';
      return 1;
    }
    int invalid = 0;
    for (std::size_t i = 0; i < reports.size(); ++i) {
      const auto& r = reports[i];
      auto say = [&](MsgId id, std::vector<std::string> a = {}) {
        ctx.out << message(ctx.lang, id, a) << '\n';
      };
      say(MsgId::verify_heading, {std::to_string(i + 1), r.field});
      say(MsgId::verify_signer, {r.signer});
      say(MsgId::verify_time, {r.time});
      if (!r.timestamp.empty()) say(MsgId::verify_timestamp, {r.timestamp});
      switch (r.coverage) {
        case sign::Coverage::whole_file:
          say(MsgId::verify_covers_whole);
          break;
        case sign::Coverage::then_signed:
          say(MsgId::verify_covers_then_signed);
          break;
        case sign::Coverage::modified_after:
          say(MsgId::verify_modified_after);
          break;
        case sign::Coverage::malformed:
          say(MsgId::verify_byte_range_bad);
          break;
      }
      if (r.digest_ok)
        say(MsgId::verify_digest_ok);
      else
        say(MsgId::verify_digest_bad, {r.digest_problem});
      if (!r.chain_trusted)
        say(MsgId::verify_chain_unchecked);
      else if (*r.chain_trusted)
        say(MsgId::verify_chain_ok);
      else
        say(MsgId::verify_chain_bad, {r.chain_problem});
      if (!r.valid()) ++invalid;
    }
    if (invalid == 0) {
      ctx.out << message(ctx.lang, MsgId::verify_all_valid, {std::to_string(reports.size())}) << '\n';
      return 0;
    }
    ctx.out << message(ctx.lang, MsgId::verify_some_invalid,
                       {std::to_string(invalid), std::to_string(reports.size())})
            << '\n';
    return 1;
  }

 private:
  std::string trust_;
};

}  // namespace

std::unique_ptr<Command> make_sign_command() {
  return std::make_unique<SignCommand>();
}
std::unique_ptr<Command> make_verify_command() {
  return std::make_unique<VerifyCommand>();
}

}  // namespace baocao::app
