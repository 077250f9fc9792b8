// 'auto' detection on the same paragraph in every encoding.
#include <gtest/gtest.h>

#include "engine/text/encoding.hpp"

namespace baocao::text {
namespace {

const std::string kParagraph =
    "Ủy ban nhân dân xã Mỹ Lộc báo cáo kết quả xây dựng xã hội học tập năm 2025. "
    "Tỷ lệ gia đình học tập đạt 72,5%, dòng họ học tập đạt 68%; các thôn, tổ dân phố "
    "đều được công nhận cộng đồng học tập. Đề nghị Phòng Giáo dục và Đào tạo tổng hợp.";

TEST(Detect, EachEncodingOfTheSameParagraph) {
  for (Encoding enc : {Encoding::utf8, Encoding::cp1258, Encoding::tcvn3, Encoding::vni, Encoding::viqr}) {
    std::string bytes = encode(kParagraph, enc);
    Detection d = detect(bytes);
    EXPECT_EQ(d.encoding, enc) << encoding_name(enc);
    EXPECT_FALSE(d.ambiguous) << encoding_name(enc);
    EXPECT_GT(d.confidence, 0.8) << encoding_name(enc);
    EXPECT_EQ(decode(bytes, d.encoding), kParagraph);
  }
}

TEST(Detect, ByteOrderMarksDecide) {
  EXPECT_EQ(detect("\xEF\xBB\xBF"
                   "abc")
                .encoding,
            Encoding::utf8);
  Detection d = detect(encode(kParagraph, Encoding::utf16));
  EXPECT_EQ(d.encoding, Encoding::utf16);
  EXPECT_FALSE(d.ambiguous);
}

TEST(Detect, DecomposedUtf8IsStillUtf8) {
  std::string nfd =
      "Vie\xCC\xA3\xCC\x82t Nam ho\xCC\xA3"
      "c ta\xCC\xA3\xCC\x82p";
  EXPECT_EQ(detect(nfd).encoding, Encoding::utf8);
}

TEST(Detect, PlainAsciiIsNotAmbiguous) {
  Detection d = detect("Ma don vi, Ten don vi, 2025");
  EXPECT_FALSE(d.ambiguous);
}

TEST(Detect, TooLittleTextIsAmbiguous) {
  // One byte: "à" in Windows-1258 and "Ổ" in TCVN3 are both words.
  Detection d = detect("\xE0");
  EXPECT_TRUE(d.ambiguous);
  EXPECT_GE(detect_candidates("\xE0").size(), 2u);
}

}  // namespace
}  // namespace baocao::text
