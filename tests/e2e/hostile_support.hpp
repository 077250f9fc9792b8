// Helpers for the hostile-input end-to-end tests: a small store for Lai Châu
// (not the sample province), its plan and wording, and a watch on the
// directories around an output directory, so a test can say that nothing was
// written outside it.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tests/e2e/import_support.hpp"

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

// In `dir`: the Lai Châu figures imported into kho.db, plan.json and vars.json.
inline void lai_chau_store(const TempDir& dir) {
  write_file(dir / "so-lieu.csv", lai_chau_figures_csv());
  write_file(dir / "plan.json", plan_json());
  write_file(dir / "vars.json", lai_chau_vars_json());
  Result r = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"));
  ASSERT_EQ(r.status, 0) << r.err;
}

inline std::string run_args(const std::string& out = "out") {
  return "run --cycle 2025 --db kho.db --plan plan.json --vars vars.json --jobs 1 --out " + out;
}

// Every regular file under `root` now, except those under `inside` (relative
// to `root`) and the store's files: compare before and after a command.
class OutsideWatch {
 public:
  OutsideWatch(std::filesystem::path root, std::string inside) : root_(std::move(root)), inside_(std::move(inside)) {
    before_ = files();
  }
  // Files created, changed or removed outside `inside` since construction.
  std::vector<std::string> changes() const {
    std::vector<std::string> out;
    auto now = files();
    for (const auto& [name, seen] : now)
      if (!before_.count(name) || !(before_.at(name) == seen)) out.push_back(name);
    for (const auto& [name, seen] : before_)
      if (!now.count(name)) out.push_back(name + " (removed)");
    return out;
  }

 private:
  std::map<std::string, Seen> files() const {
    std::map<std::string, Seen> out;
    for (auto& [name, seen] : snapshot(root_)) {
      if (!inside_.empty() && name.rfind(inside_ + "/", 0) == 0) continue;
      if (name.rfind("kho.db", 0) == 0) continue;
      out.emplace(name, seen);
    }
    return out;
  }
  std::filesystem::path root_;
  std::string inside_;
  std::map<std::string, Seen> before_;
};

#define EXPECT_NOTHING_OUTSIDE(watch)                                     \
  do {                                                                    \
    auto changed_ = (watch).changes();                                    \
    EXPECT_TRUE(changed_.empty()) << "written outside: " << changed_.front(); \
  } while (0)

}  // namespace baocao::test
