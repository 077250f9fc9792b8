#include "engine/cycle/issue_file.hpp"

#include <ctime>

#include "engine/core/atomic_file.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/cycle/paths.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/issue.hpp"

namespace baocao::cycle {

std::string copy_form(const std::string& value) {
  if (value == "sao-y") return "SAO Y";
  if (value == "sao-luc") return "SAO LỤC";
  if (value == "trich-sao") return "TRÍCH SAO";
  fail(ErrorFamily::usage, MsgId::sign_issue_bad_copy_form, {value});
}

void issue_file(const IssueFileOptions& in, const SignerPrompts& prompts) {
  sign::IssueOptions o;
  if (in.attachment + !in.copy.empty() > 1) fail(ErrorFamily::usage, MsgId::sign_issue_need);
  const bool has_symbol = in.number.find('/') != std::string::npos;
  if (in.attachment) {
    o.kind = sign::IssueOptions::Kind::attachment;
    if (in.number.empty() || (in.symbol.empty() && !has_symbol))
      fail(ErrorFamily::usage, MsgId::sign_issue_need);
    o.number_symbol = has_symbol ? in.number : sign::document_number(in.number) + "/" + in.symbol;
  } else if (!in.copy.empty()) {
    o.kind = sign::IssueOptions::Kind::copy;
    o.copy_form = in.copy;
  } else {
    if (in.number.empty()) fail(ErrorFamily::usage, MsgId::sign_issue_need);
    o.number = in.number;
    sign::document_number(in.number);  // a bad number is a usage error before anything is read
    o.date = in.date;
  }
  const std::string pdf = read_bytes(in.in);
  sign::SignOptions s = load_signer(in.signer, prompts);
  o.credentials = s.credentials;
  o.seal_png = s.seal_png;
  o.seal_name = s.seal_name;
  o.seal_mm = in.seal_mm;
  o.reason = s.reason;
  o.location = s.location;
  o.timestamp = s.timestamp;
  o.ltv = s.ltv;
  o.max_image_pixels = s.max_image_pixels;
  if (o.kind == sign::IssueOptions::Kind::copy) {
    const X509* cert = o.credentials->cert.get();
    o.copy_body = !in.copy_body.empty()               ? in.copy_body
                  : !sign::organization(cert).empty() ? sign::organization(cert)
                                                      : sign::common_name(cert);
  }
  const fonts::FontSet fonts = fonts::FontSet::load(Paths::shipped(in.fonts).fonts);
  o.fonts = &fonts;
  o.time = static_cast<long long>(std::time(nullptr));
  write_file_atomic(in.out, sign::issue_pdf(pdf, o));
}

}  // namespace baocao::cycle
