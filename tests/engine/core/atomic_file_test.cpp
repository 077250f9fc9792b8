#include "engine/core/atomic_file.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace baocao
