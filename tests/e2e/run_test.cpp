// `baocao run` end to end on the sample province imported into a SQLite
// store: outputs checked with poppler (pdftotext), sha256sum, openpyxl and
// Python's json; determinism by bytes, inode and mtime across two runs.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <map>
#include <sstream>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::string pdf_text(const fs::path& pdf) {
  return run("pdftotext -layout " + sh_quote(pdf.string()) + " - 2>/dev/null").out;
}

// pdftotext -layout pads columns with a number of spaces that shifts with the
// text around a table; rows are compared with runs of spaces made one.
std::string squeeze(const std::string& text) {
  std::string out;
  for (char c : text)
    if (c != ' ' || out.empty() || out.back() != ' ') out += c;
  return out;
}

const std::string kCommunes = "out/2025-12-10-xa-bao-cao/37/";

TEST(Run, EveryDocumentOfTheCycle) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  Result r = run_sample_cycle(dir, "");
  ASSERT_EQ(r.status, 0) << r.err;
  // 57 communes in the store, 60 units of the province in don-vi.csv, 3 never
  // reported and 2 late (after 10/12): 55 reports with appendices, the Sở's
  // consolidated report (PDF+XLSX), the reminder, the province's report to
  // the ministry (PDF+XLSX), manifest.
  EXPECT_NE(r.out.find("Đã lập 116 tệp"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("[1/58] "), std::string::npos) << "plain log lines when stderr is not a terminal";
  for (const char* f :
       {"13285-bao-cao.pdf", "13285-phu-luc.xlsx", "tong-hop.pdf", "tong-hop.xlsx", "cong-van-don-doc.pdf"})
    EXPECT_TRUE(fs::exists(dir / (kCommunes + f))) << f;
  EXPECT_TRUE(fs::exists(dir / "out/2025-12-15-tinh-bao-cao/37-bao-cao.pdf"));
  EXPECT_FALSE(fs::exists(dir / (kCommunes + "13527-bao-cao.pdf"))) << "Phường Vị Khê never reported";
  EXPECT_FALSE(fs::exists(dir / (kCommunes + "13393-bao-cao.pdf"))) << "Phường Lê Hồ reported on 12/12";

  // Roll-up sums, hand-checked from so-lieu-xa-2025.csv (57 communes):
  // gia_dinh_hoc_tap 244 132 / 334 366, dong_ho_hoc_tap 1 989 / 3 068,
  // cong_dan_hoc_tap 249 013 / 602 353: the 15/12 report counts them all.
  std::string ministry = pdf_text(dir / "out/2025-12-15-tinh-bao-cao/37-bao-cao.pdf");
  EXPECT_NE(squeeze(ministry).find("Tổng cộng 244.132 334.366 73,0% 1.989 3.068 64,8%"), std::string::npos)
      << ministry;
  EXPECT_NE(squeeze(ministry).find("249.013 602.353 41,3%"), std::string::npos);
  // The Sở's report dated 10/12 counts what had arrived by 10/12: Lê Hồ and
  // Giao Thuỷ (da-nhan-2025.csv: 12/12) are missing then, with the three
  // that never reported, and their figures are not in its sums.
  std::string consolidated = pdf_text(dir / (kCommunes + "tong-hop.pdf"));
  EXPECT_NE(squeeze(consolidated).find("Đến ngày 10/12/2025, còn 5 đơn vị chưa gửi báo cáo"), std::string::npos)
      << consolidated;
  for (const char* name : {"Xã Bình Lục", "Phường Vị Khê", "Phường Yên Sơn", "Phường Lê Hồ", "Xã Giao Thuỷ"})
    EXPECT_NE(consolidated.find(name), std::string::npos) << name;
  EXPECT_EQ(consolidated.find("Gửi muộn"), std::string::npos) << "nobody is late yet on the deadline's day";
  EXPECT_EQ(squeeze(consolidated).find("Tổng cộng 244.132 334.366"), std::string::npos);

  std::string letter = pdf_text(dir / (kCommunes + "cong-van-don-doc.pdf"));
  EXPECT_NE(letter.find("chưa nhận được báo cáo của\n5 đơn vị sau:"), std::string::npos) << letter;
  for (const char* name : {"- Phường Lê Hồ;", "- Phường Vị Khê;", "- Phường Yên Sơn;", "- Xã Bình Lục;",
                           "- Xã Giao Thuỷ."})
    EXPECT_NE(letter.find(name), std::string::npos) << name;

  std::string own = pdf_text(dir / (kCommunes + "13285-bao-cao.pdf"));
  EXPECT_NE(squeeze(own).find("Gia đình học tập 6.026 7.069 85,2%"), std::string::npos) << own;
  Result xlsx =
      run("/usr/bin/python3 -c " +
          sh_quote(
              "import openpyxl,sys\nwb=openpyxl.load_workbook(sys.argv[1])\n"
              "print([c for ws in wb for r in ws.iter_rows(values_only=True) for c in r if c is not None])") +
          " " + sh_quote((dir / (kCommunes + "13285-phu-luc.xlsx")).string()));
  ASSERT_EQ(xlsx.status, 0) << xlsx.err;
  EXPECT_NE(xlsx.out.find("6026"), std::string::npos) << xlsx.out;
  EXPECT_NE(xlsx.out.find("7069"), std::string::npos) << xlsx.out;
}

