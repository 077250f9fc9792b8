// The visible signature per ND30: the leader's signature image over the
// signer's name, the red seal covering about a third of it on the left, and
// "Ký bởi: … / Thời gian ký: …" beneath, set in the document's Vietnamese
// font. Drawn with libharu as a one-page PDF whose page becomes the widget's
// appearance stream (pdf_update.hpp imports it).
#pragma once

#include <string>

#include "engine/fonts/font_set.hpp"

namespace baocao::sign {

struct AppearanceInput {
  double width = 0, height = 0;       // points
  std::string image_png, seal_png;    // bytes; empty = none
  std::string image_name, seal_name;  // file names, for messages
  std::string signed_by;              // "Ký bởi: …"
  std::string signed_at;              // "Thời gian ký: …"
};

// A PDF of one width × height page. Throws Error(input, sign_bad_png) naming
// the file when an image is not a readable PNG.
std::string appearance_pdf(const AppearanceInput& in, const fonts::FontSet& fonts);

}  // namespace baocao::sign
