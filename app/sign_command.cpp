// The sign and verify commands: read files and options, call engine/sign,
// write atomically. The signer's options and the passphrase are handled by
// sign_options.hpp, shared with `issue` and `run --sign`.
#include "app/sign_command.hpp"

#include <ctime>
#include <iostream>

#include "app/limit_options.hpp"
#include "app/sign_options.hpp"
#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/sign_pdf.hpp"
#include "engine/sign/two_step.hpp"
#include "engine/sign/verify.hpp"

namespace baocao::app {

namespace {

class SignCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("out", "OUT.pdf", MsgId::opt_out, lang, true));
    signer_.define(o, lang, true);
    o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
    o.addOption(Poco::Util::Option("prepare", "", message(lang, MsgId::opt_sign_prepare)));
    o.addOption(value_option("finish", "STATE", MsgId::opt_sign_finish, lang));
    o.addOption(value_option("signature", "SIG.bin", MsgId::opt_sign_signature, lang));
    o.addOption(value_option("cms", "CMS.der", MsgId::opt_sign_cms, lang));
    o.addOption(value_option("state-minutes", "N", MsgId::opt_sign_state_minutes, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (signer_.set(name, value)) return;
    if (name == "out")
      out_ = value;
    else if (name == "fonts")
      fonts_ = value;
    else if (name == "prepare")
      prepare_ = true;
    else if (name == "finish")
      finish_ = value;
    else if (name == "signature")
      signature_ = value;
    else if (name == "cms")
      cms_ = value;
    else if (name == "state-minutes")
      state_seconds_ = static_cast<long long>(parse_limit("--" + name, value)) * 60;
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!finish_.empty()) return finish(args, ctx);
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"IN.pdf"});
    if (!signature_.empty() || !cms_.empty() || (prepare_ && signer_.time_stamps_or_ltv()))
      fail(ErrorFamily::usage, MsgId::sign_two_step_usage);
    std::string pdf = read_input_file(args[0]);
    sign::SignOptions opts = prepare_ ? signer_.load_certificate_only(ctx) : signer_.load(ctx);
    std::optional<fonts::FontSet> fonts;
    if (!opts.invisible) {
      fonts = fonts::FontSet::load(fonts_.empty() ? fonts::FontSet::default_manifest()
                                                  : std::filesystem::path(fonts_));
      opts.fonts = &*fonts;
    }
    opts.time = static_cast<long long>(std::time(nullptr));
    if (prepare_) {
      sign::TwoStepStart start = sign::prepare_two_step(pdf, opts, state_seconds_);
      write_file_atomic(out_, start.state);
      const X509* cert = opts.credentials->cert.get();
      auto say = [&](MsgId id, std::vector<std::string> a) { ctx.out << message(ctx.lang, id, a) << '\n'; };
      say(MsgId::sign_prepared_hex, {sign::to_hex(start.to_sign)});
      say(MsgId::sign_prepared_base64, {sign::to_base64(start.to_sign)});
      say(MsgId::sign_prepared_document, {sign::to_hex(start.document)});
      say(MsgId::sign_prepared_cert,
          {sign::common_name(cert), sign::serial_hex(cert), sign::cert_sha256(cert)});
      say(MsgId::sign_prepared_written, {out_, sign::iso_datetime(start.expires)});
      return 0;
    }
    write_file_atomic(out_, sign::sign_pdf(pdf, opts));
    ctx.out << message(ctx.lang, MsgId::sign_written, {out_}) << '\n';
    return 0;
  }

 private:
  int finish(const std::vector<std::string>& args, Context& ctx) {
    if (!args.empty() || prepare_ || signature_.empty() == cms_.empty() || signer_.given())
      fail(ErrorFamily::usage, MsgId::sign_two_step_usage);
    const std::string state = read_input_file(finish_);
    sign::TwoStepAnswer answer;
    answer.is_cms = !cms_.empty();
    answer.name = answer.is_cms ? cms_ : signature_;
    answer.bytes = read_input_file(answer.name);
    const long long now = static_cast<long long>(std::time(nullptr));
    std::string pdf =
        sign::finish_two_step(state, finish_, answer, now, signer_.timestamper(), signer_.ltv(now));
    write_file_atomic(out_, pdf);
    ctx.out << message(ctx.lang, MsgId::sign_written, {out_}) << '\n';
    return 0;
  }

  SignerOptions signer_;
  std::string out_, fonts_, finish_, signature_, cms_;
  bool prepare_ = false;
  long long state_seconds_ = sign::kDefaultStateSeconds;
};

MsgId role_message(sign::Role r) {
  switch (r) {
    case sign::Role::leader:
      return MsgId::role_leader;
    case sign::Role::issuer:
      return MsgId::role_issuer;
    case sign::Role::attachment:
      return MsgId::role_attachment;
    case sign::Role::copy:
      return MsgId::role_copy;
    case sign::Role::document_timestamp:
      return MsgId::role_doc_timestamp;
    case sign::Role::other:
      break;
  }
  return MsgId::role_other;
}

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
      say(MsgId::verify_role, {message(ctx.lang, role_message(r.role))});
      say(MsgId::verify_signer, {r.signer});
      if (!r.time.empty()) say(MsgId::verify_time, {r.time});
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
      std::string allowed, other;
      for (const sign::Change& c : r.later) {
        std::string& list = c.kind == sign::Change::Kind::other ? other : allowed;
        if (!list.empty()) list += "; ";
        switch (c.kind) {
          case sign::Change::Kind::form_fill:
            list += message(ctx.lang, MsgId::change_form_fill, {c.detail});
            break;
          case sign::Change::Kind::signature:
            list += message(ctx.lang, MsgId::change_signature, {c.detail});
            break;
          case sign::Change::Kind::validation_data:
            list += message(ctx.lang, MsgId::change_dss);
            break;
          case sign::Change::Kind::other:
            list += c.detail;
            break;
        }
      }
      if (!allowed.empty()) say(MsgId::verify_later, {allowed});
      if (!other.empty()) say(MsgId::verify_later_bad, {other});
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
