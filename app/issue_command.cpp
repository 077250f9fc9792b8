// The issue command: flags into sign::IssueOptions, the file written
// atomically. See engine/sign/issue.hpp for what issuance does.
#include "app/issue_command.hpp"

#include <cstdlib>
#include <ctime>

#include "app/sign_options.hpp"
#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/issue.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::app {

namespace {

// The copy forms of ND30 (Điều 25), as written on the copy.
std::string copy_form(const std::string& value) {
  if (value == "sao-y") return "SAO Y";
  if (value == "sao-luc") return "SAO LỤC";
  if (value == "trich-sao") return "TRÍCH SAO";
  fail(ErrorFamily::usage, MsgId::sign_issue_bad_copy_form, {value});
}

class IssueCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("out", "OUT.pdf", MsgId::opt_out, lang, true));
    signer_.define(o, lang, false, false);
    o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
    o.addOption(value_option("number", "125", MsgId::opt_issue_number, lang));
    o.addOption(value_option("date", "YYYY-MM-DD", MsgId::opt_issue_date, lang));
    o.addOption(Poco::Util::Option("attachment", "", message(lang, MsgId::opt_issue_attachment)));
    o.addOption(value_option("symbol", "BC-UBND", MsgId::opt_issue_symbol, lang));
    o.addOption(value_option("copy", "sao-y", MsgId::opt_issue_copy, lang));
    o.addOption(value_option("copy-body", "TEXT", MsgId::opt_issue_copy_body, lang));
    o.addOption(value_option("seal-mm", "MM", MsgId::opt_issue_seal_mm, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (signer_.set(name, value)) return;
    if (name == "out") {
      out_ = value;
    } else if (name == "fonts") {
      fonts_ = value;
    } else if (name == "number") {
      number_ = value;
    } else if (name == "date") {
      date_ = text::parse_vi_date(value);
      if (!date_) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "YYYY-MM-DD"});
    } else if (name == "attachment") {
      attachment_ = true;
    } else if (name == "symbol") {
      symbol_ = value;
    } else if (name == "copy") {
      copy_ = copy_form(value);
    } else if (name == "copy-body") {
      copy_body_ = value;
    } else if (name == "seal-mm") {
      char* end = nullptr;
      seal_mm_ = std::strtod(value.c_str(), &end);
      if (*end || !(seal_mm_ >= 10 && seal_mm_ <= 100))
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "10-100"});
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"IN.pdf"});
    sign::IssueOptions o;
    if (attachment_ + !copy_.empty() > 1) fail(ErrorFamily::usage, MsgId::sign_issue_need);
    if (attachment_) {
      o.kind = sign::IssueOptions::Kind::attachment;
      if (number_.empty() || (symbol_.empty() && number_.find('/') == std::string::npos))
        fail(ErrorFamily::usage, MsgId::sign_issue_need);
      o.number_symbol =
          number_.find('/') != std::string::npos ? number_ : sign::document_number(number_) + "/" + symbol_;
    } else if (!copy_.empty()) {
      o.kind = sign::IssueOptions::Kind::copy;
      o.copy_form = copy_;
    } else {
      if (number_.empty()) fail(ErrorFamily::usage, MsgId::sign_issue_need);
      o.number = number_;
      sign::document_number(number_);  // a bad number is a usage error before anything is read
      o.date = date_;
    }
    const std::string pdf = read_input_file(args[0]);
    sign::SignOptions s = signer_.load(ctx);
    o.credentials = s.credentials;
    o.seal_png = s.seal_png;
    o.seal_name = s.seal_name;
    o.seal_mm = seal_mm_;
    o.reason = s.reason;
    o.location = s.location;
    o.timestamp = s.timestamp;
    o.ltv = s.ltv;
    o.max_image_pixels = s.max_image_pixels;
    if (o.kind == sign::IssueOptions::Kind::copy)
      o.copy_body = !copy_body_.empty() ? copy_body_
                    : !sign::organization(o.credentials->cert.get()).empty()
                        ? sign::organization(o.credentials->cert.get())
                        : sign::common_name(o.credentials->cert.get());
    const fonts::FontSet fonts = fonts::FontSet::load(fonts_.empty() ? fonts::FontSet::default_manifest()
                                                                     : std::filesystem::path(fonts_));
    o.fonts = &fonts;
    o.time = static_cast<long long>(std::time(nullptr));
    write_file_atomic(out_, sign::issue_pdf(pdf, o));
    ctx.out << message(ctx.lang, MsgId::sign_issued, {out_}) << '\n';
    return 0;
  }

 private:
  SignerOptions signer_;
  std::string out_, fonts_, number_, symbol_, copy_, copy_body_;
  std::optional<CivilDate> date_;
  bool attachment_ = false;
  double seal_mm_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_issue_command() {
  return std::make_unique<IssueCommand>();
}

}  // namespace baocao::app
