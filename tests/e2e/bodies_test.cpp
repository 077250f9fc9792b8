// The reporting bodies end to end on the real binary, as scripts/demo runs
// them: the register, a body's form filled by openpyxl and imported without
// a mapping, the Sở Nội vụ's own workbook through its mapping, and the
// 30/12 deadline's documents read back with pdftotext against the sample's
// numbers; calendar and status with the bodies beside the communes.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const std::string kDir = "out/2025-12-30-co-quan-bao-cao/37/";

// What the sample's bodies sent (samples/make-bodies-sample.py): per body,
// its figures as the documents print them, and whether it reported.
struct SampleBody {
  const char* code;
  const char* name;
  std::vector<std::pair<const char*, const char*>> figures;  // indicator name, "num/den"
  const char* received;                                      // "" = never
};
const std::vector<SampleBody> kBodies = {
    {"SNV", "Sở Nội vụ", {{"Lao động qua đào tạo", "1.790.300/2.452.000"}, {"Công dân học tập trong cơ quan, đoàn thể", "121/128"}}, "24/12/2025"},
    {"STC", "Sở Tài chính", {{"Công dân học tập trong cơ quan, đoàn thể", "96/104"}}, "19/12/2025"},
    {"SKHCN", "Sở Khoa học và Công nghệ", {{"Công dân đạt kỹ năng số", "1.905.400/3.118.600"}, {"Công dân học tập trong cơ quan, đoàn thể", "88/95"}}, "29/12/2025"},
    {"SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", {{"Thư viện công cộng phục vụ học tập trên môi trường số", "58/97"}, {"Công dân học tập trong cơ quan, đoàn thể", "143/150"}}, "26/12/2025"},
    {"SNNMT", "Sở Nông nghiệp và Môi trường", {{"Công dân học tập trong cơ quan, đoàn thể", "201/236"}}, "02/01/2026"},
    {"MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", {{"Công dân học tập trong cơ quan, đoàn thể", "52/55"}}, "30/12/2025"},
    {"HLHPN", "Hội Liên hiệp Phụ nữ tỉnh", {{"Đoàn viên, hội viên được bồi dưỡng kiến thức, kỹ năng", "286.400/352.000"}}, "23/12/2025"},
    {"HND", "Hội Nông dân tỉnh", {{"Đoàn viên, hội viên được bồi dưỡng kiến thức, kỹ năng", "198.500/301.200"}}, "05/01/2026"},
    {"TDTN", "Tỉnh đoàn", {}, ""},
    {"HKH", "Hội Khuyến học tỉnh", {{"Hội viên được tập huấn tiêu chí Công dân học tập", "402.300/418.600"}}, "22/12/2025"},
};

std::string flat(const fs::path& pdf) {
  Result r = run("pdftotext -layout " + sh_quote(pdf.string()) + " - 2>/dev/null");
  EXPECT_EQ(r.status, 0) << pdf;
  std::string out;
  for (char c : r.out) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    if (c == ' ' && !out.empty() && out.back() == ' ') continue;
    out += c;
  }
  return out;
}

// The register's body rows: code -> (issuing body as printed, signer).
std::map<std::string, std::pair<std::string, std::string>> body_issuers() {
  std::map<std::string, std::pair<std::string, std::string>> out;
  Result r = run("/usr/bin/python3 -c " +
                 sh_quote("import csv,sys\nfor r in csv.DictReader(open(sys.argv[1],encoding='utf-8')):\n"
                          "  if r['co_quan']=='co-quan': print(r['ma_don_vi']+'|'+r['ten_co_quan']+'|'+r['nguoi_ky'])") +
                 " " + sample("co-quan-ban-hanh.csv"));
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    auto a = line.find('|'), b = line.rfind('|');
    out[line.substr(0, a)] = {line.substr(a + 1, b - a - 1), line.substr(b + 1)};
  }
  return out;
}

