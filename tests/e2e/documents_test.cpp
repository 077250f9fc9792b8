// The shipped Kế hoạch and Báo cáo read like the reference plans
// (../shared/reference-docs): the sample's whole cycle (`baocao run`, the
// store scripts/demo makes, the sample's wording file) read back with
// pdftotext: the legal basis (the national decisions, one provincial plan
// cited everywhere), the sections, sentences built from the indicator
// catalogue's wording whose verdicts agree with their own figures, the
// closing lines and "./.".
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// pdftotext of a PDF: its pages (form feeds apart), each with line breaks
// and repeated spaces made one space.
std::vector<std::string> pages_of(const fs::path& pdf) {
  Result r = run("pdftotext " + sh_quote(pdf.string()) + " - 2>/dev/null");
  EXPECT_EQ(r.status, 0) << pdf;
  std::vector<std::string> pages(1);
  for (char c : r.out) {
    if (c == '\f') {
      pages.emplace_back();
      continue;
    }
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    std::string& p = pages.back();
    if (c == ' ' && (p.empty() || p.back() == ' ')) continue;
    p += c;
  }
  while (!pages.empty() && pages.back().empty()) pages.pop_back();
  return pages;
}

std::string flat(const fs::path& pdf) {
  std::string all;
  for (const std::string& p : pages_of(pdf)) all += p + " ";
  return all;
}

// The recipients under "Nơi nhận:" as pdftotext -layout prints them: the
// lines of the page's left column that start with "- ".
int recipients(const fs::path& pdf) {
  Result r = run("pdftotext -layout " + sh_quote(pdf.string()) + " - 2>/dev/null");
  const std::size_t from = r.out.find("Nơi nhận:");
  if (from == std::string::npos) return -1;
  const std::size_t to = r.out.find('\f', from);
  std::istringstream lines(r.out.substr(from, to == std::string::npos ? std::string::npos : to - from));
  int n = 0;
  for (std::string line; std::getline(lines, line);)
    if (std::size_t lead = line.find_first_not_of(' '); lead < 8 && line.compare(lead, 2, "- ") == 0) ++n;
  return n;
}

// The sample's whole cycle once for the suite: every deadline, with the
// bodies, the 2024 figures of the three old provinces and the wording file.
class SampleDocuments : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    for (const std::string& cmd :
         {"import " + sample("so-lieu-xa-2025.csv") + " " + sample("chi-tieu.csv") + " --period 2025 --db kho.db",
          "import --units " + sample("don-vi.csv") + " " + sample("so-lieu-tinh-2024.csv") +
              " --period 2024 --db kho.db",
          "import --bodies " + sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") +
              " --plan " + sample("ke-hoach-2025.json") + " --db kho.db",
          "import " + sample_path("co-quan-gui").string() + "/*.xlsx --period 2025 --db kho.db",
          "import " + sample("bieu-so-noi-vu-2025.xlsx") + " --mapping " + sample("anh-xa-so-noi-vu.json") +
              " --period 2025 --db kho.db",
          "run --cycle 2025 --db kho.db --vars " + sample("bien-2025.json") + " --units " + sample("don-vi.csv") +
              " --submissions " + sample("da-nhan-2025.csv") + " --submissions " +
              sample("da-nhan-co-quan-2025.csv") + " --out out"}) {
      Result r = in_dir(*dir_, baocao_cmd(cmd));
      ASSERT_EQ(r.status, 0) << cmd << "\n" << r.out << r.err;
    }
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static fs::path out(const std::string& rel) { return dir_->path() / "out" / rel; }
  static std::vector<fs::path> pdfs() {
    std::vector<fs::path> all;
    for (const auto& e : fs::recursive_directory_iterator(dir_->path() / "out"))
      if (e.path().extension() == ".pdf") all.push_back(e.path());
    std::sort(all.begin(), all.end());
    return all;
  }
  static TempDir* dir_;
};
TempDir* SampleDocuments::dir_ = nullptr;

const char* const kPlan = "Kế hoạch số 186/KH-UBND ngày 15/9/2025 của Ủy ban nhân dân tỉnh về xây dựng xã hội học tập "
                          "tỉnh Ninh Bình giai đoạn 2025 - 2030";

