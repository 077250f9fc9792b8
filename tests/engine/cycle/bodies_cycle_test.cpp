// The reporting bodies in the cycle library, in-process: a second province
// (a thành phố of the shipped list, its bodies register from
// samples/make-bodies.py, its issuers register from samples/make-issuers.py)
// carries none of the sample's names; the plan's part of the bodies and its
// mistakes; the bodies' place in the hierarchy (their figures never add into
// their province's).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/forms/bodies_file.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/bodies.hpp"
#include "engine/cycle/schedule_jobs.hpp"
#include "engine/model/bodies.hpp"
#include "engine/model/rollup.hpp"
#include "tests/engine/cycle/cycle_fixture.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

fs::path sample(const std::string& name) {
  return source_dir() / "samples" / "ninh-binh" / name;
}

// (code, signer) of the register's rows for reporting bodies.
std::map<std::string, std::string> body_signers(const fs::path& csv) {
  std::map<std::string, std::string> out;
  csv::CsvTable t = csv::read_csv(csv.string());
  for (std::size_t i = 1; i < t.rows.size(); ++i) {
    const auto& c = t.rows[i].cells;
    if (c.size() > 10 && c[2] == "co-quan") out[c[0]] = c[10];
  }
  return out;
}

Record figure(const std::string& code, const std::string& name, const std::string& indicator, double num, double den) {
  Record r;
  r.unit_code = code;
  r.unit_name = name;
  r.indicator = indicator;
  r.period = 2025;
  r.numerator = num;
  r.denominator = den;
  return r;
}

