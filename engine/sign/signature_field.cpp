// See signature_field.hpp.
#include "engine/sign/signature_field.hpp"

#include <algorithm>
#include <cstdio>

#include "engine/core/diagnostic.hpp"
#include "engine/sign/pdf_objects.hpp"

namespace baocao::sign {

namespace {

constexpr std::size_t kByteRangeWidth = 48;

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  return buf;
}

std::vector<QPDFObjectHandle> form_fields(PdfUpdate& u) {
  QPDFObjectHandle form = u.pdf().getRoot().getKey("/AcroForm");
  if (!form.isDictionary() || !form.getKey("/Fields").isArray()) return {};
  return form.getKey("/Fields").getArrayAsVector();
}

std::optional<FieldOnPage> on_page(PdfUpdate& u, QPDFObjectHandle f) {
  std::vector<QPDFObjectHandle> r = f.getKey("/Rect").getArrayAsVector();
  if (r.size() != 4 || !std::all_of(r.begin(), r.end(), [](auto& v) { return v.isNumber(); }))
    return std::nullopt;
  for (std::size_t i = 0; i < u.pages().size(); ++i) {
    QPDFObjectHandle page = u.pages()[i];
    QPDFObjectHandle annots = page.getKey("/Annots");
    if (!annots.isArray()) continue;
    for (auto& a : annots.getArrayAsVector())
      if (a.isIndirect() && a.getObjGen() == f.getObjGen()) {
        double x0 = std::min(r[0].getNumericValue(), r[2].getNumericValue()),
               x1 = std::max(r[0].getNumericValue(), r[2].getNumericValue()),
               y0 = std::min(r[1].getNumericValue(), r[3].getNumericValue()),
               y1 = std::max(r[1].getNumericValue(), r[3].getNumericValue());
        return FieldOnPage{f, static_cast<int>(i + 1), Rect{x0, y0, x1 - x0, y1 - y0}};
      }
  }
  return std::nullopt;
}

}  // namespace

std::optional<FieldOnPage> find_field(PdfUpdate& u, std::string_view name) {
  for (auto& f : form_fields(u)) {
    if (!f.isIndirect() || !f.isDictionary()) continue;
    if (name.empty()) {
      if (!f.getKey("/FT").isName() || f.getKey("/FT").getName() != "/Sig" || f.hasKey("/V")) continue;
      auto found = on_page(u, f);
      if (found && found->rect.w > 0 && found->rect.h > 0) return found;
    } else if (f.getKey("/T").isString() && f.getKey("/T").getUTF8Value() == name) {
      return on_page(u, f);
    }
  }
  return std::nullopt;
}

std::string unused_field_name(PdfUpdate& u, const std::string& base) {
  std::vector<std::string> names;
  for (auto& f : form_fields(u))
    if (f.isDictionary() && f.getKey("/T").isString()) names.push_back(f.getKey("/T").getUTF8Value());
  for (int n = 1;; ++n) {
    std::string name = n == 1 ? base : base + std::to_string(n);
    if (std::find(names.begin(), names.end(), name) == names.end()) return name;
  }
}

