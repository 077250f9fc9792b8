// What every Store must do, run against SQLite here and against a real
// PostgreSQL server in postgresql_store_test.cpp.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <utility>

#include "engine/store/store.hpp"

namespace baocao::store::test {

inline Record record(const std::string& unit, const std::string& indicator, double num, double den) {
  Record r;
  r.unit_code = unit;
  r.unit_name = unit == "13285" ? "Phường Phủ Lý" : "Phường Châu Sơn";
  r.indicator = indicator;
  r.period = 2025;
  r.numerator = num;
  r.denominator = den;
  r.source.file = "so-lieu.xlsx";
  r.source.sheet = "Biểu 1";
  r.source.cell = "C6";
  return r;
}

// A unit as the store's rows write it: dates ISO text, "" = open.
inline Unit unit(std::string code, std::string name, std::string parent, std::string level, std::string kind,
                 std::string from, std::string to, std::vector<std::string> predecessors = {},
                 std::string name_origin = {}) {
  Unit u{std::move(code), std::move(name)};
  u.parent = std::move(parent);
  u.level = std::move(level);
  u.kind = std::move(kind);
  if (!from.empty()) u.valid_from = parse_iso_date(from);
  if (!to.empty()) u.valid_to = parse_iso_date(to);
  u.predecessors = std::move(predecessors);
  u.name_origin = std::move(name_origin);
  return u;
}

inline void seed(Store& s) {
  s.put_indicators({{"gia_dinh_hoc_tap", "Gia đình học tập", "Số gia đình được công nhận",
                     "Tổng số hộ gia đình", "QĐ 387/QĐ-TTg"},
                    {"dong_ho_hoc_tap", "Dòng họ học tập", "Số dòng họ được công nhận", "Tổng số dòng họ",
                     "QĐ 387/QĐ-TTg"}});
  s.put_units({unit("37", "Tỉnh Ninh Bình", "", "tinh", "Tỉnh", "2025-07-01", "", {}),
               unit("13285", "Phường Phủ Lý", "37", "xa", "Phường", "2025-07-01", "", {}),
               unit("13318", "Phường Châu Sơn", "37", "xa", "Phường", "2025-07-01", "", {}),
               unit("347", "Thành phố Phủ Lý", "35", "huyen", "Thành phố", "2008-01-01", "2025-06-30", {})});
}

inline void check_units_over_time(Store& s) {
  seed(s);
  EXPECT_EQ(s.unit_count(), 4u);
  auto after = s.units_on("2025-12-31");
  ASSERT_EQ(after.size(), 3u);
  EXPECT_EQ(after[0].code, "13285");
  EXPECT_EQ(after[0].parent, "37");
  EXPECT_EQ(after[0].name, "Phường Phủ Lý");
  EXPECT_FALSE(after[0].valid_to);
  auto before = s.units_on("2025-01-01");
  ASSERT_EQ(before.size(), 1u) << "the district level ends on 2025-06-30";
  EXPECT_EQ(before[0].level, "huyen");
  EXPECT_EQ(before[0].valid_to, parse_iso_date("2025-06-30"));
  s.put_units({unit("13285", "Phường Phủ Lý (mới)", "37", "xa", "Phường", "2025-07-01", "", {})});
  EXPECT_EQ(s.unit_count(), 4u) << "same code and start replaces";
}

// What a unit's proper name is (migration 005): kept as the list says it,
// blank when it says nothing; a clerk's newer list corrects it.
inline void check_name_origin(Store& s) {
  s.put_units({unit("13435", "Phường Lý Thường Kiệt", "37", "xa", "Phường", "2025-07-01", "", {}, "người"),
               unit("03127", "Phường Điện Biên Phủ", "11", "xa", "Phường", "2025-07-01", "", {}, "sự kiện"),
               unit("13285", "Phường Phủ Lý", "37", "xa", "Phường", "2025-07-01", "", {})});
  auto units = s.units_on("2025-12-31");
  ASSERT_EQ(units.size(), 3u);
  EXPECT_EQ(units[0].name_origin, "sự kiện");
  EXPECT_EQ(units[1].name_origin, "");
  EXPECT_EQ(units[2].name_origin, "người");
  s.put_units({unit("13435", "Phường Lý Thường Kiệt", "37", "xa", "Phường", "2025-07-01", "", {}, "địa danh")});
  EXPECT_EQ(s.units_on("2025-12-31").at(2).name_origin, "địa danh");
  // The schema refuses a word the engine would not read back.
  EXPECT_ANY_THROW(
      s.put_units({unit("13435", "Phường Lý Thường Kiệt", "37", "xa", "Phường", "2025-07-01", "", {}, "ông")}));
  EXPECT_EQ(s.units_on("2025-12-31").at(2).name_origin, "địa danh") << "the refused list changed nothing";
}

// a province merged on 2025-07-01 keeps the links to the provinces
// it was formed from (migration 002), so a report of 2024 can sum them.
inline void check_predecessors(Store& s) {
  s.put_units({unit("35", "Tỉnh Hà Nam", "", "tinh", "Tỉnh", "", "2025-06-30", {}),
               unit("36", "Tỉnh Nam Định", "", "tinh", "Tỉnh", "", "2025-06-30", {}),
               unit("37", "Tỉnh Ninh Bình", "", "tinh", "Tỉnh", "", "2025-06-30", {}),
               unit("37", "Tỉnh Ninh Bình", "", "tinh", "Tỉnh", "2025-07-01", "", {"35", "36", "37", "36"})});
  auto after = s.units_on("2025-12-31");
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].valid_from, parse_iso_date("2025-07-01"));
  EXPECT_EQ(after[0].predecessors, (std::vector<std::string>{"35", "36", "37"}))
      << "in the list's order, a code named twice kept once";
  auto before = s.units_on("2024-12-31");
  ASSERT_EQ(before.size(), 3u);
  for (const Unit& u : before) {
    EXPECT_FALSE(u.valid_from) << "an open start is kept open";
    EXPECT_TRUE(u.predecessors.empty()) << u.code;
  }
  // Importing the list again replaces the links, never adds to them.
  s.put_units({unit("37", "Tỉnh Ninh Bình", "", "tinh", "Tỉnh", "2025-07-01", "", {"36", "35"})});
  EXPECT_EQ(s.units_on("2025-12-31").at(0).predecessors, (std::vector<std::string>{"36", "35"}));
  s.put_units({unit("37", "Tỉnh Ninh Bình", "", "tinh", "Tỉnh", "2025-07-01", "", {})});
  EXPECT_TRUE(s.units_on("2025-12-31").at(0).predecessors.empty());
  EXPECT_EQ(s.unit_count(), 4u);
}