// One provincial plan throughout the sample: every plan number any document
// cites is the sample plan's (a document's own number is blank in a draft),
// never Nam Định's 145/KH-UBND nor the old Ninh Bình's 152/KH-UBND.
TEST_F(SampleDocuments, EveryDocumentCitesTheOneProvincialPlan) {
  const std::regex cited("[Kk]ế hoạch số ([0-9]+)/KH-");
  int citing = 0;
  const auto all = pdfs();
  ASSERT_EQ(all.size(), 70u) << "57 communes, 9 bodies and the documents of the province";
  for (const fs::path& pdf : all) {
    const std::string text = flat(pdf);
    EXPECT_EQ(text.find("145/KH"), std::string::npos) << pdf;
    EXPECT_EQ(text.find("152/KH"), std::string::npos) << pdf;
    std::set<std::string> numbers;
    for (std::sregex_iterator m(text.begin(), text.end(), cited), end; m != end; ++m) numbers.insert((*m)[1]);
    EXPECT_LE(numbers.size(), 1u) << pdf;
    if (!numbers.empty()) {
      EXPECT_EQ(*numbers.begin(), "186") << pdf;
      EXPECT_NE(text.find(kPlan), std::string::npos) << pdf << ": the plan cited in full\n" << text;
      ++citing;
    }
  }
  EXPECT_EQ(citing, static_cast<int>(all.size())) << "every document cites the plan it carries out";
}

