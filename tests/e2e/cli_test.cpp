// The command line as clerks' scripts call it: help, language, exit statuses.
#include <gtest/gtest.h>

#include "tests/support/process.hpp"

namespace baocao::test {
namespace {

Result baocao(const std::string& args) { return run(sh_quote(baocao_exe()) + " " + args); }

TEST(Cli, HelpInVietnameseByDefaultAndEnglishOnRequest) {
  Result vi = baocao("--help");
  EXPECT_EQ(vi.status, 0);
  EXPECT_NE(vi.out.find("Cách dùng: baocao LỆNH"), std::string::npos) << vi.out;
  EXPECT_NE(vi.out.find("report"), std::string::npos);
  Result en = baocao("--help --lang en");
  EXPECT_EQ(en.status, 0);
  EXPECT_NE(en.out.find("Usage: baocao COMMAND"), std::string::npos) << en.out;
}

TEST(Cli, CommandHelpListsItsOptions) {
  Result r = baocao("report --help");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("--targets FILE.csv"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("--out DIR"), std::string::npos) << r.out;
}

TEST(Cli, UnknownCommandIsAUsageError) {
  Result r = baocao("bao-cao");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("không có lệnh 'bao-cao'"), std::string::npos) << r.err;
  Result en = baocao("--lang=en bao-cao");
  EXPECT_NE(en.err.find("no command 'bao-cao'"), std::string::npos) << en.err;
}

TEST(Cli, OptionErrorsInTheUsersLanguage) {
  Result r = baocao("report x.csv --out /tmp --year 2025 --khong-co");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("không có tùy chọn"), std::string::npos) << r.err;
  Result missing = baocao("report x.csv --year 2025");
  EXPECT_EQ(missing.status, 2);
  EXPECT_NE(missing.err.find("thiếu tùy chọn bắt buộc --out"), std::string::npos) << missing.err;
  Result year = baocao("report x.csv --out /tmp/x --year 20x5");
  EXPECT_EQ(year.status, 2);
  EXPECT_NE(year.err.find("giá trị '20x5' của tùy chọn --year không hợp lệ"), std::string::npos) << year.err;
}

TEST(Cli, UnknownLanguage) {
  Result r = baocao("--lang fr --help");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("'fr'"), std::string::npos);
}

TEST(Cli, Version) {
  Result r = baocao("--version");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out.rfind("baocao ", 0), 0u);
}

}  // namespace
}  // namespace baocao::test
