// `baocao calendar` on the sample province, as a clerk would run it.
#include <gtest/gtest.h>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

Result calendar(const std::string& extra) {
  auto s = source_dir() / "samples/ninh-binh";
  return run(sh_quote(baocao_exe()) + " calendar --year 2025 --plan " + sh_quote((s / "ke-hoach-2025.json").string()) +
             " --units " + sh_quote((s / "don-vi.csv").string()) + " --submissions " +
             sh_quote((s / "da-nhan-2025.csv").string()) + " " + extra);
}

TEST(CalendarCommand, ListsDeadlinesWithWhoIsLateOrMissing) {
  Result r = calendar("--today 2025-12-16");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Số liệu tính từ ngày 01/01/2025 đến ngày 31/12/2025."), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("10/12/2025  xã → tỉnh: Báo cáo kết quả xây dựng xã hội học tập (60 đơn vị: 55 đúng hạn, 2 muộn, "
                       "3 chưa nộp)"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("Chưa nộp: Xã Bình Lục, Phường Vị Khê, Phường Yên Sơn"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Nộp muộn: Phường Lê Hồ (12/12/2025), Xã Giao Thuỷ (12/12/2025)"), std::string::npos) << r.out;
  // Deadlines in date order: the 30/11 inspection first.
  EXPECT_LT(r.out.find("30/11/2025"), r.out.find("10/12/2025"));
  EXPECT_LT(r.out.find("10/12/2025  xã"), r.out.find("15/12/2025  tỉnh → Bộ Giáo dục và Đào tạo"));
}

TEST(CalendarCommand, BeforeTheDeadlineNothingIsMissingYet) {
  Result r = calendar("--today 2025-12-05 --lang en");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Not yet due, not received:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("10/12/2025  xã → tỉnh: Báo cáo kết quả xây dựng xã hội học tập (60 unit(s): 55"), std::string::npos);
}

TEST(CalendarCommand, MissingPlanIsAClearError) {
  Result r = run(sh_quote(baocao_exe()) + " calendar --year 2025 --plan /khong/co.json --units x.csv");
  EXPECT_EQ(r.status, 3);
  EXPECT_NE(r.err.find("không tìm thấy kế hoạch '/khong/co.json'"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace baocao::test