TEST(Run, SecondRunLeavesEveryFileUntouched) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  ASSERT_EQ(run_sample_cycle(dir, "").status, 0);
  auto first = snapshot(dir / "out");
  Result again = run_sample_cycle(dir, "--jobs 1 --explain");
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("0 mới hoặc thay đổi, 116 không đổi"), std::string::npos) << again.out;
  // Nothing read changed: every output skipped, not rendered again.
  EXPECT_NE(again.out.find("2025-12-10-xa-bao-cao/37/13285-bao-cao.pdf: giữ nguyên (không đầu vào nào thay đổi)\n"),
            std::string::npos)
      << again.out;
  EXPECT_EQ(again.out.find(": tạo lại ("), std::string::npos) << again.out;
  auto second = snapshot(dir / "out");
  ASSERT_EQ(first.size(), second.size());
  for (const auto& [name, seen] : first) {
    ASSERT_TRUE(second.count(name)) << name;
    EXPECT_EQ(seen.bytes, second[name].bytes) << name;
    EXPECT_EQ(seen.mtime_ns, second[name].mtime_ns) << name << " was rewritten";
    EXPECT_EQ(seen.inode, second[name].inode) << name << " was replaced";
  }

  // A corrected figure for one commune changes its own report, the
  // consolidated ones and the manifest, and nothing else.
  write_file(dir / "sua.csv",
             "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,dong_ho_hoc_tap_dat,"
             "dong_ho_hoc_tap_tong,cong_dong_hoc_tap_dat,cong_dong_hoc_tap_tong,don_vi_hoc_tap_dat,"
             "don_vi_hoc_tap_tong,cong_dan_hoc_tap_dat,cong_dan_hoc_tap_tong\n"
             "13285,Phường Phủ Lý,6027,7069,27,37,21,24,22,28,3777,7801\n");
  ASSERT_EQ(in_dir(dir, baocao_cmd("import sua.csv --period 2025 --db kho.db")).status, 0);
  Result fixed = run_sample_cycle(dir, "--explain --lang en");
  ASSERT_EQ(fixed.status, 0) << fixed.err;
  auto third = snapshot(dir / "out");
  std::vector<std::string> changed, produced;
  for (const auto& [name, seen] : second) {
    if (third[name].bytes != seen.bytes) changed.push_back(name);
    else EXPECT_EQ(seen.mtime_ns, third[name].mtime_ns) << name << " was rewritten";
  }
  // --explain names what each produced output read that changed.
  std::istringstream lines(fixed.out);
  for (std::string line; std::getline(lines, line);)
    if (line.find(": produced (") != std::string::npos) produced.push_back(line);
  EXPECT_EQ(produced,
            (std::vector<std::string>{
                "2025-12-10-xa-bao-cao/37/13285-bao-cao.pdf: produced (figures or receipt of unit 13285)",
                "2025-12-10-xa-bao-cao/37/13285-phu-luc.xlsx: produced (figures or receipt of unit 13285)",
                // The province as a whole (37) and the commune in its table.
                "2025-12-10-xa-bao-cao/37/tong-hop.pdf: produced (figures or receipt of unit 13285, 37)",
                "2025-12-10-xa-bao-cao/37/tong-hop.xlsx: produced (figures or receipt of unit 13285, 37)",
                "2025-12-15-tinh-bao-cao/37-bao-cao.pdf: produced (figures or receipt of unit 13285, 37)",
                "2025-12-15-tinh-bao-cao/37-phu-luc.xlsx: produced (figures or receipt of unit 13285, 37)"}))
      << fixed.out;
  EXPECT_NE(fixed.out.find("2025-12-10-xa-bao-cao/37/13318-bao-cao.pdf: skipped (nothing it reads changed)"),
            std::string::npos)
      << fixed.out;
  EXPECT_EQ(changed,
            (std::vector<std::string>{
                "2025-12-10-xa-bao-cao/37/13285-bao-cao.pdf", "2025-12-10-xa-bao-cao/37/13285-phu-luc.xlsx",
                "2025-12-10-xa-bao-cao/37/tong-hop.pdf", "2025-12-10-xa-bao-cao/37/tong-hop.xlsx",
                "2025-12-15-tinh-bao-cao/37-bao-cao.pdf", "2025-12-15-tinh-bao-cao/37-phu-luc.xlsx",
                "manifest.json"}));
}

