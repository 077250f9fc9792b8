// `baocao run --docx` on the sample province: a Word file beside every PDF,
// named as it, listed in the manifest with its SHA-256, read by python3-docx;
// a second run leaves them byte-identical and untouched; without --docx none.
#include <gtest/gtest.h>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> files_with(const fs::path& root, const std::string& ext) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ext) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(RunDocx, AWordFileBesideEveryPdfListedInTheManifest) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  Result r = run_sample_cycle(dir, "--docx --jobs 2");
  ASSERT_EQ(r.status, 0) << r.err;
  const auto pdfs = files_with(dir / "out", ".pdf");
  const auto docs = files_with(dir / "out", ".docx");
  ASSERT_EQ(pdfs.size(), 58u);
  ASSERT_EQ(docs.size(), pdfs.size());
  for (std::size_t i = 0; i < pdfs.size(); ++i)
    EXPECT_EQ(fs::path(pdfs[i]).replace_extension(".docx"), docs[i]);
  EXPECT_TRUE(fs::exists(dir / "out/2025-12-10-xa-bao-cao/37/13285-bao-cao.docx"));

  // The manifest lists each with the SHA-256 of its bytes (Python reads it).
  Result m = run("/usr/bin/python3 -c " +
                 sh_quote("import hashlib, json, os, sys\n"
                          "root = sys.argv[1]\n"
                          "m = json.load(open(os.path.join(root, 'manifest.json')))\n"
                          "outs = [o for o in m['outputs'] if o['file'].endswith('.docx')]\n"
                          "bad = [o['file'] for o in outs if hashlib.sha256(open(os.path.join(root, o['file']), "
                          "'rb').read()).hexdigest() != o['sha256']]\n"
                          "print(len(outs), 'bad', bad, sorted({o['kind'] for o in outs}))\n") +
                 " " + sh_quote((dir / "out").string()));
  ASSERT_EQ(m.status, 0) << m.err;
  EXPECT_NE(m.out.find("58 bad []"), std::string::npos) << m.out;

  // Each reads as an ND30 document (a commune's report, the reminder, the consolidated report).
  for (const char* f : {"2025-12-10-xa-bao-cao/37/13285-bao-cao.docx", "2025-12-10-xa-bao-cao/37/tong-hop.docx",
                        "2025-12-10-xa-bao-cao/37/cong-van-don-doc.docx", "2025-12-15-tinh-bao-cao/37-bao-cao.docx"}) {
    Result check = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/check_docx.py").string()) + " " +
                       sh_quote((dir / "out" / f).string()));
    EXPECT_EQ(check.status, 0) << f << "\n" << check.out << check.err;
  }

  // Nothing changed: every file, DOCX included, stays as it was.
  auto first = snapshot(dir / "out");
  Result again = run_sample_cycle(dir, "--docx --jobs 1");
  ASSERT_EQ(again.status, 0) << again.err;
  auto second = snapshot(dir / "out");
  ASSERT_EQ(first.size(), second.size());
  for (const auto& [name, seen] : first) {
    ASSERT_TRUE(second.count(name)) << name;
    EXPECT_EQ(seen, second[name]) << name << " was rewritten";
  }
}

TEST(RunDocx, WithoutTheFlagNoWordFiles) {
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  ASSERT_EQ(run_sample_cycle(dir, "--deadline 2025-12-15").status, 0);
  EXPECT_TRUE(files_with(dir / "out", ".docx").empty());
  EXPECT_FALSE(files_with(dir / "out", ".pdf").empty());
}

}  // namespace
}  // namespace baocao::test