// Thành phố Huế (46): its bodies, named as a thành phố's are, report by
// 30/12; one late, the others missing. Every document of the deadline says
// "thành phố", never "tỉnh", names its own people and none of the sample's.
TEST(BodiesCycle, SecondProvinceCarriesNoneOfTheSamplesNames) {
  auto store = province_store("46");
  CycleStore& s = *store;
  const fs::path bodies = s.dir / "co-quan-bao-cao.csv", reg = s.dir / "co-quan-ban-hanh.csv";
  Result r = run("python3 " + sh_quote((source_dir() / "samples/make-bodies.py").string()) + " 46 " +
                 sh_quote(bodies.string()));
  ASSERT_EQ(r.status, 0) << r.err;
  s.store->put_bodies(forms::read_bodies_file(bodies.string()));
  r = run("python3 " + sh_quote((source_dir() / "samples/make-issuers.py").string()) + " 46 " +
          sh_quote(reg.string()) + " --bodies " + sh_quote(bodies.string()));
  ASSERT_EQ(r.status, 0) << r.err;
  import_issuers(*s.store, reg);
  write_file(s.dir / "ke-hoach.json",
             R"J({"ten": "Kế hoạch số 21/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân thành phố về xây dựng xã hội học tập năm 2025",
  "cap": ["thành phố", "xã"],
  "han_nop": [
    {"ma": "xa-bao-cao", "tu_cap": "xã", "den_cap": "thành phố", "ngay": "10/12", "noi_dung": "Báo cáo kết quả",
     "van_ban": [{"loai": "tong-hop", "mau": "bao-cao-tong-hop", "ban_hanh": "cap-nhan", "co_quan": "sgddt"}]},
    {"ma": "co-quan", "tu_cap": "cơ quan", "den_cap": "thành phố", "ngay": "30/12", "noi_dung": "Báo cáo của các cơ quan",
     "van_ban": [
       {"loai": "bao-cao", "mau": "bao-cao-co-quan", "noi_nhan": ["{nhan} (để tổng hợp)"]},
       {"loai": "cong-van-don-doc", "mau": "cong-van-don-doc-co-quan", "ban_hanh": "cap-nhan", "co_quan": "sgddt",
        "sau_han": 1, "noi_nhan": ["Như trên"], "khi": "con-don-vi-chua-nop"},
       {"loai": "tong-hop", "mau": "bao-cao-tong-hop-nam", "ban_hanh": "cap-nhan", "co_quan": "sgddt", "sau_han": 8,
        "noi_nhan": ["{ubnd} (để b/c)"]},
       {"loai": "ke-hoach", "mau": "ke-hoach", "ban_hanh": "cap-nhan", "co_quan": "ubnd"}]}],
  "nhiem_vu": [
    {"ma": "T1", "noi_dung": "Phát triển văn hóa đọc", "chu_tri": "Sở Văn hóa, Thể thao và Du lịch", "thoi_gian": "Cả năm {nam}"},
    {"ma": "T2", "noi_dung": "Đánh giá, công nhận các mô hình học tập", "chu_tri": "Hội Khuyến học thành phố"},
    {"ma": "T3", "noi_dung": "Bồi dưỡng cán bộ, công chức", "chu_tri": "Sở Nội vụ"}],
  "co_quan": [
    {"ma": "SVHTTDL", "chi_so": ["thu_vien_so"], "nhiem_vu": ["T1"]},
    {"ma": "HKH", "chi_so": ["hoi_vien_tap_huan"], "nhiem_vu": ["T2"]},
    {"ma": "SNV", "chi_so": ["cong_chuc_hoc_tap"], "nhiem_vu": ["T3"]}]})J");
  import_plan(*s.store, s.dir / "ke-hoach.json");
  // The Sở Văn hóa on time, the Hội Khuyến học late, the Sở Nội vụ and the
  // other bodies never.
  auto send = [&](const std::string& code, const std::string& name, const std::string& indicator, double num,
                  double den, const std::string& task, const std::string& at) {
    store::FileSubmission f{code + ".xlsx", std::string(63, 'a') + code.substr(0, 1), 2025, at,
                            {figure(code, name, indicator, num, den)}, {},
                            {{"", task, kTaskDone, "Đã thực hiện " + task + ".", {}}}};
    s.store->import_file(f, false);
  };
  send("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "thu_vien_so", 31, 44, "T1", "2025-12-22T02:00:00Z");
  send("HKH", "Hội Khuyến học thành phố", "hoi_vien_tap_huan", 120400, 131000, "T2", "2026-01-04T02:00:00Z");

  cycle::RunOptions o;
  o.cycle = 2025;
  o.deadline = parse_iso_date("2025-12-30");
  o.out = s.out();
  o.threads = 2;
  cycle::RunReport report = run(s, o);
  EXPECT_TRUE(report.without_signer.empty());
  const fs::path dir = s.out() / "2025-12-30-co-quan/46";
  ASSERT_TRUE(fs::exists(dir / "SVHTTDL-bao-cao.pdf"));
  ASSERT_TRUE(fs::exists(dir / "HKH-bao-cao.pdf"));
  EXPECT_FALSE(fs::exists(dir / "SNV-bao-cao.pdf"));

  std::set<std::string> sample_words = {"Ninh Bình", "NINH BÌNH", "Phủ Lý", "145/KH-UBND", "186/KH-UBND",
                                          "2150/SGDĐT", "Tỉnh đoàn"};
  const auto own = body_signers(reg);
  std::set<std::string> own_people;
  for (const auto& [code, signer] : own) own_people.insert(signer);
  for (const auto& [code, signer] : body_signers(sample("co-quan-ban-hanh.csv")))
    if (!own_people.count(signer)) sample_words.insert(signer);
  for (const auto& [code, signer] : register_signers(sample("co-quan-ban-hanh.csv")))
    if (!own_people.count(signer)) sample_words.insert(signer);
  int pdfs = 0;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() != ".pdf") continue;
    ++pdfs;
    const std::string text = pdf_flat_text(e.path());
    for (const std::string& w : sample_words) EXPECT_EQ(text.find(w), std::string::npos) << e.path() << ": " << w;
    EXPECT_EQ(text.find("tỉnh"), std::string::npos) << e.path() << " says tỉnh of a thành phố: " << text;
    EXPECT_EQ(text.find("TỈNH"), std::string::npos) << e.path() << ": " << text;
  }
  EXPECT_EQ(pdfs, 5) << "two bodies' reports, the reminder, the consolidated report, the plan";
  EXPECT_NE(pdf_flat_text(dir / "SVHTTDL-bao-cao.pdf").find(own.at("SVHTTDL")), std::string::npos);
  EXPECT_NE(pdf_flat_text(dir / "HKH-bao-cao.pdf").find(own.at("HKH")), std::string::npos);
  const std::string hkh = pdf_flat_text(dir / "HKH-bao-cao.pdf");
  // The header breaks before the unit's name: "HỘI KHUYẾN HỌC" / "THÀNH PHỐ HUẾ".
  EXPECT_LT(hkh.find("HỘI KHUYẾN HỌC "), hkh.find("CỘNG HÒA")) << hkh;
  EXPECT_NE(hkh.find(" THÀNH PHỐ HUẾ "), std::string::npos) << hkh;
  EXPECT_NE(hkh.find("Số: /BC-HKH Huế, ngày 04 tháng 01 năm 2026"), std::string::npos) << "dated its receipt: " << hkh;
  const std::string total = pdf_flat_text(dir / "tong-hop.pdf");
  EXPECT_NE(total.find("trên địa bàn thành phố Huế"), std::string::npos) << total;
  EXPECT_NE(total.find("31/44 thư viện công cộng cung cấp dịch vụ học tập trên môi trường số"), std::string::npos) << total;
  EXPECT_NE(total.find("Hội Khuyến học thành phố (ngày 04/01/2026)"), std::string::npos) << total;
  EXPECT_NE(total.find("còn 8 cơ quan chưa gửi báo cáo"), std::string::npos) << total;
  const std::string plan = pdf_flat_text(dir / "ke-hoach.pdf");
  EXPECT_NE(plan.find("Ủy ban nhân dân thành phố Huế ban hành Kế hoạch xây dựng xã hội học tập năm 2026"),
            std::string::npos)
      << plan;
  EXPECT_NE(plan.find("Cả năm 2026"), std::string::npos);
}