inline void check_import_history(Store& s) {
  seed(s);
  FileSubmission first;
  first.source_file = "so-lieu-a.xlsx";
  first.sha256 = std::string(64, 'a');
  first.period = 2025;
  first.imported_at = "2025-12-20T08:00:00Z";
  first.records = {record("13285", "gia_dinh_hoc_tap", 6026, 7069),
                   record("13285", "dong_ho_hoc_tap", 27, 37),
                   record("13318", "gia_dinh_hoc_tap", 2148, 2855)};

  ImportResult dry = s.import_file(first, true);
  EXPECT_FALSE(dry.unchanged);
  EXPECT_EQ(dry.units, 2);
  EXPECT_EQ(dry.units_new, 2);
  EXPECT_TRUE(s.submissions(2025, true).empty()) << "a dry run writes nothing";

  ImportResult r1 = s.import_file(first, false);
  EXPECT_EQ(r1.units_new, 2);
  EXPECT_EQ(r1.units_superseding, 0);
  ASSERT_EQ(s.figures(2025).size(), 3u);

  ImportResult again = s.import_file(first, false);
  EXPECT_TRUE(again.unchanged) << "re-importing the same file is a no-op";
  EXPECT_EQ(s.submissions(2025, true).size(), 2u);

  FileSubmission newer = first;
  newer.source_file = "so-lieu-a-sua.xlsx";
  newer.sha256 = std::string(64, 'b');
  newer.imported_at = "2025-12-22T09:30:00Z";
  newer.records = {record("13285", "gia_dinh_hoc_tap", 6100, 7069)};
  ImportResult r2 = s.import_file(newer, false);
  EXPECT_FALSE(r2.unchanged);
  EXPECT_EQ(r2.units_superseding, 1);
  EXPECT_EQ(r2.units_new, 0);

  auto current = s.submissions(2025, false);
  ASSERT_EQ(current.size(), 2u);
  auto history = s.submissions(2025, true);
  ASSERT_EQ(history.size(), 3u);
  auto old = std::find_if(history.begin(), history.end(), [](const SubmissionInfo& i) {
    return i.unit_code == "13285" && i.source_file == "so-lieu-a.xlsx";
  });
  ASSERT_NE(old, history.end());
  auto fresh = std::find_if(history.begin(), history.end(),
                            [](const SubmissionInfo& i) { return i.source_file == "so-lieu-a-sua.xlsx"; });
  ASSERT_NE(fresh, history.end());
  EXPECT_EQ(old->superseded_by, fresh->id) << "the old submission stays, pointing at its successor";
  EXPECT_EQ(fresh->superseded_by, 0);
  EXPECT_EQ(fresh->imported_at, "2025-12-22T09:30:00Z");
  EXPECT_EQ(fresh->sha256, std::string(64, 'b'));

  auto figures = s.figures(2025);
  ASSERT_EQ(figures.size(), 2u) << "13285 now has only what the newer file holds";
  EXPECT_EQ(figures[0].unit_code, "13285");
  EXPECT_EQ(figures[0].numerator, 6100);
  EXPECT_EQ(figures[0].unit_name, "Phường Phủ Lý");
  EXPECT_EQ(figures[1].unit_code, "13318");
  EXPECT_EQ(figures[1].denominator, 2855);
  EXPECT_TRUE(s.figures(2024).empty());
}

