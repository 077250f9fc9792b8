// The ND30 two-signature workflow end to end, with real tokens: a report
// rendered with its number and date left for the văn thư, signed by the
// leader through one SoftHSM2 token (approval, signature image only), then
// issued by the văn thư through another (number and date filled in, the
// organisation's signature with the seal over the left third of the
// leader's image), and appendices and copies with the text signature at the
// top right. Checked with pdfsig, pdftotext, qpdf, and pixels of pdftoppm.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "tests/engine/sign/sign_lab.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::string at(const std::string& name) {
  return sh_quote((SignLab::get() / name).string());
}

Result leader_signs(const std::string& in, const std::string& out) {
  const SignLab& lab = SignLab::get();
  return run(lab.token_env() + "BAOCAO_TEST_PIN=" + kLeaderPin + " " + sh_quote(baocao_exe()) +
             " --lang en sign " + at(in) + " --out " + at(out) + " " + lab.leader_sign_options() +
             " --image " + at("chu-ky.png") + " --reason 'Phê duyệt báo cáo'");
}

Result clerk_issues(const std::string& in, const std::string& out, const std::string& extra) {
  const SignLab& lab = SignLab::get();
  return run(lab.token_env() + "BAOCAO_TEST_PIN=" + kOrgPin + " " + sh_quote(baocao_exe()) +
             " --lang en issue " + at(in) + " --out " + at(out) + " " + lab.org_sign_options() + " " + extra);
}

// A page of `pdf` in colour at 70 dpi (pdftoppm -singlefile, binary PPM).
struct ColourPage {
  int width = 0, height = 0;
  std::string rgb;
  const unsigned char* px(int x, int y) const {
    return reinterpret_cast<const unsigned char*>(rgb.data()) + (static_cast<std::size_t>(y) * width + x) * 3;
  }
};
ColourPage colour_page(const std::string& pdf, int page) {
  const SignLab& lab = SignLab::get();
  lab.sh("pdftoppm -r 70 -singlefile -f " + std::to_string(page) + " -l " + std::to_string(page) + " " +
         at(pdf) + " trang && pdftoppm -png -r 70 -singlefile -f " + std::to_string(page) + " -l " +
         std::to_string(page) + " " + at(pdf) + " " + at(pdf + "-trang"));
  std::string data = read_file(lab / "trang.ppm");
  std::istringstream in(data);
  std::string magic;
  int max = 0;
  ColourPage p;
  in >> magic >> p.width >> p.height >> max;
  in.get();
  p.rgb = data.substr(static_cast<std::size_t>(in.tellg()));
  EXPECT_EQ(magic, "P6");
  EXPECT_EQ(p.rgb.size(), static_cast<std::size_t>(p.width) * p.height * 3);
  return p;
}

// Bounding box in points (x right, y down from the top) of the pixels `is`
// accepts.
struct PtBox {
  double x0 = 1e9, y0 = 1e9, x1 = -1, y1 = -1;
  double cx() const { return (x0 + x1) / 2; }
  double cy() const { return (y0 + y1) / 2; }
  bool empty() const { return x1 < 0; }
};
template <class Pred>
PtBox ink(const ColourPage& p, Pred is) {
  PtBox b;
  for (int y = 0; y < p.height; ++y)
    for (int x = 0; x < p.width; ++x)
      if (is(p.px(x, y))) {
        b.x0 = std::min(b.x0, x * 72.0 / 70);
        b.x1 = std::max(b.x1, (x + 1) * 72.0 / 70);
        b.y0 = std::min(b.y0, y * 72.0 / 70);
        b.y1 = std::max(b.y1, (y + 1) * 72.0 / 70);
      }
  return b;
}
bool blue(const unsigned char* c) {
  return c[2] > 120 && c[0] < 100 && c[1] < 100;
}
bool red(const unsigned char* c) {
  return c[0] > 150 && c[1] < 100 && c[2] < 100;
}

// The words of pdftotext -bbox on `page`: text, xMin, yMin, xMax, yMax.
struct Word {
  std::string text;
  double x0, y0, x1, y1;
};
std::vector<Word> words(const std::string& pdf, int page) {
  std::string xml = SignLab::get().sh("pdftotext -bbox -f " + std::to_string(page) + " -l " +
                                      std::to_string(page) + " " + at(pdf) + " -");
  std::vector<Word> out;
  std::regex word(
      R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
  for (std::sregex_iterator it(xml.begin(), xml.end(), word), end; it != end; ++it)
    out.push_back(
        {(*it)[5], std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4])});
  return out;
}
const Word* find_word(const std::vector<Word>& ws, const std::string& text, bool last = false) {
  const Word* found = nullptr;
  for (const auto& w : ws)
    if (w.text == text && (!found || last)) found = &w;
  return found;
}

