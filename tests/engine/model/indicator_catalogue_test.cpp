// The national catalogue: its eight indicators of the units (four of QĐ 387,
// four of QĐ 677) and four of the reporting bodies, the level that counts each, which of them a level reports; the
// roll-up of the two QĐ 677 indicators added last (one counted by communes,
// one by the province) on hand-checked figures; and their roadmap targets as
// the sample plan's targets CSV gives them.
#include "engine/model/indicator_catalogue.hpp"

#include <gtest/gtest.h>

#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/forms/catalogue_file.hpp"
#include "data-adapters/forms/targets_file.hpp"
#include "engine/model/collection_form.hpp"
#include "engine/model/rollup.hpp"
#include "tests/support/process.hpp"

namespace baocao::model {
namespace {

std::vector<std::string> ids(const std::vector<const Indicator*>& v) {
  std::vector<std::string> out;
  for (const Indicator* i : v) out.push_back(i->id);
  return out;
}

TEST(IndicatorCatalogue, TheUnitsEightIndicatorsAndTheBodiesFourWithWhoCountsThem) {
  const auto& all = IndicatorCatalogue::national().all();
  struct Expected {
    const char* id;
    const char* programme;
    MeasuredAt at;
  };
  const Expected expected[] = {
      {"gia_dinh_hoc_tap", "QĐ 387/QĐ-TTg", MeasuredAt::lowest},
      {"dong_ho_hoc_tap", "QĐ 387/QĐ-TTg", MeasuredAt::lowest},
      {"cong_dong_hoc_tap", "QĐ 387/QĐ-TTg", MeasuredAt::lowest},
      {"don_vi_hoc_tap", "QĐ 387/QĐ-TTg", MeasuredAt::lowest},
      {"hoi_vien_tap_huan", "QĐ 677/QĐ-TTg", MeasuredAt::top},
      {"cong_dan_hoc_tap", "QĐ 677/QĐ-TTg", MeasuredAt::lowest},
      {"cong_dan_hoc_tap_don_vi", "QĐ 677/QĐ-TTg", MeasuredAt::lowest},
      {"ky_nang_so", "QĐ 677/QĐ-TTg", MeasuredAt::top},
      {"lao_dong_qua_dao_tao", "QĐ 1373/QĐ-TTg", MeasuredAt::body},
      {"thu_vien_so", "QĐ 1373/QĐ-TTg", MeasuredAt::body},
      {"cong_chuc_hoc_tap", "QĐ 677/QĐ-TTg", MeasuredAt::body},
      {"hoi_vien_boi_duong", "QĐ 1373/QĐ-TTg", MeasuredAt::body},
  };
  // The built-in twelve first, in their order, so outputs made before the
  // catalogue was data are unchanged; the reference plans' own after them.
  ASSERT_EQ(all.size(), std::size(expected) + 14);
  for (std::size_t k = 0; k < std::size(expected); ++k) {
    SCOPED_TRACE(expected[k].id);
    EXPECT_EQ(all[k].id, expected[k].id);
    EXPECT_EQ(all[k].programme, expected[k].programme);
    EXPECT_EQ(all[k].measured_at, expected[k].at);
    EXPECT_FALSE(all[k].name.empty());
    EXPECT_EQ(all[k].numerator.rfind("Số ", 0), 0u) << all[k].numerator;
    EXPECT_EQ(all[k].denominator.rfind("Tổng số ", 0), 0u) << all[k].denominator;
    EXPECT_EQ(IndicatorCatalogue::national().order(all[k].id), k);
  }
  const Indicator* hv = IndicatorCatalogue::national().find("hoi_vien_tap_huan");
  ASSERT_NE(hv, nullptr);
  EXPECT_EQ(hv->name, "Hội viên được tập huấn tiêu chí Công dân học tập");
  EXPECT_EQ(hv->numerator,
            "Số cán bộ, hội viên Hội Khuyến học được tập huấn, quán triệt tiêu chí Công dân học tập");
  EXPECT_EQ(hv->denominator, "Tổng số cán bộ, hội viên Hội Khuyến học");
  const Indicator* dv = IndicatorCatalogue::national().find("cong_dan_hoc_tap_don_vi");
  ASSERT_NE(dv, nullptr);
  EXPECT_EQ(dv->name, "Công dân học tập trong đơn vị học tập");
  EXPECT_EQ(
      dv->numerator,
      "Số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập đạt danh hiệu Công dân học tập");
  EXPECT_EQ(dv->denominator, "Tổng số cán bộ, công chức, viên chức, người lao động trong đơn vị học tập");
}

// The shipped file is the catalogue: read through the data adapters' reader
// (as an office's file is) it gives exactly national(); the reference plans'
// indicators are there with their kind and who counts them.
TEST(IndicatorCatalogue, TheShippedFileRoundTrips) {
  const std::string file = IndicatorCatalogue::national_file();
  EXPECT_EQ(file, (test::source_dir() / "data" / "chi-so.tsv").string());
  std::vector<Indicator> read = forms::read_catalogue_file(file);
  const auto& all = IndicatorCatalogue::national().all();
  ASSERT_EQ(read.size(), all.size());
  for (std::size_t k = 0; k < all.size(); ++k) {
    SCOPED_TRACE(all[k].id);
    EXPECT_EQ(read[k].id, all[k].id);
    EXPECT_EQ(read[k].name, all[k].name);
    EXPECT_EQ(read[k].numerator, all[k].numerator);
    EXPECT_EQ(read[k].denominator, all[k].denominator);
    EXPECT_EQ(read[k].programme, all[k].programme);
    EXPECT_EQ(read[k].measured_at, all[k].measured_at);
    EXPECT_EQ(read[k].rate, all[k].rate);
    EXPECT_EQ(read[k].unit, all[k].unit);
  }
  for (const char* id : {"xa_dat_chuan_xoa_mu_chu", "ty_le_biet_chu", "trung_tam_htcd_cntt", "truong_chuan_quoc_gia",
                         "can_bo_ky_nang_so", "dan_so_chuyen_mon_ky_thuat"}) {
    const Indicator* i = IndicatorCatalogue::national().find(id);
    ASSERT_NE(i, nullptr) << id;
    EXPECT_TRUE(i->rate);
    EXPECT_EQ(i->unit, "%");
    EXPECT_EQ(i->measured_at, MeasuredAt::body) << "counted by the bodies the plan assigns, on no unit's form";
  }
  const Indicator* count = IndicatorCatalogue::national().find("lop_xoa_mu_chu");
  ASSERT_NE(count, nullptr);
  EXPECT_FALSE(count->rate);
  EXPECT_EQ(count->unit, "lớp");
  EXPECT_TRUE(count->denominator.empty());
}

TEST(IndicatorCatalogue, AWrongCatalogueNamesEachProblem) {
  test::TempDir dir;
  test::write_file(dir / "chi-so.csv",
                   "ma,ten,tu_so,mau_so,don_vi_tinh,cap_dem,loai,chuong_trinh\n"
                   "lop_moi,Lớp mới,Số lớp,,lớp,huyen,so_luong,\n"
                   "ty_le_moi,Tỷ lệ mới,Số đạt,,%,co_quan,ty_le,\n"
                   "Chi So,Tên,Số,Tổng số,%,co_quan,ty_le,\n"
                   "lop_2,Lớp 2,Số lớp,,lớp,co_quan,dem,\n"
                   "lop_3,Lớp 3,Số lớp,,lớp,co_quan,so_luong,\n"
                   "lop_3,Lớp 3,Số lớp,,lớp,co_quan,so_luong,\n");
  try {
    forms::read_catalogue_file((dir / "chi-so.csv").string());
    FAIL() << "accepted";
  } catch (const Error& e) {
    const std::string en = e.render(Lang::en), f = (dir / "chi-so.csv").string();
    EXPECT_EQ(e.diagnostics().size(), 5u) << en;
    EXPECT_NE(en.find(f + ", row 2, column 'cap_dem': indicator catalogue: 'huyen' is not valid in column 'cap_dem'"),
              std::string::npos)
        << en;
    EXPECT_NE(en.find(f + ", row 3, column 'mau_so': indicator catalogue: column 'mau_so' is empty"), std::string::npos)
        << en;
    EXPECT_NE(en.find("'Chi So' is not valid in column 'ma'"), std::string::npos) << en;
    EXPECT_NE(en.find("'dem' is not valid in column 'loai' (one of: ty_le, so_luong)"), std::string::npos) << en;
    EXPECT_NE(en.find(f + ", row 7, column 'ma': indicator catalogue: id 'lop_3' is already given on row 6"),
              std::string::npos)
        << en;
  }
}

TEST(IndicatorCatalogue, EveryLevelReportsTheLowestLevelsIndicatorsTheTopAlsoItsOwn) {
  const std::vector<std::string> lowest{"gia_dinh_hoc_tap", "dong_ho_hoc_tap",  "cong_dong_hoc_tap",
                                        "don_vi_hoc_tap",   "cong_dan_hoc_tap", "cong_dan_hoc_tap_don_vi"};
  // A commune (2 levels) or a district (3 levels): what communes count.
  EXPECT_EQ(ids(IndicatorCatalogue::national().reported_at(false)), lowest);
  EXPECT_EQ(ids(form_indicators(IndicatorCatalogue::national(), false)), lowest);
  // The province: everything the units count, in report order; never what
  // the reporting bodies count, which their own forms ask.
  std::vector<std::string> all;
  for (const auto& i : IndicatorCatalogue::national().all())
    if (i.measured_at != MeasuredAt::body) all.push_back(i.id);
  EXPECT_EQ(ids(form_indicators(IndicatorCatalogue::national(), true)), all);
  EXPECT_EQ(all.size(), 8u);
  EXPECT_TRUE(is_form_level("xã"));
  EXPECT_TRUE(is_form_level("huyen"));
  EXPECT_TRUE(is_form_level("Tỉnh"));
  EXPECT_FALSE(is_form_level("thôn"));
}

Unit unit(std::string code, std::string level, std::string parent) {
  Unit u;
  u.code = std::move(code);
  u.name = "Đơn vị " + u.code;
  u.level = std::move(level);
  u.parent = std::move(parent);
  return u;
}

Record rec(std::string unit, std::string indicator, double num, double den) {
  Record r;
  r.unit_code = std::move(unit);
  r.unit_name = "Đơn vị " + r.unit_code;
  r.indicator = std::move(indicator);
  r.period = 2025;
  r.numerator = num;
  r.denominator = den;
  return r;
}

// A 3-level province: tỉnh 1, huyện 10 and 20, communes 11, 12 (under 10)
// and 21 (under 20).
TEST(IndicatorCatalogue, NewQd677IndicatorsRollUpBySummingNumeratorsAndDenominators) {
  Hierarchy h({unit("1", "tỉnh", ""), unit("10", "huyện", "1"), unit("20", "huyện", "1"),
               unit("11", "xã", "10"), unit("12", "xã", "10"), unit("21", "xã", "20")});
  Dataset d;
  d.records = {rec("11", "cong_dan_hoc_tap_don_vi", 45, 60), rec("12", "cong_dan_hoc_tap_don_vi", 30, 90),
               rec("21", "cong_dan_hoc_tap_don_vi", 7, 50),
               // The provincial association's own count: nobody below reports it.
               rec("1", "hoi_vien_tap_huan", 1800, 2000)};
  d.targets = {{2025, "cong_dan_hoc_tap_don_vi", TargetValue::number(60), {}}, {2025, "hoi_vien_tap_huan", {}, {}}};
  Rollup r(h, d);
  const CivilDate end{2025, 12, 31};
  // District 10: 45 + 30 = 75 over 60 + 90 = 150 (50 %), not the mean of 75 % and 33.3 %.
  auto v10 = r.value(*h.find("10", end), "cong_dan_hoc_tap_don_vi", 2025);
  ASSERT_TRUE(v10);
  EXPECT_DOUBLE_EQ(v10->ratio.numerator, 75);
  EXPECT_DOUBLE_EQ(v10->ratio.denominator, 150);
  // Province: 75 + 7 = 82 over 150 + 50 = 200, 41 %.
  Summary s = r.children_summary(*h.find("1", end), IndicatorCatalogue::national(), 2025);
  ASSERT_EQ(s.indicators.size(), 1u);
  EXPECT_EQ(s.indicators[0].indicator->id, "cong_dan_hoc_tap_don_vi");
  EXPECT_DOUBLE_EQ(s.indicators[0].total.numerator, 82);
  EXPECT_DOUBLE_EQ(s.indicators[0].total.denominator, 200);
  EXPECT_DOUBLE_EQ(*s.indicators[0].total.percent(), 41.0);
  EXPECT_EQ(s.indicators[0].target, 60.0);
  EXPECT_EQ(s.indicators[0].verdict, Verdict::not_met);
  // The province's own figure stands for the province; a blank target stays blank.
  auto hv = r.value(*h.find("1", end), "hoi_vien_tap_huan", 2025);
  ASSERT_TRUE(hv);
  EXPECT_DOUBLE_EQ(*hv->ratio.percent(), 90.0);
  EXPECT_FALSE(r.value(*h.find("10", end), "hoi_vien_tap_huan", 2025));
  Summary own = summarize(d, IndicatorCatalogue::national(), 2025);
  ASSERT_EQ(own.indicators.size(), 2u);
  EXPECT_EQ(own.indicators[0].indicator->id, "hoi_vien_tap_huan");  // catalogue order
  EXPECT_FALSE(own.indicators[0].target.has_value());
  EXPECT_EQ(own.indicators[0].verdict, Verdict::no_target);
}

// The roadmap of KH 145 Nam Định (DOMAIN.md), as the sample plan carries it.
TEST(IndicatorCatalogue, SamplePlanCarriesTheRoadmapTargetsOfTheNewIndicators) {
  Dataset d;
  d.targets = forms::read_targets_file((test::source_dir() / "samples/ninh-binh/chi-tieu.csv").string(),
                                       IndicatorCatalogue::national());
  auto targets = [&](const std::string& id) {
    std::vector<double> out;
    for (int year = 2022; year <= 2030; ++year)
      for (const Target& t : d.targets)
        if (t.indicator == id && t.year == year && t.percent()) out.push_back(*t.percent());
    return out;
  };
  EXPECT_EQ(targets("hoi_vien_tap_huan"), (std::vector<double>{70, 80, 90, 100, 100, 100, 100, 100, 100}));
  EXPECT_EQ(targets("cong_dan_hoc_tap_don_vi"), (std::vector<double>{45, 50, 55, 60, 65, 70, 75, 80, 85}));
  EXPECT_EQ(targets("cong_dan_hoc_tap"), (std::vector<double>{25, 30, 35, 40, 45, 50, 55, 60, 65}));
  for (const Target& t : d.targets) EXPECT_NE(IndicatorCatalogue::national().find(t.indicator), nullptr);
}

}  // namespace
}  // namespace baocao::model

