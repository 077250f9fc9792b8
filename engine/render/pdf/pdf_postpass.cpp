// The libqpdf post-pass; see pdf_postpass.hpp. A font's ToUnicode map lists
// the characters its embedded subset maps (read back with HarfBuzz from the
// FontFile2 stream), each under its code in the document's table.
#include "engine/render/pdf/pdf_postpass.hpp"

#include <hb.h>

#include <cstdint>
#include <cstdio>
#include <exception>
#include <memory>
#include <set>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/fonts/hb_handles.hpp"

namespace baocao::render {

namespace {

// BMP characters the TrueType font in `font_file` maps, ascending.
std::vector<char32_t> mapped_characters(const std::string& font_file) {
  fonts::HbBlob blob(hb_blob_create(font_file.data(), static_cast<unsigned>(font_file.size()),
                                    HB_MEMORY_MODE_READONLY, nullptr, nullptr));
  fonts::HbFace face(hb_face_create(blob.get(), 0));
  fonts::HbSet set(hb_set_create());
  hb_face_collect_unicodes(face.get(), set.get());
  std::vector<char32_t> out;
  hb_codepoint_t cp = HB_SET_VALUE_INVALID;
  while (hb_set_next(set.get(), &cp) && cp <= 0xFFFF) out.push_back(cp);
  return out;
}

// A ToUnicode CMap (CMapType 2) mapping the code of each of `chars` to the
// character, in bfchar blocks of at most 100 entries as the format requires.
std::string to_unicode_cmap(const std::vector<char32_t>& chars, const CharCodes& codes) {
  std::string s =
      "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  char buf[32];
  for (std::size_t i = 0; i < chars.size(); i += 100) {
    std::size_t n = std::min<std::size_t>(100, chars.size() - i);
    s += std::to_string(n) + " beginbfchar\n";
    for (std::size_t k = i; k < i + n; ++k) {
      std::snprintf(buf, sizeof buf, "<%04X> <%04X>\n", codes.code(chars[k]),
                    static_cast<unsigned>(chars[k]));
      s += buf;
    }
    s += "endbfchar\n";
  }
  s += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
  return s;
}

// A subset tag ("ABCDEF+") from the font's name and the characters of the
// subset: libharu names every first font HPDFAA+, and two different subsets
// with one name confuse tools that merge PDFs. Deterministic, so the output
// stays byte-identical.
std::string subset_tag(const std::string& font_name, const std::vector<char32_t>& chars) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : font_name) {
    h ^= c;
    h *= 1099511628211ull;
  }
  for (char32_t c : chars) {
    h ^= c;
    h *= 1099511628211ull;
  }
  std::string tag;
  for (int i = 0; i < 6; ++i, h /= 26) tag += static_cast<char>('A' + h % 26);
  return tag + "+";
}

// "HPDFAA+LiberationSerif" -> "<tag>LiberationSerif" for a name object.
void retag(QPDFObjectHandle dict, const char* key, const std::string& tag) {
  QPDFObjectHandle name = dict.getKey(key);
  if (!name.isName()) return;
  std::string n = name.getName();  // with its leading '/'
  std::size_t plus = n.find('+');
  std::string base = plus == std::string::npos ? n.substr(1) : n.substr(plus + 1);
  dict.replaceKey(key, QPDFObjectHandle::newName("/" + tag + base));
}

