// Names of units in what `baocao run` produces, read back with pdftotext:
// every commune's Báo cáo heads with "ỦY BAN NHÂN DÂN" and its whole name on
// the next line; running text writes "phường Phủ Lý", "tỉnh Hà Nam" and keeps
// the capital only for a name that is a number, a person or an event (ND30
// Phụ lục II), which the địa danh keeps whole. On the sample province and on
// communes of four others from the shipped 2025 list (a thành phố among them).
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\f')) s.pop_back();
  std::size_t b = s.find_first_not_of(" \f");
  return b == std::string::npos ? std::string() : s.substr(b);
}

// The left column of the header's first lines as pdftotext -layout shows it:
// the text before the first run of two or more spaces.
std::vector<std::string> left_column(const fs::path& pdf, std::size_t n) {
  std::string text = run("pdftotext -layout -l 1 " + sh_quote(pdf.string()) + " - 2>/dev/null").out;
  std::vector<std::string> out;
  for (const std::string& l : lines_of(text)) {
    std::string t = trim(l);
    if (t.empty()) continue;
    out.push_back(t.substr(0, t.find("  ")));
    if (out.size() == n) break;
  }
  return out;
}

// All text of a PDF as one line, runs of blanks made one space.
std::string flat_text(const fs::path& pdf) {
  std::string raw = run("pdftotext " + sh_quote(pdf.string()) + " - 2>/dev/null").out, out;
  for (char c : raw) {
    bool blank = c == ' ' || c == '\n' || c == '\f';
    if (!blank)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  return out;
}

std::string upper(const std::string& s) {
  return run("/usr/bin/python3 -c 'import sys; print(sys.argv[1].upper(), end=\"\")' " + sh_quote(s)).out;
}

// Official names (as the units lists write them) of the units whose proper
// name is a number, a person or an event, read from a list's CSV.
std::set<std::string> flagged(const fs::path& csv, const char* name_column, const char* flag_column) {
  std::string py = std::string("import csv,sys\nfor r in csv.DictReader(open(sys.argv[1], encoding='utf-8')):\n") +
                   "    if r['" + flag_column + "'] in ('số', 'người', 'sự kiện'): print(r['" + name_column + "'])\n";
  std::set<std::string> out;
  for (const std::string& l : lines_of(run("/usr/bin/python3 -c " + sh_quote(py) + " " + sh_quote(csv.string())).out))
    out.insert(l);
  return out;
}

// Where running text puts a capitalised generic noun after an organ or
// inside a sentence ("Ủy ban nhân dân Phường …", "của Tỉnh …", ", Xã …"),
// the unit must be one whose name is a number, a person or an event.
void expect_running_text_forms(const std::string& text, const std::set<std::string>& allowed,
                               const std::string& where) {
  static const char* kBefore[] = {"Ủy ban nhân dân ", "UBND ", "của ", ", ", "báo cáo: ", "về "};
  static const char* kGeneric[] = {"Phường ", "Xã ", "Tỉnh ", "Thành phố ", "Đặc khu "};
  for (const char* before : kBefore)
    for (const char* generic : kGeneric) {
      const std::string needle = std::string(before) + generic;
      for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
        std::string rest = text.substr(at + std::string(before).size());
        bool ok = false;
        for (const std::string& name : allowed) ok |= rest.compare(0, name.size(), name) == 0;
        EXPECT_TRUE(ok) << where << ": '" << text.substr(at, 60) << "' capitalised mid-sentence";
      }
    }
}