namespace baocao::model {
namespace {

// A count has no total: it is judged by its number, a total given with it is
// refused, and a rate read without its total column is refused too.
TEST(IndicatorCatalogue, ACountIsJudgedByItsNumberAndTakesNoTotal) {
  const IndicatorCatalogue& c = IndicatorCatalogue::national();
  Record count;
  count.unit_code = "1";
  count.indicator = "lop_xoa_mu_chu";
  count.numerator = 12;
  count.has_denominator = false;
  EXPECT_TRUE(check_records({count}, c).empty());
  EXPECT_EQ(judge(Ratio{12, 0}, TargetValue::number(10), false), Verdict::met);
  EXPECT_EQ(judge(Ratio{7, 0}, TargetValue::number(10), false), Verdict::not_met);
  EXPECT_EQ(measure(Ratio{7, 0}, false), 7);
  EXPECT_FALSE(measure(Ratio{7, 0}, true));

  Record with_total = count;
  with_total.denominator = 40;
  with_total.has_denominator = true;
  auto problems = check_records({with_total}, c);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].id, MsgId::data_count_with_total);

  Record rate_without_total;
  rate_without_total.unit_code = "1";
  rate_without_total.indicator = "gia_dinh_hoc_tap";
  rate_without_total.numerator = 3;
  rate_without_total.has_denominator = false;
  problems = check_records({rate_without_total}, c);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].id, MsgId::data_rate_without_total);
}

}  // namespace
}  // namespace baocao::model