inline void check_unit_codes_between(Store& s) {
  seed(s);
  // 2025 spans the reform: the district ended 30 June, the new units began 1 July.
  EXPECT_EQ(s.unit_codes_between("2025-01-01", "2025-12-31"),
            (std::vector<std::string>{"13285", "13318", "347", "37"}));
  EXPECT_EQ(s.unit_codes_between("2024-01-01", "2024-12-31"), std::vector<std::string>{"347"});
  EXPECT_EQ(s.unit_codes_between("2026-01-01", "2026-12-31"),
            (std::vector<std::string>{"13285", "13318", "37"}));
}

// A file streamed batch by batch (FileSubmission::next) lands exactly like
// one given whole: more figures than one multi-row INSERT, units in
// several batches (a unit's two figures in two of them), the same no-op
// and supersede rules; an exception from `next` writes nothing.
inline void check_streamed_import(Store& s) {
  seed(s);
  std::vector<Unit> many;
  for (int i = 0; i < 450; ++i)
    many.push_back(
        unit(std::to_string(900000 + i), "Xã " + std::to_string(i), "37", "xa", "Xã", "2025-07-01", "", {}));
  s.put_units(many);
  FileSubmission f;
  f.source_file = "tong-hop.xlsx";
  f.sha256 = std::string(64, 'c');
  f.period = 2025;
  f.imported_at = "2025-12-21T08:00:00Z";
  int calls = 0;
  bool fail_at_end = false;
  std::optional<Record> late;
  f.next = [&](std::vector<Record>& batch) {
    batch.clear();
    if (calls == 3) {
      if (fail_at_end) throw Error(ErrorFamily::data, {{MsgId::data_no_records, {}, {}}});
      return false;
    }
    // Batch n holds units 150n..150n+149, but the second figure of a
    // batch's last unit comes first in the next batch.
    if (late) batch.push_back(*std::exchange(late, std::nullopt));
    for (int i = calls * 150; i < (calls + 1) * 150; ++i)
      for (const char* ind : {"gia_dinh_hoc_tap", "dong_ho_hoc_tap"}) {
        Record r = record(many[i].code, ind, i, 1000);
        r.unit_name = many[i].name;
        if (i % 150 == 149 && ind[0] == 'd' && calls < 2)
          late = r;
        else
          batch.push_back(r);
      }
    ++calls;
    return true;
  };
  ImportResult dry = s.import_file(f, true);
  EXPECT_EQ(dry.units, 450);
  EXPECT_EQ(dry.units_new, 450);
  EXPECT_TRUE(s.figures(2025).empty()) << "a dry run writes nothing";
  calls = 0;
  ImportResult r = s.import_file(f, false);
  EXPECT_EQ(r.units_new, 450);
  auto figures = s.figures(2025);
  ASSERT_EQ(figures.size(), 900u);
  auto it = std::find_if(figures.begin(), figures.end(), [](const Record& x) {
    return x.unit_code == "900449" && x.indicator == "dong_ho_hoc_tap";
  });
  ASSERT_NE(it, figures.end());
  EXPECT_EQ(it->numerator, 449);
  EXPECT_EQ(it->unit_name, "Xã 449");
  calls = 0;
  EXPECT_TRUE(s.import_file(f, false).unchanged);

  f.sha256 = std::string(64, 'd');
  calls = 0;
  ImportResult newer = s.import_file(f, false);
  EXPECT_EQ(newer.units_superseding, 450);
  EXPECT_EQ(newer.units_new, 0);
  EXPECT_EQ(s.submissions(2025, true).size(), 900u) << "history kept";
  EXPECT_EQ(s.figures(2025).size(), 900u);

  // The import's checks throw once every batch was read: nothing stays.
  f.sha256 = std::string(64, 'e');
  fail_at_end = true;
  calls = 0;
  EXPECT_THROW(s.import_file(f, false), Error);
  EXPECT_EQ(s.submissions(2025, true).size(), 900u);
  EXPECT_EQ(s.submissions(2025, false).size(), 450u);
  EXPECT_EQ(s.figures(2025).size(), 900u);
}

