// The text gate: controls and noncharacters refused with their position;
// format characters kept in the text and not drawn; figures past 2^53
// refused, never rounded.
#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "engine/text/display.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::text {
namespace {

void expect_refused(const std::string& s, MsgId id, const std::string& shown) {
  try {
    to_nfc(s);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.exit_status(), 3);
    EXPECT_EQ(e.diagnostics()[0].id, id);
    EXPECT_NE(e.render(Lang::vi).find(shown), std::string::npos) << e.render(Lang::vi);
  }
}

TEST(Gate, ControlsAndNoncharactersAreRefusedWithTheirPosition) {
  expect_refused(std::string("Xã Sin\0 Suối Hồ", 17), MsgId::text_control_char, "U+0000 (ký tự thứ 7)");
  expect_refused("Xã Bình\uFFFELư", MsgId::text_noncharacter, "U+FFFE (ký tự thứ 8)");
  expect_refused("\uFFFF", MsgId::text_noncharacter, "U+FFFF (ký tự thứ 1)");
  expect_refused("a\uFDD0", MsgId::text_noncharacter, "U+FDD0");
  expect_refused("a\U0001FFFE", MsgId::text_noncharacter, "U+1FFFE");
  expect_refused("a\x1b[31m", MsgId::text_control_char, "U+001B (ký tự thứ 2)");
  expect_refused("a\x7f", MsgId::text_control_char, "U+007F");
  expect_refused("a\u0085", MsgId::text_control_char, "U+0085");
  // Tab, line feed and carriage return are text; so are format characters.
  EXPECT_EQ(to_nfc("a\tb\r\nc"), "a\tb\r\nc");
  EXPECT_EQ(to_nfc("X\u200D\u200F\u202C\u202E\u00AD\uFEFF"), "X\u200D\u200F\u202C\u202E\u00AD\uFEFF");
}

TEST(Gate, AWholeFileNamesLineAndColumn) {
  try {
    gate_file_text("---\nngay: 2025-12-10\n---\nXin \x01 chào\n", "t.tpl");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.render(Lang::en).substr(0, 9), "t.tpl:4:5") << e.render(Lang::en);
    EXPECT_NE(e.render(Lang::en).find("control character U+0001 (character 5)"), std::string::npos);
  }
}

TEST(Display, FormatCharactersTakeNoRoomAndControlsAreSpaces) {
  EXPECT_EQ(drawn_text("A\u200DB\u200FC\u202CD\u202EE\u00ADF\uFEFFG\uFE0F"), "ABCDEFG");
  EXPECT_EQ(drawn_text("A\nB\tC\rD"), "A B C D");
  EXPECT_EQ(drawn_text("Thị trấn Mộc Châu"), "Thị trấn Mộc Châu");
  EXPECT_EQ(shown_as(U'\u00AD'), Shown::nothing);
  EXPECT_EQ(shown_as(U'ệ'), Shown::glyph);
}

TEST(Numbers, Past2To53IsTooLargeNeverRounded) {
  ParsedNumber n;
  EXPECT_EQ(parse_vi_number("9007199254740992", n), NumberProblem::none);
  EXPECT_EQ(n.value, 9007199254740992.0);
  for (const char* big : {"9007199254740993", "99999999999999999999", "99.999.999.999.999.999.999",
                          "-9007199254740993", "18446744073709551616000", "1.2345678901234567E+19", "1E+20", "-1e300",
                          "9007199254740993,5"})
    EXPECT_EQ(parse_vi_number(big, n), NumberProblem::too_large) << big;
  EXPECT_EQ(parse_vi_number("1E+3", n), NumberProblem::invalid);
  try {
    require_vi_number("99999999999999999999", at_file("so-lieu.csv"));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.exit_status(), 4);
    EXPECT_NE(e.render(Lang::vi).find("'99999999999999999999' quá lớn"), std::string::npos);
  }
}

TEST(Cells, Utf16LengthAsExcelCounts) {
  EXPECT_EQ(utf16_length("Thị trấn"), 8u);
  EXPECT_EQ(utf16_length("\U0001F600"), 2u);
  EXPECT_EQ(kMaxCellChars, 32767u);
}

}  // namespace
}  // namespace baocao::text