TEST(Issue, RenderedReportLeavesFieldsForNumberAndDate) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-o.pdf");
  std::string fields = lab.sh(R"(/usr/bin/python3 -c "
import pikepdf
p = pikepdf.open('bc-o.pdf')
for f in p.Root.AcroForm.Fields:
    print(str(f.T), str(f.FT), 'ro' if int(f.get('/Ff', 0)) & 1 else 'rw', '/V' in f)
")");
  EXPECT_NE(fields.find("NguoiKy /Sig"), std::string::npos) << fields;
  EXPECT_NE(fields.find("SoVanBan /Tx ro False"), std::string::npos) << fields;
  EXPECT_NE(fields.find("NgayBanHanh /Tx ro False"), std::string::npos) << fields;
  Result check = run("qpdf --check " + at("bc-o.pdf"));
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  std::string text = lab.sh("pdftotext -l 1 " + at("bc-o.pdf") + " -");
  EXPECT_NE(text.find("Lâm Đồng,"), std::string::npos) << text;
  EXPECT_EQ(text.find("ngày"), text.find("ngày 07/11/2022")) << "no date in the header yet: " << text;
  // A dated report with its number printed has neither field.
  lab.report("bc-co-so.pdf", true, true);
  std::string none = lab.sh(R"py(/usr/bin/python3 -c "
import pikepdf
p = pikepdf.open('bc-co-so.pdf')
print(sorted(str(f.T) for f in p.Root.AcroForm.Fields))")py");
  EXPECT_EQ(none, "['NguoiKy']\n");
}

