#include "tests/engine/cycle/cycle_fixture.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/csv/units_history_csv.hpp"
#include "data-adapters/forms/bodies_file.hpp"
#include "data-adapters/forms/targets_file.hpp"
#include "data-adapters/forms/issuers_file.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "data-adapters/sqlite/sqlite_store.hpp"
#include "engine/cycle/reference_data.hpp"

namespace baocao::test {

namespace fs = std::filesystem;

namespace {

fs::path sample(const std::string& name) {
  return source_dir() / "samples" / "ninh-binh" / name;
}

}  // namespace

std::unique_ptr<CycleStore> empty_store() {
  auto s = std::make_unique<CycleStore>();
  s->store = store::open_sqlite_store((s->dir / "kho.db").string());
  cycle::ensure_reference_data(*s->store);
  return s;
}

void import_figures(store::Store& s, const fs::path& csv, int period, const std::string& imported_at) {
  Dataset d;
  d.period = period;
  csv::read_figures_csv(csv.string(), d);
  store::FileSubmission f{csv.string(), std::string(64, '0'), period, imported_at, d.records, {}};
  // A distinct "hash" per file and time, so each import is new.
  f.sha256 = std::to_string(std::hash<std::string>{}(csv.string() + imported_at));
  f.sha256.resize(64, 'f');
  s.import_file(f, false);
}

void import_targets(store::Store& s, const fs::path& csv) {
  s.put_targets(forms::read_targets_file(csv.string(), model::IndicatorCatalogue::national()), csv.string(), false);
}

void import_issuers(store::Store& s, const fs::path& file) {
  s.put_issuers(forms::read_issuers_file(file.string()));
}

void import_plan(store::Store& s, const fs::path& file) {
  std::string text = read_file(file);
  PlanData p = plan::read_plan_json_text(text, file.string());
  s.put_plan({p.name, p.first_year, p.last_year, text, file.string(), std::to_string(text.size()), "2026-01-01T00:00:00Z"});
}

void fill_sample(store::Store& s) {
  s.put_units(csv::units_history_from_csv(sample("don-vi.csv").string()));
  import_figures(s, sample("so-lieu-xa-2025.csv"), 2025);
  import_figures(s, sample("so-lieu-tinh-2024.csv"), 2024);
  import_targets(s, sample("chi-tieu.csv"));
  s.put_bodies(forms::read_bodies_file(sample("co-quan-bao-cao.csv").string()));
  import_issuers(s, sample("co-quan-ban-hanh.csv"));
  import_plan(s, sample("ke-hoach-2025.json"));
}

std::unique_ptr<CycleStore> sample_store() {
  auto ptr = empty_store();
  fill_sample(*ptr->store);
  return ptr;
}

std::unique_ptr<CycleStore> province_store(const std::string& code) {
  auto ptr = empty_store();
  CycleStore& s = *ptr;
  // The province's communes, from the store's shipped list.
  std::vector<Unit> communes;
  std::string kind, name;
  for (const Unit& u : s.store->units_on("2025-12-31")) {
    if (u.parent == code) communes.push_back(u);
    if (u.code == code) kind = u.kind, name = u.name;
  }
  EXPECT_FALSE(communes.empty()) << code;
  // Made-up figures, a few communes left out (they have not reported).
  std::mt19937 rng(std::stoi(code));
  std::ostringstream csv;
  csv << "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,dong_ho_hoc_tap_dat,dong_ho_hoc_tap_tong,"
         "cong_dong_hoc_tap_dat,cong_dong_hoc_tap_tong\n";
  for (std::size_t i = 0; i < communes.size(); ++i) {
    if (i % 13 == 5) continue;
    int families = 1500 + static_cast<int>(rng() % 6000), clans = 10 + static_cast<int>(rng() % 60),
        blocks = 5 + static_cast<int>(rng() % 25);
    csv << communes[i].code << ',' << communes[i].name << ',' << families * (55 + rng() % 35) / 100 << ','
        << families << ',' << clans * (50 + rng() % 40) / 100 << ',' << clans << ','
        << blocks * (50 + rng() % 40) / 100 << ',' << blocks << '\n';
  }
  write_file(s.dir / "so-lieu.csv", csv.str());
  import_figures(*s.store, s.dir / "so-lieu.csv", 2025, "2025-12-05T02:00:00Z");
  import_targets(*s.store, sample("chi-tieu.csv"));
  Result r = run("python3 " + sh_quote((source_dir() / "samples" / "make-issuers.py").string()) + " " + code + " " +
                 sh_quote((s.dir / "co-quan-ban-hanh.csv").string()));
  EXPECT_EQ(r.status, 0) << r.err;
  import_issuers(*s.store, s.dir / "co-quan-ban-hanh.csv");
  // The plan as the province writes it: its own level words.
  const std::string top = kind == "Thành phố" ? "thành phố" : "tỉnh";
  write_file(s.dir / "ke-hoach.json",
             "{\"ten\": \"Kế hoạch số 21/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân " + top + " về xây dựng xã hội "
             "học tập năm 2025\", \"cap\": [\"" + top + "\", \"xã\"], \"han_nop\": ["
             "{\"ma\": \"xa-bao-cao\", \"tu_cap\": \"xã\", \"den_cap\": \"" + top + "\", \"ngay\": \"10/12\", "
             "\"noi_dung\": \"Báo cáo kết quả\", \"van_ban\": ["
             "{\"loai\": \"bao-cao\", \"mau\": \"bao-cao-xa\", \"noi_nhan\": [\"{nhan} (để tổng hợp)\"]},"
             "{\"loai\": \"tong-hop\", \"mau\": \"bao-cao-tong-hop\", \"ban_hanh\": \"cap-nhan\", \"co_quan\": \"sgddt\","
             " \"noi_nhan\": [\"{ubnd} (để b/c)\"]},"
             "{\"loai\": \"cong-van-don-doc\", \"mau\": \"cong-van-don-doc\", \"ban_hanh\": \"cap-nhan\","
             " \"co_quan\": \"sgddt\", \"noi_nhan\": [\"Như trên\"], \"khi\": \"con-don-vi-chua-nop\"}]},"
             "{\"ma\": \"bao-cao-bo\", \"tu_cap\": \"" + top + "\", \"den\": \"Bộ Giáo dục và Đào tạo\", "
             "\"ngay\": \"15/12\", \"noi_dung\": \"Báo cáo kết quả\", \"van_ban\": ["
             "{\"loai\": \"bao-cao\", \"mau\": \"bao-cao-tinh\", \"noi_nhan\": [\"{nhan} (để b/c)\"]}]}]}");
  import_plan(*s.store, s.dir / "ke-hoach.json");
  return ptr;
}

cycle::RunOptions sample_run(const CycleStore& s, const std::string& deadline) {
  cycle::RunOptions o;
  o.cycle = 2025;
  o.deadline = parse_iso_date(deadline);
  o.out = s.out();
  o.units = sample("don-vi.csv");
  o.submissions = {sample("da-nhan-2025.csv")};
  o.threads = 2;
  return o;
}

cycle::RunReport run(CycleStore& s, const cycle::RunOptions& o) {
  cycle::FixedClock clock(cycle::parse_now("now", "2025-12-16T08:00"));
  return cycle::run_cycle(*s.store, clock, cycle::Paths::shipped(), o);
}

std::string pdf_layout_text(const fs::path& pdf) {
  Result r = baocao::test::run("pdftotext -layout " + sh_quote(pdf.string()) + " - 2>/dev/null");
  EXPECT_EQ(r.status, 0) << pdf;
  return r.out;
}

std::string pdf_flat_text(const fs::path& pdf) {
  std::string t = pdf_layout_text(pdf), out;
  for (char c : t) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> register_signers(const fs::path& file) {
  std::vector<std::pair<std::string, std::string>> out;
  csv::CsvTable t = csv::read_csv(file.string());
  for (std::size_t i = 1; i < t.rows.size(); ++i) {
    const auto& c = t.rows[i].cells;
    if (c.size() > 10 && !c[0].empty() && c[2] == "ubnd" && !c[10].empty()) out.emplace_back(c[0], c[10]);
  }
  return out;
}

}  // namespace baocao::test