// The Kế hoạch năm 2026 of the UBND tỉnh: five pages or more before its
// Phụ lục, the sections of the reference plans, the figures of the targets
// file, each body's duties with its reporting date, the closing lines.
TEST_F(SampleDocuments, KeHoachReadsLikeTheReferencePlans) {
  const fs::path pdf = out("2025-12-30-co-quan-bao-cao/37/ke-hoach.pdf");
  const auto pages = pages_of(pdf);
  std::size_t signed_on = pages.size();
  for (std::size_t i = 0; i < pages.size(); ++i)
    if (pages[i].find("Nơi nhận:") != std::string::npos) signed_on = i;
  ASSERT_LT(signed_on, pages.size());
  EXPECT_GE(signed_on + 1, 5u) << "the plan itself (without its Phụ lục) runs 5 pages or more";
  const std::string text = flat(pdf);
  // The legal basis: the national decisions with numbers and dates, the province's plan.
  for (const char* basis :
       {"Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/7/2021 của Thủ tướng Chính phủ phê duyệt Đề án “Xây dựng xã hội học "
        "tập giai đoạn 2021 - 2030”;",
        "Căn cứ Quyết định số 387/QĐ-TTg ngày 25/3/2022 của Thủ tướng Chính phủ",
        "Căn cứ Quyết định số 677/QĐ-TTg ngày 03/6/2022 của Thủ tướng Chính phủ"})
    EXPECT_NE(text.find(basis), std::string::npos) << basis;
  EXPECT_NE(text.find("Thực hiện " + std::string(kPlan) + ";"), std::string::npos) << text;
  // The sections, in order.
  std::size_t at = 0;
  for (const char* section : {"I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu", "II. MỤC TIÊU", "1. Mục tiêu chung",
                              "2. Mục tiêu cụ thể", "a) Mục tiêu năm 2026", "b) Mục tiêu đến năm 2030",
                              "III. NHIỆM VỤ, GIẢI PHÁP", "IV. KINH PHÍ THỰC HIỆN", "V. TỔ CHỨC THỰC HIỆN",
                              "Trên đây là Kế hoạch xây dựng xã hội học tập năm 2026", "Nơi nhận:", "Phụ lục",
                              "DANH MỤC NHIỆM VỤ TRỌNG TÂM NĂM 2026"}) {
    const std::size_t found = text.find(section, at);
    EXPECT_NE(found, std::string::npos) << section << " (after position " << at << ")\n" << text;
    if (found != std::string::npos) at = found;
  }
  // 6 to 9 substantive tasks under III.
  const std::size_t tasks_from = text.find("III. NHIỆM VỤ, GIẢI PHÁP"), tasks_to = text.find("IV. KINH PHÍ");
  ASSERT_LT(tasks_from, tasks_to);
  const std::string tasks = text.substr(tasks_from, tasks_to - tasks_from);
  int numbered = 0;
  for (int n = 1; n <= 12; ++n)
    if (tasks.find(" " + std::to_string(n) + ". ") != std::string::npos) numbered = n;
  EXPECT_GE(numbered, 6) << tasks;
  EXPECT_LE(numbered, 9) << tasks;
  EXPECT_NE(tasks.find("Danh mục 13 nhiệm vụ trọng tâm năm 2026, đơn vị chủ trì, đơn vị phối hợp, thời gian thực "
                       "hiện và sản phẩm tại Phụ lục kèm theo Kế hoạch này."),
            std::string::npos)
      << tasks;
  // Targets in prose, from the targets file (2026 and 2030) and the 2025
  // results as of the plan's date (the store's figures on 30/12/2025).
  EXPECT_NE(text.find("Phấn đấu đến năm 2030, 80% gia đình được công nhận Gia đình học tập; 75% dòng họ được công nhận "
                      "Dòng họ học tập; 75% thôn, tổ dân phố được công nhận Cộng đồng học tập; 90% cơ quan, đơn vị "
                      "được công nhận Đơn vị học tập;"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Duy trì từ 55% trở lên gia đình được công nhận Gia đình học tập (năm 2025 đạt 73,0%);"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Phấn đấu 80% cơ quan, đơn vị được công nhận Đơn vị học tập (năm 2025 đạt 78,0%);"),
            std::string::npos)
      << text;
  // Each body its duties and the plan's reporting dates of 2026.
  const std::size_t org = text.find("V. TỔ CHỨC THỰC HIỆN");
  const std::string duties = text.substr(org, text.find("Trên đây là Kế hoạch") - org);
  for (const char* body : {"1. Sở Giáo dục và Đào tạo", "Sở Nội vụ", "Sở Tài chính", "Sở Khoa học và Công nghệ",
                           "Sở Văn hóa, Thể thao và Du lịch", "Sở Nông nghiệp và Môi trường",
                           "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Đề nghị Hội Liên hiệp Phụ nữ tỉnh",
                           "Đề nghị Tỉnh đoàn", "Hội Khuyến học tỉnh", "Ủy ban nhân dân các xã, phường"})
    EXPECT_NE(duties.find(body), std::string::npos) << body << "\n" << duties;
  EXPECT_NE(duties.find("Chủ trì thực hiện nhiệm vụ tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân "
                        "sách."),
            std::string::npos)
      << duties;
  EXPECT_NE(duties.find("Theo dõi, đánh giá và báo cáo các chỉ tiêu: tỷ lệ lao động đang làm việc đã qua đào tạo (chỉ "
                        "tiêu năm 2026: 71%)"),
            std::string::npos)
      << duties;
  EXPECT_NE(duties.find("Báo cáo kết quả thực hiện các nhiệm vụ, chỉ tiêu được giao về Sở Giáo dục và Đào tạo trước "
                        "ngày 30/12/2026."),
            std::string::npos)
      << duties;
  EXPECT_NE(duties.find("Trước ngày 10/12/2026, báo cáo kết quả xây dựng xã hội học tập năm 2026 về Sở Giáo dục và Đào "
                        "tạo để tổng hợp."),
            std::string::npos)
      << duties;
  EXPECT_NE(duties.find("Tham mưu Ủy ban nhân dân tỉnh Ninh Bình gửi báo cáo kết quả xây dựng xã hội học tập của tỉnh "
                        "về Bộ Giáo dục và Đào tạo trước ngày 15/12/2026."),
            std::string::npos)
      << duties;
  EXPECT_NE(text.find("phản ánh về Sở Giáo dục và Đào tạo để tổng hợp, báo cáo Ủy ban nhân dân tỉnh Ninh Bình xem xét, "
                      "chỉ đạo./."),
            std::string::npos)
      << text;
  const int n = recipients(pdf);
  EXPECT_GE(n, 10) << "recipients";
  EXPECT_LE(n, 17) << "recipients";
  EXPECT_NE(text.find("- Hội Khuyến học Việt Nam (để b/c);"), std::string::npos);
  EXPECT_NE(text.find("- Lưu: VT, KGVX."), std::string::npos);
}