// The bodies stand under their province in a cycle's hierarchy; their
// figures are theirs alone and never add into the province's.
TEST(BodiesCycle, BodiesFiguresNeverAddIntoTheirProvince) {
  Unit province{"1", "Tỉnh A", "tinh", "Tỉnh"};
  Unit commune{"11", "Xã B", "xa", "Xã", "1"};
  std::vector<Unit> units = {province, commune};
  for (Unit& b : model::body_units({{"SNV", "Sở Nội vụ", "so", "1", {}, {}}, {"X", "Sở X", "so", "9", {}, {}}}, units))
    units.push_back(std::move(b));
  ASSERT_EQ(units.size(), 3u) << "a body of a unit the list lacks is left out";
  model::Hierarchy h(units);
  EXPECT_EQ(h.descendants_at("1", "cơ quan", {2025, 12, 31}).size(), 1u);
  Dataset d;
  d.records = {figure("11", "Xã B", "cong_dan_hoc_tap_don_vi", 40, 80),
               figure("SNV", "Sở Nội vụ", "cong_dan_hoc_tap_don_vi", 9, 10)};
  model::Rollup r(h, d);
  auto p = r.value(*h.find("1", {2025, 12, 31}), "cong_dan_hoc_tap_don_vi", 2025);
  ASSERT_TRUE(p);
  EXPECT_DOUBLE_EQ(p->ratio.numerator, 40);
  EXPECT_DOUBLE_EQ(p->ratio.denominator, 80);
  auto b = r.value("SNV", "cong_dan_hoc_tap_don_vi", 2025);
  ASSERT_TRUE(b);
  EXPECT_DOUBLE_EQ(b->ratio.numerator, 9);
}

