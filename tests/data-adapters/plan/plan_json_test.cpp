#include "data-adapters/plan/plan_json.hpp"

#include <gtest/gtest.h>

#include "tests/support/process.hpp"

namespace baocao::plan {
namespace {

TEST(PlanJson, TheSamplePlan) {
  PlanData p = read_plan_json((test::source_dir() / "samples/ninh-binh/ke-hoach-2025.json").string());
  EXPECT_EQ(p.levels, (std::vector<std::string>{"tỉnh", "xã"}));
  ASSERT_EQ(p.deadlines.size(), 4u);
  EXPECT_EQ(p.deadlines[1].id, "xa-bao-cao");
  EXPECT_EQ(p.deadlines[1].day, 10);
  EXPECT_EQ(p.deadlines[1].month, 12);
  EXPECT_TRUE(p.deadlines[0].inspection);
  EXPECT_EQ(p.deadlines[2].to, "Bộ Giáo dục và Đào tạo");
  // The reporting bodies' deadline: from no level of "cap", to the province.
  EXPECT_EQ(p.deadlines[3].from_level, "cơ quan");
  EXPECT_EQ(p.deadlines[3].to_level, "tỉnh");
  EXPECT_EQ(p.deadlines[3].day, 30);
  EXPECT_FALSE(p.window.cutoff);
}

TEST(PlanJson, EveryBadDeadlineAndLevelIsNamed) {
  test::TempDir dir;
  test::write_file(dir / "p.json", R"({"cap": ["tỉnh", "xã"], "ky_so_lieu": "cat_15_12", "han_nop": [
      {"tu_cap": "huyện", "den_cap": "tỉnh", "ngay": "10/12"},
      {"tu_cap": "xã", "den_cap": "tỉnh", "ngay": "31/11"}]})");
  try {
    read_plan_json((dir / "p.json").string());
    FAIL();
  } catch (const Error& e) {
    std::string m = e.render(Lang::vi);
    EXPECT_NE(m.find("không có cấp 'huyện' trong danh sách cấp của kế hoạch (tỉnh, xã)"), std::string::npos) << m;
    EXPECT_NE(m.find("hạn nộp '31/11' không hợp lệ"), std::string::npos) << m;
  }
  test::write_file(dir / "q.json", R"({"cap": ["tỉnh"], "ky_so_lieu": "cat_15_12", "han_nop": []})");
  EXPECT_TRUE(read_plan_json((dir / "q.json").string()).window.cutoff);
  test::write_file(dir / "r.json", "{\"cap\": [");
  try {
    read_plan_json((dir / "r.json").string());
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::input);
    EXPECT_NE(e.render(Lang::vi).find("r.json"), std::string::npos);
  }
}

}  // namespace
}  // namespace baocao::plan
