// The units list with history (don-vi.csv layout) as units: levels as tiers
// whatever word the list uses, kinds from the names, open dates kept open,
// merger links.
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
  const Unit& ha_nam = units[0];
  EXPECT_EQ(ha_nam.code, "35");
  EXPECT_EQ(ha_nam.level, "tinh");
  EXPECT_EQ(ha_nam.kind, "Tỉnh");
  EXPECT_FALSE(ha_nam.valid_from) << "open start";
  EXPECT_EQ(ha_nam.valid_to, parse_iso_date("2025-06-30"));
  const Unit& merged = units[3];
  EXPECT_EQ(merged.valid_from, parse_iso_date("2025-07-01"));
  EXPECT_EQ(merged.predecessors, (std::vector<std::string>{"35", "36", "37"}));
  const Unit& phu_ly = units[4];
  EXPECT_EQ(phu_ly.code, "13285");
  EXPECT_EQ(phu_ly.level, "xa");
  EXPECT_EQ(phu_ly.kind, "Phường");
  EXPECT_EQ(phu_ly.parent, "37");
  EXPECT_EQ(phu_ly.name_origin, "");
  for (const Unit& u : units)
    if (u.code == "13435") {
      EXPECT_EQ(u.name_origin, "người") << "Phường Lý Thường Kiệt";
    }
}

// The 2025 list calls its levels tỉnh, thành phố, xã, phường and đặc khu;
// older lists huyện, quận, thị xã, thị trấn and a "thành phố" under a
// province. Each is a tier the store keeps.
TEST(UnitsHistoryCsv, EveryLevelWordOfTheListsIsATier) {
  test::TempDir dir;
  test::write_file(dir / "u.csv",
                   "ma,ten,cap,ma_cap_tren,hieu_luc_tu,hieu_luc_den\n"
                   "01,Thành phố Hà Nội,thành phố,,,\n"
                   "00004,Phường Ba Đình,phường,01,,\n"
                   "00100,Xã Sóc Sơn,xã,01,,\n"
                   "22,Tỉnh Quảng Ninh,Tỉnh,,,\n"
                   "07000,Đặc khu Vân Đồn,đặc khu,22,,\n"
                   "001,Quận Ba Đình,quận,01,,30/06/2025\n"
                   "193,Thành phố Hạ Long,thành phố,22,,30/06/2025\n"
                   "203,Thị xã Quảng Yên,thị xã,22,,30/06/2025\n"
                   "07015,Thị trấn Cái Rồng,thị trấn,203,,30/06/2025\n");
  auto units = units_history_from_csv((dir / "u.csv").string());
  ASSERT_EQ(units.size(), 9u);
  const char* tiers[] = {"tinh", "xa", "xa", "tinh", "xa", "huyen", "huyen", "huyen", "xa"};
  const char* kinds[] = {"Thành phố", "Phường",    "Xã",     "Tỉnh",    "Đặc khu",
                         "Quận",      "Thành phố", "Thị xã", "Thị trấn"};
  for (std::size_t i = 0; i < units.size(); ++i) {
    EXPECT_EQ(units[i].level, tiers[i]) << units[i].name;
    EXPECT_EQ(units[i].kind, kinds[i]) << units[i].name;
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

TEST(UnitsHistoryCsv, ALevelTheStoreCannotKeepIsReported) {
  test::TempDir dir;
  test::write_file(dir / "u.csv", "ma,ten,cap\n1,Tỉnh A,tỉnh\n2,Thôn B,thôn\n3,Ấp C,ấp\n");
  try {
    units_history_from_csv((dir / "u.csv").string());
    FAIL() << "accepted a level the store has no place for";
  } catch (const Error& e) {
    ASSERT_EQ(e.diagnostics().size(), 2u) << "every problem at once";
    EXPECT_EQ(e.diagnostics()[0].where.line, 3);
    EXPECT_NE(e.render(Lang::vi).find("cấp 'thôn' không phải cấp hành chính"), std::string::npos)
        << e.render(Lang::vi);
  }
}

}  // namespace
}  // namespace baocao::csv