// The plan's part of the bodies: tasks and assignments read, and every
// mistake named at once.
TEST(BodiesCycle, PlanTasksAndAssignmentsWithTheirMistakes) {
  PlanData ok = plan::read_plan_json(sample("ke-hoach-2025.json").string());
  ASSERT_EQ(ok.tasks.size(), 13u);
  EXPECT_EQ(ok.tasks[2].time, "Quý II - IV/{nam}");
  const BodyAssignment* snv = model::assignment_of(ok, "SNV");
  ASSERT_NE(snv, nullptr);
  EXPECT_EQ(snv->indicators, (std::vector<std::string>{"lao_dong_qua_dao_tao", "cong_chuc_hoc_tap"}));
  EXPECT_EQ(snv->tasks, (std::vector<std::string>{"NV04", "NV05"}));
  const DeadlineRule& bodies = ok.deadlines.back();
  EXPECT_TRUE(cycle::is_bodies_deadline(bodies));
  EXPECT_EQ(bodies.documents[0].body, "co-quan") << "a body's own report is issued by the body";
  EXPECT_EQ(bodies.documents[2].days_after, 8);
  EXPECT_EQ(bodies.documents[3].kind, "ke-hoach");

  try {
    plan::read_plan_json_text(
        R"J({"cap": ["tỉnh", "xã"], "han_nop": [
          {"ma": "a", "tu_cap": "xã", "den_cap": "tỉnh", "ngay": "10/12", "mau": "bao-cao-xa",
           "van_ban": [{"loai": "tong-hop", "mau": "x", "ban_hanh": "cap-nhan", "sau_han": 3}]}],
          "nhiem_vu": [{"ma": "NV1", "noi_dung": "Một"}, {"ma": "NV1", "noi_dung": "Hai"}, {"noi_dung": "Ba"}],
          "co_quan": [{"ma": "SNV", "chi_so": ["lao_dong"], "nhiem_vu": ["NV9"]}, {"ma": "SNV"}]})J",
        "kh.json");
    ADD_FAILURE();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::data);
    const std::string m = e.render(Lang::vi);
    for (const char* problem :
         {"a: van_ban[0]: sau_han", "nhiệm vụ 'NV1' có hai lần trong nhiem_vu", "nhiem_vu[2]: ma",
          "co_quan 'SNV': không có chỉ số 'lao_dong' (các chỉ số: gia_dinh_hoc_tap,",
          "co_quan 'SNV': nhiệm vụ 'NV9' không có trong nhiem_vu", "cơ quan 'SNV' có hai lần trong co_quan"})
      EXPECT_NE(m.find(problem), std::string::npos) << problem << "\n" << m;
  }
}

// The schedule makes the bodies' deadline's documents every day up to the
// last of their dates (the consolidated report, 8 days after 30/12), so
// they say what is known on the day they are made; after that, once, late.
TEST(BodiesCycle, ScheduleRunsTheDeadlineUntilItsLastDocumentsDate) {
  PlanData plan = plan::read_plan_json(sample("ke-hoach-2025.json").string());
  cycle::Journal journal;
  journal.since = {2025, 12, 1};
  // The earlier deadlines ran in their windows.
  journal.entries.push_back({"run:2025-12-10", {2025, 12, 10}, "", true, 0, false, ""});
  journal.entries.push_back({"run:2025-12-15", {2025, 12, 15}, "", true, 0, false, ""});
  auto due_on = [&](const CivilDate& day) {
    std::vector<std::string> out;
    for (const cycle::DueJob& j : cycle::due_jobs(plan, journal, day, 3))
      if (j.kind == cycle::DueJob::Kind::run_deadline) out.push_back(j.key + (j.late ? " late" : ""));
    return out;
  };
  EXPECT_EQ(due_on({2025, 12, 26}), std::vector<std::string>{});
  EXPECT_EQ(due_on({2025, 12, 27}), (std::vector<std::string>{"run:2025-12-30"}));
  EXPECT_EQ(due_on({2026, 1, 5}), (std::vector<std::string>{"run:2025-12-30"}));
  EXPECT_EQ(due_on({2026, 1, 7}), (std::vector<std::string>{"run:2025-12-30"}));
  EXPECT_EQ(due_on({2026, 1, 8}), (std::vector<std::string>{"run:2025-12-30 late"}));
  // The communes' deadline has no document dated after it: its window ends on it.
  journal.entries.clear();
  EXPECT_EQ(due_on({2025, 12, 11}), (std::vector<std::string>{"run:2025-12-10 late"}));
}

}  // namespace
}  // namespace baocao::test
