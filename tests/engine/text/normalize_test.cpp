#include "engine/text/normalize.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "engine/text/vi_case.hpp"

namespace baocao::text {
namespace {

// "Việt" decomposed: e + U+0323 (dot below) + U+0302 (circumflex).
const std::string kNfd = "Vie\xCC\xA3\xCC\x82t Nam";
const std::string kNfc = "Việt Nam";

TEST(Normalize, DecomposedBecomesPrecomposed) {
  EXPECT_FALSE(is_nfc(kNfd));
  EXPECT_EQ(to_nfc(kNfd), kNfc);
  EXPECT_TRUE(is_nfc(to_nfc(kNfd)));
}

TEST(Normalize, InvalidUtf8NamesTheByteOffset) {
  std::string bad = "Hà N\xFFi";
  EXPECT_EQ(find_invalid_utf8(bad), 5);
  try {
    to_nfc(bad);
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostics()[0].where.offset, 5);
    EXPECT_NE(e.render(Lang::vi).find("byte thứ 5"), std::string::npos);
  }
}

TEST(Normalize, RequireNfcFiresOnDecomposedText) {
  EXPECT_NO_THROW(require_nfc(kNfc));
  EXPECT_THROW(require_nfc(kNfd), Error);
}

TEST(Normalize, StripsBom) { EXPECT_EQ(strip_utf8_bom("\xEF\xBB\xBFma"), "ma"); }

TEST(Case, UpperVietnamese) {
  EXPECT_EQ(upper_vi("Cộng hòa xã hội chủ nghĩa Việt Nam"), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
  EXPECT_EQ(upper_vi("sở giáo dục và đào tạo"), "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  EXPECT_EQ(upper_vi(kNfd), "VIỆT NAM");  // NFC out even from NFD in
}

TEST(Normalize, CleanTextIsValidUtf8WithoutRefusedCharacters) {
  EXPECT_TRUE(is_clean_text(""));
  EXPECT_TRUE(is_clean_text("Phường Phủ Lý\tghi chú\r\n"));
  EXPECT_FALSE(is_clean_text("ab\x01"));                   // C0 control
  EXPECT_FALSE(is_clean_text("Lý\x7F"));                   // DEL
  EXPECT_FALSE(is_clean_text("x\xC2\x85"));               // C1 control U+0085
  EXPECT_FALSE(is_clean_text("Hà Nội \xEF\xBF\xBE"));    // noncharacter U+FFFE
  EXPECT_FALSE(is_clean_text("Hà \xC3"));                  // cut sequence
  EXPECT_FALSE(is_clean_text(std::string_view("a\0b", 3)));  // NUL
  // Both checks agree with it on what they find.
  for (std::string_view s : {"Xã Mỹ Lộc", "a\x02", "\xE1\xBA"})
    EXPECT_EQ(is_clean_text(s), find_invalid_utf8(s) < 0 && !find_refused_char(s)) << s;
}

}  // namespace
}  // namespace baocao::text
