// libharu draws the appearance: it reads PNG (with transparency as an SMask)
// and embeds a TrueType subset as a CID font with Identity-H, which is what a
// Vietnamese text line needs; the page is then imported as a form XObject.
#include "engine/sign/appearance.hpp"

#include <hpdf.h>
#include <png.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>
#include <vector>

#include "engine/core/diagnostic.hpp"
#include "engine/core/temp_file.hpp"
#include "engine/render/pdf/font_subset.hpp"
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

std::set<char32_t> code_points(const std::string& a, const std::string& b) {
  std::set<char32_t> out;
  for (const std::string* s : {&a, &b}) {
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

// libharu hands a PNG to libpng without an error jump, so a corrupt file
// aborts the process. libpng's simplified API recovers from errors itself:
// decoding the whole image with it first turns corruption into a message.
bool decodes_as_png(const std::string& bytes) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size())) return false;
  image.format = PNG_FORMAT_RGBA;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  bool ok = png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) != 0;
  png_image_free(&image);
  return ok && !(image.warning_or_error & PNG_IMAGE_ERROR);
}

HPDF_Image load_png(HPDF_Doc pdf, HpdfErrors& errors, const std::string& bytes, const std::string& name) {
  if (!decodes_as_png(bytes)) fail(ErrorFamily::input, MsgId::sign_bad_png, {name}, at_file(name));
  HPDF_Image img = HPDF_LoadPngImageFromMem(pdf, reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                            static_cast<HPDF_UINT>(bytes.size()));
  if (!img || errors.code != HPDF_OK) fail(ErrorFamily::input, MsgId::sign_bad_png, {name}, at_file(name));
  return img;
}

struct Box {
  double x, y, w, h;
};

// The largest box of the image's proportions inside `area`, centred.
Box fit(HPDF_Image img, const Box& area) {
  double iw = HPDF_Image_GetWidth(img), ih = HPDF_Image_GetHeight(img);
  double s = std::min(area.w / iw, area.h / ih);
  return {area.x + (area.w - iw * s) / 2, area.y + (area.h - ih * s) / 2, iw * s, ih * s};
}

}  // namespace

std::string appearance_pdf(const AppearanceInput& in, const fonts::FontSet& fonts) {
  HpdfErrors errors;
  std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> doc(HPDF_New(on_error, &errors));
  if (!doc) fail(ErrorFamily::output, MsgId::sign_failed, {"HPDF_New"});
  HPDF_Doc pdf = doc.get();
  HPDF_UseUTFEncodings(pdf);
  HPDF_SetCurrentEncoder(pdf, "UTF-8");
  HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);

  // Images first: a bad PNG is reported before anything else is done.
  HPDF_Image image = in.image_png.empty() ? nullptr : load_png(pdf, errors, in.image_png, in.image_name);
  HPDF_Image seal = in.seal_png.empty() ? nullptr : load_png(pdf, errors, in.seal_png, in.seal_name);

  const fonts::Style style = fonts::Style::regular;
  fonts.require_glyphs(style, in.signed_by);
  fonts.require_glyphs(style, in.signed_at);
  // libharu loads fonts by file name only, and reads the file again on save.
  TempFile font_file(render::subset_font(fonts.face(style).file(), code_points(in.signed_by, in.signed_at)),
                     "baocao-sign", MsgId::sign_failed);
  const char* font_name = HPDF_LoadTTFontFromFile(pdf, font_file.path().c_str(), HPDF_TRUE);
  HPDF_Font font = font_name ? HPDF_GetFont(pdf, font_name, "UTF-8") : nullptr;
  if (!font || errors.code != HPDF_OK) fail(ErrorFamily::output, MsgId::sign_failed, {"font"});

  HPDF_Page page = HPDF_AddPage(pdf);
  HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(in.width));
  HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(in.height));

  // Two text lines at the bottom, as large as fits up to 9 pt.
  double size = std::min(9.0, in.height / 6);
  double widest = std::max(fonts.width(style, size, in.signed_by), fonts.width(style, size, in.signed_at));
  if (widest > in.width) size *= in.width / widest;
  const double leading = size * 1.2;
  const double text_h = 2 * leading + 2;

  Box pictures{0, text_h, in.width, std::max(0.0, in.height - text_h)};
  if (image) {
    Box b = fit(image, pictures);
    HPDF_Page_DrawImage(page, image, b.x, b.y, b.w, b.h);
    if (seal) {
      // The seal is stamped over the left third of the signature.
      Box s = fit(seal, {0, pictures.y, pictures.h, pictures.h});
      s.x = std::max(0.0, b.x + b.w / 3 - s.w);
      HPDF_Page_DrawImage(page, seal, s.x, s.y, s.w, s.h);
    }
  } else if (seal) {
    Box s = fit(seal, {0, pictures.y, pictures.h, pictures.h});
    HPDF_Page_DrawImage(page, seal, s.x, s.y, s.w, s.h);
  }

  HPDF_Page_BeginText(page);
  HPDF_Page_SetFontAndSize(page, font, static_cast<HPDF_REAL>(size));
  HPDF_Page_SetRGBFill(page, 0, 0, 0);
  double x = in.width / 2 - fonts.width(style, size, in.signed_by) / 2;
  HPDF_Page_TextOut(page, std::max(0.0, x), leading + 2 + size * 0.25, in.signed_by.c_str());
  x = in.width / 2 - fonts.width(style, size, in.signed_at) / 2;
  HPDF_Page_TextOut(page, std::max(0.0, x), 2 + size * 0.25, in.signed_at.c_str());
  HPDF_Page_EndText(page);

  if (errors.code != HPDF_OK || HPDF_SaveToStream(pdf) != HPDF_OK)
    fail(ErrorFamily::output, MsgId::sign_failed, {"libharu"});
  std::string bytes(HPDF_GetStreamSize(pdf), '\0');
  HPDF_UINT32 size_read = static_cast<HPDF_UINT32>(bytes.size());
  HPDF_ReadFromStream(pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size_read);
  bytes.resize(size_read);
  return render::fix_pdf(bytes);
}

}  // namespace baocao::sign
