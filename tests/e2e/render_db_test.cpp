// `baocao render --db`: the sample imported into a SQLite store gives the same
// document as the same figures read from the files (document tree JSON
// byte-equal; the PDF's figures read back with poppler's pdftotext).
#include <gtest/gtest.h>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

const std::string kVars =
    " --set nam=2025 --set 'co_quan_chu_quan=UBND tỉnh Ninh Bình' --set 'co_quan_ban_hanh=Sở Giáo dục và "
    "Đào tạo' --set 'so_ky_hieu=Số: 125/BC-SGDĐT' --set 'dia_danh=Ninh Bình' --set ngay=2025-12-12 --set "
    "'dia_ban=trên địa bàn tỉnh Ninh Bình' --set 'can_cu=Thực hiện Kế hoạch.' --set 'quyen_han=GIÁM ĐỐC' "
    "--set 'nguoi_ky=Nguyễn Văn An' --set 'noi_nhan=- Lưu: VT.' --set 'tinh=Ninh Bình'";

std::string tpl() {
  return sh_quote((source_dir() / "templates" / "bao-cao-tong-hop.tpl").string());
}

std::string pdf_text(const std::filesystem::path& pdf) {
  return run("pdftotext -layout " + sh_quote(pdf.string()) + " - 2>/dev/null").out;
}

TEST(RenderDb, StoreGivesTheSameReportAsTheFiles) {
  TempDir dir;
  std::string db = sh_quote((dir / "kho.db").string());
  Result imp = in_dir(dir, baocao_cmd("import " + sample("so-lieu-xa-2025.csv") + " " +
                                      sample("chi-tieu.csv") + " --period 2025 --db " + db));
  ASSERT_EQ(imp.status, 0) << imp.err;
  std::string files = " --figures " + sample("so-lieu-xa-2025.csv") + " --targets " + sample("chi-tieu.csv");
  for (const char* ext : {".json", ".pdf"}) {
    auto from_db = dir / (std::string("db") + ext);
    auto from_files = dir / (std::string("files") + ext);
    Result a =
        run(baocao_cmd("render " + tpl() + " --db " + db + kVars + " --out " + sh_quote(from_db.string())));
    ASSERT_EQ(a.status, 0) << a.err;
    Result b = run(baocao_cmd("render " + tpl() + files + kVars + " --out " + sh_quote(from_files.string())));
    ASSERT_EQ(b.status, 0) << b.err;
    if (std::string(ext) == ".json") {
      EXPECT_EQ(read_file(from_db), read_file(from_files)) << "same figures, same document tree";
    } else {
      std::string t = pdf_text(from_db);
      EXPECT_EQ(t, pdf_text(from_files));
      // Hand-checked from so-lieu-xa-2025.csv: the 57 units' gia_dinh_hoc_tap
      // figures sum to 244 132 of 334 366 (73,0%).
      // Runs of spaces made one: -layout pads columns by the table's widths.
      std::string one_space;
      for (char c : t)
        if (c != ' ' || one_space.empty() || one_space.back() != ' ') one_space += c;
      EXPECT_NE(one_space.find("244.132 334.366 73,0%"), std::string::npos) << t;
      EXPECT_NE(t.find("Phường Phủ Lý"), std::string::npos) << t;
    }
  }
}

TEST(RenderDb, NeedsTheYear) {
  TempDir dir;
  Result r = run(baocao_cmd("render " + tpl() + " --db " + sh_quote((dir / "k.db").string()) + " --out " +
                            sh_quote((dir / "x.json").string())));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("--set nam=YYYY"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(dir / "x.json"));
}

}  // namespace
}  // namespace baocao::test