TEST(Names, SampleProvinceHeadersAndRunningText) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  Result r = in_dir(dir, baocao_cmd("run --cycle 2025 --deadline 2025-12-10 --db kho.db --plan " +
                                    sample("ke-hoach-2025.json") + " --vars " + sample("bien-2025.json") +
                                    " --units " + sample("don-vi.csv") + " --submissions " +
                                    sample("da-nhan-2025.csv") + " --out out --jobs 2"));
  ASSERT_EQ(r.status, 0) << r.err;
  const fs::path out = dir / "out/2025-12-10-xa-bao-cao/37";
  // The sample's communes, with what its list says of each name.
  std::map<std::string, std::string> names;
  for (const std::string& l : lines_of(read_file(sample_path("don-vi.csv")))) {
    std::vector<std::string> c;
    std::stringstream ss(l);
    for (std::string x; std::getline(ss, x, ',');) c.push_back(x);
    if (c.size() >= 3 && c[2] == "xã") names[c[0]] = c[1];
  }
  const std::set<std::string> allowed = flagged(sample_path("don-vi.csv"), "ten", "ten_theo");
  ASSERT_EQ(allowed, (std::set<std::string>{"Phường Lý Thường Kiệt"}));
  int reports = 0;
  for (const auto& [code, name] : names) {
    fs::path pdf = out / (code + "-bao-cao.pdf");
    if (!fs::exists(pdf)) continue;  // not reported
    ++reports;
    EXPECT_EQ(left_column(pdf, 2), (std::vector<std::string>{"ỦY BAN NHÂN DÂN", upper(name)})) << code;
    std::string text = flat_text(pdf);
    expect_running_text_forms(text, allowed, code);
    // The report names its own commune: lower case unless a person's name.
    std::string running = name;
    if (!allowed.count(name))
      for (auto [from, to] : {std::pair{"Phường ", "phường "}, std::pair{"Xã ", "xã "}})
        if (name.rfind(from, 0) == 0) running = to + name.substr(std::string(from).size());
    const std::string body = "Ủy ban nhân dân " + running + " báo cáo";
    EXPECT_NE(text.find(body), std::string::npos) << code << ": " << body;
  }
  EXPECT_EQ(reports, 55) << "the communes that had reported by 10/12";
  // Lý Thường Kiệt is a person: its địa danh keeps the generic noun.
  EXPECT_NE(flat_text(out / "13435-bao-cao.pdf").find("Phường Lý Thường Kiệt, ngày 10 tháng 12 năm 2025"),
            std::string::npos);
  EXPECT_NE(flat_text(out / "13285-bao-cao.pdf").find("Phủ Lý, ngày 10 tháng 12 năm 2025"), std::string::npos);
  for (const char* doc : {"tong-hop.pdf", "cong-van-don-doc.pdf"})
    expect_running_text_forms(flat_text(out / doc), allowed, doc);
  // Several recipients: one "- …;" line each under "Kính gửi:".
  std::string reminder = run("pdftotext -layout " + sh_quote((out / "cong-van-don-doc.pdf").string()) + " -").out;
  std::vector<std::string> kinh_gui;
  for (const std::string& l : lines_of(reminder)) {
    std::string t = trim(l);
    if (t.rfind("Kính gửi:", 0) == 0 || (!kinh_gui.empty() && kinh_gui.size() < 3)) kinh_gui.push_back(t);
  }
  // Missing on 10/12: Lê Hồ and Giao Thuỷ sent theirs on 12/12 (late), the
  // other three not at all; in the order the letter's body lists them.
  EXPECT_EQ(kinh_gui, (std::vector<std::string>{"Kính gửi: - Ủy ban nhân dân phường Lê Hồ;",
                                                "- Ủy ban nhân dân phường Vị Khê;",
                                                "- Ủy ban nhân dân phường Yên Sơn;"}))
      << reminder;
}

