// Domain functions and filters against a small real dataset: rates summed
// from numerators and denominators, blank targets never printed as 0,
// verdicts, change on the previous year, units missing or late.
#include <gtest/gtest.h>

#include "tests/engine/template/template_fixture.hpp"

namespace baocao::tmpl::test {
namespace {

std::string line(const std::string& body) {
  auto d = render(body + "\n");
  return text_of(std::get<doc::Paragraph>(d.body.at(0)).spans);
}

TEST(TemplateFunctions, RateOfAUnitAndRolledUp) {
  EXPECT_EQ(line("{{ ty_le(\"gia_dinh_hoc_tap\", \"01\", nam) | phan_tram(1) }}"), "75,0%");
  // Roll-up: (750 + 300) / (1000 + 500), never the mean of 75% and 60%.
  EXPECT_EQ(line("{{ rate(\"gia_dinh_hoc_tap\", none, 2025) | phan_tram(2) }}"), "70,00%");
  EXPECT_EQ(line("{{ so_dat(\"gia_dinh_hoc_tap\", none, nam) | so }}/{{ tong_so(\"gia_dinh_hoc_tap\", none, "
                 "nam) | so }}"),
            "1.050/1.500");
}

// Targets as plans state them, through the template functions: printed as
// the PDF and XLSX print them, judged for ranges and bounds, never for words,
// and the years between milestones blank.
TEST(TemplateFunctions, TargetsOfEveryKind) {
  Dataset d;
  d.period = 2025;
  d.records = {rec("01", "Xã An Hòa", "gia_dinh_hoc_tap", 2025, 76, 100),
               rec("02", "Phường Bắc Sơn", "gia_dinh_hoc_tap", 2025, 70, 100),
               rec("01", "Xã An Hòa", "cong_dong_hoc_tap", 2025, 4, 100),
               rec("02", "Phường Bắc Sơn", "cong_dong_hoc_tap", 2025, 6, 100),
               rec("01", "Xã An Hòa", "ky_nang_so", 2025, 50, 100)};
  d.targets = {{2025, "gia_dinh_hoc_tap", {TargetKind::range, 75, 80, {}}, {}},
               {2030, "gia_dinh_hoc_tap", {TargetKind::at_least, 99.5, 99.5, {}}, {}},
               {2025, "cong_dong_hoc_tap", {TargetKind::at_most, 5, 5, {}}, {}},
               {2025, "ky_nang_so", {TargetKind::text, 0, 0, "duy trì mức độ 2"}, {}},
               {2026, "ky_nang_so", TargetValue::number(99.5), {}}};
  const DatasetTemplateData data(std::move(d), {{"01", "Xã An Hòa"}, {"02", "Phường Bắc Sơn"}}, {}, {});
  auto out = [&](const std::string& body) {
    auto doc = render_text("mau.tpl", std::string(kHeader) + body + "\n", ".", data, sample_vars());
    return text_of(std::get<doc::Paragraph>(doc.body.at(0)).spans);
  };
  EXPECT_EQ(out("{{ chi_tieu(\"gia_dinh_hoc_tap\", 2025) | phan_tram(0) }}"), "75–80%");
  EXPECT_EQ(out("{{ chi_tieu_chu(\"gia_dinh_hoc_tap\", 2030) }}"), "từ 99,5% trở lên");
  EXPECT_EQ(out("{{ chi_tieu(\"cong_dong_hoc_tap\", 2025) | phan_tram(0) }}"), "không quá 5%");
  EXPECT_EQ(out("{{ chi_tieu(\"ky_nang_so\", 2025) | phan_tram(0) }}"), "duy trì mức độ 2");
  // A number with a fraction as the plan writes it, not rounded by phan_tram(0).
  EXPECT_EQ(out("{{ chi_tieu(\"ky_nang_so\", 2026) | phan_tram(0) }}"), "99,5%");
  EXPECT_EQ(out("{{ lo_trinh(\"gia_dinh_hoc_tap\", 2025, 2030) | phan_tram(0) | mac_dinh(\"-\") | noi(\" \") }}"),
            "75–80% - - - - từ 99,5% trở lên");
  EXPECT_EQ(out("{{ lo_trinh_chu(\"ky_nang_so\", 2025, 2027) | mac_dinh(\"-\") | noi(\"; \") }}"),
            "duy trì mức độ 2; 99,5%; -");
  // Ranges: the low end reached is đạt; an at-most bound: not passed is đạt.
  EXPECT_EQ(out("{{ danh_gia(\"gia_dinh_hoc_tap\", \"01\", 2025) }} {{ danh_gia(\"gia_dinh_hoc_tap\", \"02\", 2025) }}"),
            "đạt chưa đạt");
  EXPECT_EQ(out("{{ danh_gia(\"cong_dong_hoc_tap\", \"01\", 2025) }} {{ danh_gia(\"cong_dong_hoc_tap\", \"02\", 2025) }}"),
            "đạt chưa đạt");
  EXPECT_EQ(out("{{ dem_dat(\"gia_dinh_hoc_tap\", 2025) }} {{ dem_dat(\"cong_dong_hoc_tap\", 2025) }}"), "1 1");
  // Words have no đạt / chưa đạt.
  EXPECT_EQ(out("{{ danh_gia(\"ky_nang_so\", \"01\", 2025) | mac_dinh(\"không đánh giá\") }}"), "không đánh giá");
  EXPECT_EQ(out("{{ chi_tieu_hang([\"gia_dinh_hoc_tap\", \"cong_dong_hoc_tap\"], 2025) | noi(\" \") }}"),
            "- - 75 - - -");
  // What a sentence says of a result against its target: inside a range
  // "đạt", below it "chưa đạt"; a bound kept "đạt"; words nothing; this
  // year's result against a later year's target.
  EXPECT_EQ(out("{{ so_voi_chi_tieu(\"gia_dinh_hoc_tap\", \"01\", 2025) }} "
                "{{ so_voi_chi_tieu(\"gia_dinh_hoc_tap\", \"02\", 2025) }} "
                "{{ so_voi_chi_tieu(\"cong_dong_hoc_tap\", \"01\", 2025) }} "
                "{{ so_voi_chi_tieu(\"ky_nang_so\", \"01\", 2025) | mac_dinh(\"-\") }} "
                "{{ so_voi_chi_tieu(\"ky_nang_so\", \"01\", 2025, 2026) }} "
                "{{ so_voi_chi_tieu(\"gia_dinh_hoc_tap\", \"01\", 2025, 2030) }}"),
            "đạt chưa đạt đạt - chưa đạt chưa đạt");
  EXPECT_EQ(out("{{ loai_chi_tieu(\"gia_dinh_hoc_tap\", 2025) }} {{ loai_chi_tieu(\"gia_dinh_hoc_tap\", 2030) }} "
                "{{ loai_chi_tieu(\"cong_dong_hoc_tap\", 2025) }} {{ loai_chi_tieu(\"ky_nang_so\", 2025) }} "
                "{{ loai_chi_tieu(\"ky_nang_so\", 2026) }} {{ loai_chi_tieu(\"ky_nang_so\", 2027) | mac_dinh(\"-\") }}"),
            "khoảng từ không quá lời văn số -");
}

// Above a number or a range's top is "vượt"; a number reached exactly, at
// the one decimal the rate is printed with, "bằng".
TEST(TemplateFunctions, AgainstTargetAboveOrEqual) {
  Dataset d;
  d.period = 2025;
  d.records = {rec("01", "Xã An Hòa", "gia_dinh_hoc_tap", 2025, 85, 100),
               rec("02", "Phường Bắc Sơn", "gia_dinh_hoc_tap", 2025, 70004, 100000),
               rec("01", "Xã An Hòa", "dong_ho_hoc_tap", 2025, 71, 100)};
  d.targets = {{2025, "gia_dinh_hoc_tap", TargetValue::number(70), {}},
               {2025, "dong_ho_hoc_tap", {TargetKind::range, 65, 70, {}}, {}}};
  const DatasetTemplateData data(std::move(d), {{"01", "Xã An Hòa"}, {"02", "Phường Bắc Sơn"}}, {}, {});
  auto doc = render_text("mau.tpl",
                         std::string(kHeader) +
                             "{{ so_voi_chi_tieu(\"gia_dinh_hoc_tap\", \"01\", 2025) }} "
                             "{{ so_voi_chi_tieu(\"gia_dinh_hoc_tap\", \"02\", 2025) }} "
                             "{{ so_voi_chi_tieu(\"dong_ho_hoc_tap\", \"01\", 2025) }}\n",
                         ".", data, sample_vars());
  EXPECT_EQ(text_of(std::get<doc::Paragraph>(doc.body.at(0)).spans), "vượt bằng vượt");
}

TEST(TemplateFunctions, BlankTargetPrintsWhatTheTemplateSaysNeverZero) {
  EXPECT_EQ(line("{{ chi_tieu(\"gia_dinh_hoc_tap\", nam) | phan_tram(0) }}"), "70%");
  EXPECT_EQ(
      line("{{ chi_tieu(\"dong_ho_hoc_tap\", nam) | phan_tram(0) | mac_dinh(\"không đặt chỉ tiêu\") }}"),
      "không đặt chỉ tiêu");
  EXPECT_EQ(line("{{ target(\"dong_ho_hoc_tap\", nam) | so | mac_dinh(\"(trống)\") }}"), "(trống)");
  // Without mac_dinh a blank is an error, not an empty string and not 0.
  EXPECT_NE(error_of("{{ chi_tieu(\"dong_ho_hoc_tap\", nam) | phan_tram(0) }}\n").find("blank value"),
            std::string::npos);
}

TEST(TemplateFunctions, VerdictAgainstTarget) {
  EXPECT_EQ(line("{{ danh_gia(\"gia_dinh_hoc_tap\", \"01\", nam) }}"), "đạt");
  EXPECT_EQ(line("{{ danh_gia(\"gia_dinh_hoc_tap\", \"02\", nam) | viet_hoa_dau }}"), "Chưa đạt");
  EXPECT_EQ(line("{{ dat(\"gia_dinh_hoc_tap\", none, nam) }}"), "có");  // 70% meets 70%
  EXPECT_EQ(line("{{ danh_gia(\"dong_ho_hoc_tap\", \"01\", nam) | mac_dinh(\"không đánh giá\") }}"),
            "không đánh giá");
  EXPECT_EQ(line("{{ dem_dat(\"gia_dinh_hoc_tap\", nam) }}"), "1");
}

TEST(TemplateFunctions, ChangeAgainstThePreviousYear) {
  EXPECT_EQ(line("{{ thay_doi(\"gia_dinh_hoc_tap\", \"01\", nam) | so_co_dau(1) }}"), "+5,0");
  EXPECT_EQ(line("{{ change(\"gia_dinh_hoc_tap\", none, nam) | so(2) }}"), "4,67");
  EXPECT_EQ(line("{{ thay_doi(\"dong_ho_hoc_tap\", \"01\", nam) | mac_dinh(\"-\") }}"), "-");
}

TEST(TemplateFunctions, UnitsMissingOrLate) {
  EXPECT_EQ(line("{{ chua_nop(nam) | lay(\"ten\") | noi(\", \") }}"), "Phường Bắc Sơn, Xã Cát Tiên");
  EXPECT_EQ(line("{% for dv in nop_muon(nam) %}\n{{ dv.ten }} {{ dv.ngay_nop | ngay_so }}\n{% endfor %}"),
            "Xã An Hòa 12/12/2025");
  EXPECT_EQ(line("{{ han_nop(nam) | ngay_nd30 }}"), "ngày 10 tháng 12 năm 2025");
}

TEST(TemplateFunctions, RollupOverChosenUnits) {
  EXPECT_EQ(line("{% set t = tong_hop(\"gia_dinh_hoc_tap\", nam, [\"01\", \"02\"]) %}\n{{ t.so_dat | so }} "
                 "{{ t.ty_le | phan_tram(1) }} {{ t.chi_tieu }}"),
            "1.050 70,0% 70");
  EXPECT_EQ(line("{{ hang_don_vi(none, nam, [\"gia_dinh_hoc_tap\"]) | noi(\" \") }}"), "1.050 1.500 70,0%");
}

TEST(TemplateFunctions, NumberAndTextFilters) {
  EXPECT_EQ(line("{{ 1234567.891 | so(2) }} {{ 2025 }} {{ 99.96 | phan_tram(1) }} {{ 0.04 | phan_tram(1) }}"),
            "1.234.567,89 2025 99,9% 0,1%");
  EXPECT_EQ(
      line("{{ \"cộng hòa\" | chu_hoa }} {{ \"2025-02-05\" | ngay_nd30 }} {{ \"\" | mac_dinh(\"trống\") }}"),
      "CỘNG HÒA ngày 05 tháng 02 năm 2025 trống");
  EXPECT_EQ(line("{{ [3, 4] | tong }} {{ don_vi | do_dai }} {{ (don_vi | dau).ten }} {{ \"Xã A\" | thay(\"Xã "
                 "\", \"\") }}"),
            "7 3 Xã An Hòa A");
}

TEST(TemplateFunctions, AmountsInWordsAndVietnameseSort) {
  EXPECT_EQ(line("{{ 1005 | bang_chu }}; {{ 21000 | bang_chu(\"đồng\") }}"),
            "một nghìn không trăm linh năm; Hai mươi mốt nghìn đồng");
  EXPECT_EQ(line("{{ [\"Đông\", \"Dương\", \"Ân\", \"An\", \"Ăn\"] | sap_xep_vi | noi(\" \") }}"),
            "An Ăn Ân Dương Đông");
  EXPECT_EQ(line("{{ don_vi | sap_xep_vi(\"ten\") | lay(\"ten\") | noi(\", \") }}"),
            "Phường Bắc Sơn, Xã An Hòa, Xã Cát Tiên");
  EXPECT_NE(error_of("{{ 1.5 | bang_chu }}\n").find("'bang_chu' needs"), std::string::npos);
}

}  // namespace
}  // namespace baocao::tmpl::test
