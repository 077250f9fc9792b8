// The cycle library in-process: who issues and signs each document (the
// issuers register), one document per deadline, facts as of each
// document's date, and a second province's documents free of the sample's.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "engine/core/diagnostic.hpp"
#include "engine/cycle/run.hpp"
#include "tests/engine/cycle/cycle_fixture.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const std::string kCommunes = "2025-12-10-xa-bao-cao/37/";

fs::path sample(const std::string& name) {
  return source_dir() / "samples" / "ninh-binh" / name;
}

// Every commune's report carries its own signer from the register, and no
// report carries another unit's; without its row a report's name is blank
// and the run names it.
TEST(CycleIssuers, EachReportIsSignedByItsOwnUnitsSigner) {
  auto store = sample_store();
  CycleStore& s = *store;
  cycle::RunReport r = run(s, sample_run(s, "2025-12-10"));
  const auto signers = register_signers(sample("co-quan-ban-hanh.csv"));
  std::map<std::string, std::string> by_code(signers.begin(), signers.end());
  int reports = 0;
  for (const auto& e : fs::directory_iterator(s.out() / kCommunes)) {
    const std::string name = e.path().filename().string();
    if (name.size() < 12 || name.substr(name.size() - 12) != "-bao-cao.pdf") continue;
    const std::string code = name.substr(0, name.size() - 12);
    const std::string text = pdf_flat_text(e.path());
    ASSERT_TRUE(by_code.count(code)) << code;
    EXPECT_NE(text.find(by_code[code]), std::string::npos) << code << " lacks its signer " << by_code[code];
    for (const auto& [other, signer] : signers) {
      if (other == code) continue;
      EXPECT_EQ(text.find(signer), std::string::npos) << code << " names " << other << "'s signer";
    }
    ++reports;
  }
  EXPECT_EQ(reports, 55) << "the communes that had reported by 10/12";
  EXPECT_TRUE(r.without_signer.empty());

  // Phủ Lý's row removed from the register: its report keeps a blank name.
  std::ifstream in(sample("co-quan-ban-hanh.csv"));
  std::string line, kept;
  while (std::getline(in, line))
    if (line.rfind("13285,", 0) != 0) kept += line + "\n";
  write_file(s.dir / "so-ca.csv", kept);
  import_issuers(*s.store, s.dir / "so-ca.csv");
  r = run(s, sample_run(s, "2025-12-10"));
  ASSERT_EQ(r.without_signer.size(), 1u);
  EXPECT_EQ(r.without_signer[0].unit_code, "13285");
  EXPECT_EQ(r.without_signer[0].file, kCommunes + "13285-bao-cao.pdf");
  const std::string text = pdf_flat_text(s.out() / kCommunes / "13285-bao-cao.pdf");
  EXPECT_EQ(text.find(by_code["13285"]), std::string::npos);
  for (const auto& [other, signer] : signers) EXPECT_EQ(text.find(signer), std::string::npos) << other;
  EXPECT_NE(text.find("TM. ỦY BAN NHÂN DÂN"), std::string::npos) << "the authority stays: " << text;
}