// The sample store as scripts/demo makes it, without the run.
void demo_store(const TempDir& dir) {
  for (const std::string& cmd :
       {"import " + sample("so-lieu-xa-2025.csv") + " " + sample("chi-tieu.csv") + " --period 2025 --db kho.db",
        "import --units " + sample("don-vi.csv") + " " + sample("so-lieu-tinh-2024.csv") + " --period 2024 --db kho.db",
        "import --bodies " + sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") +
            " --plan " + sample("ke-hoach-2025.json") + " --db kho.db",
        "import " + sample_path("co-quan-gui").string() + "/*.xlsx --period 2025 --db kho.db",
        "import " + sample("bieu-so-noi-vu-2025.xlsx") + " --mapping " + sample("anh-xa-so-noi-vu.json") +
            " --period 2025 --db kho.db"}) {
    Result r = in_dir(dir, baocao_cmd(cmd));
    ASSERT_EQ(r.status, 0) << cmd << "\n" << r.out << r.err;
  }
}

std::string registers() {
  return " --units " + sample("don-vi.csv") + " --submissions " + sample("da-nhan-2025.csv") + " --submissions " +
         sample("da-nhan-co-quan-2025.csv");
}

// The 30/12 run of the sample: a Báo cáo per body that reported, with its
// own issuer and signer; the Sở's consolidated report with every body's
// figures and who is missing or late; the reminder to those missing on
// 31/12; the Kế hoạch năm 2026 for the UBND tỉnh.
TEST(Bodies, SampleThirtyDecemberRun) {
  TempDir dir;
  demo_store(dir);
  Result r = in_dir(dir, baocao_cmd("run --cycle 2025 --deadline 2025-12-30 --db kho.db --out out" + registers()));
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  const auto issuers = body_issuers();
  ASSERT_EQ(issuers.size(), kBodies.size());

  // One report per body that submitted, dated the day it arrived, signed by
  // its own signer and no other body's.
  int reports = 0;
  for (const SampleBody& b : kBodies) {
    SCOPED_TRACE(b.code);
    const fs::path pdf = dir / kDir / (std::string(b.code) + "-bao-cao.pdf");
    if (!*b.received) {
      EXPECT_FALSE(fs::exists(pdf)) << "a body that never reported has no report";
      continue;
    }
    ASSERT_TRUE(fs::exists(pdf));
    ++reports;
    const std::string text = flat(pdf);
    const auto& [issuer, signer] = issuers.at(b.code);
    EXPECT_NE(text.find(signer), std::string::npos) << text;
    for (const auto& [other, who] : issuers) {
      if (other != b.code) {
        EXPECT_EQ(text.find(who.second), std::string::npos) << "names " << other << "'s signer";
      }
    }
    const std::string day(b.received);
    EXPECT_NE(text.find("ngày " + day.substr(0, 2) + " tháng " + day.substr(3, 2) + " năm " + day.substr(6)),
              std::string::npos)
        << text;
    for (const auto& [indicator, figures] : b.figures) {
      const std::string f(figures);
      const std::string num = f.substr(0, f.find('/')), den = f.substr(f.find('/') + 1);
      // "- 121/128 cán bộ, … đạt danh hiệu Công dân học tập, đạt 94,5%, vượt chỉ tiêu 60%."
      EXPECT_NE(text.find("- " + num + "/" + den + " "), std::string::npos) << num << "/" << den << "\n" << text;
      EXPECT_NE(text.find(std::string(indicator)), std::string::npos) << indicator;
    }
    EXPECT_NE(text.find("gửi Sở Giáo dục và Đào tạo tỉnh Ninh Bình tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("(để tổng hợp)"), std::string::npos) << text;
  }
  EXPECT_EQ(reports, 9);
  // The issuing bodies as their headers print them (pdftotext keeps capitals).
  EXPECT_NE(flat(dir / kDir / "MTTQ-bao-cao.pdf").find("BAN THƯỜNG TRỰC"), std::string::npos);
  EXPECT_NE(flat(dir / kDir / "MTTQ-bao-cao.pdf").find("TM. BAN THƯỜNG TRỰC"), std::string::npos);
  EXPECT_NE(flat(dir / kDir / "SNV-bao-cao.pdf").find("SỞ NỘI VỤ"), std::string::npos);
  EXPECT_NE(flat(dir / kDir / "SNV-bao-cao.pdf").find("Số: /BC-SNV"), std::string::npos);
  // Its own words on its tasks, difficulties and proposals.
  const std::string snv = flat(dir / kDir / "SNV-bao-cao.pdf");
  EXPECT_NE(snv.find("Mức độ hoàn thành: đang thực hiện."), std::string::npos) << snv;
  EXPECT_NE(snv.find("chưa được cập nhật đầy đủ."), std::string::npos) << snv;
  EXPECT_NE(snv.find("III. ĐỀ XUẤT, KIẾN NGHỊ"), std::string::npos) << snv;
  EXPECT_EQ(flat(dir / kDir / "STC-bao-cao.pdf").find("ĐỀ XUẤT, KIẾN NGHỊ"), std::string::npos)
      << "a body that proposed nothing gets no such section";

  // The consolidated report, dated 8 days after the deadline: the communes'
  // year, every body's figures, the missing and the late.
  const std::string total = flat(dir / kDir / "tong-hop.pdf");
  EXPECT_NE(total.find("Ninh Bình, ngày 07 tháng 01 năm 2026"), std::string::npos);
  EXPECT_NE(total.find("Tổng hợp báo cáo của 57/60 xã, phường"), std::string::npos) << total;
  EXPECT_NE(total.find("244.132/334.366 gia đình được công nhận Gia đình học tập, đạt 73,0%, vượt chỉ tiêu 70%"),
            std::string::npos)
      << total;
  // Each figure with what it counts, in the catalogue's numerator wording.
  const std::map<std::string, std::string> counted = {
      {"Lao động qua đào tạo", "lao động đang làm việc đã qua đào tạo"},
      {"Công dân học tập trong cơ quan, đoàn thể",
       "cán bộ, công chức, viên chức, người lao động của cơ quan đạt danh hiệu Công dân học tập"},
      {"Công dân đạt kỹ năng số", "công dân đạt kỹ năng số"},
      {"Thư viện công cộng phục vụ học tập trên môi trường số",
       "thư viện công cộng cung cấp dịch vụ học tập trên môi trường số"},
      {"Đoàn viên, hội viên được bồi dưỡng kiến thức, kỹ năng",
       "đoàn viên, hội viên được bồi dưỡng kiến thức, kỹ năng học tập suốt đời"},
      {"Hội viên được tập huấn tiêu chí Công dân học tập",
       "cán bộ, hội viên Hội Khuyến học được tập huấn, quán triệt tiêu chí Công dân học tập"}};
  for (const SampleBody& b : kBodies) {
    EXPECT_NE(total.find(b.name), std::string::npos) << b.name;
    for (const auto& [indicator, figures] : b.figures)
      EXPECT_NE(total.find(std::string(figures) + " " + counted.at(indicator) + ", đạt "), std::string::npos)
          << b.code << " " << figures;
  }
  EXPECT_NE(total.find("còn 1 cơ quan chưa gửi báo cáo: Tỉnh đoàn."), std::string::npos) << total;
  EXPECT_NE(total.find("Có 2 cơ quan gửi báo cáo sau thời hạn ngày 30/12/2025: - Sở Nông nghiệp và Môi trường "
                       "(ngày 02/01/2026); - Hội Nông dân tỉnh (ngày 05/01/2026)."),
            std::string::npos)
      << total;
  // The limitation names the late bodies as well as the missing one.
  EXPECT_NE(total.find("chưa đúng thời hạn Kế hoạch quy định (Sở Nông nghiệp và Môi trường, Hội Nông dân tỉnh "
                       "gửi muộn; Tỉnh đoàn chưa gửi báo cáo)."),
            std::string::npos)
      << total;
  EXPECT_NE(total.find("9/10 cơ quan đã gửi báo cáo"), std::string::npos);
  // The six bodies counting their staff: 121+96+88+143+201+52 of 128+104+95+150+236+55.
  EXPECT_NE(total.find(" 6 701 768 91,3% 60% Đạt"), std::string::npos) << total;
  EXPECT_NE(total.find("Ủy ban nhân dân tỉnh Ninh Bình (để b/c)"), std::string::npos);

  // The reminder of 31/12: the three bodies missing that day, a new date.
  const std::string reminder = flat(dir / kDir / "cong-van-don-doc.pdf");
  EXPECT_NE(reminder.find("ngày 31 tháng 12 năm 2025"), std::string::npos);
  EXPECT_NE(reminder.find("Kính gửi: - Sở Nông nghiệp và Môi trường; - Hội Nông dân tỉnh; - Tỉnh đoàn."),
            std::string::npos)
      << reminder;
  EXPECT_NE(reminder.find("trước ngày 05/01/2026"), std::string::npos);
  for (const char* on_time : {"Sở Nội vụ", "Hội Khuyến học tỉnh", "Sở Tài chính"})
    EXPECT_EQ(reminder.find(on_time), std::string::npos) << on_time;

  // The Kế hoạch năm 2026 for the UBND tỉnh: the roadmap's 2026 targets with
  // the results of 2025 (as of 30/12: the two late bodies not yet in).
  const std::string plan = flat(dir / kDir / "ke-hoach.pdf");
  EXPECT_NE(plan.find("Xây dựng xã hội học tập năm 2026"), std::string::npos);
  EXPECT_NE(plan.find("Ủy ban nhân dân tỉnh Ninh Bình ban hành Kế hoạch"), std::string::npos) << plan;
  EXPECT_NE(plan.find("TM. ỦY BAN NHÂN DÂN"), std::string::npos);
  EXPECT_NE(plan.find("Nguyễn Văn An"), std::string::npos);
  for (const char* line : {"Duy trì từ 55% trở lên gia đình được công nhận Gia đình học tập (năm 2025 đạt 73,0%);",
                           "Duy trì từ 50% trở lên dòng họ được công nhận Dòng họ học tập (năm 2025 đạt 64,8%);",
                           "Phấn đấu 80% cơ quan, đơn vị được công nhận Đơn vị học tập (năm 2025 đạt 78,0%);",
                           "Duy trì từ 71% trở lên lao động đang làm việc đã qua đào tạo (năm 2025 đạt 73,0%);",
                           "Phấn đấu 75% công dân đạt kỹ năng số (năm 2025 đạt 61,1%);",
                           "Phấn đấu 65% thư viện công cộng cung cấp dịch vụ học tập trên môi trường số (năm 2025 "
                           "đạt 59,8%);",
                           "Phấn đấu 100% cán bộ, hội viên Hội Khuyến học được tập huấn, quán triệt tiêu chí Công "
                           "dân học tập (năm 2025 đạt 96,1%);",
                           "Duy trì từ 75% trở lên đoàn viên, hội viên được bồi dưỡng kiến thức, kỹ năng học tập "
                           "suốt đời (năm 2025 đạt 81,4%)."})
    EXPECT_NE(plan.find(line), std::string::npos) << line << "\n" << plan;
  EXPECT_NE(plan.find("Trước ngày 30/12/2026, các sở, ban, ngành"), std::string::npos) << plan;
  EXPECT_NE(plan.find("Trước ngày 10/12/2026, Ủy ban nhân dân các xã, phường"), std::string::npos);
  EXPECT_NE(plan.find("DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026"), std::string::npos);
  EXPECT_NE(plan.find("Cả năm 2026"), std::string::npos);
  EXPECT_NE(plan.find("Quý IV/2026"), std::string::npos) << plan;
  // Superiors first under Nơi nhận: the Ministry, the register's standing
  // recipients where the plan puts them, the communes last.
  const std::size_t to = plan.find("Nơi nhận"), ministry = plan.find("- Bộ Giáo dục và Đào tạo (để b/c);", to),
                    party = plan.find("- Thường trực Tỉnh ủy;", to),
                    communes = plan.find("- Ủy ban nhân dân các xã, phường;", to);
  ASSERT_NE(communes, std::string::npos) << plan;
  EXPECT_LT(ministry, party) << plan;
  EXPECT_LT(party, communes) << plan;
  // A task set into the sentence under its body's name opens in lower case.
  EXPECT_NE(plan.find("3. Sở Tài chính - Chủ trì thực hiện nhiệm vụ tham mưu bố trí kinh phí"), std::string::npos)
      << plan;
  EXPECT_NE(plan.find("; hướng dẫn khen thưởng trong Phong trào"), std::string::npos) << plan;
  EXPECT_NE(plan.find("thực hiện nhiệm vụ vận động Nhân dân"), std::string::npos) << "Nhân dân keeps its capital";

  // Run again: nothing changes.
  Result again = in_dir(dir, baocao_cmd("run --cycle 2025 --deadline 2025-12-30 --db kho.db --out out" + registers()));
  ASSERT_EQ(again.status, 0) << again.err;
  EXPECT_NE(again.out.find("0 mới hoặc thay đổi"), std::string::npos) << again.out;

  // calendar and status list the bodies beside the communes.
  Result cal = in_dir(dir, baocao_cmd("calendar --year 2025 --db kho.db --today 2026-01-08" + registers()));
  ASSERT_EQ(cal.status, 0) << cal.err;
  EXPECT_NE(cal.out.find("30/12/2025  cơ quan → tỉnh"), std::string::npos) << cal.out;
  EXPECT_NE(cal.out.find("(10 cơ quan: 7 đúng hạn, 2 muộn, 1 chưa nộp)"), std::string::npos) << cal.out;
  EXPECT_NE(cal.out.find("Nộp muộn: Sở Nông nghiệp và Môi trường (02/01/2026), Hội Nông dân tỉnh (05/01/2026)"),
            std::string::npos);
  EXPECT_NE(cal.out.find("10/12/2025  xã → tỉnh"), std::string::npos);
  Result status = in_dir(dir, baocao_cmd("status --period 2025 --db kho.db"));
  ASSERT_EQ(status.status, 0) << status.err;
  EXPECT_NE(status.out.find("SNV Sở Nội vụ (cơ quan):"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("TDTN Tỉnh đoàn (cơ quan)"), std::string::npos) << status.out;
  EXPECT_NE(status.out.find("Phường Vị Khê"), std::string::npos) << "the missing communes too";
  // The store holds every commune of the province (the shipped list): 57
  // of its 129 and 9 of its 10 bodies submitted.
  EXPECT_NE(status.out.find("Kỳ 2025: 66/139 đơn vị đã nộp, 73 chưa nộp"), std::string::npos) << status.out;
}

// A body's form: only its indicators and its tasks; filled by openpyxl, it
// imports without a mapping, figures and task reports together; a wrong
// completion word or a task not its own is refused with its cell.
TEST(Bodies, FormRoundTripWithItsTasks) {
  TempDir dir;
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --units " + sample("don-vi.csv") + " --bodies " +
                                   sample("co-quan-bao-cao.csv") + " --plan " + sample("ke-hoach-2025.json") +
                                   " --db kho.db"))
                .status,
            0);
  Result f = in_dir(dir, baocao_cmd("form --body SKHCN --period 2025 --out skhcn.xlsx --db kho.db"));
  ASSERT_EQ(f.status, 0) << f.err;
  EXPECT_NE(f.out.find("Sở Khoa học và Công nghệ, 2 chỉ số, 1 nhiệm vụ, năm 2025"), std::string::npos) << f.out;
  const std::string py =
      "import openpyxl,sys\n"
      "wb=openpyxl.load_workbook(sys.argv[1])\n"
      "meta={r[0]:r[1] for r in wb['_baocao'].iter_rows(values_only=True) if r[0]!='indicator'}\n"
      "cols={r[1]:(r[2],r[3]) for r in wb['_baocao'].iter_rows(values_only=True) if r[0]=='indicator'}\n"
      "print(sorted(cols), meta['body'], meta['task_sheet'])\n"
      "ws=wb[meta['sheet']]\n"
      "print(ws['A6'].value, ws['B6'].value, ws['C4'].value, ws['E4'].value, ws['G4'].value)\n"
      "t=wb[meta['task_sheet']]\n"
      "print(t['B4'].value, t['C4'].value, t['B5'].value)\n"
      "n,d=cols['ky_nang_so']; ws[n+'6']=1905400; ws[d+'6']=3118600\n"
      "n,d=cols['cong_chuc_hoc_tap']; ws[n+'6']=88; ws[d+'6']=95\n"
      "t['D4']=sys.argv[3]; t['E4']='Tổ chức 128 lớp bồi dưỡng kỹ năng số.'\n"
      "t[meta['task_proposals']]='Đề nghị bố trí kinh phí.'\n"
      "if sys.argv[4]: t['B4']=sys.argv[4]\n"
      "wb.save(sys.argv[2])\n";
  auto fill = [&](const std::string& out, const std::string& status, const std::string& task) {
    return run("cd " + sh_quote(dir.path().string()) + " && /usr/bin/python3 -c " + sh_quote(py) +
               " skhcn.xlsx " + out + " " + sh_quote(status) + " " + sh_quote(task));
  };
  Result filled = fill("dien.xlsx", "Đang thực hiện", "");
  ASSERT_EQ(filled.status, 0) << filled.err;
  EXPECT_NE(filled.out.find("['cong_chuc_hoc_tap', 'ky_nang_so'] SKHCN Nhiệm vụ"), std::string::npos) << filled.out;
  EXPECT_NE(filled.out.find("SKHCN Sở Khoa học và Công nghệ Công dân đạt kỹ năng số Công dân học tập trong cơ quan, "
                            "đoàn thể Ghi chú"),
            std::string::npos)
      << filled.out;
  EXPECT_NE(filled.out.find("NV03 Bồi dưỡng kỹ năng số cho người dân"), std::string::npos) << filled.out;
  EXPECT_NE(filled.out.find(" None\n"), std::string::npos) << "one task only: " << filled.out;

  Result imp = in_dir(dir, baocao_cmd("import dien.xlsx --period 2025 --db kho.db"));
  ASSERT_EQ(imp.status, 0) << imp.err;
  EXPECT_NE(imp.out.find("dien.xlsx: kèm báo cáo 2 nhiệm vụ"), std::string::npos) << imp.out;
  EXPECT_EQ(sql((dir / "kho.db").string(),
                "SELECT s.unit_code, v.indicator, v.numerator, v.denominator FROM submission_values v JOIN "
                "submissions s ON s.id = v.submission_id ORDER BY v.indicator"),
            "SKHCN|cong_chuc_hoc_tap|88.0|95.0\nSKHCN|ky_nang_so|1905400.0|3118600.0\n");
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT task, status, result FROM submission_tasks ORDER BY task"),
            "NV03|đang thực hiện|Tổ chức 128 lớp bồi dưỡng kỹ năng số.\n_kien_nghi||Đề nghị bố trí kinh phí.\n");

  // A completion outside the list, and a task of another body: refused, with the cell.
  ASSERT_EQ(fill("sai.xlsx", "Xong rồi", "").status, 0);
  Result bad = in_dir(dir, baocao_cmd("import sai.xlsx --period 2025 --db kho.db"));
  EXPECT_EQ(bad.status, 4);
  EXPECT_NE(bad.err.find("sai.xlsx, sheet 'Nhiệm vụ', ô D4: mức độ hoàn thành 'Xong rồi' không hợp lệ"),
            std::string::npos)
      << bad.err;
  ASSERT_EQ(fill("khac.xlsx", "Hoàn thành", "NV01").status, 0);
  bad = in_dir(dir, baocao_cmd("import khac.xlsx --period 2025 --db kho.db --lang en"));
  EXPECT_EQ(bad.status, 4);
  EXPECT_NE(bad.err.find("task 'NV01' is not assigned to body 'SKHCN'"), std::string::npos) << bad.err;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM submissions"), "1\n") << "nothing more stored";

  // A body the register lacks, and both --level and --body.
  Result unknown = in_dir(dir, baocao_cmd("form --body XYZ --period 2025 --out x.xlsx --db kho.db"));
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.err.find("Kho không có cơ quan báo cáo 'XYZ' (có: SNV, STC"), std::string::npos) << unknown.err;
  Result both = in_dir(dir, baocao_cmd("form --body SNV --level xã --period 2025 --out x.xlsx --db kho.db"));
  EXPECT_EQ(both.status, 2);
  EXPECT_FALSE(fs::exists(dir / "x.xlsx"));
}

