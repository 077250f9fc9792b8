// Templates are bounded in what they print and in the work they do, not
// only in loop iterations: each bound has its flag and ends in a message at
// the template's line, exit 5.
#include <gtest/gtest.h>

#include "tests/e2e/hostile_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

// `s` doubled `doublings` times from 8 bytes: 17 doublings make 1 MiB.
std::string doubled(int doublings) {
  return "{% set s = \"xxxxxxxx\" %}\n{% for i in \"x\" | lap(" + std::to_string(doublings) +
         ") %}\n{% set s = s ~ s %}\n{% endfor %}\n";
}

TEST(HostileTemplate, OutputIsBoundedNotOnlyLoops) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  // A 1 MB text printed 200 times: 200 MB, 2.4 GB of memory before.
  write_file(dir / "in.tpl", "---\nngay: 2025-12-10\n---\n" + doubled(17) +
                                 "{% for i in \"x\" | lap(200) %}\n{{ s }}\n{% endfor %}\n");
  Result r = in_dir(dir, baocao_cmd("render in.tpl --out in.json"));
  EXPECT_EQ(r.status, 5) << r.err;
  EXPECT_EQ(r.err.find("in.tpl:9:"), 8u) << r.err;
  EXPECT_NE(r.err.find("vượt giới hạn max_output_bytes = 16777216"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir / "in.json"));
  // The flag moves the bound.
  write_file(dir / "nho.tpl", "---\nngay: 2025-12-10\n---\nMột dòng chữ không dài.\n");
  Result small = in_dir(dir, baocao_cmd("render nho.tpl --out nho.json --max-output-bytes 10 --lang en"));
  EXPECT_EQ(small.status, 5);
  EXPECT_NE(small.err.find("limit max_output_bytes = 10 exceeded"), std::string::npos) << small.err;
  EXPECT_EQ(in_dir(dir, baocao_cmd("render nho.tpl --out nho.json")).status, 0);
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileTemplate, WorkIsBounded) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  // chu_hoa of 0.5 MB 5,000 times (within the loop bound) took a minute.
  write_file(dir / "hoa.tpl", "---\nngay: 2025-12-10\n---\n" + doubled(16) +
                                  "{% for i in \"x\" | lap(1000) %}\n{% for j in \"x\" | lap(5) %}\n"
                                  "{% set t = s | chu_hoa %}\n{% endfor %}\n{% endfor %}\n");
  Result r = in_dir(dir, baocao_cmd("render hoa.tpl --out hoa.json"));
  EXPECT_EQ(r.status, 5) << r.err;
  EXPECT_EQ(r.err.find("hoa.tpl:10:"), 8u) << r.err;
  EXPECT_NE(r.err.find("vượt giới hạn max_work_bytes = 67108864"), std::string::npos) << r.err;
  Result flag = in_dir(dir, baocao_cmd("render hoa.tpl --out hoa.json --max-template-work 1000000"));
  EXPECT_EQ(flag.status, 5);
  EXPECT_NE(flag.err.find("max_work_bytes = 1000000"), std::string::npos) << flag.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(HostileTemplate, TheShippedTemplatesStayWellWithinTheBounds) {
  Workspace dir;
  OutsideWatch watch = dir.watch();
  lai_chau_store(dir);
  Result r = in_dir(dir, baocao_cmd(run_args()));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

}  // namespace
}  // namespace baocao::test
