#include "engine/core/messages.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"

namespace baocao {
namespace {

TEST(Messages, EveryIdHasBothWordings) {
  for (int i = 0; i < static_cast<int>(MsgId::count_); ++i) {
    auto id = static_cast<MsgId>(i);
    EXPECT_FALSE(message(Lang::vi, id).empty()) << "vi wording missing for id " << i;
    EXPECT_FALSE(message(Lang::en, id).empty()) << "en wording missing for id " << i;
  }
}

TEST(Messages, SubstitutesPositionalArguments) {
  EXPECT_EQ(message(Lang::vi, MsgId::text_not_a_number, {"12,5a"}), "'12,5a' không phải là số");
  EXPECT_EQ(message(Lang::en, MsgId::text_not_a_number, {"12,5a"}), "'12,5a' is not a number");
}

TEST(Messages, ParseLangRefusesUnknown) {
  EXPECT_EQ(parse_lang("vi"), Lang::vi);
  EXPECT_EQ(parse_lang("en"), Lang::en);
  try {
    parse_lang("fr");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::usage);
    EXPECT_NE(e.render(Lang::vi).find("'fr'"), std::string::npos);
  }
}

TEST(Diagnostic, LocationsInBothLanguages) {
  Location cell = at_file("so-lieu-xa-A.xlsx");
  cell.sheet = "Biểu 1";
  cell.cell = "D7";
  Diagnostic d{MsgId::text_not_a_number, {"12,5a"}, cell};
  EXPECT_EQ(format_diagnostic(Lang::vi, d), "so-lieu-xa-A.xlsx, sheet 'Biểu 1', ô D7: '12,5a' không phải là số");
  EXPECT_EQ(format_diagnostic(Lang::en, d), "so-lieu-xa-A.xlsx, sheet 'Biểu 1', cell D7: '12,5a' is not a number");

  Location row = at_line("a.csv", 4);
  row.field = "gia_dinh_hoc_tap_dat";
  EXPECT_EQ(format_location(Lang::vi, row), "a.csv, dòng 4, cột 'gia_dinh_hoc_tap_dat'");
  Location lc = at_line("bc.tpl", 12);
  lc.column = 5;
  EXPECT_EQ(format_location(Lang::en, lc), "bc.tpl:12:5");
  EXPECT_EQ(format_location(Lang::vi, Location{}), "");
}

TEST(Diagnostic, ErrorKeepsAllDiagnosticsAndExitStatus) {
  Error e(ErrorFamily::data, {{MsgId::data_negative, {"-1"}, at_line("a.csv", 2)},
                              {MsgId::data_negative, {"-2"}, at_line("a.csv", 3)}});
  EXPECT_EQ(e.diagnostics().size(), 2u);
  EXPECT_EQ(e.exit_status(), 4);
  EXPECT_EQ(e.render(Lang::vi), "a.csv, dòng 2: số âm: -1\na.csv, dòng 3: số âm: -2");
  EXPECT_STREQ(e.what(), "a.csv, row 2: negative number: -1\na.csv, row 3: negative number: -2");
}

}  // namespace
}  // namespace baocao
