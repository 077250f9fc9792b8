// One rule for names that become paths: the character set codes and ids
// are checked against, and the one function that builds output paths.
#include "engine/core/output_path.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;

TEST(SafeCode, TheDocumentedCharacterSet) {
  for (const char* ok : {"37", "00004", "13285", "xa-bao-cao", "tinh_bao_cao", "BC.2025", "a", "Z9"})
    EXPECT_TRUE(is_safe_code(ok)) << ok;
  for (const char* bad : {"", ".", "..", "../../x", "/tmp/x", "a/b", ".an", "-x", "_x", "a b", "mã", "a\\b",
                          "x\ny", "a:b", "*"})
    EXPECT_FALSE(is_safe_code(bad)) << bad;
  EXPECT_TRUE(is_safe_code(std::string(64, '1')));
  EXPECT_FALSE(is_safe_code(std::string(65, '1')));
  EXPECT_FALSE(is_safe_code(std::string("a\0b", 3)));
}

void expect_refused(const fs::path& root, std::initializer_list<std::string_view> parts) {
  try {
    output_path(root, parts);
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.exit_status(), 7);
    EXPECT_EQ(e.diagnostics()[0].id, MsgId::path_outside_root);
    EXPECT_NE(e.render(Lang::vi).find("ra ngoài thư mục kết quả"), std::string::npos);
  }
}

TEST(OutputPath, StaysInsideTheRootAfterResolution) {
  test::TempDir dir;
  const fs::path out = dir / "out";
  EXPECT_EQ(output_path(out, {"2025-12-10-xa-bao-cao", "12", "03390-bao-cao.pdf"}),
            out / "2025-12-10-xa-bao-cao" / "12" / "03390-bao-cao.pdf");
  expect_refused(out, {"..", "x.pdf"});
  expect_refused(out, {"a/../../x.pdf"});
  expect_refused(out, {"/tmp/x.pdf"});
  expect_refused(out, {"."});
  expect_refused(out, {""});
  // A link planted inside the output directory, to a directory outside it.
  fs::create_directories(out);
  fs::create_directories(dir / "elsewhere");
  fs::create_directory_symlink(dir / "elsewhere", out / "2025-12-10-xa-bao-cao");
  expect_refused(out, {"2025-12-10-xa-bao-cao", "12", "03390-bao-cao.pdf"});
  // A link inside that stays inside is fine; so is an output root that is itself a link.
  fs::create_directories(out / "real");
  fs::create_directory_symlink(out / "real", out / "alias");
  EXPECT_NO_THROW(output_path(out, {"alias", "x.pdf"}));
  fs::create_directory_symlink(out, dir / "out-link");
  EXPECT_NO_THROW(output_path(dir / "out-link", {"real", "x.pdf"}));
}

void expect_unusable(const fs::path& dir, MsgId id) {
  try {
    prepare_output_dir(dir);
    FAIL() << dir << " accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.exit_status(), 7) << dir;
    EXPECT_EQ(e.diagnostics()[0].id, id) << e.render(Lang::en);
  }
}

TEST(PrepareOutputDir, FilesDevicesAndDanglingLinksAreNotDirectories) {
  test::TempDir dir;
  test::write_file(dir / "a-file", "x");
  expect_unusable(dir / "a-file", MsgId::out_dir_not_directory);
  expect_unusable(dir / "a-file" / "sub", MsgId::out_dir_not_directory);
  expect_unusable("/dev/null", MsgId::out_dir_not_directory);
  fs::create_symlink(dir / "nowhere", dir / "dangling");
  expect_unusable(dir / "dangling", MsgId::out_dir_dangling_link);
  expect_unusable(dir / "dangling" / "sub", MsgId::out_dir_dangling_link);
  EXPECT_NO_THROW(prepare_output_dir(dir / "new" / "deep"));
  EXPECT_TRUE(fs::is_directory(dir / "new" / "deep"));
}

}  // namespace
}  // namespace baocao
