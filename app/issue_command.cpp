// `baocao issue IN.pdf --number 125 [--date 2025-12-11] --seal con-dau.png <signer options> --out OUT.pdf`
// `baocao issue PHU-LUC.pdf --attachment --number 125 --symbol BC-UBND <signer options> --out OUT.pdf`
// `baocao issue BAN-SAO.pdf --copy sao-y [--copy-body TEXT] <signer options> --out OUT.pdf`
// Flags into cycle::IssueFileOptions (engine/cycle/issue_file.hpp).
#include <cstdlib>

#include "app/flags.hpp"
#include "app/sign_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/issue_file.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::app {

namespace {

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
    f.text("out", "OUT.pdf", MsgId::opt_out, o_.out, true);
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

std::unique_ptr<Command> make_issue_command() {
  return std::make_unique<IssueCommand>();
}

}  // namespace baocao::app
