// The four faces a document is set in, read from fonts/manifest.json, with
// the advance widths layout measures by (HarfBuzz, so layout knows nothing of
// libharu). A character a face lacks is an error naming it, never a box.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace baocao::fonts {

enum class Style { regular = 0, bold = 1, italic = 2, bold_italic = 3 };
constexpr Style style_of(bool bold, bool italic) {
  return static_cast<Style>((bold ? 1 : 0) + (italic ? 2 : 0));
}

class Face {
 public:
  explicit Face(std::filesystem::path file);
  const std::filesystem::path& file() const { return file_; }
  const std::string& name() const { return name_; }
  bool has(char32_t cp) const { return cp < kFlat ? flat_[cp] >= 0 : other_.count(cp) != 0; }
  // Advance of `cp` in em units (1.0 = font size); 0 when missing.
  double advance(char32_t cp) const;
  // Ascender and descender (positive below the baseline) in em units.
  double ascender() const { return ascender_; }
  double descender() const { return descender_; }

 private:
  static constexpr char32_t kFlat = 0x2000;  // Latin, Vietnamese, punctuation
  std::filesystem::path file_;
  std::string name_;
  std::vector<float> flat_;                   // advance or -1 when missing
  std::unordered_map<char32_t, float> other_;
  double ascender_ = 0.9;
  double descender_ = 0.2;
};

class FontSet {
 public:
  // Loads the manifest; a face resolves to the first of its candidate files
  // that exists. Throws Error(font) when none does.
  static FontSet load(const std::filesystem::path& manifest);
  // The manifest shipped in fonts/, found beside the executable's source tree
  // or installed data directory (see font_set.cpp).
  static std::filesystem::path default_manifest();

  const std::string& family() const { return family_; }
  const Face& face(Style s) const { return *faces_[static_cast<int>(s)]; }

  // Width in points of `utf8` set in `s` at `size_pt`. Throws
  // Error(font, font_missing_glyph) naming the character and the text.
  double width(Style s, double size_pt, std::string_view utf8) const;
  // Throws like width() when some character of `utf8` is missing in `s`.
  void require_glyphs(Style s, std::string_view utf8) const;

 private:
  std::string family_;
  std::vector<std::shared_ptr<const Face>> faces_;
};

}  // namespace baocao::fonts