// The 15/12 document is the province's own report to the ministry: another
// issuer, symbol and recipients than the Sở's 10/12 consolidated report, and
// nothing asking communes to report.
TEST(CycleDeadlines, FifteenthIsTheProvincesReportToTheMinistry) {
  auto store = sample_store();
  CycleStore& s = *store;
  run(s, sample_run(s, "2025-12-10"));
  run(s, sample_run(s, "2025-12-15"));
  const std::string tenth = pdf_flat_text(s.out() / kCommunes / "tong-hop.pdf");
  const std::string fifteenth = pdf_flat_text(s.out() / "2025-12-15-tinh-bao-cao/37-bao-cao.pdf");
  EXPECT_NE(tenth.find("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), std::string::npos) << tenth;
  EXPECT_NE(tenth.find("/BC-SGDĐT"), std::string::npos) << tenth;
  EXPECT_NE(tenth.find("Ủy ban nhân dân tỉnh Ninh Bình (để b/c);"), std::string::npos) << tenth;
  EXPECT_NE(tenth.find("chưa gửi báo cáo"), std::string::npos) << tenth;

  // The header's issuing body, broken before the unit (ND30: the unit's name on its own line).
  EXPECT_LT(fifteenth.find("ỦY BAN NHÂN DÂN"), 5u) << "the header's issuing body: " << fifteenth;
  EXPECT_NE(fifteenth.find("TỈNH NINH BÌNH"), std::string::npos) << fifteenth;
  EXPECT_EQ(fifteenth.find("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), std::string::npos) << fifteenth;
  EXPECT_NE(fifteenth.find("/BC-UBND"), std::string::npos) << fifteenth;
  EXPECT_EQ(fifteenth.find("/BC-SGDĐT"), std::string::npos) << fifteenth;
  EXPECT_NE(fifteenth.find("Bộ Giáo dục và Đào tạo (để b/c);"), std::string::npos) << fifteenth;
  EXPECT_EQ(tenth.find("Bộ Giáo dục và Đào tạo (để b/c);"), std::string::npos) << tenth;
  for (const char* line : {"TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"})
    EXPECT_NE(fifteenth.find(line), std::string::npos) << line;
  EXPECT_NE(tenth.find("KT. GIÁM ĐỐC"), std::string::npos) << tenth;
  EXPECT_EQ(fifteenth.find("KT. GIÁM ĐỐC"), std::string::npos) << fifteenth;
  EXPECT_EQ(fifteenth.find("chưa gửi báo cáo"), std::string::npos) << fifteenth;
  EXPECT_EQ(fifteenth.find("gửi báo cáo đúng thời hạn"), std::string::npos) << fifteenth;
}

// A receipt dated D+1 is not counted in a document dated D (neither as
// received nor in the sums), and is counted in one dated D+1.
TEST(CycleFacts, AReceiptCountsFromItsDayOn) {
  auto store = sample_store();
  CycleStore& s = *store;
  // Phường Phủ Lý (13285) received on 11/12; everyone else as the register says.
  std::ifstream in(sample("da-nhan-2025.csv"));
  std::string line, reg;
  while (std::getline(in, line))
    reg += line.rfind("13285,", 0) == 0 ? "13285,2025,11/12/2025,so-lieu-13285.xlsx,\n" : line + "\n";
  write_file(s.dir / "da-nhan.csv", reg);
  cycle::RunOptions o = sample_run(s, "2025-12-10");
  o.submissions = {s.dir / "da-nhan.csv"};
  run(s, o);
  std::string on_the_day = pdf_flat_text(s.out() / kCommunes / "tong-hop.pdf");
  std::string letter = pdf_flat_text(s.out() / kCommunes / "cong-van-don-doc.pdf");
  EXPECT_FALSE(fs::exists(s.out() / kCommunes / "13285-bao-cao.pdf")) << "not received by 10/12";
  EXPECT_NE(on_the_day.find("Đến ngày 10/12/2025, còn 6 đơn vị chưa gửi báo cáo"), std::string::npos) << on_the_day;
  EXPECT_NE(on_the_day.find("Tổng hợp báo cáo của 54/60 xã, phường"), std::string::npos) << on_the_day;
  EXPECT_NE(letter.find("Phường Phủ Lý"), std::string::npos) << letter;
  // Phủ Lý's 6.026 recognised families are not in the 10/12 total.
  const std::string families = "gia đình được công nhận Gia đình học tập";
  ASSERT_NE(on_the_day.find(families), std::string::npos) << on_the_day;
  const std::string total_without = on_the_day.substr(on_the_day.find(families) - 20, 80);

  write_file(s.dir / "ngay.json", "{\"ngay\": \"2025-12-11\"}");
  o.vars = s.dir / "ngay.json";
  o.out = s.dir / "out-11";
  run(s, o);
  std::string next_day = pdf_flat_text(o.out / kCommunes / "tong-hop.pdf");
  EXPECT_TRUE(fs::exists(o.out / kCommunes / "13285-bao-cao.pdf"));
  EXPECT_NE(next_day.find("Đến ngày 11/12/2025, còn 5 đơn vị chưa gửi báo cáo"), std::string::npos) << next_day;
  EXPECT_NE(next_day.find("Phường Phủ Lý 11/12/2025 Gửi muộn"), std::string::npos) << next_day;
  ASSERT_NE(next_day.find(families), std::string::npos) << next_day;
  const std::string total_with = next_day.substr(next_day.find(families) - 20, 80);
  EXPECT_NE(total_without, total_with) << "Phủ Lý's figures join the sums once received";
}

// A plan level that names no unit of the list is an error naming it.
TEST(CycleDeadlines, APlanLevelWithoutUnitsIsNamed) {
  auto store = sample_store();
  CycleStore& s = *store;
  write_file(s.dir / "kh.json",
             "{\"cap\": [\"tỉnh\", \"huyện\"], \"han_nop\": [{\"ma\": \"huyen-bao-cao\", \"tu_cap\": \"huyện\", "
             "\"den_cap\": \"tỉnh\", \"ngay\": \"10/12\", \"mau\": \"bao-cao-xa\"}]}");
  cycle::RunOptions o = sample_run(s, "2025-12-10");
  o.plan = s.dir / "kh.json";
  try {
    run(s, o);
    FAIL() << "a district level in 2025 has no units";
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::data);
    EXPECT_NE(e.render(Lang::vi).find("không có đơn vị cấp 'huyện' nào ngày 2025-12-10"), std::string::npos)
        << e.render(Lang::vi);
  }
}

// A province other than the sample (a thành phố and a tỉnh of different
// sizes), with its own register: no word of the sample's province, issuer
// or people in any of its documents.
class SecondProvince : public ::testing::TestWithParam<const char*> {};

TEST_P(SecondProvince, CarriesNoneOfTheSamplesNamesOrWording) {
  auto store = province_store(GetParam());
  CycleStore& s = *store;
  cycle::RunOptions o;
  o.cycle = 2025;
  o.out = s.out();
  o.threads = 2;
  cycle::RunReport r = run(s, o);
  EXPECT_TRUE(r.without_signer.empty());
  std::set<std::string> sample_words = {"Ninh Bình", "NINH BÌNH", "Phủ Lý", "Hà Nam", "Nam Định", "145/KH-UBND",
                                          "186/KH-UBND", "2150/SGDĐT"};
  // The sample's people (made-up names from one pool: a name both
  // registers happen to draw belongs to this province too).
  const auto own = register_signers(s.dir / "co-quan-ban-hanh.csv");
  std::set<std::string> own_names;
  for (const auto& [code, signer] : own) own_names.insert(signer);
  for (const auto& [code, signer] : register_signers(sample("co-quan-ban-hanh.csv")))
    if (!own_names.count(signer)) sample_words.insert(signer);
  const bool city = std::string(GetParam()) == "46";
  int pdfs = 0;
  for (const auto& e : fs::recursive_directory_iterator(s.out())) {
    if (e.path().extension() != ".pdf") continue;
    ++pdfs;
    const std::string text = pdf_flat_text(e.path());
    for (const std::string& w : sample_words) EXPECT_EQ(text.find(w), std::string::npos) << e.path() << ": " << w;
    if (city) {
      EXPECT_EQ(text.find("tỉnh"), std::string::npos) << e.path() << " says tỉnh of a thành phố: " << text;
      EXPECT_EQ(text.find("TỈNH"), std::string::npos) << e.path() << ": " << text;
    }
  }
  EXPECT_GT(pdfs, 30);
  const std::string consolidated = pdf_flat_text(s.out() / ("2025-12-10-xa-bao-cao/" + std::string(GetParam())) / "tong-hop.pdf");
  EXPECT_NE(consolidated.find(city ? "trên địa bàn thành phố Huế" : "trên địa bàn tỉnh Lâm Đồng"), std::string::npos)
      << consolidated;
  // Each of its communes' reports names its own signer.
  for (const auto& [code, signer] : own) {
    const fs::path report = s.out() / ("2025-12-10-xa-bao-cao/" + std::string(GetParam())) / (code + "-bao-cao.pdf");
    if (!fs::exists(report)) continue;
    EXPECT_NE(pdf_flat_text(report).find(signer), std::string::npos) << report;
  }
}

INSTANTIATE_TEST_SUITE_P(ThanhPhoAndTinh, SecondProvince, ::testing::Values("46", "68"));

}  // namespace
}  // namespace baocao::test
