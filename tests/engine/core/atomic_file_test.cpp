#include "engine/core/atomic_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

TEST(AtomicFile, ReplacesWholeFileAndLeavesNoTemporary) {
  test::TempDir dir;
  write_file_atomic(dir / "a.txt", "old");
  write_file_atomic(dir / "a.txt", "new contents");
  EXPECT_EQ(test::read_file(dir / "a.txt"), "new contents");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(AtomicFile, UncommittedPendingFileDisappearsAndTargetIsUntouched) {
  test::TempDir dir;
  write_file_atomic(dir / "report.xlsx", "earlier report");
  {
    PendingFile p(dir / "report.xlsx");
    test::write_file(p.temp_path(), "half-written");
    EXPECT_EQ(p.temp_path().parent_path(), dir.path());  // same directory: rename is atomic
  }  // an exception in the writer would end here without commit()
  EXPECT_EQ(test::read_file(dir / "report.xlsx"), "earlier report");
  EXPECT_EQ(entries(dir.path()), 1u);
}

TEST(AtomicFile, UnwritableDirectoryIsAnOutputError) {
  try {
    write_file_atomic("/nonexistent-dir/x/a.pdf", "x");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::output);
    EXPECT_NE(e.render(Lang::vi).find("/nonexistent-dir/x/a.pdf"), std::string::npos);
  }
}

// what a killed process left (its PID no longer runs) is removed;
// a live process's temporary, the targets and look-alikes stay.
TEST(AtomicFile, StaleTemporariesOfDeadProcessesAreRemoved) {
  test::TempDir dir;
  fs::create_directories(dir / "sub");
  // A PID above the kernel's pid_max (4194304) never runs.
  test::write_file(dir / "sub/.a.pdf.tmp-99999999-12345", "half");
  test::write_file(dir / ".b.xlsx.staging.tmp-99999998-1", "half");
  const std::string mine = ".c.pdf.tmp-" + std::to_string(::getpid()) + "-7";
  test::write_file(dir / mine, "in flight");
  for (const char* keep : {"a.pdf", "sub/.x.tmp-12", ".y.tmp--1-2", "z.tmp-99999999-1x", ".tmp-99999999-1"})
    test::write_file(dir / keep, "keep");
  EXPECT_EQ(remove_stale_temporaries(dir.path()), 2u);
  EXPECT_FALSE(fs::exists(dir / "sub/.a.pdf.tmp-99999999-12345"));
  EXPECT_FALSE(fs::exists(dir / ".b.xlsx.staging.tmp-99999998-1"));
  EXPECT_TRUE(fs::exists(dir / mine));
  for (const char* keep : {"a.pdf", "sub/.x.tmp-12", ".y.tmp--1-2", "z.tmp-99999999-1x", ".tmp-99999999-1"})
    EXPECT_TRUE(fs::exists(dir / keep)) << keep;
  EXPECT_EQ(remove_stale_temporaries(dir / "missing"), 0u);
}

}  // namespace
}  // namespace baocao
