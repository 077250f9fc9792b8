// libharu draws the appearance: it reads PNG (with transparency as an SMask)
// and embeds a TrueType subset as a CID font with Identity-H, which is what a
// Vietnamese text line needs; the page is then imported as a form XObject.
#include "engine/sign/appearance.hpp"

#include <hpdf.h>
#include <png.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/render/pdf/font_subset.hpp"
#include "engine/render/pdf/hpdf_font.hpp"
#include "engine/render/pdf/pdf_postpass.hpp"

namespace baocao::sign {

namespace {

// libharu reports errors through a C callback that must not throw.
struct HpdfErrors {
  HPDF_STATUS code = HPDF_OK;
};
void on_error(HPDF_STATUS code, HPDF_STATUS, void* user) noexcept {
  auto* e = static_cast<HpdfErrors*>(user);
  if (e->code == HPDF_OK) e->code = code;
}
struct DocDeleter {
  void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};

std::uint32_t be32(std::string_view b, std::size_t at) {
  return (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at])) << 24) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 1])) << 16) |
         (static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 2])) << 8) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(b[at + 3]));
}

// libharu hands a PNG to libpng without an error jump, so a corrupt file
// aborts the process. libpng's simplified API recovers from errors itself:
// decoding the whole image with it first turns corruption into a message.
bool decodes_as_png(std::string_view bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) return false;
  image.format = PNG_FORMAT_RGBA;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  bool ok = png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) != 0;
  png_image_free(&image);
  return ok && !(image.warning_or_error & PNG_IMAGE_ERROR);
}

std::set<char32_t> code_points(const std::vector<const std::string*>& texts) {
  std::set<char32_t> out;
  for (const std::string* s : texts) {
    const auto* p = reinterpret_cast<const uint8_t*>(s->data());
    int32_t len = static_cast<int32_t>(s->size()), i = 0;
    while (i < len) {
      UChar32 c;
      U8_NEXT(p, i, len, c);
      if (c >= 0) out.insert(static_cast<char32_t>(c));
    }
  }
  return out;
}

}  // namespace

PngInfo check_png(std::string_view bytes, const std::string& name, std::uint64_t max_pixels) {
  static constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
  // Signature, then IHDR first: length 13, "IHDR", width, height.
  if (bytes.size() < 33 || bytes.substr(0, 8) != kSignature || be32(bytes, 8) != 13 ||
      bytes.substr(12, 4) != "IHDR")
    fail(ErrorFamily::input, MsgId::sign_bad_png, {name}, at_file(name));
  PngInfo info;
  info.width = be32(bytes, 16);
  info.height = be32(bytes, 20);
  if (info.width == 0 || info.height == 0)
    fail(ErrorFamily::input, MsgId::sign_bad_png, {name}, at_file(name));
  if (static_cast<std::uint64_t>(info.width) * info.height > max_pixels)
    fail(ErrorFamily::input, MsgId::sign_image_too_large,
         {name, std::to_string(info.width), std::to_string(info.height), std::to_string(max_pixels)},
         at_file(name));
  // pHYs (pixels per metre, unit 1) comes before the image data.
  for (std::size_t at = 8; at + 12 <= bytes.size();) {
    const std::uint32_t len = be32(bytes, at);
    const std::string_view type = bytes.substr(at + 4, 4);
    if (type == "IDAT" || len > bytes.size() - at - 12) break;
    if (type == "pHYs" && len == 9 && static_cast<unsigned char>(bytes[at + 16]) == 1 &&
        be32(bytes, at + 8) == be32(bytes, at + 12))
      info.dpi = be32(bytes, at + 8) * 0.0254;
    at += 12 + len;
  }
  if (!decodes_as_png(bytes)) fail(ErrorFamily::input, MsgId::sign_bad_png, {name}, at_file(name));
  return info;
}

Box fit(const PngInfo& image, const Box& area) {
  double iw = image.width, ih = image.height;
  double s = std::min(area.w / iw, area.h / ih);
  return {area.x + (area.w - iw * s) / 2, area.y + (area.h - ih * s) / 2, iw * s, ih * s};
}

std::string appearance_pdf(const Appearance& a, const fonts::FontSet* fonts) {
  HpdfErrors errors;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> doc(HPDF_New(on_error, &errors));
  if (!doc) fail(ErrorFamily::output, MsgId::sign_failed, {"HPDF_New"});
  HPDF_Doc pdf = doc.get();
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
  std::vector<const std::string*> all_texts;
  for (const auto& t : a.texts) all_texts.push_back(&t.text);
  const render::CharCodes codes(code_points(all_texts));
  codes.register_encoder(pdf);

  std::vector<HPDF_Image> images;
  for (const auto& im : a.images) {
    HPDF_Image img = HPDF_LoadPngImageFromMem(pdf, reinterpret_cast<const HPDF_BYTE*>(im.png.data()),
                                              static_cast<HPDF_UINT>(im.png.size()));
    if (!img || errors.code != HPDF_OK)
      fail(ErrorFamily::input, MsgId::sign_bad_png, {im.name}, at_file(im.name));
    images.push_back(img);
  }

  // One subset font per style used.
  std::map<fonts::Style, std::vector<const std::string*>> by_style;
  for (const auto& t : a.texts) by_style[t.style].push_back(&t.text);
  if (!by_style.empty() && !fonts) fail(ErrorFamily::internal, MsgId::sign_failed, {"no fonts"});
  std::map<fonts::Style, HPDF_Font> font_of;
  char tag[] = "HPDFAA";
  for (const auto& [style, texts] : by_style) {
    for (const std::string* t : texts) fonts->require_glyphs(style, *t);
    HPDF_Font font =
        render::load_truetype(pdf, render::subset_font(fonts->face(style).file(), code_points(texts)), tag);
    ++tag[5];
    if (!font || errors.code != HPDF_OK) fail(ErrorFamily::output, MsgId::sign_failed, {"font"});
    font_of[style] = font;
  }

  HPDF_Page page = HPDF_AddPage(pdf);
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(a.width));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(a.height));
  for (std::size_t i = 0; i < images.size(); ++i) {
    const auto& im = a.images[i];
    HPDF_Page_DrawImage(page, images[i], static_cast<HPDF_REAL>(im.x), static_cast<HPDF_REAL>(im.y),
                        static_cast<HPDF_REAL>(im.w), static_cast<HPDF_REAL>(im.h));
  }
  if (!a.texts.empty()) {
    HPDF_Page_BeginText(page);
    HPDF_Page_SetRGBFill(page, 0, 0, 0);
    for (const auto& t : a.texts) {
      HPDF_Page_SetFontAndSize(page, font_of[t.style], static_cast<HPDF_REAL>(t.size));
      HPDF_Page_TextOut(page, static_cast<HPDF_REAL>(t.x), static_cast<HPDF_REAL>(t.y),
                        codes.encode(t.text).c_str());
    }
    HPDF_Page_EndText(page);
  }

  if (errors.code != HPDF_OK || HPDF_SaveToStream(pdf) != HPDF_OK)
    fail(ErrorFamily::output, MsgId::sign_failed, {"libharu"});
  std::string bytes(HPDF_GetStreamSize(pdf), '\0');
  HPDF_UINT32 size_read = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size_read);
  bytes.resize(size_read);
  return render::fix_pdf(bytes, codes);
}

}  // namespace baocao::sign