inline void check_targets(Store& s) {
  seed(s);
  Target t1{2025, "gia_dinh_hoc_tap", TargetValue::number(70), {}};
  Target t2{2025, "dong_ho_hoc_tap", {}, {}};
  EXPECT_EQ(s.put_targets({t1, t2}, "chi-tieu.csv", true), 2);
  EXPECT_TRUE(s.targets(2025).empty());
  s.put_targets({t1, t2}, "chi-tieu.csv", false);
  auto t = s.targets(2025);
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].indicator, "dong_ho_hoc_tap");
  EXPECT_TRUE(t[0].value.is_open()) << "a blank target stays blank, never 0";
  EXPECT_EQ(t[1].percent(), 70.0);
  t1.value = TargetValue::number(72.5);
  s.put_targets({t1}, "chi-tieu-moi.csv", false);
  EXPECT_EQ(s.targets(2025)[1].percent(), 72.5);

  // Every kind a plan states, milestones with the years between left open.
  s.put_indicators({{"cong_dong_hoc_tap", "Cộng đồng học tập", "a", "b", "QĐ 387/QĐ-TTg"},
                    {"don_vi_hoc_tap", "Đơn vị học tập", "a", "b", "QĐ 387/QĐ-TTg"},
                    {"ky_nang_so", "Công dân đạt kỹ năng số", "a", "b", "QĐ 677/QĐ-TTg"}});
  const std::vector<Target> kinds{
      {2025, "cong_dong_hoc_tap", {TargetKind::range, 75, 80, {}}, {}},
      {2030, "cong_dong_hoc_tap", {TargetKind::at_least, 99.5, 99.5, {}}, {}},
      {2030, "don_vi_hoc_tap", {TargetKind::at_most, 5, 5, {}}, {}},
      {2030, "ky_nang_so", {TargetKind::text, 0, 0, "duy trì mức độ 2"}, {}},
      {2030, "gia_dinh_hoc_tap", TargetValue::number(80), {}},
  };
  s.put_targets(kinds, "lo-trinh.csv", false);
  auto y2030 = s.targets(2030);
  ASSERT_EQ(y2030.size(), 4u);  // by indicator
  EXPECT_EQ(y2030[0].value, kinds[1].value);
  EXPECT_EQ(y2030[1].value, kinds[2].value);
  EXPECT_EQ(y2030[2].value, kinds[4].value);
  EXPECT_EQ(y2030[3].value, kinds[3].value);
  EXPECT_EQ(s.targets(2025)[0].value, kinds[0].value);
  EXPECT_TRUE(s.targets(2027).empty()) << "a year between milestones stays open";
  auto all = s.all_targets();
  ASSERT_EQ(all.size(), 7u);
  EXPECT_EQ(all.front().year, 2025);
  EXPECT_EQ(all.back().year, 2030);
}

