// The sign and verify commands: read files and options, call engine/sign,
// write atomically. The signer's options and the passphrase are handled by
// sign_options.hpp, shared with `run --sign`.
#include "app/sign_command.hpp"

#include <ctime>
#include <iostream>

#include "app/sign_options.hpp"
#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/sign/sign_pdf.hpp"
#include "engine/sign/verify.hpp"

namespace baocao::app {

namespace {

class SignCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("out", "OUT.pdf", MsgId::opt_out, lang, true));
    signer_.define(o, lang, true);
    o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (signer_.set(name, value)) return;
    if (name == "out")
      out_ = value;
    else if (name == "fonts")
      fonts_ = value;
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"IN.pdf"});
    std::string pdf = read_input_file(args[0]);
    sign::SignOptions opts = signer_.load(ctx);
    std::optional<fonts::FontSet> fonts;
    if (!opts.invisible) {
      fonts = fonts::FontSet::load(fonts_.empty() ? fonts::FontSet::default_manifest()
                                                  : std::filesystem::path(fonts_));
      opts.fonts = &*fonts;
    }
    opts.time = static_cast<long long>(std::time(nullptr));
    write_file_atomic(out_, sign::sign_pdf(pdf, opts));
    ctx.out << message(ctx.lang, MsgId::sign_written, {out_}) << '\n';
    return 0;
  }

 private:
  SignerOptions signer_;
  std::string out_, fonts_;
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
    auto reports = sign::verify_pdf(read_input_file(args[0]), trust_);
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
