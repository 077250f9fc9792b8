#include "engine/text/vi_collate.hpp"

#include <gtest/gtest.h>

#include "engine/text/vi_slug.hpp"

namespace baocao::text {
namespace {

TEST(Collate, VietnameseAlphabetOrder) {
  std::vector<std::string> names = {"Đông Anh", "Âu Cơ", "Dương Kinh", "Ăn Sáng", "An Lão", "Ơn",
                                    "Ông",      "Ôn",    "Uyên",       "Ưng",     "Em",     "Ê",
                                    "Bá",       "Ba",    "Bà",         "Bạ"};
  sort_vi(names);
  std::vector<std::string> want = {"An Lão",   "Ăn Sáng", "Âu Cơ", "Ba", "Bà",  "Bá", "Bạ",   "Dương Kinh",
                                   "Đông Anh", "Em",      "Ê",     "Ôn", "Ông", "Ơn", "Uyên", "Ưng"};
  EXPECT_EQ(names, want);
  EXPECT_LT(compare_vi("Dương", "Đinh"), 0);  // a byte sort puts Đ after Z
  EXPECT_LT(compare_vi("Đinh", "Em"), 0);
  EXPECT_EQ(compare_vi("Vie\xCC\xA3\xCC\x82t", "Việt"), 0);  // NFD equals NFC
}

TEST(Collate, TonesOrderAfterTheBaseLetters) {
  // Tones are a secondary difference: every "ba" form comes before "bac",
  // in the order ngang, huyền, hỏi, ngã, sắc, nặng.
  std::vector<std::string> words = {"bác", "bạ", "bã", "bả", "bá", "bà", "ba", "bạc", "bac"};
  sort_vi(words);
  EXPECT_EQ(words, (std::vector<std::string>{"ba", "bà", "bả", "bã", "bá", "bạ", "bac", "bác", "bạc"}));
}

TEST(Collate, PersonNamesByTheirLetters) {
  std::vector<std::string> names = {"Trần Thị Bình", "Nguyễn Văn An", "Đỗ Minh", "Đặng Hùng", "Lê Lan"};
  sort_vi(names);
  EXPECT_EQ(names,
            (std::vector<std::string>{"Đặng Hùng", "Đỗ Minh", "Lê Lan", "Nguyễn Văn An", "Trần Thị Bình"}));
}

TEST(Slug, FileNamesWithoutDiacritics) {
  EXPECT_EQ(slug_vi("Báo cáo năm 2025 – UBND xã Mỹ Lộc"), "bao-cao-nam-2025-ubnd-xa-my-loc");
  EXPECT_EQ(slug_vi("ĐẢNG ỦY phường Đông Ngạc"), "dang-uy-phuong-dong-ngac");
  EXPECT_EQ(slug_vi("  Kế hoạch số 05/KH-UBND  "), "ke-hoach-so-05-kh-ubnd");
  EXPECT_EQ(slug_vi("Vie\xCC\xA3\xCC\x82t"), "viet");
  EXPECT_EQ(slug_vi("—"), "");
}

}  // namespace
}  // namespace baocao::text