// The catalogue in the store: the shipped indicators with their order and
// kind, then an office's own as a new version.
inline void check_catalogue(Store& s) {
  seed(s);
  EXPECT_EQ(s.catalogue_version(), 0);
  IndicatorRow mine{"truong_chuan", "Trường đạt chuẩn", "Số trường đạt chuẩn", "", "Kế hoạch tỉnh", "trường",
                    "co_quan", "so_luong", 30, true};
  EXPECT_EQ(s.put_office_indicators({mine}, "chi-so.csv", std::string(64, 'a'), "2025-12-01T00:00:00Z", true), 1);
  EXPECT_EQ(s.catalogue_version(), 0) << "a dry run keeps nothing";
  EXPECT_EQ(s.put_office_indicators({mine}, "chi-so.csv", std::string(64, 'a'), "2025-12-01T00:00:00Z", false), 1);
  mine.name = "Trường đạt chuẩn quốc gia";
  EXPECT_EQ(s.put_office_indicators({mine}, "chi-so.csv", std::string(64, 'b'), "2025-12-02T00:00:00Z", false), 2);
  EXPECT_EQ(s.catalogue_version(), 2);
  auto rows = s.indicators();
  auto it = std::find_if(rows.begin(), rows.end(), [](const IndicatorRow& r) { return r.id == "truong_chuan"; });
  ASSERT_NE(it, rows.end());
  EXPECT_EQ(it->name, "Trường đạt chuẩn quốc gia");
  EXPECT_EQ(it->unit, "trường");
  EXPECT_EQ(it->measured_at, "co_quan");
  EXPECT_EQ(it->kind, "so_luong");
  EXPECT_TRUE(it->office);
  EXPECT_EQ(rows.back().id, "truong_chuan") << "after the shipped ones";
}

// The issuers register is kept whole (lines of lists included) and replaced
// by the next; plans are kept by the years they cover, the latest winning;
// figures as of a moment are each unit's submission current then.
inline void check_issuers_plans_and_figures_before(Store& s) {
  seed(s);
  IssuerEntry level;
  level.level = "xa";
  level.name = "Ủy ban nhân dân {ten}";
  level.authority = {"TM. Ủy ban nhân dân"};
  IssuerEntry own;
  own.unit_code = "13285";
  own.signer = "Trần Thị Bình";
  own.authority = {"TM. Ủy ban nhân dân", "KT. Chủ tịch"};
  own.recipients = {"Sở Giáo dục và Đào tạo (để b/c)", "Lưu: VT"};
  own.source = at_line("so.csv", 3);
  s.put_issuers({level, own});
  auto rows = s.issuers();
  ASSERT_EQ(rows.size(), 2u);
  const IssuerEntry& got = rows[1].unit_code == "13285" ? rows[1] : rows[0];
  EXPECT_EQ(got.signer, "Trần Thị Bình");
  EXPECT_EQ(got.authority, own.authority);
  EXPECT_EQ(got.recipients, own.recipients);
  EXPECT_EQ(got.body, "ubnd");
  EXPECT_EQ(got.source.line, 3);
  s.put_issuers({level});
  EXPECT_EQ(s.issuers().size(), 1u) << "a register replaces the one before";

  EXPECT_FALSE(s.plan_for(2025));
  s.put_plan({"KH cũ", 2021, 2025, "{\"cu\": 1}", "kh-cu.json", "aa", "2025-01-01T00:00:00Z"});
  s.put_plan({"KH mới", 2025, 0, "{\"moi\": 1}", "kh-moi.json", "bb", "2025-02-01T00:00:00Z"});
  s.put_plan({"KH mới", 2025, 0, "{\"moi\": 1}", "kh-moi.json", "bb", "2025-03-01T00:00:00Z"});
  EXPECT_EQ(s.plan_for(2024)->name, "KH cũ");
  EXPECT_EQ(s.plan_for(2025)->name, "KH mới");
  EXPECT_EQ(s.plan_for(2030)->text, "{\"moi\": 1}");
  EXPECT_FALSE(s.plan_for(2020));

  FileSubmission first{"a.xlsx", std::string(64, 'a'), 2025, "2025-12-05T01:00:00Z",
                       {record("13285", "gia_dinh_hoc_tap", 100, 200)}, {}};
  FileSubmission later{"b.xlsx", std::string(64, 'b'), 2025, "2025-12-11T01:00:00Z",
                       {record("13285", "gia_dinh_hoc_tap", 150, 200)}, {}};
  s.import_file(first, false);
  s.import_file(later, false);
  EXPECT_EQ(s.figures(2025).at(0).numerator, 150);
  auto before = s.figures_before(2025, "2025-12-10T17:00:00Z");
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].numerator, 100) << "as it stood before the correction";
  EXPECT_TRUE(s.figures_before(2025, "2025-12-01T00:00:00Z").empty());
  EXPECT_EQ(s.periods(), std::vector<int>{2025});
}

