// The incremental update, written by hand (qpdf reads, never rewrites). The
// update holds: the /Sig dictionary, the field+widget, the appearance form
// and what it uses, the page with the widget added to /Annots, the
// AcroForm with the field added to /Fields, the catalog when the AcroForm
// was not an object of its own, and a cross-reference section of the same
// kind as the previous one (table or stream) with /Prev pointing to it.
#include "engine/sign/sign_pdf.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/appearance.hpp"
#include "engine/sign/pdf_objects.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::sign {

namespace {

// Room for an RSA-4096 CMS with a chain and a timestamp token.
constexpr std::size_t kContentsBytes = 12288;
constexpr std::size_t kByteRangeWidth = 48;

std::tm vietnam_time(long long t) {
  std::time_t local = static_cast<std::time_t>(t + 7 * 3600);
  std::tm tm{};
  gmtime_r(&local, &tm);
  return tm;
}

// The offset after the last "startxref", i.e. where the previous xref is.
long long previous_xref(std::string_view pdf) {
  std::size_t at = pdf.rfind("startxref");
  if (at == std::string_view::npos) fail(ErrorFamily::input, MsgId::sign_bad_pdf, {"startxref"});
  return std::atoll(std::string(pdf.substr(at + 9, 24)).c_str());
}

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::string field_name(QPDFObjectHandle acroform) {
  std::vector<std::string> names;
  if (acroform.isDictionary() && acroform.getKey("/Fields").isArray())
    for (auto& f : acroform.getKey("/Fields").getArrayAsVector())
      if (f.isDictionary() && f.getKey("/T").isString()) names.push_back(f.getKey("/T").getUTF8Value());
  for (std::size_t n = names.size() + 1;; ++n) {
    std::string name = "Signature" + std::to_string(n);
    if (std::find(names.begin(), names.end(), name) == names.end()) return name;
  }
}

void put_be(std::string& out, unsigned long long v, int bytes) {
  for (int i = bytes - 1; i >= 0; --i) out += static_cast<char>((v >> (8 * i)) & 0xff);
}

// The cross-reference section of the update and the trailer.
std::string xref_section(const std::map<int, std::size_t>& offsets, std::size_t xref_at, int size,
                         QPDFObjectHandle trailer, long long prev, bool as_stream, int stream_num) {
  std::string keys = " /Root " + trailer.getKey("/Root").unparse() + " /Prev " + std::to_string(prev);
  if (trailer.hasKey("/Info")) keys += " /Info " + trailer.getKey("/Info").unparse();
  if (trailer.hasKey("/ID")) keys += " /ID " + trailer.getKey("/ID").unparse();
  std::string out;
  if (as_stream) {
    std::map<int, std::size_t> all = offsets;
    all[stream_num] = xref_at;
    std::string data, index;
    for (auto [n, off] : all) {
      put_be(data, 1, 1);
      put_be(data, off, 4);
      put_be(data, 0, 2);
      index += std::to_string(n) + " 1 ";
    }
    out = stream_object(
        stream_num,
        " /Type /XRef /Size " + std::to_string(size) + " /W [1 4 2] /Index [" + index + "]" + keys, data);
  } else {
    out = "xref\n";
    char line[32];
    for (auto [n, off] : offsets) {
      std::snprintf(line, sizeof line, "%010zu 00000 n\r\n", off);
      out += std::to_string(n) + " 1\n" + line;
    }
    out += "trailer\n<< /Size " + std::to_string(size) + keys + " >>\n";
  }
  return out + "startxref\n" + std::to_string(xref_at) + "\n%%EOF\n";
}

// An unsigned signature field (the one the renderer leaves in the signer's
// block), with its page (1-based) and rectangle; null when there is none.
struct EmptyField {
  QPDFObjectHandle field;
  int page = 0;
  Rect rect;
};
std::optional<EmptyField> empty_signature_field(QPDFObjectHandle acroform,
                                                std::vector<QPDFObjectHandle> pages) {
  if (!acroform.isDictionary() || !acroform.getKey("/Fields").isArray()) return std::nullopt;
  for (auto& f : acroform.getKey("/Fields").getArrayAsVector()) {
    if (!f.isIndirect() || !f.isDictionary() || f.getKey("/FT").unparse() != "/Sig" || f.hasKey("/V"))
      continue;
    std::vector<QPDFObjectHandle> r = f.getKey("/Rect").getArrayAsVector();
    if (r.size() != 4 || !std::all_of(r.begin(), r.end(), [](auto& v) { return v.isNumber(); })) continue;
    for (std::size_t i = 0; i < pages.size(); ++i) {
      QPDFObjectHandle annots = pages[i].getKey("/Annots");
      if (!annots.isArray()) continue;
      for (auto& a : annots.getArrayAsVector())
        if (a.isIndirect() && a.getObjGen() == f.getObjGen()) {
          double x0 = r[0].getNumericValue(), y0 = r[1].getNumericValue(), x1 = r[2].getNumericValue(),
                 y1 = r[3].getNumericValue();
          if (x1 - x0 <= 0 || y1 - y0 <= 0) break;
          return EmptyField{f, static_cast<int>(i + 1), Rect{x0, y0, x1 - x0, y1 - y0}};
        }
    }
  }
  return std::nullopt;
}

// Whether the caller's placement, if any, is the field's own: `run --sign`
// passes layout's placement, which is where the renderer put the field.
bool same_place(const SignOptions& o, const EmptyField& f) {
  if (o.page != 0 && o.page != f.page) return false;
  if (!o.rect) return true;
  auto near = [](double a, double b) { return std::abs(a - b) < 0.5; };
  return near(o.rect->x, f.rect.x) && near(o.rect->y, f.rect.y) && near(o.rect->w, f.rect.w) &&
         near(o.rect->h, f.rect.h);
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
  char buf[40];
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02d+07'00'", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string vi_datetime(long long t) {
  std::tm tm = vietnam_time(t);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d:%02d", tm.tm_mday, tm.tm_mon + 1,
                tm.tm_year + 1900, tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

std::string sign_pdf(std::string_view pdf, const SignOptions& o) {
  if (!o.credentials) fail(ErrorFamily::usage, MsgId::sign_need_credentials);
  const std::string input(pdf);  // qpdf reads from a buffer that must outlive it
  QPDF q;
  std::vector<QPDFObjectHandle> pages;
  try {
    q.setSuppressWarnings(true);
    q.processMemoryFile("input.pdf", input.data(), input.size());
    pages = q.getAllPages();
  } catch (const std::exception& e) {
    fail(ErrorFamily::input, MsgId::sign_bad_pdf, {e.what()});
  }
  if (pages.empty()) fail(ErrorFamily::input, MsgId::sign_bad_pdf, {"no pages"});
  QPDFObjectHandle root = q.getRoot();
  QPDFObjectHandle acroform = root.getKey("/AcroForm");
  // --page/--rect (or --invisible) elsewhere than the field make a new field.
  std::optional<EmptyField> empty = empty_signature_field(acroform, pages);
  if (empty && (o.invisible || !same_place(o, *empty))) empty.reset();
  int page_no = empty ? empty->page : o.page == 0 ? static_cast<int>(pages.size()) : o.page;
  if (page_no < 1 || page_no > static_cast<int>(pages.size()))
    fail(ErrorFamily::usage, MsgId::sign_bad_page, {std::to_string(page_no), std::to_string(pages.size())});
  QPDFObjectHandle page = pages[static_cast<std::size_t>(page_no - 1)];
  QPDFObjectHandle trailer = q.getTrailer();
  const long long prev = previous_xref(input);
  const bool prev_is_stream = input.compare(static_cast<std::size_t>(prev), 4, "xref") != 0;

  std::string signer = text::to_nfc(common_name(o.credentials->cert.get()));
  Rect rect{};
  std::string appearance;
  if (!o.invisible) {
    if (!o.fonts) fail(ErrorFamily::internal, MsgId::sign_failed, {"no fonts"});
    std::vector<QPDFObjectHandle> box = page.getKey("/MediaBox").getArrayAsVector();
    double pw = box.size() == 4 ? box[2].getNumericValue() - box[0].getNumericValue() : 595.28;
    double ph = box.size() == 4 ? box[3].getNumericValue() - box[1].getNumericValue() : 841.89;
    rect = empty ? empty->rect : o.rect ? *o.rect : default_signature_rect(pw, ph);
    AppearanceInput a;
    a.width = rect.w;
    a.height = rect.h;
    a.image_png = o.image_png;
    a.seal_png = o.seal_png;
    a.image_name = o.image_name;
    a.seal_name = o.seal_name;
    a.signed_by = "Ký bởi: " + signer;
    a.signed_at = "Thời gian ký: " + vi_datetime(o.time);
    appearance = appearance_pdf(a, *o.fonts);
  }

  int next = static_cast<int>(trailer.getKey("/Size").getIntValue());
  const int sig_num = next++;
  const int widget_num = empty ? empty->field.getObjectID() : next++;
  const int form_num = acroform.isIndirect() ? acroform.getObjectID() : next++;
  std::string out = input;
  if (out.back() != '\n') out += '\n';
  std::map<int, std::size_t> offsets;
  auto add = [&](int n, const std::string& body) {
    offsets[n] = out.size();
    out += std::to_string(n) + " 0 obj\n" + body + "\nendobj\n";
  };

  // The signature dictionary; /ByteRange and /Contents are filled in last.
  std::string sig = "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [";
  offsets[sig_num] = out.size();
  out += std::to_string(sig_num) + " 0 obj\n" + sig;
  const std::size_t range_at = out.size();
  out += std::string(kByteRangeWidth, ' ') + "] /Contents ";
  const std::size_t contents_at = out.size();
  out += "<" + std::string(kContentsBytes * 2, '0') + ">";
  const std::size_t contents_end = out.size();
  out += " /M " + pdf_text(pdf_date(o.time)) + " /Name " + pdf_text(signer);
  if (!o.reason.empty()) out += " /Reason " + pdf_text(o.reason);
  if (!o.location.empty()) out += " /Location " + pdf_text(o.location);
  out += " >>\nendobj\n";

  // The field and its widget in one dictionary; Print (4) + Locked (128).
  const std::string name = empty ? empty->field.getKey("/T").getUTF8Value() : field_name(acroform);
  std::string widget = "<< /Type /Annot /Subtype /Widget /FT /Sig /T " + pdf_text(name) + " /V " +
                       std::to_string(sig_num) + " 0 R /F 132 /P " + std::to_string(page.getObjectID()) +
                       " " + std::to_string(page.getGeneration()) + " R";
  if (o.invisible) {
    widget += " /Rect [0 0 0 0] >>";
    add(widget_num, widget);
  } else {
    const int ap_num = next++;
    widget += " /Rect [" + num(rect.x) + " " + num(rect.y) + " " + num(rect.x + rect.w) + " " +
              num(rect.y + rect.h) + "] /AP << /N " + std::to_string(ap_num) + " 0 R >> >>";
    add(widget_num, widget);
    QPDF ap;
    ap.processMemoryFile("appearance.pdf", appearance.data(), appearance.size());
    QPDFObjectHandle ap_page = ap.getAllPages().at(0);
    std::string content;
    QPDFObjectHandle contents = ap_page.getKey("/Contents");
    for (auto& s :
         contents.isArray() ? contents.getArrayAsVector() : std::vector<QPDFObjectHandle>{contents}) {
      auto data = s.getStreamData(qpdf_dl_generalized);
      content.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
      content += '\n';
    }
    Importer importer(next);
    std::string resources = importer.value(ap_page.getKey("/Resources"));
    offsets[ap_num] = out.size();
    out += stream_object(ap_num,
                         " /Type /XObject /Subtype /Form /BBox [0 0 " + num(rect.w) + " " + num(rect.h) +
                             "] /Resources " + resources,
                         content);
    importer.flush(out, offsets);
  }

  // The page with the widget among its annotations (a filled field is there).
  if (!empty) {
    std::string annots;
    for (auto& a : page.getKey("/Annots").isArray() ? page.getKey("/Annots").getArrayAsVector()
                                                    : std::vector<QPDFObjectHandle>{})
      annots += a.unparse() + " ";
    add(page.getObjectID(),
        dict_without(page, {"/Annots"}) + " /Annots [" + annots + std::to_string(widget_num) + " 0 R] >>");
  }

  // The form with the field added; SigFlags 3 = signatures exist, append only.
  std::string fields;
  if (acroform.isDictionary() && acroform.getKey("/Fields").isArray())
    for (auto& f : acroform.getKey("/Fields").getArrayAsVector()) fields += f.unparse() + " ";
  std::string form = acroform.isDictionary() ? dict_without(acroform, {"/Fields", "/SigFlags"}) : "<<";
  if (!empty) fields += std::to_string(widget_num) + " 0 R";
  add(form_num, form + " /Fields [" + fields + "] /SigFlags 3 >>");
  if (!acroform.isIndirect())
    add(root.getObjectID(),
        dict_without(root, {"/AcroForm"}) + " /AcroForm " + std::to_string(form_num) + " 0 R >>");

  const int xref_num = next++;
  const std::size_t xref_at = out.size();
  out += xref_section(offsets, xref_at, next, trailer, prev, prev_is_stream, xref_num);

  // Everything but the hex string between < and > is signed.
  std::string range = "0 " + std::to_string(contents_at) + " " + std::to_string(contents_end) + " " +
                      std::to_string(out.size() - contents_end);
  out.replace(range_at, range.size(), range);
  std::string signed_bytes = out.substr(0, contents_at);
  signed_bytes.append(out, contents_end, std::string::npos);
  std::string cms = make_cms(signed_bytes, *o.credentials, o.timestamp);
  if (cms.size() > kContentsBytes)
    fail(ErrorFamily::output, MsgId::sign_failed, {"CMS larger than /Contents"});
  static const char kHex[] = "0123456789ABCDEF";
  for (std::size_t i = 0; i < cms.size(); ++i) {
    auto b = static_cast<unsigned char>(cms[i]);
    out[contents_at + 1 + 2 * i] = kHex[b >> 4];
    out[contents_at + 2 + 2 * i] = kHex[b & 15];
  }
  return out;
}

}  // namespace baocao::sign
