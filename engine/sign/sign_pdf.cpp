// See sign_pdf.hpp. The update itself is written by signature_field.cpp;
// this file decides where the signature goes and what it looks like.
#include "engine/sign/sign_pdf.hpp"

#include <cmath>
#include <cstdio>
#include <ctime>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/certificate.hpp"
#include "engine/sign/pdf_objects.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::sign {

namespace {

std::tm vietnam_time(long long t) {
  std::time_t local = static_cast<std::time_t>(t + 7 * 3600);
  std::tm tm{};
  gmtime_r(&local, &tm);
  return tm;
}

// Whether the caller's placement, if any, is the field's own: `run --sign`
// passes layout's placement, which is where the renderer put the field.
bool same_place(const SignOptions& o, const FieldOnPage& f) {
  if (o.page != 0 && o.page != f.page) return false;
  if (!o.rect) return true;
  auto near = [](double a, double b) { return std::abs(a - b) < 0.5; };
  return near(o.rect->x, f.rect.x) && near(o.rect->y, f.rect.y) && near(o.rect->w, f.rect.w) &&
         near(o.rect->h, f.rect.h);
}

// The leader's appearance (ND30): the signature image as large as the room
// allows, centred between the position line and the name; the seal, when
// given, over its left third. Without an image, "Ký bởi / Thời gian ký".
Appearance leader_appearance(const SignOptions& o, const Rect& rect, const std::string& signer) {
  Appearance a;
  a.width = rect.w;
  a.height = rect.h;
  const Box room{0, 0, rect.w, rect.h};
  std::optional<PngInfo> seal;
  if (!o.seal_png.empty()) seal = check_png(o.seal_png, o.seal_name, o.max_image_pixels);
  if (!o.image_png.empty()) {
    PngInfo info = check_png(o.image_png, o.image_name, o.max_image_pixels);
    Box b = fit(info, room);
    a.images.push_back({o.image_png, o.image_name, b.x, b.y, b.w, b.h});
    if (seal) {
      Box s = fit(*seal, {0, 0, rect.h, rect.h});
      s.x = std::max(0.0, b.x + b.w / 3 - s.w);
      a.images.push_back({o.seal_png, o.seal_name, s.x, s.y, s.w, s.h});
    }
    return a;
  }
  const std::string by = "Ký bởi: " + signer, at = "Thời gian ký: " + vi_datetime(o.time);
  if (!o.fonts) fail(ErrorFamily::internal, MsgId::sign_failed, {"no fonts"});
  // Two text lines at the bottom, as large as fits up to 9 pt; the seal above.
  const fonts::Style style = fonts::Style::regular;
  double size = std::min(9.0, rect.h / 6);
  double widest = std::max(o.fonts->width(style, size, by), o.fonts->width(style, size, at));
  if (widest > rect.w) size *= rect.w / widest;
  const double leading = size * 1.2, text_h = 2 * leading + 2;
  if (seal) {
    Box s = fit(*seal, {0, text_h, rect.w, std::max(0.0, rect.h - text_h)});
    a.images.push_back({o.seal_png, o.seal_name, s.x, s.y, s.w, s.h});
  }
  a.texts.push_back({by, style, size, std::max(0.0, (rect.w - o.fonts->width(style, size, by)) / 2),
                     leading + 2 + size * 0.25});
  a.texts.push_back(
      {at, style, size, std::max(0.0, (rect.w - o.fonts->width(style, size, at)) / 2), 2 + size * 0.25});
  return a;
}

}  // namespace

Rect default_signature_rect(double page_width, double page_height) {
  // ND30 margins: left 30 mm, right 15–20 mm; the signer's block is the
  // right half of the column.
  const double left = 30 / 25.4 * 72, right = 20 / 25.4 * 72;
  double column = page_width - left - right;
  return {left + column / 2, page_height * 0.18, column / 2, 90};
}

std::optional<Placement> signature_placement(const layout::PagedDocument& doc) {
  for (std::size_t i = 0; i < doc.pages.size(); ++i)
    if (const auto& room = doc.pages[i].signature_room) {
      // Layout measures y down from the top; PDF measures up from the bottom.
      const double bottom = doc.pages[i].height - (room->y + room->h);
      return Placement{static_cast<int>(i + 1), Rect{room->x, bottom, room->w, room->h}};
    }
  return std::nullopt;
}

std::string pdf_date(long long t) {
  std::tm tm = vietnam_time(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d+07'00'", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string vi_datetime(long long t) {
  std::tm tm = vietnam_time(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d:%02d", tm.tm_mday, tm.tm_mon + 1,
                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string iso_datetime(long long t) {
  std::tm tm = vietnam_time(t);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string signature_entries(long long time, const std::string& signer, const std::string& reason,
                              const std::string& location) {
  std::string e = " /M " + pdf_text(pdf_date(time)) + " /Name " + pdf_text(signer);
  if (!reason.empty()) e += " /Reason " + pdf_text(reason);
  if (!location.empty()) e += " /Location " + pdf_text(location);
  return e;
}

Prepared prepare_pdf(std::string_view pdf, const SignOptions& o) {
  if (!o.credentials) fail(ErrorFamily::usage, MsgId::sign_need_credentials);
  PdfUpdate u(pdf);
  // --page/--rect (or --invisible) elsewhere than the field make a new field.
  std::optional<FieldOnPage> empty = find_field(u);
  if (empty && (o.invisible || !same_place(o, *empty))) empty.reset();
  SignatureSpec spec;
  spec.page = empty ? empty->page : o.page == 0 ? static_cast<int>(u.pages().size()) : o.page;
  if (spec.page < 1 || spec.page > static_cast<int>(u.pages().size()))
    fail(ErrorFamily::usage, MsgId::sign_bad_page,
         {std::to_string(spec.page), std::to_string(u.pages().size())});
  const std::string signer = text::to_nfc(common_name(o.credentials->cert.get()));
  spec.invisible = o.invisible;
  if (empty) spec.existing = empty->field;
  spec.name = unused_field_name(u, "Signature");
  if (!o.invisible) {
    QPDFObjectHandle page = u.pages()[static_cast<std::size_t>(spec.page - 1)];
    std::vector<QPDFObjectHandle> box = page.getKey("/MediaBox").getArrayAsVector();
    double pw = box.size() == 4 ? box[2].getNumericValue() - box[0].getNumericValue() : 595.28;
    double ph = box.size() == 4 ? box[3].getNumericValue() - box[1].getNumericValue() : 841.89;
    spec.rect = empty ? empty->rect : o.rect ? *o.rect : default_signature_rect(pw, ph);
    spec.appearance = appearance_pdf(leader_appearance(o, spec.rect, signer), o.fonts);
  }
  spec.entries = signature_entries(o.time, signer, o.reason, o.location);
  return add_signature(u, spec);
}

std::string finish_pdf(Prepared prepared, const Signer& signer, const Timestamper& timestamp,
                       const LtvOptions& ltv) {
  std::string cms = make_cms(sha256(prepared.signed_bytes()), signer, timestamp);
  std::string out = embed(std::move(prepared), cms);
  return ltv.enabled ? add_ltv(out, ltv) : out;
}

std::string sign_pdf(std::string_view pdf, const SignOptions& o) {
  return finish_pdf(prepare_pdf(pdf, o), *o.credentials, o.timestamp, o.ltv);
}

}  // namespace baocao::sign