// The store's sums per unit and indicator (what a cycle's roll-up starts
// from) are the figures of the same submissions as figures() and
// figures_before() read, added up by the database, one row per unit and
// indicator, ordered by unit then indicator; a superseded file counts no more.
inline void check_figure_sums(Store& s) {
  seed(s);
  EXPECT_TRUE(s.figure_sums(2025).empty());
  FileSubmission first{"a.xlsx", std::string(64, 'a'), 2025, "2025-12-05T01:00:00Z",
                       {record("13318", "gia_dinh_hoc_tap", 2100, 2855), record("13318", "dong_ho_hoc_tap", 21, 30),
                        record("13285", "gia_dinh_hoc_tap", 100.5, 200)},
                       {}};
  FileSubmission correction{"b.xlsx", std::string(64, 'b'), 2025, "2025-12-11T01:00:00Z",
                            {record("13285", "gia_dinh_hoc_tap", 150, 210), record("13285", "dong_ho_hoc_tap", 7, 9)},
                            {}};
  s.import_file(first, false);
  s.import_file(correction, false);
  auto key = [](const FigureSum& f) {
    return f.unit_code + "|" + f.indicator + "|" + std::to_string(f.period) + "|" + std::to_string(f.numerator) +
           "/" + std::to_string(f.denominator);
  };
  auto keys = [&](const std::vector<FigureSum>& v) {
    std::vector<std::string> out;
    for (const auto& f : v) out.push_back(key(f));
    return out;
  };
  auto from_records = [&](const std::vector<Record>& v) {
    std::vector<std::string> out;
    for (const auto& r : v) out.push_back(key({r.unit_code, r.indicator, r.period, r.numerator, r.denominator}));
    return out;
  };
  const auto now = s.figure_sums(2025);
  EXPECT_EQ(keys(now), (std::vector<std::string>{
                           "13285|dong_ho_hoc_tap|2025|7.000000/9.000000",
                           "13285|gia_dinh_hoc_tap|2025|150.000000/210.000000",
                           "13318|dong_ho_hoc_tap|2025|21.000000/30.000000",
                           "13318|gia_dinh_hoc_tap|2025|2100.000000/2855.000000",
                       }));
  EXPECT_EQ(keys(now), from_records(s.figures(2025)));
  const auto before = s.figure_sums(2025, "2025-12-10T17:00:00Z");
  EXPECT_EQ(keys(before), (std::vector<std::string>{
                              "13285|gia_dinh_hoc_tap|2025|100.500000/200.000000",
                              "13318|dong_ho_hoc_tap|2025|21.000000/30.000000",
                              "13318|gia_dinh_hoc_tap|2025|2100.000000/2855.000000",
                          }))
      << "as they stood before the correction";
  EXPECT_EQ(keys(before), from_records(s.figures_before(2025, "2025-12-10T17:00:00Z")));
  EXPECT_TRUE(s.figure_sums(2025, "2025-12-01T00:00:00Z").empty());
  EXPECT_TRUE(s.figure_sums(2024).empty());
}