// A verdict written next to a rate agrees with the two numbers it names:
// "đạt 73,0%, vượt chỉ tiêu 70%" has 73,0 > 70.
void expect_verdicts_agree(const fs::path& pdf, const std::string& text, int& sentences) {
  static const std::regex judged("đạt ([0-9]+(,[0-9])?)%, (vượt|chưa đạt|bằng) chỉ tiêu ([0-9]+)%");
  for (std::sregex_iterator m(text.begin(), text.end(), judged), end; m != end; ++m) {
    std::string rate = (*m)[1];
    for (char& c : rate)
      if (c == ',') c = '.';
    const double r = std::stod(rate), t = std::stod((*m)[4]);
    const std::string word = (*m)[3];
    if (word == "vượt") EXPECT_GT(r, t) << pdf << ": " << m->str();
    if (word == "chưa đạt") EXPECT_LT(r, t) << pdf << ": " << m->str();
    if (word == "bằng") EXPECT_NEAR(r, t, 0.05) << pdf << ": " << m->str();
    ++sentences;
  }
}

// Every Báo cáo of the cycle (the communes', the bodies', the Sở's
// consolidations, the province's to the ministry): cites the plan it carries out, states its
// results with the counted noun and a verdict its own figures bear out,
// closes with "Trên đây là báo cáo …./.".
TEST_F(SampleDocuments, BaoCaoCiteTheirBasisAndCloseAsOfficesDo) {
  int reports = 0, sentences = 0;
  for (const fs::path& pdf : pdfs()) {
    const std::string name = pdf.filename().string();
    if (name.find("bao-cao") == std::string::npos && name != "tong-hop.pdf") continue;
    ++reports;
    const std::string text = flat(pdf);
    EXPECT_NE(text.find("Thực hiện " + std::string(kPlan)), std::string::npos) << pdf << "\n" << text;
    EXPECT_NE(text.find("Trên đây là báo cáo"), std::string::npos) << pdf << "\n" << text;
    EXPECT_NE(text.find("./."), std::string::npos) << pdf;
    EXPECT_EQ(text.find("công nhận 6."), std::string::npos) << pdf << ": a count with no noun";
    expect_verdicts_agree(pdf, text, sentences);
  }
  EXPECT_GT(reports, 60);
  EXPECT_GT(sentences, 300);

  // A commune's report: the Sở's letter besides the plan, its results in sentences.
  const std::string commune = flat(out("2025-12-10-xa-bao-cao/37/13285-bao-cao.pdf"));
  EXPECT_NE(commune.find(std::string(kPlan) + "; Công văn số 2150/SGDĐT-GDTX ngày 14/11/2025 của Sở Giáo dục và Đào "
                                              "tạo về việc báo cáo kết quả xây dựng xã hội học tập năm 2025, Ủy ban "
                                              "nhân dân phường Phủ Lý báo cáo"),
            std::string::npos)
      << commune;
  EXPECT_NE(commune.find("- 6.026/7.069 gia đình được công nhận Gia đình học tập, đạt 85,2%, vượt chỉ tiêu 70%"),
            std::string::npos)
      << commune;
  EXPECT_NE(commune.find("Trên đây là báo cáo kết quả xây dựng xã hội học tập năm 2025 của Ủy ban nhân dân phường "
                         "Phủ Lý./."),
            std::string::npos)
      << commune;
  // The Sở's consolidation for the UBND tỉnh, and the province's report to the ministry.
  const std::string total = flat(out("2025-12-10-xa-bao-cao/37/tong-hop.pdf"));
  EXPECT_NE(total.find("Thực hiện " + std::string(kPlan) + "; trên cơ sở báo cáo của các xã, phường, Sở Giáo dục và "
                                                            "Đào tạo báo cáo"),
            std::string::npos)
      << total;
  EXPECT_NE(total.find("kính báo cáo Ủy ban nhân dân tỉnh Ninh Bình xem xét, chỉ đạo./."), std::string::npos) << total;
  const std::string province = flat(out("2025-12-15-tinh-bao-cao/37-bao-cao.pdf"));
  EXPECT_NE(province.find("kính báo cáo Bộ Giáo dục và Đào tạo./."), std::string::npos) << province;
}

}  // namespace
}  // namespace baocao::test
