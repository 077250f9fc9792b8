// Text entering the engine: controls and noncharacters refused at the gate
// with their position; format characters kept but never drawn (no box, no
// '-', no font error); Excel's cell limit checked at import and never a
// failing export; figures past 2^53 refused at their cell.
#include <gtest/gtest.h>

#include "tests/e2e/hostile_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const std::string kFiguresHeader = "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong\n";

std::string pdf_text(const fs::path& pdf) {
  return run("pdftotext " + sh_quote(pdf.string()) + " - 2>/dev/null").out;
}

TEST(HostileText, ControlsAndNoncharactersAreRefusedAtTheGate) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  struct Case {
    std::string name, message;
  };
  const std::vector<Case> cases = {
      {"Xã Bình\uFFFELư", "so-lieu.csv, dòng 2, cột 'ten_don_vi': U+FFFE (ký tự thứ 8) không phải là ký tự Unicode"},
      {"Xã Bình\uFFFFLư", "U+FFFF (ký tự thứ 8)"},
      {std::string("Xã Sin\0 Suối Hồ", 17), "so-lieu.csv, dòng 2, cột 'ten_don_vi': ký tự điều khiển U+0000 (ký tự thứ 7)"},
      {"Xã \x1b[31mĐỏ", "ký tự điều khiển U+001B (ký tự thứ 4)"},
  };
  for (const Case& c : cases) {
    write_file(dir / "so-lieu.csv", kFiguresHeader + "03390," + c.name + ",1,2\n");
    Result r = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"));
    EXPECT_EQ(r.status, 3) << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM submissions"), "0\n");
  // The errors workbook names the character and stays well-formed XML.
  write_file(dir / "so-lieu.csv", kFiguresHeader + "03390," + cases[0].name + ",1,2\n");
  Result e = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db --errors-out loi.xlsx"));
  EXPECT_EQ(e.status, 3) << e.err;
  Result book = run("/usr/bin/python3 -c " +
                    sh_quote("import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\n"
                             "print(list(wb.active.iter_rows(min_row=2, values_only=True))[0][3])") +
                    " " + sh_quote((dir / "loi.xlsx").string()));
  EXPECT_EQ(book.status, 0) << book.err;
  EXPECT_EQ(book.out, "U+FFFE (ký tự thứ 8) không phải là ký tự Unicode, không được phép trong văn bản\n") << book.out;
  // An XLSX can carry a noncharacter XML allows (U+FDD0): refused at its cell.
  ASSERT_EQ(run("/usr/bin/python3 -c " +
                sh_quote("import openpyxl,sys\nwb=openpyxl.Workbook();ws=wb.active\n"
                         "ws.append(['ma_don_vi','ten_don_vi','gia_dinh_hoc_tap_dat','gia_dinh_hoc_tap_tong'])\n"
                         "ws.append(['03390','X\\ufdd0B',1,2])\nwb.save(sys.argv[1])") +
                " " + sh_quote((dir / "so-lieu.xlsx").string()))
                .status,
            0);
  Result x = in_dir(dir, baocao_cmd("import so-lieu.xlsx --period 2025 --db kho.db"));
  EXPECT_EQ(x.status, 4) << x.err;
  EXPECT_NE(x.err.find("ô B2: U+FDD0 (ký tự thứ 2) không phải là ký tự Unicode"), std::string::npos) << x.err;
  // Templates and JSON files are gated at line and column.
  write_file(dir / "t.tpl", std::string("---\nngay: 2025-12-10\n---\nXin \0chào\n", 36));
  Result t = in_dir(dir, baocao_cmd("render t.tpl --out t.pdf"));
  EXPECT_EQ(t.status, 3) << "not a missing glyph (6): " << t.err;
  EXPECT_NE(t.err.find("t.tpl:4:5: ký tự điều khiển U+0000 (ký tự thứ 5)"), std::string::npos) << t.err;
  EXPECT_EQ(t.err.find("phông chữ"), std::string::npos) << t.err;
  EXPECT_FALSE(fs::exists(dir / "t.pdf"));
  write_file(dir / "vars.json", R"({"co_quan_ban_hanh": "Sở\u0000 GD"})");
  write_file(dir / "plan.json", plan_json());
  Result v = in_dir(dir, baocao_cmd(run_args()));
  EXPECT_EQ(v.status, 3) << v.err;
  EXPECT_NE(v.err.find("vars.json"), std::string::npos) << v.err;
  EXPECT_NE(v.err.find("U+0000"), std::string::npos) << v.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

const std::string kFormatTemplate =
    "---\nngay: 2025-12-10\nco_quan_ban_hanh: {{ cq }}\nso_ky_hieu: Số: {{ so }}/BC\nho_ten: {{ ten }}\n---\n"
    "Đơn vị: {{ ten }}.\n\n| STT | Tên |\n|---|---|\n| 1 | {{ ten }} |\n";

TEST(HostileText, FormatCharactersAreNotDrawnAndLineBreaksInVarsAreSpaces) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "t.tpl", kFormatTemplate);
  // ZWJ, RLM, PDF, RLO, soft hyphen, BOM: none has a glyph to draw.
  const std::string name = "Xã\u200D Phúc\u200F Than\u202C\u202E h\u00ADh\uFEFF";
  Result r = in_dir(dir, baocao_cmd("render t.tpl --set " + sh_quote("ten=" + name) + " --set cq=Sở --set so=1 "
                                    "--out t.pdf"));
  ASSERT_EQ(r.status, 0) << "no font error for format characters: " << r.err;
  std::string text = pdf_text(dir / "t.pdf");
  EXPECT_NE(text.find("Xã Phúc Than hh"), std::string::npos) << text;
  for (const char* drawn : {"\u200D", "\u200F", "\u202C", "\u202E", "\u00AD", "\uFEFF", "h-h", "\uFFFD"})
    EXPECT_EQ(text.find(drawn), std::string::npos) << "drawn: " << drawn << "\n" << text;
  // A line break, tab or carriage return in a variable is a space, never a missing glyph.
  for (const char* sep : {"\n", "\t", "\r"}) {
    Result s = in_dir(dir, baocao_cmd("render t.tpl --set " + sh_quote(std::string("ten=Lò") + sep + "Văn Hùng") +
                                      " --set " + sh_quote(std::string("cq=Sở") + sep + "GD") + " --set " +
                                      sh_quote(std::string("so=12") + sep + "3") + " --out s.pdf"));
    EXPECT_EQ(s.status, 0) << s.err;
    EXPECT_EQ(s.err.find("phông chữ"), std::string::npos) << s.err;
    EXPECT_NE(pdf_text(dir / "s.pdf").find("Lò Văn Hùng"), std::string::npos);
  }
  Result fonts = run("pdffonts " + sh_quote((dir / "t.pdf").string()));
  EXPECT_EQ(fonts.status, 0);
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileText, LongVariablesGiveClearMessages) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "t.tpl", kFormatTemplate);
  // 2 MB: past the bound on one value.
  write_file(dir / "data.json", "{\"bien\": {\"ten\": \"" + std::string(2 << 20, 'x') + "\", \"cq\": \"Sở\", \"so\": 1}}");
  Result big = in_dir(dir, baocao_cmd("render t.tpl --data data.json --out t.pdf"));
  EXPECT_EQ(big.status, 5) << big.err;
  EXPECT_NE(big.err.find("giá trị của biến 'ten' dài 2097152 byte, quá giới hạn 1048576 byte"), std::string::npos)
      << big.err;
  EXPECT_EQ(big.err.find("libharu"), std::string::npos) << big.err;
  // 100 KB without a space: one word longer than a PDF line can hold.
  Result word = in_dir(dir, baocao_cmd("render t.tpl --set ten=" + std::string(100000, 'x') +
                                       " --set cq=Sở --set so=1 --out t.pdf"));
  EXPECT_EQ(word.status, 7) << word.err;
  EXPECT_NE(word.err.find("một dòng chữ dài 100001 ký tự, quá 32767 ký tự mà PDF chứa được"), std::string::npos)
      << word.err;
  EXPECT_EQ(word.err.find("libharu"), std::string::npos) << word.err;
  EXPECT_FALSE(fs::exists(dir / "t.pdf"));
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileText, ExcelCellLimitAtImportAndExportNeverFails) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  const std::string long_name = "Xã " + std::string(40000, 'a');
  write_file(dir / "so-lieu.csv", kFiguresHeader + "03390," + long_name + ",1,2\n");
  Result r = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"));
  EXPECT_EQ(r.status, 4) << r.err;
  EXPECT_NE(r.err.find("so-lieu.csv, dòng 2, cột 'ten_don_vi': ô chữ dài 40003 ký tự, quá 32767 ký tự"),
            std::string::npos)
      << r.err.substr(0, 300);
  write_file(dir / "don-vi.csv", "ma,ten,cap,ma_cap_tren,hieu_luc_tu,hieu_luc_den,tien_than\n12,Tỉnh " +
                                     std::string(40000, 'b') + ",tỉnh,,01/07/2025,,\n");
  Result u = in_dir(dir, baocao_cmd("import --units don-vi.csv --db kho.db"));
  EXPECT_EQ(u.status, 4);
  EXPECT_NE(u.err.find("don-vi.csv, dòng 2, cột 'ten': ô chữ dài 40005 ký tự"), std::string::npos);

  // A store that holds such texts already (an older import, another
  // program): the month's export still succeeds, and its XLSX is sound.
  write_file(dir / "ok.csv", lai_chau_figures_csv());
  ASSERT_EQ(in_dir(dir, baocao_cmd("import ok.csv --period 2025 --db kho.db")).status, 0);
  const std::string db = (dir / "kho.db").string();
  ASSERT_EQ(sql(db, "UPDATE submissions SET unit_name='" + long_name + "' WHERE unit_code='03388'"), "\n");
  ASSERT_EQ(sql(db, "UPDATE submissions SET unit_name='A' || char(65534) || 'B' || char(0) || 'C' "
                    "WHERE unit_code='03390'"),
            "\n");
  // The Vietnam month of the import (imported_at is UTC).
  std::string month = sql(db, "SELECT strftime('%Y-%m', imported_at, '+7 hours') FROM submissions LIMIT 1");
  month.pop_back();
  Result e = in_dir(dir, baocao_cmd("export --month " + month + " --db kho.db --out xuat"));
  ASSERT_EQ(e.status, 0) << e.err;
  Result check = run("/usr/bin/python3 -c " +
                     sh_quote("import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\n"
                              "names=[r[2] for r in wb.active.iter_rows(min_row=2, values_only=True)]\n"
                              "print(max(len(n) for n in names), any(n.endswith('\\u2026') for n in names), "
                              "'A\\ufffdB\\ufffdC' in names)") +
                     " " + sh_quote((dir / ("xuat/so-lieu-" + month + ".xlsx")).string()));
  EXPECT_EQ(check.status, 0) << "openpyxl reads the export: " << check.err;
  EXPECT_EQ(check.out, "32767 True True\n") << check.out << check.err;
  std::string csv = read_file(dir / ("xuat/so-lieu-" + month + ".csv"));
  EXPECT_NE(csv.find(long_name), std::string::npos) << "the CSV keeps the whole text";
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileText, FiguresPast2To53AreRefusedAtTheirCell) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  write_file(dir / "so-lieu.csv", kFiguresHeader + "03390,Xã Bình Lư,9007199254740993,9007199254740993\n" +
                                      "03394,Xã Sin Suối Hồ,99999999999999999999,99999999999999999998\n");
  Result r = in_dir(dir, baocao_cmd("import so-lieu.csv --period 2025 --db kho.db"));
  EXPECT_EQ(r.status, 4) << r.err;
  for (const char* line :
       {"so-lieu.csv, dòng 2, cột 'gia_dinh_hoc_tap_dat': '9007199254740993' quá lớn",
        "so-lieu.csv, dòng 3, cột 'gia_dinh_hoc_tap_dat': '99999999999999999999' quá lớn",
        "so-lieu.csv, dòng 3, cột 'gia_dinh_hoc_tap_tong': '99999999999999999998' quá lớn"})
    EXPECT_NE(r.err.find(line), std::string::npos) << line << "\n" << r.err;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM submission_values"), "0\n");
  // 2^53 itself is exact, and kept so.
  write_file(dir / "ok.csv", kFiguresHeader + "03390,Xã Bình Lư,9007199254740991,9007199254740992\n");
  ASSERT_EQ(in_dir(dir, baocao_cmd("import ok.csv --period 2025 --db kho.db")).status, 0);
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT CAST(numerator AS INTEGER), CAST(denominator AS INTEGER) "
                                           "FROM submission_values"),
            "9007199254740991|9007199254740992\n");
  // In an XLSX, the number cells' digits as written in the sheet's XML
  // (openpyxl goes through a double: the digits are put in afterwards).
  ASSERT_EQ(run("/usr/bin/python3 -c " +
                sh_quote("import openpyxl,sys,zipfile\nwb=openpyxl.Workbook();ws=wb.active\n"
                         "ws.append(['ma_don_vi','ten_don_vi','gia_dinh_hoc_tap_dat','gia_dinh_hoc_tap_tong'])\n"
                         "ws.append(['03394','Xã Sin Suối Hồ',111,222])\nwb.save(sys.argv[1]+'.tmp')\n"
                         "zi=zipfile.ZipFile(sys.argv[1]+'.tmp');zo=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\n"
                         "for n in zi.namelist():\n d=zi.read(n)\n"
                         " if n.endswith('sheet1.xml'): d=d.replace(b'<v>111</v>',b'<v>9007199254740993</v>')"
                         ".replace(b'<v>222</v>',b'<v>1.2345678901234567E+19</v>')\n zo.writestr(n,d)\nzo.close()") +
                " " + sh_quote((dir / "so-lieu.xlsx").string()))
                .status,
            0);
  Result x = in_dir(dir, baocao_cmd("import so-lieu.xlsx --period 2025 --db kho.db"));
  EXPECT_EQ(x.status, 4) << x.err;
  EXPECT_NE(x.err.find("ô C2: '9007199254740993' quá lớn"), std::string::npos) << x.err;
  EXPECT_NE(x.err.find("ô D2: '1.2345678901234567E+19' quá lớn"), std::string::npos) << x.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

}  // namespace
}  // namespace baocao::test
