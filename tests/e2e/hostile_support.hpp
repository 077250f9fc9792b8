// Helpers for the hostile-input end-to-end tests: a small store for Lai Châu
// (not the sample province), its plan and wording, and a working directory
// two levels down a temporary one, so a watch on the levels above it
// (tests/support/outside_watch.hpp) can say that nothing was written outside.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tests/e2e/import_support.hpp"
#include "tests/support/outside_watch.hpp"

namespace baocao::test {

// Three communes of Lai Châu (province 12) as the shipped 2025 list has them.
inline const std::vector<std::pair<std::string, std::string>>& lai_chau_communes() {
  static const std::vector<std::pair<std::string, std::string>> c = {
      {"03388", "Phường Đoàn Kết"}, {"03390", "Xã Bình Lư"}, {"03394", "Xã Sin Suối Hồ"}};
  return c;
}

// Figures of those communes in the report CSV layout (two indicators).
inline std::string lai_chau_figures_csv() {
  std::string s = "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,"
                  "dong_ho_hoc_tap_dat,dong_ho_hoc_tap_tong\n";
  int k = 0;
  for (const auto& [code, name] : lai_chau_communes()) {
    ++k;
    s += code + "," + name + "," + std::to_string(400 + k) + "," + std::to_string(700 + k) + ",3,5\n";
  }
  return s;
}

// The document wording `run` needs (templates' variables), for Lai Châu.
inline std::string lai_chau_vars_json() {
  return R"({
  "co_quan_chu_quan": "UBND tỉnh Lai Châu",
  "co_quan_ban_hanh": "Sở Giáo dục và Đào tạo",
  "dia_danh": "Lai Châu",
  "dia_ban": "trên địa bàn tỉnh Lai Châu",
  "can_cu": "Thực hiện Kế hoạch số 80/KH-UBND của Ủy ban nhân dân tỉnh Lai Châu.",
  "quyen_han": ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"],
  "nguoi_ky": "Lò Văn Hùng",
  "noi_nhan": ["- UBND tỉnh (để b/c);", "- Lưu: VT, GDTX."],
  "tinh": "Lai Châu",
  "ky_hieu_co_quan": "SGDĐT",
  "so_ky_hieu": "Số: 12/BC-SGDĐT",
  "so_van_ban": "12",
  "ke_hoach_can_cu": "Kế hoạch số 80/KH-UBND ngày 10/3/2023 của Ủy ban nhân dân tỉnh Lai Châu"
})";
}

// A plan with the two report deadlines; `xa_id` is the communes' deadline id.
inline std::string plan_json(const std::string& xa_id = "xa-bao-cao", const std::string& extra = "") {
  return R"({"ten": "Kế hoạch số 80/KH-UBND", "cap": ["tỉnh", "xã"], "ky_so_lieu": "lich", "han_nop": [
    {"ma": ")" + xa_id + R"(", "tu_cap": "xã", "den_cap": "tỉnh", "ngay": "10/12", "mau": "bao-cao-xa"},
    {"ma": "tinh-bao-cao", "tu_cap": "tỉnh", "den": "Bộ GD&ĐT", "ngay": "15/12", "mau": "bao-cao-tong-hop"})" +
         extra + "]}";
}

// A test's working directory, `a/b` inside a temporary directory: `../x`
// and `../../x` written from it land where watch() sees them.
class Workspace {
 public:
  Workspace() { std::filesystem::create_directories(path()); }
  std::filesystem::path path() const { return tmp_.path() / "a" / "b"; }
  std::filesystem::path operator/(const std::string& name) const { return path() / name; }
  // The temporary directory, two levels up.
  const std::filesystem::path& root() const { return tmp_.path(); }
  // Watches the two levels above the working directory from now on.
  OutsideWatch watch() const { return OutsideWatch(root(), "a/b"); }

 private:
  TempDir tmp_;
};

inline Result in_dir(const Workspace& dir, const std::string& command) {
  return run("cd " + sh_quote(dir.path().string()) + " && " + command);
}

// In `dir`: the Lai Châu figures imported into kho.db, plan.json and vars.json.
template <class Dir>
void lai_chau_store(const Dir& dir) {
  write_file(dir / "so-lieu.csv", lai_chau_figures_csv());
  write_file(dir / "plan.json", plan_json());
  write_file(dir / "vars.json", lai_chau_vars_json());
  Result r = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"));
  ASSERT_EQ(r.status, 0) << r.err;
}

inline std::string run_args(const std::string& out = "out") {
  return "run --cycle 2025 --db kho.db --plan plan.json --vars vars.json --jobs 1 --out " + out;
}

}  // namespace baocao::test