void fix_font(QPDFObjectHandle font, const CharCodes& codes) {
  QPDFObjectHandle to_unicode = font.getKey("/ToUnicode");
  QPDFObjectHandle descendants = font.getKey("/DescendantFonts");
  if (!to_unicode.isStream() || !descendants.isArray() || descendants.getArrayNItems() < 1) return;
  QPDFObjectHandle cid_font = descendants.getArrayItem(0);
  QPDFObjectHandle descriptor = cid_font.getKey("/FontDescriptor");
  QPDFObjectHandle file = descriptor.getKey("/FontFile2");
  if (!file.isStream()) return;
  std::shared_ptr<Buffer> data = file.getStreamData(qpdf_dl_generalized);
  std::string bytes(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
  const std::vector<char32_t> chars = mapped_characters(bytes);
  to_unicode.replaceStreamData(to_unicode_cmap(chars, codes), QPDFObjectHandle::newNull(),
                               QPDFObjectHandle::newNull());
  QPDFObjectHandle base = font.getKey("/BaseFont");
  const std::string tag = subset_tag(base.isName() ? base.getName() : std::string(), chars);
  retag(font, "/BaseFont", tag);
  retag(cid_font, "/BaseFont", tag);
  retag(descriptor, "/FontName", tag);
  // The keys of libharu's CID CMap mean nothing in a ToUnicode stream.
  QPDFObjectHandle dict = to_unicode.getDict();
  for (const char* key : {"/CIDSystemInfo", "/CMapName", "/Type", "/WMode", "/UseCMap"}) dict.removeKey(key);
}

// The document's interactive form, made on first use.
QPDFObjectHandle acro_form(QPDF& q) {
  QPDFObjectHandle form = q.getRoot().getKey("/AcroForm");
  if (form.isDictionary()) return form;
  form = q.makeIndirectObject(QPDFObjectHandle::parse("<< /Fields [] >>"));
  q.getRoot().replaceKey("/AcroForm", form);
  return form;
}

// Print (4): the field shows and prints; it has no appearance until signed,
// so viewers draw nothing over the page and offer "sign here" instead.
void add_signature_field(QPDF& q, const SignatureField& f) {
  std::vector<QPDFObjectHandle> pages = q.getAllPages();
  if (f.page < 0 || static_cast<std::size_t>(f.page) >= pages.size()) return;
  QPDFObjectHandle page = pages[static_cast<std::size_t>(f.page)];
  char rect[128];
  std::snprintf(rect, sizeof rect, "[%.2f %.2f %.2f %.2f]", f.x0, f.y0, f.x1, f.y1);
  QPDFObjectHandle widget = q.makeIndirectObject(
      QPDFObjectHandle::parse(std::string("<< /Type /Annot /Subtype /Widget /FT /Sig /F 4 /T (") +
                              kSignerFieldName + ") /Rect " + rect + " >>"));
  widget.replaceKey("/P", page);
  QPDFObjectHandle annots = page.getKey("/Annots");
  if (!annots.isArray()) annots = QPDFObjectHandle::newArray();
  annots.appendItem(widget);
  page.replaceKey("/Annots", annots);
  acro_form(q).getKey("/Fields").appendItem(widget);
}

// Read-only (Ff 1): only `baocao issue` fills it, with its own appearance in
// the document's font; a viewer's form filling would draw in a font
// without Vietnamese.
void add_text_field(QPDF& q, const TextField& f) {
  std::vector<QPDFObjectHandle> pages = q.getAllPages();
  if (f.page < 0 || static_cast<std::size_t>(f.page) >= pages.size()) return;
  QPDFObjectHandle page = pages[static_cast<std::size_t>(f.page)];
  char rect[128], da[64];
  std::snprintf(rect, sizeof rect, "[%.2f %.2f %.2f %.2f]", f.x0, f.y0, f.x1, f.y1);
  std::snprintf(da, sizeof da, "(/TiRo %.1f Tf 0 g)", f.size);
  QPDFObjectHandle widget = q.makeIndirectObject(
      QPDFObjectHandle::parse(std::string("<< /Type /Annot /Subtype /Widget /FT /Tx /F 4 /Ff 1 /T (") +
                              f.name + ") /Rect " + rect + " /DA " + da + " >>"));
  widget.replaceKey("/P", page);
  QPDFObjectHandle annots = page.getKey("/Annots");
  if (!annots.isArray()) annots = QPDFObjectHandle::newArray();
  annots.appendItem(widget);
  page.replaceKey("/Annots", annots);
  QPDFObjectHandle form = acro_form(q);
  form.getKey("/Fields").appendItem(widget);
  if (!form.hasKey("/DR"))
    form.replaceKey("/DR",
                    QPDFObjectHandle::parse(
                        "<< /Font << /TiRo << /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >> >> >>"));
}

}  // namespace

std::string fix_pdf(std::string_view pdf, const CharCodes& codes, const PdfAdditions& additions) {
  try {
    QPDF q;
    q.setSuppressWarnings(true);
    q.processMemoryFile("libharu output", pdf.data(), pdf.size());
    // The fonts through the pages' resources (libharu puts every font it
    // draws with there): reading all objects made qpdf look for dangling
    // references, a tenth of the pass.
    std::set<QPDFObjGen> seen;
    for (QPDFObjectHandle page : q.getAllPages()) {
      QPDFObjectHandle fonts = page.getKey("/Resources").getKey("/Font");
      if (!fonts.isDictionary()) continue;
      for (auto& [name, font] : fonts.ditems())
        if (font.isDictionaryOfType("/Font", "/Type0") && seen.insert(font.getObjGen()).second) fix_font(font, codes);
    }
    if (additions.field) add_signature_field(q, *additions.field);
    for (const TextField& f : additions.text_fields) add_text_field(q, f);
    if (!additions.info.empty()) {
      QPDFObjectHandle info = q.getTrailer().getKey("/Info");
      if (!info.isDictionary()) {
        info = q.makeIndirectObject(QPDFObjectHandle::newDictionary());
        q.getTrailer().replaceKey("/Info", info);
      }
      for (const auto& [key, value] : additions.info)
        info.replaceKey(key, QPDFObjectHandle::newUnicodeString(value));
    }
    QPDFWriter w(q);
    w.setOutputMemory();
    w.setDeterministicID(true);
    w.setObjectStreamMode(qpdf_o_generate);
    w.setCompressStreams(true);
    w.setRecompressFlate(true);
    w.write();
    if (q.anyWarnings()) {
      auto warnings = q.getWarnings();
      fail(ErrorFamily::output, MsgId::pdf_render_failed,
           {"qpdf: " + (warnings.empty() ? std::string("warning") : warnings.front().what())});
    }
    std::shared_ptr<Buffer> out = w.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(out->getBuffer()), out->getSize());
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    fail(ErrorFamily::output, MsgId::pdf_render_failed, {std::string("qpdf: ") + e.what()});
  }
}

}  // namespace baocao::render