// The reporting bodies register (replaced whole), a body's task reports kept
// with its submission (a correction supersedes them; figures_before's
// submission gives them as they stood), and a file with task reports for
// more than one unit refused whole.
inline void check_bodies_and_task_reports(Store& s) {
  seed(s);
  ReportingBody snv{"SNV", "Sở Nội vụ", "so", "37", at_line("co-quan.csv", 2), {}};
  ReportingBody hkh{"HKH", "Hội Khuyến học tỉnh", "hoi", "37", at_line("co-quan.csv", 3), {}};
  s.put_bodies({snv, hkh});
  auto bodies = s.bodies();
  ASSERT_EQ(bodies.size(), 2u);
  EXPECT_EQ(bodies[0].code, "SNV");
  EXPECT_EQ(bodies[1].name, "Hội Khuyến học tỉnh");
  EXPECT_EQ(bodies[1].kind, "hoi");
  EXPECT_EQ(bodies[1].unit_code, "37");
  EXPECT_EQ(bodies[1].source.line, 3);
  s.put_bodies({hkh});
  EXPECT_EQ(s.bodies().size(), 1u) << "a register replaces the one before";
  s.put_bodies({snv, hkh});

  auto figure = [](const std::string& unit, double num) {
    Record r = record(unit, "gia_dinh_hoc_tap", num, 200);
    r.unit_name = unit == "SNV" ? "Sở Nội vụ" : "Hội Khuyến học tỉnh";
    return r;
  };
  TaskReport done{"", "NV04", "hoàn thành", "Đã tổ chức 46 lớp.", {}};
  done.source.sheet = "Nhiệm vụ";
  done.source.cell = "D4";
  FileSubmission first{"snv.xlsx", std::string(64, 'c'), 2025, "2025-12-20T01:00:00Z", {figure("SNV", 100)}, {},
                       {done, {"", kProposalsTask, "", "Đề nghị thống nhất số liệu.", {}}}};
  s.import_file(first, false);
  TaskReport corrected = done;
  corrected.status = "đang thực hiện";
  FileSubmission later{"snv-2.xlsx", std::string(64, 'd'), 2025, "2025-12-28T01:00:00Z", {figure("SNV", 120)}, {},
                       {corrected}};
  s.import_file(later, false);
  auto now = s.task_reports(2025);
  ASSERT_EQ(now.size(), 1u) << "the later file's reports only";
  EXPECT_EQ(now[0].unit_code, "SNV");
  EXPECT_EQ(now[0].status, "đang thực hiện");
  auto then = s.task_reports(2025, "2025-12-21T00:00:00Z");
  ASSERT_EQ(then.size(), 2u);
  EXPECT_EQ(then[0].task, "NV04");
  EXPECT_EQ(then[0].status, "hoàn thành");
  EXPECT_EQ(then[0].result, "Đã tổ chức 46 lớp.");
  EXPECT_EQ(then[0].source.sheet, "Nhiệm vụ");
  EXPECT_EQ(then[0].source.cell, "D4");
  EXPECT_EQ(then[0].source.file, "snv.xlsx");
  EXPECT_EQ(then[1].task, kProposalsTask);
  EXPECT_TRUE(s.task_reports(2025, "2025-12-01T00:00:00Z").empty());

  FileSubmission two{"hai.xlsx", std::string(64, 'e'), 2025, "2025-12-29T01:00:00Z",
                     {figure("HKH", 90), figure("13285", 80)}, {}, {done}};
  try {
    s.import_file(two, false);
    ADD_FAILURE() << "task reports of a two-unit file";
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::data);
    EXPECT_EQ(e.diagnostics().at(0).id, MsgId::import_tasks_one_unit);
  }
  EXPECT_EQ(s.submissions(2025, true).size(), 2u) << "nothing of the refused file kept";
}

}  // namespace baocao::store::test