TEST(Run, ManifestListsEveryOutputWithItsSha256) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  ASSERT_EQ(run_sample_cycle(dir, "").status, 0);
  // The manifest's outputs as a sha256sum check list, checked by sha256sum.
  Result check =
      in_dir(dir, "/usr/bin/python3 -c " +
                      sh_quote("import json\nm=json.load(open('out/manifest.json'))\n"
                               "print('\\n'.join(o['sha256']+'  out/'+o['file'] for o in m['outputs']))") +
                      " > list && sha256sum -c --quiet list && wc -l < list");
  ASSERT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_EQ(check.out, "115\n") << "every file but the manifest itself";
  // Besides the outputs: the manifest, and the output directory's lock.
  Result files = in_dir(dir, "find out -type f ! -name manifest.json ! -name .baocao-schedule.lock | wc -l");
  EXPECT_EQ(files.out, "115\n");
  Result inputs = in_dir(
      dir,
      "/usr/bin/python3 -c " +
          sh_quote(
              "import json,hashlib\nm=json.load(open('out/manifest.json'))['inputs']\n"
              "print(m['plan']['sha256']==hashlib.sha256(open(m['plan']['file'],'rb').read()).hexdigest())\n"
              "print(len(m['store']['submission_ids']), len(m['store']['content_sha256']))\n"
              "print(sorted(t['file'] for t in m['templates'])[:2])"));
  ASSERT_EQ(inputs.status, 0) << inputs.err;
  EXPECT_EQ(inputs.out, "True\n57 64\n['bao-cao-co-quan.tpl', 'bao-cao-tinh.tpl']\n");
}

TEST(Run, DeadlineAndLevelFilters) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  Result r = run_sample_cycle(dir, "--deadline 2025-12-15");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_TRUE(fs::exists(dir / "out/2025-12-15-tinh-bao-cao/37-bao-cao.pdf"));
  EXPECT_FALSE(fs::exists(dir / "out/2025-12-10-xa-bao-cao"));
  EXPECT_NE(read_file(dir / "out/manifest-2025-12-15.json").find("\"deadline\": \"2025-12-15\""),
            std::string::npos);

  TempDir dir2;
  ASSERT_EQ(import_sample(dir2).status, 0);
  // On a terminal (util-linux `script` gives it one), a progress bar instead of log lines.
  std::string cmd = baocao_cmd("run --cycle 2025 --db kho.db --plan " + sample("ke-hoach-2025.json") +
                               " --vars " + sample("bien-2025.json") + " --units " + sample("don-vi.csv") +
                               " --submissions " + sample("da-nhan-2025.csv") + " --out out --level xã");
  Result tty = in_dir(dir2, "script -qfec " + sh_quote(cmd) + " /dev/null");
  ASSERT_EQ(tty.status, 0) << tty.out;
  EXPECT_NE(tty.out.find("\r[##############################] 57/57"), std::string::npos) << tty.out;
  EXPECT_EQ(tty.out.find("[1/57] "), std::string::npos) << tty.out;
  EXPECT_TRUE(fs::exists(dir2 / (kCommunes + "tong-hop.pdf")));
  EXPECT_FALSE(fs::exists(dir2 / "out/2025-12-15-tinh-bao-cao"));

  Result none = run_sample_cycle(dir2, "--deadline 2025-11-30");
  EXPECT_EQ(none.status, 2) << "30/11 is an inspection deadline, not a report";
  EXPECT_NE(none.err.find("không có hạn nộp báo cáo nào trong năm 2025"), std::string::npos) << none.err;
}

