// The units list with history (don-vi.csv layout) as store units: levels in
// the store's words, kinds from the names, open dates kept open, merger links.
#include "data-adapters/csv/units_history_csv.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "data-adapters/csv/gso_units_csv.hpp"
#include "engine/text/admin_name.hpp"

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
  EXPECT_EQ(phu_ly.name_origin, "");
  for (const store::Unit& u : units)
    if (u.code == "13435") {
      EXPECT_EQ(u.name_origin, "người") << "Phường Lý Thường Kiệt";
    }
}

// `ten_theo` as a clerk types it (any case, no diacritics) is kept in its
// canonical word; a word that is none of them names its row and column.
TEST(UnitsHistoryCsv, NameOriginColumn) {
  test::TempDir dir;
  test::write_file(dir / "u.csv",
                   "ma,ten,cap,ma_cap_tren,ten_theo\n11,Tỉnh Điện Biên,tỉnh,,\n03127,Phường Điện Biên Phủ,xã,11,"
                   "Su kien\n03128,Phường Mường Thanh,xã,11,ĐỊA DANH\n");
  auto units = units_history_from_csv((dir / "u.csv").string());
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].name_origin, "");
  EXPECT_EQ(units[1].name_origin, "sự kiện");
  EXPECT_EQ(units[2].name_origin, "địa danh");
  test::write_file(dir / "v.csv", "ma,ten,cap,ten_theo\n1,Tỉnh A,tỉnh,người\n2,Xã B,xã,anh hùng\n");
  try {
    units_history_from_csv((dir / "v.csv").string());
    FAIL() << "accepted an unknown word";
  } catch (const Error& e) {
    ASSERT_EQ(e.diagnostics().size(), 1u);
    EXPECT_EQ(e.diagnostics()[0].where.line, 3);
    EXPECT_EQ(e.diagnostics()[0].where.field, "ten_theo");
    EXPECT_NE(e.render(Lang::vi).find("'anh hùng' không phải cách đặt tên đơn vị"), std::string::npos)
        << e.render(Lang::vi);
  }
}

// The shipped 2025 list: its `ten_theo_*` columns are what ghi-ten-theo.py
// makes of ten-nguoi-su-kien.csv (names listed there) and of numbers (a proper
// name that starts with one), and nothing else; and every word reads back.
TEST(GsoUnitsCsv, TheShippedListSaysWhichNamesArePersonsEventsNumbers) {
  const auto dir = test::source_dir() / "data" / "units";
  std::map<std::string, std::string> listed;
  CsvTable names = read_csv((dir / "ten-nguoi-su-kien.csv").string());
  for (std::size_t r = 1; r < names.rows.size(); ++r) listed[names.rows[r].cells[0]] = names.rows[r].cells[1];
  auto units = units_from_csv(read_csv((dir / "don-vi-hanh-chinh-2025.csv").string()));
  ASSERT_EQ(units.size(), 34u + 3321u);
  std::set<std::string> seen;
  int persons = 0, events = 0, numbers = 0;
  for (const store::Unit& u : units) {
    auto n = text::parse_admin_name(u.name);
    ASSERT_TRUE(n) << u.code << " " << u.name;
    std::string want = listed.count(n->proper) ? listed[n->proper] : n->origin == text::NameOrigin::number ? "số" : "";
    EXPECT_EQ(u.name_origin, want) << u.code << " " << u.name;
    seen.insert(n->proper);
    persons += u.name_origin == "người";
    events += u.name_origin == "sự kiện";
    numbers += u.name_origin == "số";
  }
  for (const auto& [name, origin] : listed) EXPECT_TRUE(seen.count(name)) << name << " is no unit's name";
  EXPECT_EQ(events, 2) << "Phường Điện Biên Phủ, Xã Đồng Khởi";
  EXPECT_EQ(numbers, 3) << "Phường 1, 2, 3 Bảo Lộc";
  EXPECT_EQ(persons, 1 + 67) << "Thành phố Hồ Chí Minh and 67 communes";
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
