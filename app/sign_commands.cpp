// The signing commands, flags into the jobs of engine/cycle (sign_file.hpp,
// issue_file.hpp, verify_report.hpp); the signer's flags and the passphrase
// prompt are sign_options.hpp, which `run --sign` shares.
//
// `baocao sign IN.pdf --out OUT.pdf (--key K.pem --cert C.pem [--chain CH.pem] | --p12 F.p12
//  | --pkcs11-uri URI) [--pass-env VAR] [--reason T] [--location T] [--image P.png] [--seal P.png]
//  [--invisible] [--page N] [--rect x,y,w,h] [--tsa URL] [--fonts manifest.json]`
// `baocao verify FILE.pdf [--trust CA.pem]`: exit 0 only when every signature is valid.
// `baocao issue IN.pdf --number 125 [--date 2025-12-11] --seal con-dau.png <signer options> --out OUT.pdf`
// `baocao issue PHU-LUC.pdf --attachment --number 125 --symbol BC-UBND <signer options> --out OUT.pdf`
// `baocao issue BAN-SAO.pdf --copy sao-y [--copy-body TEXT] <signer options> --out OUT.pdf`
#include <cstdlib>

#include "app/flags.hpp"
#include "app/sign_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/issue_file.hpp"
#include "engine/cycle/sign_file.hpp"
#include "engine/cycle/verify_report.hpp"
#include "engine/sign/two_step.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::app {

namespace {

class SignCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto minutes = [this](const std::string& v) {
      o_.state_seconds = static_cast<long long>(parse_limit("state-minutes", v)) * 60;
    };
    f.text("out", "OUT.pdf", MsgId::opt_out_signed, o_.out, true);
    signer_flags(f, o_.signer, true);
    f.text("fonts", "manifest.json", MsgId::opt_fonts, o_.fonts)
        .flag("prepare", MsgId::opt_sign_prepare, o_.prepare)
        .text("finish", "STATE", MsgId::opt_sign_finish, o_.finish)
        .text("signature", "SIG.bin", MsgId::opt_sign_signature, o_.signature)
        .text("cms", "CMS.der", MsgId::opt_sign_cms, o_.cms)
        .value("state-minutes", "N", MsgId::opt_sign_state_minutes, minutes);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (o_.finish.empty() && args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"IN.pdf"});
    if (!o_.finish.empty() && !args.empty()) fail(ErrorFamily::usage, MsgId::sign_two_step_usage);
    if (!args.empty()) o_.in = args[0];
    const cycle::SignFileReport r = cycle::sign_file(o_, terminal_prompts(ctx));
    if (!r.prepared) {
      ctx.say(MsgId::sign_written, {o_.out.string()});
      return 0;
    }
    ctx.say(MsgId::sign_prepared_hex, {sign::to_hex(r.to_sign)});
    ctx.say(MsgId::sign_prepared_base64, {sign::to_base64(r.to_sign)});
    ctx.say(MsgId::sign_prepared_document, {sign::to_hex(r.document)});
    ctx.say(MsgId::sign_prepared_cert, {r.signer, r.serial, r.cert_sha256});
    ctx.say(MsgId::sign_prepared_written, {o_.out.string(), sign::iso_datetime(r.expires)});
    return 0;
  }

 private:
  cycle::SignFileOptions o_;
};

class VerifyCommand : public FlagCommand {
 public:
  void flags(Flags& f) override { f.text("trust", "CA.pem", MsgId::opt_verify_trust, trust_); }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"FILE.pdf"});
    const cycle::VerifyReport r = cycle::verify_file(args[0], trust_);
    ctx.print(cycle::verify_lines(r, ctx.lang));
    return r.signatures.empty() || r.invalid ? 1 : 0;
  }

 private:
  std::string trust_;
};

class IssueCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto date = [this](const std::string& v) {
      o_.date = text::parse_vi_date(v);
      if (!o_.date) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"date", v, "YYYY-MM-DD"});
    };
    auto copy = [this](const std::string& v) { o_.copy = cycle::copy_form(v); };
    auto seal_mm = [this](const std::string& v) {
      char* end = nullptr;
      o_.seal_mm = std::strtod(v.c_str(), &end);
      if (*end || !(o_.seal_mm >= 10 && o_.seal_mm <= 100))
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"seal-mm", v, "10-100"});
    };
    f.text("out", "OUT.pdf", MsgId::opt_out_signed, o_.out, true);
    signer_flags(f, o_.signer, false, false);
    f.text("fonts", "manifest.json", MsgId::opt_fonts, o_.fonts)
        .text("number", "125", MsgId::opt_issue_number, o_.number)
        .value("date", "YYYY-MM-DD", MsgId::opt_issue_date, date)
        .flag("attachment", MsgId::opt_issue_attachment, o_.attachment)
        .text("symbol", "BC-UBND", MsgId::opt_issue_symbol, o_.symbol)
        .value("copy", "sao-y", MsgId::opt_issue_copy, copy)
        .text("copy-body", "TEXT", MsgId::opt_issue_copy_body, o_.copy_body)
        .value("seal-mm", "MM", MsgId::opt_issue_seal_mm, seal_mm);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"IN.pdf"});
    o_.in = args[0];
    cycle::issue_file(o_, terminal_prompts(ctx));
    ctx.say(MsgId::sign_issued, {o_.out.string()});
    return 0;
  }

 private:
  cycle::IssueFileOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_sign_command() {
  return std::make_unique<SignCommand>();
}
std::unique_ptr<Command> make_verify_command() {
  return std::make_unique<VerifyCommand>();
}

std::unique_ptr<Command> make_issue_command() {
  return std::make_unique<IssueCommand>();
}

}  // namespace baocao::app
