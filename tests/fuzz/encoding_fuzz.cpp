// Fuzz target: the encoding detector and every decoder (UTF-8/16, Windows-
// 1258, TCVN3, VNI, VIQR) on arbitrary bytes. Each must return UTF-8 NFC or
// throw baocao::Error; whatever a decoder returns must be valid UTF-8, and
// detect() must name an encoding whose decoder accepts the bytes.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "engine/core/diagnostic.hpp"
#include "engine/text/encoding.hpp"
#include "engine/text/normalize.hpp"

using baocao::text::Encoding;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (Encoding enc : {Encoding::utf8, Encoding::utf16, Encoding::cp1258, Encoding::tcvn3,
                       Encoding::tcvn3_caps, Encoding::vni, Encoding::viqr}) {
    try {
      std::string out = baocao::text::decode(bytes, enc);
      if (baocao::text::find_invalid_utf8(out) >= 0) __builtin_trap();
    } catch (const baocao::Error&) {
    }
    if (baocao::text::find_invalid_utf8(bytes) < 0 && enc != Encoding::utf8 && enc != Encoding::utf16) {
      try {
        std::string out = baocao::text::decode_font_text(bytes, enc);
        if (baocao::text::find_invalid_utf8(out) >= 0) __builtin_trap();
      } catch (const baocao::Error&) {
      }
    }
  }
  try {
    baocao::text::Detection d = baocao::text::detect(bytes);
    if (!(d.confidence >= 0 && d.confidence <= 1)) __builtin_trap();
    baocao::text::detect_candidates(bytes);
  } catch (const baocao::Error&) {
  }
  return 0;
}
