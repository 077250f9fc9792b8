#include "engine/text/vi_syllable.hpp"

#include <gtest/gtest.h>

namespace baocao::text {
namespace {

TEST(Syllable, RealSyllables) {
  for (const char* w :
       {"Việt", "Nam",   "nghiêng", "quốc",   "gì",    "gìn",    "giữ",  "giếng",  "khuỷu", "người", "đường",
        "của",  "những", "được",    "trưởng", "ấy",    "ạ",      "hoá",  "hóa",    "thuế",  "tuyên", "quyết",
        "quý",  "qua",   "quê",     "quen",   "huỳnh", "nguyễn", "kỹ",   "ghi",    "nghề",  "xã",    "hội",
        "chủ",  "nghĩa", "CỘNG",    "HÒA",    "Đảng",  "học",    "tập",  "khuyến", "oanh",  "yêu",   "ý",
        "uống", "ước",   "giường",  "khoăn",  "xoong", "loằng",  "tuần", "khuya",  "thuở",  "huých"})
    EXPECT_TRUE(is_vietnamese_syllable(w)) << w;
}

TEST(Syllable, MisdecodedAndImpossibleWords) {
  // Wrong decodings of "Việt" (TCVN3 as 1252, VNI as 1252, UTF-8 as 1252),
  // abbreviations, broken c/k, g/gh, ng/ngh spelling, toneless stop finals.
  for (const char* w : {"ViÖt", "Vieät", "Viá»‡t", "UBND", "ngi", "ngê", "ko", "gha", "ngha", "cê", "ce",
                        "ka", "tôt", "hoc", "qa", "xyz", "tiếg", "ả\xCC\x81", "ăng\xC3\xB6"})
    EXPECT_FALSE(is_vietnamese_syllable(w)) << w;
  // The same rules allow ca, ke, ghe, co, ki, ăn, âm.
  for (const char* w : {"ca", "ke", "ghe", "co", "ki", "ăn", "âm"})
    EXPECT_TRUE(is_vietnamese_syllable(w)) << w;
}

TEST(Syllable, StopFinalsTakeOnlySacOrNang) {
  EXPECT_TRUE(is_vietnamese_syllable("tốt"));
  EXPECT_TRUE(is_vietnamese_syllable("học"));
  EXPECT_TRUE(is_vietnamese_syllable("ếch"));
  EXPECT_FALSE(is_vietnamese_syllable("tồt"));
  EXPECT_FALSE(is_vietnamese_syllable("hỏc"));
  EXPECT_FALSE(is_vietnamese_syllable("ẽch"));
}

}  // namespace
}  // namespace baocao::text
