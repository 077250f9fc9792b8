// Visible appearances of signatures and filled fields, drawn with libharu as
// a one-page PDF whose page becomes the widget's appearance stream
// (signature_field.cpp imports it): the leader's signature image, the
// organisation's seal, the text of an appendix's or a copy's signature, the
// number and date the văn thư fills in, each in the document's font.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "engine/fonts/font_set.hpp"

namespace baocao::sign {

// A signature or seal image is a few hundred pixels a side; 16 megapixels
// (4096 × 4096) is a 600 dpi scan of a whole A4 page and decodes to 64 MB.
constexpr std::uint64_t kDefaultMaxImagePixels = 16'777'216;

struct PngInfo {
  unsigned width = 0, height = 0;  // pixels
  double dpi = 0;                  // from the pHYs chunk; 0 when not given
};

// Checks a PNG before anything decodes it: the header's dimensions against
// `max_pixels` (a 1 MB file can claim 20,000 × 20,000 pixels, 1.6 GB once
// decoded), then the whole image (libharu aborts the process on a corrupt
// one). Throws Error(input, sign_image_too_large) or Error(input,
// sign_bad_png), naming the file.
PngInfo check_png(std::string_view bytes, const std::string& name, std::uint64_t max_pixels);

struct Appearance {
  double width = 0, height = 0;  // points
  struct Image {
    std::string png, name;  // bytes (checked by check_png first) and file name
    double x = 0, y = 0, w = 0, h = 0;
  };
  struct Text {
    std::string text;  // UTF-8 NFC
    fonts::Style style = fonts::Style::regular;
    double size = 10, x = 0, y = 0;  // y: baseline, from the bottom
  };
  std::vector<Image> images;  // drawn in order, then the texts
  std::vector<Text> texts;
};

// A PDF of one width × height page. `fonts` is needed when there is text;
// throws Error(font, …) when a character is missing from the font.
std::string appearance_pdf(const Appearance& a, const fonts::FontSet* fonts);

struct Box {
  double x = 0, y = 0, w = 0, h = 0;
};
// The largest box of the image's proportions inside `area`, centred.
Box fit(const PngInfo& image, const Box& area);

}  // namespace baocao::sign
