// The readers of JSON inputs (data-adapters/json): run's variables and
// render's data file, their values through the text gate and their
// problems named by file and field.
#include <gtest/gtest.h>

#include <fstream>

#include "data-adapters/json/json_value.hpp"
#include "data-adapters/json/report_info_json.hpp"
#include "data-adapters/json/template_data_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao {
namespace {

std::string write(const test::TempDir& dir, const std::string& name, const std::string& text) {
  std::ofstream(dir / name, std::ios::binary) << text;
  return (dir / name).string();
}

std::vector<Diagnostic> problems(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.diagnostics();
  }
  return {};
}

TEST(JsonInputs, VarsAreNfcMapsListsNumbersAndText) {
  test::TempDir dir;
  // "Hòa" with a combining grave (NFD) as key and value.
  const std::string file = write(
      dir, "vars.json", "{\"ten_ho\\u0300a\": \"Ho\\u0300a Bi\\u0300nh\", \"so\": 5, \"ds\": [true, null]}");
  const tmpl::Map vars = json::read_vars_json(file);
  ASSERT_EQ(vars.count("ten_hòa"), 1u);
  EXPECT_EQ(vars.at("ten_hòa").text, "Hòa Bình");
  EXPECT_EQ(vars.at("so").number, 5);
  ASSERT_EQ(vars.at("ds").kind, tmpl::Value::Kind::list);
  EXPECT_EQ(vars.at("ds").list->size(), 2u);
}

TEST(JsonInputs, VarsThatAreNotAnObjectOrHoldAControlCharacterNameTheFile) {
  test::TempDir dir;
  const std::string list = write(dir, "list.json", "[1, 2]");
  auto d = problems([&] { json::read_vars_json(list); });
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].id, MsgId::run_vars_invalid);
  EXPECT_EQ(d[0].where.file, list);
  const std::string nul = write(dir, "nul.json", "{\"a\": \"x\\u0000y\"}");
  d = problems([&] { json::read_vars_json(nul); });
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].id, MsgId::text_control_char);
  EXPECT_EQ(d[0].where.file, nul);
}

TEST(JsonInputs, DataFileProblemsAreCollectedTogether) {
  test::TempDir dir;
  const std::string file =
      write(dir, "data.json",
            "{\"nam\": 2025, \"don_vi\": [{\"ma\": \"1\", \"ten\": \"A\"}, {\"ma\": \"1\", "
            "\"ten\": \"B\"}], \"so_lieu\": [{\"nam\": 2025, \"don_vi\": \"9\", \"chi_so\": "
            "{\"x\": [1]}}], \"han_nop\": {\"2025\": \"10/12/2025\"}}");
  auto d = problems([&] { json::read_template_data_json(file); });
  ASSERT_EQ(d.size(), 4u);  // the repeated code, the unknown unit, the pair, the date
  for (const Diagnostic& p : d) {
    EXPECT_EQ(p.id, MsgId::data_json_invalid);
    EXPECT_EQ(p.where.file, file);
  }
}

TEST(JsonInputs, ReportInfo) {
  test::TempDir dir;
  const std::string file =
      write(dir, "info.json",
            "{\"co_quan_ban_hanh\": \"SỞ GIÁO DỤC VÀ ĐÀO TẠO\", \"ngay\": \"2025-12-15\", "
            "\"noi_nhan\": [\"- UBND tỉnh;\", \"- Lưu: VT.\"]}");
  const report::ReportInfo info = json::read_report_info(file);
  EXPECT_EQ(info.issuing_body, "SỞ GIÁO DỤC VÀ ĐÀO TẠO");
  EXPECT_EQ(to_iso(info.date), "2025-12-15");
  EXPECT_EQ(info.recipients.size(), 2u);
}

}  // namespace
}  // namespace baocao