// Without --units and --submissions: the store's 2025 list of units (Ninh
// Bình has 129 communes, 57 in the sample) and import dates as receipts (all
// after 10/12/2025): by the 10/12 documents' date no commune had reported, so
// there is no commune report and the letter chases all 129. The letter's
// list spans pages: this once crashed the paragraph flow (widow rule
// underflow in text_blocks.cpp).
TEST(Run, StoreUnitsAndImportDates) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  Result r = in_dir(
      dir, baocao_cmd("run --cycle 2025 --level xã --db kho.db --plan " + sample("ke-hoach-2025.json") +
                      " --vars " + sample("bien-2025.json") + " --out out"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string letter = pdf_text(dir / (kCommunes + "cong-van-don-doc.pdf"));
  EXPECT_NE(letter.find("chưa nhận được báo cáo của\n129 đơn vị sau:"), std::string::npos) << letter;
  EXPECT_FALSE(fs::exists(dir / (kCommunes + "13285-bao-cao.pdf")));
  std::string consolidated = pdf_text(dir / (kCommunes + "tong-hop.pdf"));
  EXPECT_NE(squeeze(consolidated).find("chưa có xã, phường nào gửi báo cáo"), std::string::npos) << consolidated;
}

// An office's own copy of a shipped template, in --templates DIR, is used
// instead of the shipped one (its includes still found among the shipped
// ones), and the manifest records the file it used.
TEST(Run, OfficeTemplatesComeBeforeTheShippedOnes) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  fs::create_directories(dir / "mau");
  std::string tpl = read_file(source_dir() / "templates/bao-cao-xa.tpl");
  const std::string word = "Đề nghị {{ gui_den }} quan tâm";
  ASSERT_NE(tpl.find(word), std::string::npos);
  tpl.replace(tpl.find(word), word.size(), "Kính đề nghị cấp trên quan tâm");
  write_file(dir / "mau/bao-cao-xa.tpl", tpl);
  Result r = run_sample_cycle(dir, "--deadline 2025-12-10 --templates mau");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(squeeze(pdf_text(dir / (kCommunes + "13285-bao-cao.pdf"))).find("Kính đề nghị cấp trên"),
            std::string::npos);
  EXPECT_EQ(squeeze(pdf_text(dir / (kCommunes + "tong-hop.pdf"))).find("Kính đề nghị"), std::string::npos);
  Result m = in_dir(dir, "/usr/bin/python3 -c " +
                             sh_quote("import json,hashlib\n"
                                      "for t in json.load(open('out/manifest-2025-12-10.json'))['inputs']['templates']:\n"
                                      "  if t.get('dir')=='mau': print(t['file'], t['sha256']==hashlib.sha256("
                                      "open('mau/'+t['file'],'rb').read()).hexdigest())"));
  EXPECT_EQ(m.out, "bao-cao-xa.tpl True\n") << m.err;
}

TEST(Run, PlanIsFoundNextToTheStore) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  Result r = in_dir(dir, baocao_cmd("run --cycle 2025 --db kho.db --out out"));
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("ke-hoach-2025.json"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "out"));
}

}  // namespace
}  // namespace baocao::test