// Every problem of a bodies register at once, each with its row and column,
// and nothing kept; then a sound register replaces the one before.
TEST(Bodies, RegisterProblemsNamedByRowAndColumn) {
  TempDir dir;
  write_file(dir / "co-quan.csv",
             "ma_co_quan,ten_co_quan,loai,ma_don_vi\n"
             "SNV,Sở Nội vụ,sở,37\n"
             "SNV,Sở Nội vụ (lần hai),sở,37\n"     // twice
             "S/X,Sở Xây dựng,sở,37\n"             // names a file path
             "HCCB,Hội Cựu chiến binh tỉnh,câu lạc bộ,37\n"  // no such kind
             "STP,,sở,37\n"                        // no name
             "SYT,Sở Y tế,sở,99\n"                 // unknown unit
             "13285,Sở Công Thương,sở,37\n");      // a commune's code
  Result r = in_dir(dir, baocao_cmd("import --units " + sample("don-vi.csv") + " --bodies co-quan.csv --db kho.db"));
  EXPECT_EQ(r.status, 4) << r.out << r.err;
  for (const char* problem :
       {"co-quan.csv, dòng 3, cột 'ma_co_quan': mã cơ quan 'SNV' đã có ở dòng 2",
        "co-quan.csv, dòng 4, cột 'ma_co_quan': mã cơ quan 'S/X' chỉ được gồm",
        "co-quan.csv, dòng 5, cột 'loai': loại cơ quan 'câu lạc bộ' không hợp lệ (các loại: so, ban, nganh, mat-tran, "
        "doan-the, hoi)",
        "co-quan.csv, dòng 6, cột 'ten_co_quan': thiếu ten_co_quan"})
    EXPECT_NE(r.err.find(problem), std::string::npos) << problem << "\n" << r.err;
  write_file(dir / "co-quan.csv",
             "ma_co_quan,ten_co_quan,loai,ma_don_vi\nSYT,Sở Y tế,sở,99\n13285,Sở Công Thương,sở,37\n");
  r = in_dir(dir, baocao_cmd("import --bodies co-quan.csv --db kho.db --lang en"));
  EXPECT_EQ(r.status, 4);
  EXPECT_NE(r.err.find("co-quan.csv, row 2, column 'ma_don_vi': unit code '99' is not in the store's list of units"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("body code '13285' is the code of an administrative unit"), std::string::npos) << r.err;
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT COUNT(*) FROM reporting_bodies"), "0\n");
  write_file(dir / "thieu.csv", "ma_co_quan,ten_co_quan,ma_don_vi\nSNV,Sở Nội vụ,37\n");
  r = in_dir(dir, baocao_cmd("import --bodies thieu.csv --db kho.db"));
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("loai"), std::string::npos) << r.err;
  ASSERT_EQ(in_dir(dir, baocao_cmd("import --bodies " + sample("co-quan-bao-cao.csv") + " --db kho.db")).status, 0);
  EXPECT_EQ(sql((dir / "kho.db").string(), "SELECT code, kind FROM reporting_bodies WHERE code IN ('MTTQ', 'TDTN')"
                                           " ORDER BY code"),
            "MTTQ|mat-tran\nTDTN|doan-the\n");
}

}  // namespace
}  // namespace baocao::test