// Communes of four other provinces, from a store that holds only the shipped
// 2025 list (what it says of each name included): a number, an event, a long
// name, a đặc khu, a ward of a thành phố trực thuộc trung ương.
TEST(Names, OtherProvincesFromTheShippedList) {
  TempDir dir;
  const std::map<std::string, std::pair<std::string, std::string>> communes = {
      // code: name, địa danh
      {"00004", {"Phường Ba Đình", "Ba Đình"}},
      {"03127", {"Phường Điện Biên Phủ", "Phường Điện Biên Phủ"}},
      {"24820", {"Phường 2 Bảo Lộc", "Phường 2 Bảo Lộc"}},
      {"24805", {"Phường Xuân Trường - Đà Lạt", "Xuân Trường - Đà Lạt"}},
      {"26732", {"Đặc khu Côn Đảo", "Côn Đảo"}},
  };
  std::string csv = "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n";
  // Received before the deadline, so each commune's own report is produced.
  std::string received = "ma_don_vi,nam,ngay_nhan\n";
  for (const auto& [code, n] : communes) {
    csv += code + "," + n.first + ",700,1000\n";
    received += code + ",2025,05/12/2025\n";
  }
  write_file(dir / "so-lieu.csv", csv);
  write_file(dir / "da-nhan.csv", received);
  // An issuers register as each province would keep it, by level: every
  // commune's UBND and every province's UBND and Sở.
  write_file(dir / "co-quan.csv",
             "ma_don_vi,cap,co_quan,ten_co_quan,co_quan_chu_quan,ky_hieu,ky_hieu_soan_thao,dia_danh,quyen_han,"
             "chuc_vu,nguoi_ky,noi_nhan\n"
             ",xã,ubnd,Ủy ban nhân dân {ten},,UBND,VHXH,,TM. Ủy ban nhân dân,Chủ tịch,,\n"
             ",tỉnh,ubnd,Ủy ban nhân dân {ten},,UBND,KGVX,,TM. Ủy ban nhân dân,Chủ tịch,,\n"
             ",tỉnh,sgddt,Sở Giáo dục và Đào tạo,Ủy ban nhân dân {ten},SGDĐT,GDTX,,KT. Giám đốc,Phó Giám đốc,,\n");
  Result r = in_dir(dir, baocao_cmd("import so-lieu.csv " + sample("chi-tieu.csv") +
                                    " --issuers co-quan.csv --period 2025 --db kho.db"));
  ASSERT_EQ(r.status, 0) << r.err;
  r = in_dir(dir, baocao_cmd("run --cycle 2025 --deadline 2025-12-10 --db kho.db --plan " +
                             sample("ke-hoach-2025.json") + " --vars " + sample("bien-2025.json") +
                             " --submissions da-nhan.csv --out out --jobs 2"));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::set<std::string> allowed =
      flagged(source_dir() / "data/units/don-vi-hanh-chinh-2025.csv", "ten_xa", "ten_theo_xa");
  for (const auto& [code, n] : communes) {
    const fs::path province = dir / "out/2025-12-10-xa-bao-cao" / (code == "00004"   ? "01"
                                                                   : code == "03127" ? "11"
                                                                   : code == "26732" ? "79"
                                                                                     : "68");
    fs::path pdf = province / (code + "-bao-cao.pdf");
    ASSERT_TRUE(fs::exists(pdf)) << pdf;
    EXPECT_EQ(left_column(pdf, 2), (std::vector<std::string>{"ỦY BAN NHÂN DÂN", upper(n.first)})) << code;
    std::string text = flat_text(pdf);
    EXPECT_NE(text.find(n.second + ", ngày 10 tháng 12 năm 2025"), std::string::npos) << code << ": " << n.second;
    expect_running_text_forms(text, allowed, code);
  }
  EXPECT_NE(flat_text(dir / "out/2025-12-10-xa-bao-cao/68/24820-bao-cao.pdf")
                .find("Ủy ban nhân dân Phường 2 Bảo Lộc báo cáo"),
            std::string::npos);
  EXPECT_NE(flat_text(dir / "out/2025-12-10-xa-bao-cao/01/00004-bao-cao.pdf")
                .find("Ủy ban nhân dân phường Ba Đình báo cáo"),
            std::string::npos);
}

// A clerk corrects what the list says of a name by importing a units list
// with the column; a word that is none of the known ones names its cell and
// changes nothing.
TEST(Names, ImportUnitsKeepsWhatTheListSaysOfEachName) {
  TempDir dir;
  const std::string header = "ma_tinh,ten_tinh,loai_tinh,ma_xa,ten_xa,loai_xa,ten_theo_tinh,ten_theo_xa\n";
  write_file(dir / "u.csv", header + "37,Tỉnh Ninh Bình,Tỉnh,13285,Phường Phủ Lý,Phường,,Nguoi\n");
  Result r = in_dir(dir, baocao_cmd("import --units u.csv --db kho.db"));
  ASSERT_EQ(r.status, 0) << r.err;
  const std::string db = (dir / "kho.db").string();
  // The store began with the shipped list (persons, events, numbers), then took the correction.
  EXPECT_EQ(sql(db, "SELECT code, name_origin FROM units WHERE code IN ('13285', '13435', '03127', '24820', "
                    "'79', '37') ORDER BY code"),
            "03127|sự kiện\n13285|người\n13435|người\n24820|số\n37|\n79|người\n");
  write_file(dir / "v.csv", header + "37,Tỉnh Ninh Bình,Tỉnh,13285,Phường Phủ Lý,Phường,,anh hùng\n");
  r = in_dir(dir, baocao_cmd("import --units v.csv --db kho.db"));
  EXPECT_EQ(r.status, 4);
  EXPECT_NE(r.err.find("v.csv, dòng 2, cột 'ten_theo_xa': 'anh hùng' không phải cách đặt tên đơn vị"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(sql(db, "SELECT name_origin FROM units WHERE code = '13285'"), "người\n") << "nothing changed";
}

}  // namespace
}  // namespace baocao::test