int add_appearance(PdfUpdate& u, std::string_view appearance, double w, double h) {
  const std::string bytes(appearance);  // qpdf reads from a buffer that must outlive it
  QPDF ap;
  ap.processMemoryFile("appearance.pdf", bytes.data(), bytes.size());
  QPDFObjectHandle ap_page = ap.getAllPages().at(0);
  std::string content;
  QPDFObjectHandle contents = ap_page.getKey("/Contents");
  for (auto& s : contents.isArray() ? contents.getArrayAsVector() : std::vector<QPDFObjectHandle>{contents}) {
    auto data = s.getStreamData(qpdf_dl_generalized);
    content.append(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    content += '\n';
  }
  const int ap_num = u.new_object();
  Importer importer(u.next_object());
  std::string resources = importer.value(ap_page.getKey("/Resources"));
  u.add_stream(
      ap_num,
      " /Type /XObject /Subtype /Form /BBox [0 0 " + num(w) + " " + num(h) + "] /Resources " + resources,
      content);
  importer.flush(u);
  return ap_num;
}

Prepared add_signature(PdfUpdate& u, const SignatureSpec& spec) {
  if (spec.page < 1 || spec.page > static_cast<int>(u.pages().size()))
    fail(ErrorFamily::usage, MsgId::sign_bad_page,
         {std::to_string(spec.page), std::to_string(u.pages().size())});
  QPDFObjectHandle root = u.pdf().getRoot();
  QPDFObjectHandle acroform = root.getKey("/AcroForm");
  QPDFObjectHandle page = u.pages()[static_cast<std::size_t>(spec.page - 1)];
  const int sig_num = u.new_object();
  const int widget_num = spec.existing ? QPDFObjectHandle(*spec.existing).getObjectID() : u.new_object();
  const int form_num = acroform.isIndirect() ? acroform.getObjectID() : u.new_object();

  // The signature dictionary; /ByteRange and /Contents are filled in last.
  std::string& out = u.out();
  u.mark(sig_num);
  out += std::to_string(sig_num) + " 0 obj\n<< /Type " + (spec.doc_timestamp ? "/DocTimeStamp" : "/Sig") +
         " /Filter /Adobe.PPKLite /SubFilter " +
         (spec.doc_timestamp ? "/ETSI.RFC3161" : "/ETSI.CAdES.detached") + " /ByteRange [";
  const std::size_t range_at = out.size();
  out += std::string(kByteRangeWidth, ' ') + "] /Contents ";
  Prepared p;
  p.contents_at = out.size();
  out += "<" + std::string(kContentsBytes * 2, '0') + ">";
  p.contents_end = out.size();
  out += spec.entries + " >>\nendobj\n";

  // The field and its widget in one dictionary; Print (4) + Locked (128).
  QPDFObjectHandle existing = spec.existing.value_or(QPDFObjectHandle::newNull());
  const std::string name = spec.existing ? existing.getKey("/T").getUTF8Value() : spec.name;
  std::string widget = spec.existing ? dict_without(existing, {"/V", "/AP", "/F", "/Rect", "/P", "/T"})
                                     : "<< /Type /Annot /Subtype /Widget /FT /Sig";
  widget += " /T " + pdf_text(name) + " /V " + std::to_string(sig_num) + " 0 R /F 132 /P " +
            std::to_string(page.getObjectID()) + " " + std::to_string(page.getGeneration()) + " R";
  if (spec.invisible) {
    u.add(widget_num, widget + " /Rect [0 0 0 0] >>");
  } else {
    const int ap_num = add_appearance(u, spec.appearance, spec.rect.w, spec.rect.h);
    u.add(widget_num, widget + " /Rect [" + num(spec.rect.x) + " " + num(spec.rect.y) + " " +
                          num(spec.rect.x + spec.rect.w) + " " + num(spec.rect.y + spec.rect.h) +
                          "] /AP << /N " + std::to_string(ap_num) + " 0 R >> >>");
  }

  // The page with the widget among its annotations (a filled field is there).
  if (!spec.existing) {
    std::string annots;
    for (auto& a : page.getKey("/Annots").isArray() ? page.getKey("/Annots").getArrayAsVector()
                                                    : std::vector<QPDFObjectHandle>{})
      annots += a.unparse() + " ";
    u.add(page.getObjectID(),
          dict_without(page, {"/Annots"}) + " /Annots [" + annots + std::to_string(widget_num) + " 0 R] >>");
  }

  // The form with the field added; SigFlags 3 = signatures exist, append only.
  std::string fields;
  for (auto& f : form_fields(u)) fields += f.unparse() + " ";
  std::string form = acroform.isDictionary() ? dict_without(acroform, {"/Fields", "/SigFlags"}) : "<<";
  if (!spec.existing) fields += std::to_string(widget_num) + " 0 R";
  u.add(form_num, form + " /Fields [" + fields + "] /SigFlags 3 >>");
  if (!acroform.isIndirect())
    u.add(root.getObjectID(),
          dict_without(root, {"/AcroForm"}) + " /AcroForm " + std::to_string(form_num) + " 0 R >>");

  p.pdf = u.finish();
  // Everything but the hex string between < and > is signed.
  std::string range = "0 " + std::to_string(p.contents_at) + " " + std::to_string(p.contents_end) + " " +
                      std::to_string(p.pdf.size() - p.contents_end);
  p.pdf.replace(range_at, range.size(), range);
  return p;
}

std::string Prepared::signed_bytes() const {
  std::string bytes = pdf.substr(0, contents_at);
  bytes.append(pdf, contents_end, std::string::npos);
  return bytes;
}

std::string embed(Prepared p, std::string_view der) {
  if (der.size() > kContentsBytes)
    fail(ErrorFamily::output, MsgId::sign_failed, {"CMS larger than /Contents"});
  static const char kHex[] = "0123456789ABCDEF";
  for (std::size_t i = 0; i < der.size(); ++i) {
    auto b = static_cast<unsigned char>(der[i]);
    p.pdf[p.contents_at + 1 + 2 * i] = kHex[b >> 4];
    p.pdf[p.contents_at + 2 + 2 * i] = kHex[b & 15];
  }
  return std::move(p.pdf);
}

}  // namespace baocao::sign