TEST(Issue, LeaderThenVanThuTwoValidSignaturesNumberDateAndSealInPlace) {
  const SignLab& lab = SignLab::get();
  const fs::path report = lab.report("bc.pdf");
  Result leader = leader_signs("bc.pdf", "bc-lanh-dao.pdf");
  ASSERT_EQ(leader.status, 0) << leader.err;
  std::string sig = lab.pdfsig(lab / "bc-lanh-dao.pdf");
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  // The leader's appearance is the image only (ND30): no "Ký bởi" text.
  EXPECT_EQ(lab.sh("pdftotext " + at("bc-lanh-dao.pdf") + " -").find("Ký bởi"), std::string::npos);

  Result issued = clerk_issues("bc-lanh-dao.pdf", "bc-phat-hanh.pdf",
                               "--number 7 --date 2025-12-11 --seal " + at("con-dau-300dpi.png"));
  ASSERT_EQ(issued.status, 0) << issued.err;
  // One incremental update after the leader's: everything before is untouched.
  const std::string signed_once = read_file(lab / "bc-lanh-dao.pdf"),
                    both = read_file(lab / "bc-phat-hanh.pdf");
  EXPECT_EQ(both.compare(0, signed_once.size(), signed_once), 0);
  EXPECT_EQ(count_of(both.substr(signed_once.size()), "startxref"), 1);

  sig = lab.pdfsig(lab / "bc-phat-hanh.pdf");
  EXPECT_EQ(count_of(sig, "Signature is Valid."), 2) << sig;
  EXPECT_EQ(count_of(sig, "Certificate is Trusted"), 2) << sig;
  EXPECT_EQ(count_of(sig, "Total document signed"), 1) << sig;
  EXPECT_NE(sig.find("Total document signed"), std::string::npos);
  EXPECT_GT(sig.find("Total document signed"), sig.find("Signature #2"))
      << "the last one covers the file: " << sig;
  EXPECT_NE(sig.find("Signature Field Name: CoQuanBanHanh"), std::string::npos) << sig;
  Result check = run("qpdf --check " + at("bc-phat-hanh.pdf"));
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  EXPECT_EQ((check.out + check.err).find("WARNING"), std::string::npos) << check.out;

  // The number and the date, in the header where layout left them.
  std::string text = lab.sh("pdftotext -l 1 " + at("bc-phat-hanh.pdf") + " -");
  EXPECT_NE(text.find("Số: 07/BC-SGDĐT"), std::string::npos) << text;
  EXPECT_NE(text.find("Lâm Đồng, ngày 11 tháng 12 năm 2025"), std::string::npos) << text;
  auto ws = words("bc-phat-hanh.pdf", 1);
  const Word *so = find_word(ws, "Số:"), *ngay = find_word(ws, "ngày");
  const Word* num = find_word(ws, "07") ? find_word(ws, "07") : find_word(ws, "07/BC-SGDĐT");
  ASSERT_TRUE(so && num && ngay);
  EXPECT_NEAR(num->y1, so->y1, 1.5) << "the number sits on the line of Số:";
  EXPECT_NEAR(ngay->y1, so->y1 + 1, 2.5) << "the date sits on the same row (14 pt beside 13 pt)";
  EXPECT_NEAR(num->y1 - num->y0, so->y1 - so->y0, 0.5) << "the number in the document's size";

  Result verify = run(sh_quote(baocao_exe()) + " --lang en verify " + at("bc-phat-hanh.pdf") + " --trust " +
                      at("ca.pem"));
  EXPECT_EQ(verify.status, 0) << verify.out << verify.err;
  EXPECT_NE(verify.out.find("Signature 1 (NguoiKy):\n  Role: the signing authority (approval)"),
            std::string::npos)
      << verify.out;
  EXPECT_NE(
      verify.out.find("Signature 2 (CoQuanBanHanh):\n  Role: the issuing body (issuance by the văn thư)"),
      std::string::npos)
      << verify.out;
  EXPECT_NE(
      verify.out.find("Added after signing: filled field SoVanBan = 07; filled field NgayBanHanh = ngày 11 "
                      "tháng 12 năm 2025; signature CoQuanBanHanh"),
      std::string::npos)
      << verify.out;
  EXPECT_NE(verify.out.find("All 2 signatures are valid."), std::string::npos) << verify.out;

  // Page image: the blue signature centred between the position line and
  // the name; the red seal, 35 mm as scanned, over its left third.
  std::string where =
      lab.sh("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/signature_fields.py").string()) + " " +
             at("bc-phat-hanh.pdf"));
  std::smatch m;
  ASSERT_TRUE(std::regex_search(where, m, std::regex("NguoiKy\\|1\\|([0-9]+)\\|"))) << where;
  const int page = std::stoi(m[1]);
  std::string block =
      lab.sh("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/signature_fields.py").string()) + " " +
             at("bc-phat-hanh.pdf") + " " + std::to_string(page) + " 'Nguyễn Văn An'");
  double name_x0 = 0, name_x1 = 0, name_top = 0, above_bottom = 0;
  ASSERT_EQ(std::sscanf(block.c_str(), "%lf|%lf|%lf|%lf", &name_x0, &name_x1, &name_top, &above_bottom), 4)
      << block;
  ColourPage p = colour_page("bc-phat-hanh.pdf", page);
  const double page_h = p.height * 72.0 / 70;
  PtBox b = ink(p, blue), r = ink(p, red);
  ASSERT_FALSE(b.empty());
  ASSERT_FALSE(r.empty());
  // PDF y (up) of the room between the position line and the name.
  const double room_mid = (above_bottom + name_top) / 2;
  EXPECT_NEAR(page_h - b.cy(), room_mid, 6) << "blue between position and name";
  EXPECT_GT(page_h - b.y1, name_top - 2);
  EXPECT_LT(page_h - b.y0, above_bottom + 2);
  EXPECT_NEAR(b.cx(), (name_x0 + name_x1) / 2, 6) << "blue centred over the name";
  EXPECT_NEAR(r.x1, b.x0 + (b.x1 - b.x0) / 3, 5) << "seal over the left third";
  EXPECT_NEAR(r.x1 - r.x0, 35 * 0.94 * 72 / 25.4, 5) << "seal at its actual size";
  EXPECT_NEAR(r.cy(), b.cy(), 6);

  // One byte of the first revision (the rendered report) changed: both invalid.
  std::string tampered = both;
  tampered[fs::file_size(report) / 3] ^= 0x01;
  write_file(lab / "bc-sua.pdf", tampered);
  sig = lab.pdfsig(lab / "bc-sua.pdf");
  EXPECT_EQ(count_of(sig, "Signature #"), 2) << sig;
  EXPECT_EQ(count_of(sig, "Signature is Valid."), 0) << sig;
  EXPECT_NE(run(sh_quote(baocao_exe()) + " verify " + at("bc-sua.pdf")).status, 0);
}

