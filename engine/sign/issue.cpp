// See issue.hpp.
#include "engine/sign/issue.hpp"

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <regex>

#include "engine/core/diagnostic.hpp"
#include "engine/render/pdf/pdf_postpass.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/pdf_objects.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::sign {

namespace {

constexpr double kPointsPerMm = 72 / 25.4;

CivilDate vietnam_day(long long t) {
  std::time_t local = static_cast<std::time_t>(t + 7 * 3600);
  std::tm tm{};
  gmtime_r(&local, &tm);
  return {tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

// The text size a field's /DA names ("/TiRo 13.0 Tf 0 g").
double da_size(QPDFObjectHandle field) {  // a copy: qpdf's getters are not const
  if (!field.getKey("/DA").isString()) return 13;
  static const std::regex kTf(R"(([0-9]+(?:\.[0-9]+)?)\s+Tf)");
  std::smatch m;
  std::string da = field.getKey("/DA").getUTF8Value();
  double v = std::regex_search(da, m, kTf) ? std::atof(m[1].str().c_str()) : 0;
  return v > 4 && v < 40 ? v : 13;
}

// Fills a text field: its value, and an appearance of `text` in the
// document's font at the field's size, on the baseline layout used (the
// room is one line, 1.2 × the size, from its top), flush left or right.
void fill_field(PdfUpdate& u, FieldOnPage f, const std::string& text, fonts::Style style, bool flush_right,
                const fonts::FontSet& fonts) {
  double size = da_size(f.field);
  double w = fonts.width(style, size, text);
  if (w > f.rect.w) {  // a number longer than the gap: smaller rather than over the "/"
    size *= f.rect.w / w;
    w = f.rect.w;
  }
  const double baseline = f.rect.h - fonts.face(style).ascender() * (f.rect.h / 1.2);
  Appearance a;
  a.width = f.rect.w;
  a.height = f.rect.h;
  a.texts.push_back({text, style, size, flush_right ? f.rect.w - w : 0, std::max(0.0, baseline)});
  const int ap = add_appearance(u, appearance_pdf(a, &fonts), f.rect.w, f.rect.h);
  u.add(f.field.getObjectID(), dict_without(f.field, {"/V", "/AP"}) + " /V " + pdf_text(text) +
                                   " /AP << /N " + std::to_string(ap) + " 0 R >> >>");
}

// Where the leader's signature image is on the page: the first image the
// widget's appearance draws (its "cm" before "Do"), else the whole widget.
class FirstImage : public QPDFObjectHandle::ParserCallbacks {
 public:
  void handleObject(QPDFObjectHandle obj) override {
    if (obj.isOperator()) {
      if (obj.getOperatorValue() == "cm" && operands_.size() >= 6 && !found) {
        std::vector<double> v;
        for (std::size_t i = operands_.size() - 6; i < operands_.size(); ++i) v.push_back(operands_[i]);
        cm = v;
      } else if (obj.getOperatorValue() == "Do" && cm.size() == 6 && !found) {
        found = true;
      }
      operands_.clear();
    } else if (obj.isNumber()) {
      operands_.push_back(obj.getNumericValue());
    } else {
      operands_.push_back(0);
    }
  }
  void handleEOF() override {}
  std::vector<double> cm;
  bool found = false;

 private:
  std::vector<double> operands_;
};

Rect image_box(const FieldOnPage& leader) {
  QPDFObjectHandle field = leader.field;
  QPDFObjectHandle ap = field.getKey("/AP");
  QPDFObjectHandle normal = ap.isDictionary() ? ap.getKey("/N") : QPDFObjectHandle::newNull();
  if (normal.isStream()) {
    FirstImage cb;
    try {
      normal.parseAsContents(&cb);
    } catch (const std::exception&) {
      cb.found = false;
    }
    // Only a plain scale and offset (no rotation) is read as a box.
    if (cb.found && cb.cm[1] == 0 && cb.cm[2] == 0 && cb.cm[0] > 0 && cb.cm[3] > 0) {
      QPDFObjectHandle bbox = normal.getDict().getKey("/BBox");
      double bx = bbox.isArray() && bbox.getArrayNItems() == 4 && bbox.getArrayItem(0).isNumber()
                      ? bbox.getArrayItem(0).getNumericValue()
                      : 0;
      double by = bbox.isArray() && bbox.getArrayNItems() == 4 && bbox.getArrayItem(1).isNumber()
                      ? bbox.getArrayItem(1).getNumericValue()
                      : 0;
      return {leader.rect.x + cb.cm[4] - bx, leader.rect.y + cb.cm[5] - by, cb.cm[0], cb.cm[3]};
    }
  }
  return leader.rect;
}

// The leader's signed field: NguoiKy, else the first signed visible one.
std::optional<FieldOnPage> leader_field(PdfUpdate& u) {
  std::optional<FieldOnPage> f = find_field(u, render::kSignerFieldName);
  if (f && f->field.hasKey("/V")) return f;
  QPDFObjectHandle form = u.pdf().getRoot().getKey("/AcroForm");
  if (!form.isDictionary() || !form.getKey("/Fields").isArray()) return std::nullopt;
  for (auto& field : form.getKey("/Fields").getArrayAsVector())
    if (field.isDictionary() && field.getKey("/FT").isName() && field.getKey("/FT").getName() == "/Sig" &&
        field.getKey("/V").isDictionary() && field.getKey("/T").isString()) {
      auto found = find_field(u, field.getKey("/T").getUTF8Value());
      if (found && found->rect.w > 0 && found->rect.h > 0) return found;
    }
  return std::nullopt;
}

Prepared issue_document(PdfUpdate& u, const IssueOptions& o, const std::string& signer) {
  std::optional<FieldOnPage> leader = leader_field(u);
  if (!leader) fail(ErrorFamily::input, MsgId::sign_issue_not_signed);
  std::optional<FieldOnPage> number = find_field(u, render::kNumberFieldName);
  std::optional<FieldOnPage> date = find_field(u, render::kDateFieldName);
  if (!number) fail(ErrorFamily::input, MsgId::sign_issue_no_field, {render::kNumberFieldName});
  if (number->field.hasKey("/V")) fail(ErrorFamily::input, MsgId::sign_issue_already);
  if (!date && o.date) fail(ErrorFamily::input, MsgId::sign_issue_no_field, {render::kDateFieldName});
  if (!o.fonts) fail(ErrorFamily::internal, MsgId::sign_failed, {"no fonts"});
  // ND30 writes "Số: 07/BC-UBND", no space before the "/": the number
  // goes against it, at the right of the gap.
  fill_field(u, *number, document_number(o.number), fonts::Style::regular, true, *o.fonts);
  if (date)
    fill_field(u, *date, text::nd30_date(o.date.value_or(vietnam_day(o.time))), fonts::Style::italic, false,
               *o.fonts);

  // The seal at its size, its right edge a third into the leader's image,
  // centred on it vertically.
  SignatureSpec spec;
  spec.name = unused_field_name(u, kIssuerFieldName);
  spec.page = leader->page;
  spec.entries = signature_entries(o.time, signer, o.reason, o.location);
  if (o.seal_png.empty()) {
    spec.invisible = true;
    return add_signature(u, spec);
  }
  PngInfo seal = check_png(o.seal_png, o.seal_name, o.max_image_pixels);
  double mm = o.seal_mm;
  if (mm <= 0 && seal.dpi > 0) mm = seal.width / seal.dpi * 25.4;
  if (mm < 15 || mm > 80) mm = o.seal_mm > 0 ? o.seal_mm : kDefaultSealMm;
  const Rect image = image_box(*leader);
  const double w = mm * kPointsPerMm, h = w * seal.height / seal.width;
  spec.rect = {image.x + image.w / 3 - w, image.y + image.h / 2 - h / 2, w, h};
  Appearance a;
  a.width = w;
  a.height = h;
  a.images.push_back({o.seal_png, o.seal_name, 0, 0, w, h});
  spec.appearance = appearance_pdf(a, nullptr);
  return add_signature(u, spec);
}

// The text signature of an appendix or a copy, top right of page 1.
Prepared issue_text(PdfUpdate& u, const IssueOptions& o, const std::string& signer) {
  std::vector<std::string> lines;
  if (o.kind == IssueOptions::Kind::attachment) {
    lines.push_back(text::to_nfc(o.number_symbol));
  } else {
    lines.push_back(text::to_nfc(o.copy_form));
    lines.push_back(text::to_nfc(o.copy_body));
  }
  lines.push_back(iso_datetime(o.time));
  if (!o.fonts) fail(ErrorFamily::internal, MsgId::sign_failed, {"no fonts"});
  const double size = 10, leading = 11.5;
  double widest = 0;
  for (const auto& l : lines) widest = std::max(widest, o.fonts->width(fonts::Style::regular, size, l));
  QPDFObjectHandle page = u.pages()[0];
  std::vector<QPDFObjectHandle> box = page.getKey("/MediaBox").getArrayAsVector();
  double pw = box.size() == 4 ? box[2].getNumericValue() - box[0].getNumericValue() : 595.28;
  double ph = box.size() == 4 ? box[3].getNumericValue() - box[1].getNumericValue() : 841.89;
  double x0 = box.size() == 4 ? box[0].getNumericValue() : 0,
         y0 = box.size() == 4 ? box[1].getNumericValue() : 0;
  // Inside ND30's right margin (15-20 mm) and its top margin (20-25 mm),
  // which page 1 leaves empty (it has no page number).
  const double w = widest + 2, h = leading * static_cast<double>(lines.size()) + 4;
  SignatureSpec spec;
  spec.name =
      unused_field_name(u, o.kind == IssueOptions::Kind::attachment ? kAttachmentFieldName : kCopyFieldName);
  spec.page = 1;
  spec.rect = {x0 + pw - 20 * kPointsPerMm - w, y0 + ph - 4 * kPointsPerMm - h, w, h};
  Appearance a;
  a.width = w;
  a.height = h;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    double lw = o.fonts->width(fonts::Style::regular, size, lines[i]);
    a.texts.push_back({lines[i], fonts::Style::regular, size, w - 1 - lw,
                       h - 2 - leading * static_cast<double>(i + 1) + 3});
  }
  spec.appearance = appearance_pdf(a, o.fonts);
  spec.entries = signature_entries(o.time, signer, o.reason, o.location);
  return add_signature(u, spec);
}

}  // namespace

std::string document_number(const std::string& number) {
  static const std::regex kDigits("[0-9]{1,6}");
  if (!std::regex_match(number, kDigits)) fail(ErrorFamily::usage, MsgId::sign_issue_bad_number, {number});
  std::string n = number;
  n.erase(0, std::min(n.find_first_not_of('0'), n.size() - 1));
  return n.size() == 1 ? "0" + n : n;
}

std::string issue_pdf(std::string_view pdf, const IssueOptions& o) {
  if (!o.credentials) fail(ErrorFamily::usage, MsgId::sign_need_credentials);
  PdfUpdate u(pdf);
  const std::string signer = text::to_nfc(common_name(o.credentials->cert.get()));
  Prepared p =
      o.kind == IssueOptions::Kind::document ? issue_document(u, o, signer) : issue_text(u, o, signer);
  return finish_pdf(std::move(p), *o.credentials, o.timestamp, o.ltv);
}

}  // namespace baocao::sign
