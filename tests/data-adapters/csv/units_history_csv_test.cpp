// The units list with history (don-vi.csv layout) as store units: levels in
// the store's words, kinds from the names, open dates kept open, merger links.
#include "data-adapters/csv/units_history_csv.hpp"

#include <gtest/gtest.h>

#include "tests/support/process.hpp"

namespace baocao::csv {
namespace {

TEST(UnitsHistoryCsv, TheSampleProvinceAsStoreUnits) {
  auto units = units_history_from_csv((test::source_dir() / "samples/ninh-binh/don-vi.csv").string());
  ASSERT_EQ(units.size(), 64u);
  EXPECT_TRUE(is_units_history_header({"ma", "ten", "cap", "ma_cap_tren", "tien_than"}));
  EXPECT_FALSE(is_units_history_header({"ma_tinh", "ten_tinh", "ma_xa"}));
  const store::Unit& ha_nam = units[0];
  EXPECT_EQ(ha_nam.code, "35");
  EXPECT_EQ(ha_nam.level, "tinh");
  EXPECT_EQ(ha_nam.kind, "Tỉnh");
  EXPECT_EQ(ha_nam.valid_from, "") << "open start";
  EXPECT_EQ(ha_nam.valid_to, "2025-06-30");
  const store::Unit& merged = units[3];
  EXPECT_EQ(merged.valid_from, "2025-07-01");
  EXPECT_EQ(merged.predecessors, (std::vector<std::string>{"35", "36", "37"}));
  const store::Unit& phu_ly = units[4];
  EXPECT_EQ(phu_ly.code, "13285");
  EXPECT_EQ(phu_ly.level, "xa");
  EXPECT_EQ(phu_ly.kind, "Phường");
  EXPECT_EQ(phu_ly.parent_code, "37");
}

TEST(UnitsHistoryCsv, ALevelTheStoreCannotKeepIsReported) {
  test::TempDir dir;
  test::write_file(dir / "u.csv", "ma,ten,cap\n1,Tỉnh A,tỉnh\n2,Thôn B,thôn\n3,Ấp C,ấp\n");
  try {
    units_history_from_csv((dir / "u.csv").string());
    FAIL() << "accepted a level the store has no place for";
  } catch (const Error& e) {
    ASSERT_EQ(e.diagnostics().size(), 2u) << "every problem at once";
    EXPECT_EQ(e.diagnostics()[0].where.line, 3);
    EXPECT_NE(e.render(Lang::vi).find("cấp 'thôn' không lưu được vào kho"), std::string::npos)
        << e.render(Lang::vi);
  }
}

}  // namespace
}  // namespace baocao::csv
