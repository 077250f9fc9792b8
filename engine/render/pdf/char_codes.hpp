// The codes a PDF's text is drawn with. libharu's UTF-8 encoder makes each
// character's code its Unicode value, and libharu then writes every CID font
// for all 65,536 codes of the BMP (a cmap lookup, a width and two bytes of
// CIDToGIDMap per code, per face and document): that was the largest cost of
// drawing a report. A document here numbers only the characters it draws:
// code k is the k-th of them in ascending order, two bytes of which neither is
// zero (libharu takes text as a C string), and libharu's CMap encoder, given
// a code table, writes maps and widths for those codes alone.
#pragma once

#include <hpdf.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace baocao::render {

class CharCodes {
 public:
  // The characters a document draws (BMP; the fonts cover nothing above it).
  explicit CharCodes(const std::set<char32_t>& characters);

  // `utf8`'s characters as their codes, two bytes each, for HPDF_Page_TextOut.
  // Every character must be one of the document's.
  std::string encode(std::string_view utf8) const;
  // The code of `c`, which must be one of the document's characters.
  unsigned code(char32_t c) const;
  const std::vector<char32_t>& characters() const { return characters_; }

  // Registers the codes with `pdf` as the encoder named kEncoder (Identity-H:
  // each code is its CID). The document owns and frees the encoder.
  void register_encoder(HPDF_Doc pdf) const;
  static constexpr const char* kEncoder = "baocao-Identity-H";

 private:
  std::vector<char32_t> characters_;  // ascending
};

}  // namespace baocao::render