TEST(Issue, RefusedBeforeTheLeaderSignsTwiceOrWithoutAField) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-chua-ky.pdf");
  Result early = clerk_issues("bc-chua-ky.pdf", "bc-chua-ky-ph.pdf", "--number 8");
  EXPECT_EQ(early.status, 3) << early.err;
  EXPECT_NE(early.err.find("the leader signs first"), std::string::npos) << early.err;
  EXPECT_FALSE(fs::exists(lab / "bc-chua-ky-ph.pdf"));

  ASSERT_EQ(leader_signs("bc-chua-ky.pdf", "bc-ld.pdf").status, 0);
  Result bad = clerk_issues("bc-ld.pdf", "bc-ld-ph.pdf", "--number 12a");
  EXPECT_EQ(bad.status, 2) << bad.err;
  ASSERT_EQ(clerk_issues("bc-ld.pdf", "bc-ld-ph.pdf", "--number 8 --seal " + at("con-dau.png")).status, 0);
  // No --date: the day of signing, in Vietnam.
  EXPECT_NE(lab.sh("pdftotext -l 1 " + at("bc-ld-ph.pdf") + " -").find("Lâm Đồng, ngày "), std::string::npos);
  Result again = clerk_issues("bc-ld-ph.pdf", "bc-ld-ph2.pdf", "--number 9");
  EXPECT_EQ(again.status, 3) << again.err;
  EXPECT_NE(again.err.find("issued already"), std::string::npos) << again.err;

  // Dated with its number blank: the number is filled, a --date is refused.
  lab.report("bc-co-ngay.pdf", false, true);
  ASSERT_EQ(leader_signs("bc-co-ngay.pdf", "bc-co-ngay-ld.pdf").status, 0);
  Result dated = clerk_issues("bc-co-ngay-ld.pdf", "bc-co-ngay-ph.pdf", "--number 15 --date 2025-12-11");
  EXPECT_EQ(dated.status, 3) << dated.err;
  EXPECT_NE(dated.err.find("no field NgayBanHanh"), std::string::npos) << dated.err;
  Result number_only = clerk_issues("bc-co-ngay-ld.pdf", "bc-co-ngay-ph.pdf", "--number 15");
  ASSERT_EQ(number_only.status, 0) << number_only.err;
  std::string text = lab.sh("pdftotext -l 1 " + at("bc-co-ngay-ph.pdf") + " -");
  EXPECT_TRUE(std::regex_search(text, std::regex("Số: ?15 ?/BC-SGDĐT"))) << text;
  EXPECT_NE(text.find("Lâm Đồng, ngày 10 tháng 12 năm 2025"), std::string::npos) << text;
}

// Appendices in their own file and electronic copies: the organisation's
// signature as 10 pt text at the top right of page 1, no image.
TEST(Issue, AppendixAndCopyCarryTheTextSignatureTopRight) {
  const SignLab& lab = SignLab::get();
  lab.report("phu-luc.pdf", true, true);
  Result r = clerk_issues("phu-luc.pdf", "phu-luc-ky.pdf", "--attachment --number 7 --symbol BC-SGDĐT");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string sig = lab.pdfsig(lab / "phu-luc-ky.pdf");
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  EXPECT_NE(sig.find("Signature Field Name: CoQuanPhuLuc"), std::string::npos) << sig;
  auto ws = words("phu-luc-ky.pdf", 1);
  const Word* number = find_word(ws, "07/BC-SGDĐT");
  const Word* body = find_word(ws, "Thực");  // the first paragraph, 14 pt
  ASSERT_TRUE(number && body);
  const Word* time = nullptr;
  for (const auto& w : ws)
    if (std::regex_match(w.text, std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00)"))) time = &w;
  ASSERT_TRUE(time);
  const double page_w = 595.28;
  EXPECT_NEAR(number->x1, page_w - 20 * 72 / 25.4, 3) << "right edge at the right margin";
  EXPECT_NEAR(time->x1, page_w - 20 * 72 / 25.4, 3);
  EXPECT_LT(time->y1, 20 * 72 / 25.4) << "inside the top margin";
  EXPECT_LT(number->y1, time->y0 + 1) << "number above the time";
  EXPECT_NEAR((number->y1 - number->y0) / (body->y1 - body->y0), 10.0 / 14, 0.04) << "10 pt against 14 pt";
  ColourPage p = colour_page("phu-luc-ky.pdf", 1);
  EXPECT_TRUE(ink(p, blue).empty());
  EXPECT_TRUE(ink(p, red).empty());

  Result copy = clerk_issues("phu-luc.pdf", "ban-sao.pdf", "--copy sao-y");
  ASSERT_EQ(copy.status, 0) << copy.err;
  std::string text = lab.sh("pdftotext -l 1 " + at("ban-sao.pdf") + " -");
  EXPECT_NE(text.find("SAO Y"), std::string::npos) << text;
  EXPECT_NE(text.find("Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"), std::string::npos) << text;
  Result verify = run(sh_quote(baocao_exe()) + " --lang en verify " + at("ban-sao.pdf"));
  EXPECT_NE(verify.out.find("Role: the body making the copy (electronic copy)"), std::string::npos)
      << verify.out;
  Result bad = clerk_issues("phu-luc.pdf", "ban-sao-2.pdf", "--copy sao-chep");
  EXPECT_EQ(bad.status, 2) << bad.err;
}

}  // namespace
}  // namespace baocao::test
