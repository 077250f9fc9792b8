// every limit in README's "Limits" table has the flag it documents and the
// reason for its default,
// on each command the table names (read back from `baocao CMD --help`), so
// the documentation and the command line cannot drift apart.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

TEST(Limits, EveryDocumentedLimitHasItsFlagOnItsCommands) {
  std::string readme = read_file(source_dir() / "README.md");
  auto section = readme.find("### Limits");
  ASSERT_NE(section, std::string::npos);
  std::istringstream lines(readme.substr(section));
  // | what | default | `--flag N` ... | command, command | reason |
  const std::regex row(R"(^\|[^|]+\|\s*[0-9,]+\s*\|\s*`(--[a-z-]+)[^|]*\|\s*([a-z, ]+)\|([^|]*)\|\s*$)");
  int rows = 0;
  for (std::string line; std::getline(lines, line) && (rows == 0 || line.rfind('|', 0) == 0);) {
    std::smatch m;
    if (!std::regex_match(line, m, row)) continue;
    ++rows;
    EXPECT_GT(m[3].str().size(), 20u) << m[1] << " has no reason for its default";
    std::istringstream commands(m[2].str());
    for (std::string cmd; std::getline(commands, cmd, ',');) {
      cmd.erase(0, cmd.find_first_not_of(' '));
      cmd.erase(cmd.find_last_not_of(' ') + 1);
      Result help = run(baocao_cmd("--lang en " + cmd + " --help"));
      EXPECT_EQ(help.status, 0) << cmd << ": " << help.err;
      EXPECT_NE((help.out + help.err).find(m[1].str()), std::string::npos)
          << m[1] << " documented for " << cmd << " but not in its --help";
    }
  }
  EXPECT_EQ(rows, 15) << "rows of the Limits table";
}

}  // namespace
}  // namespace baocao::test
