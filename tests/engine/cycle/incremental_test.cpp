// Incremental runs in-process: each kind of input changed in turn (one
// figure of one commune, one target, one word of one template, one unit's
// register entry, a font file, the program's version) re-renders exactly the
// outputs that read it, skips every other (same bytes, same mtime), and
// leaves the output directory byte for byte as a full run from nothing
// would; on SQLite and on a real PostgreSQL.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <fstream>
#include <functional>
#include <map>
#include <set>

#include "data-adapters/postgresql/pg_store.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/cycle/result_text.hpp"
#include "engine/cycle/run.hpp"
#include "engine/fonts/font_set.hpp"
#include "tests/engine/cycle/cycle_fixture.hpp"
#include "tests/support/postgres_server.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;
using cycle::Why;

fs::path sample(const std::string& name) {
  return source_dir() / "samples" / "ninh-binh" / name;
}

bool starts(const std::string& s, const std::string& p) {
  return s.rfind(p, 0) == 0;
}
bool ends(const std::string& s, const std::string& e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

struct FileState {
  std::string bytes;
  long long mtime_ns = 0;
  ino_t inode = 0;
};

// Every file under `root` but the lock's (a dot file), by relative name.
std::map<std::string, FileState> snapshot(const fs::path& root) {
  std::map<std::string, FileState> out;
  for (const auto& e : fs::recursive_directory_iterator(root)) {
    if (!e.is_regular_file() || e.path().filename().string()[0] == '.') continue;
    struct stat st {};
    ::stat(e.path().c_str(), &st);
    out[fs::relative(e.path(), root).generic_string()] = {
        read_file(e.path()), static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
        st.st_ino};
  }
  return out;
}

// What `got` has that `want` lacks, and the reverse.
std::string difference(const std::set<std::string>& got, const std::set<std::string>& want) {
  std::string s;
  for (const auto& f : got)
    if (!want.count(f)) s += "\n  + " + f;
  for (const auto& f : want)
    if (!got.count(f)) s += "\n  - " + f;
  return s;
}

// The sample's whole cycle (every deadline) with an office's template
// directory (one template copied), a copy of the fonts and a program
// version of the test's: each can then be changed.
class Lab {
 public:
  explicit Lab(CycleStore& s) : s_(s) {
    fs::create_directories(office_templates());
    fs::copy_file(source_dir() / "templates" / "bao-cao-xa.tpl", office_templates() / "bao-cao-xa.tpl");
    fs::create_directories(fonts_dir());
    const fonts::FontSet shipped = fonts::FontSet::load(fonts::FontSet::default_manifest());
    std::string manifest = "{\"family\": \"Liberation Serif\", \"faces\": {";
    const char* names[] = {"regular", "bold", "italic", "bold_italic"};
    for (int i = 0; i < 4; ++i) {
      const fs::path file = shipped.face(static_cast<fonts::Style>(i)).file();
      fs::copy_file(file, fonts_dir() / file.filename());
      manifest += std::string(i ? ", " : "") + "\"" + names[i] + "\": [\"" + file.filename().string() + "\"]";
    }
    write_file(fonts_dir() / "manifest.json", manifest + "}}\n");
  }

  fs::path office_templates() const { return s_.dir / "mau-cua-so"; }
  fs::path fonts_dir() const { return s_.dir / "phong"; }
  std::string program = "baocao test-1";

  cycle::RunReport run(const fs::path& out) {
    cycle::RunOptions o = sample_run(s_, "2025-12-10");
    o.deadline.reset();
    o.submissions.push_back(sample("da-nhan-co-quan-2025.csv"));
    o.out = out;
    o.key_program = program;
    cycle::Paths paths = cycle::Paths::shipped(fonts_dir() / "manifest.json");
    paths.templates.insert(paths.templates.begin(), office_templates());
    cycle::FixedClock clock(cycle::parse_now("now", "2026-01-08T08:00"));
    return cycle::run_cycle(*s_.store, clock, paths, o);
  }

 private:
  CycleStore& s_;
};

std::string explain(const cycle::RunReport& r) {
  std::string s;
  for (const auto& l : cycle::run_explain_lines(r, Lang::en)) s += "\n  " + l;
  return s;
}

bool has_reason(const cycle::OutputEntry& e, Why why, const std::string& what = {}) {
  for (const auto& r : e.why)
    if (r.why == why && (what.empty() || r.what.find(what) != std::string::npos)) return true;
  return false;
}

// One change and what it must touch: `produced` are the outputs that must
// be rendered again (and no other), `changed` those whose bytes change.
struct Step {
  std::string name;
  std::function<void()> change;
  std::function<bool(const std::string&)> produced, changed;
  Why why;
  std::string what;  // in the reason, when not empty
};

void check_step(Lab& lab, const fs::path& out, const fs::path& scratch, const Step& step,
                cycle::RunReport* report = nullptr) {
  SCOPED_TRACE(step.name);
  const auto before = snapshot(out);
  step.change();
  const cycle::RunReport r = lab.run(out);
  if (report) *report = r;
  const auto after = snapshot(out);
  std::set<std::string> produced, changed, want_produced, want_changed;
  for (const auto& e : r.outputs) {
    if (!e.skipped()) produced.insert(e.file);
    if (step.produced(e.file)) want_produced.insert(e.file);
    if (before.at(e.file).bytes != after.at(e.file).bytes) changed.insert(e.file);
    if (step.changed(e.file)) want_changed.insert(e.file);
    if (e.skipped()) {
      EXPECT_EQ(before.at(e.file).mtime_ns, after.at(e.file).mtime_ns) << e.file;
      EXPECT_EQ(before.at(e.file).inode, after.at(e.file).inode) << e.file;
    } else {
      EXPECT_TRUE(has_reason(e, step.why, step.what)) << e.file << explain(r);
    }
  }
  if (step.why != Why::program) {
    EXPECT_FALSE(want_changed.empty()) << "the step must change something";
  }
  EXPECT_TRUE(produced == want_produced) << "produced (+) or skipped (-) against expected:"
                                         << difference(produced, want_produced) << explain(r);
  EXPECT_TRUE(changed == want_changed) << "changed (+) or kept (-) against expected:"
                                       << difference(changed, want_changed);

  // Never a wrong skip: a full run from nothing gives the same files, the
  // manifest (with every key) included.
  const fs::path fresh = scratch / step.name;
  const cycle::RunReport full = lab.run(fresh);
  for (const auto& e : full.outputs) EXPECT_EQ(e.why.front().why, Why::new_output) << e.file;
  const auto clean = snapshot(fresh);
  ASSERT_EQ(clean.size(), after.size());
  for (const auto& [file, state] : clean) {
    ASSERT_TRUE(after.count(file)) << file;
    EXPECT_TRUE(after.at(file).bytes == state.bytes) << file << " differs from a full run's";
  }
}

void check_dependencies(CycleStore& s) {
  Lab lab(s);
  const fs::path out = s.dir / "ra";
  const fs::path scratch = s.dir / "sach";
  const cycle::RunReport first = lab.run(out);
  ASSERT_GT(first.outputs.size(), 100u);
  for (const auto& e : first.outputs) {
    EXPECT_EQ(e.why.front().why, Why::new_output) << e.file;
    EXPECT_TRUE(e.key) << e.file;
  }
  // Nothing changed: everything skipped, the manifest untouched.
  {
    const auto before = snapshot(out);
    const cycle::RunReport again = lab.run(out);
    EXPECT_EQ(again.changed(), 0);
    EXPECT_FALSE(again.manifest_changed);
    for (const auto& e : again.outputs) EXPECT_TRUE(e.skipped()) << e.file << explain(again);
    const auto after = snapshot(out);
    for (const auto& [f, st] : before) EXPECT_EQ(st.mtime_ns, after.at(f).mtime_ns) << f;
  }

  const std::string tenth = "2025-12-10-xa-bao-cao/37/";
  const std::string fifteenth = "2025-12-15-tinh-bao-cao/";
  const std::string thirtieth = "2025-12-30-co-quan-bao-cao/37/";
  auto none = [](const std::string&) { return false; };
  auto pdf = [](const std::string& f) { return ends(f, ".pdf"); };
  auto commune = [&](const std::string& code) {
    return [=](const std::string& f) { return starts(f, tenth + code + "-"); };
  };
  // The documents that sum the communes' figures: the Sở's report of 10/12,
  // the province's of 15/12, the yearly consolidated report of 30/12 and
  // next year's plan (which starts from this year's results).
  auto sums = [&](const std::string& f) {
    return starts(f, tenth + "tong-hop.") || starts(f, fifteenth + "37-") || starts(f, thirtieth + "tong-hop.") ||
           starts(f, thirtieth + "ke-hoach.");
  };
  // Of those, the files whose bytes show one commune's small change: the
  // 30/12 report's table and the plan's appendix print the province's
  // rates, rounded (its PDF and the plan's text do not move for one
  // family more or less).
  auto sums_shown = [&](const std::string& f) {
    return starts(f, tenth + "tong-hop.") || starts(f, fifteenth + "37-") || f == thirtieth + "tong-hop.pdf" ||
           f == thirtieth + "ke-hoach.xlsx";
  };

  // One figure of one commune that had reported by 10/12.
  cycle::RunReport figure;
  check_step(lab, out, scratch,
             {"figure",
              [&] {
                write_file(s.dir / "chau-son.csv",
                           read_file(sample("so-lieu-xa-2025.csv")).substr(0, read_file(sample("so-lieu-xa-2025.csv")).find('\n') + 1) +
                               "13318,Phường Châu Sơn,2100,2855,21,30,5,11,19,23,5139,12359,178,281\n");
                import_figures(*s.store, s.dir / "chau-son.csv", 2025, "2026-01-06T02:00:00Z");
              },
              [&](const std::string& f) { return commune("13318")(f) || sums(f); },
              [&](const std::string& f) { return commune("13318")(f) || sums_shown(f); }, Why::figures, ""},
             &figure);
  // The commune's documents and those that list it name it; the 30/12
  // documents, which read only the province's sums, name the province.
  for (const auto& e : figure.outputs) {
    if (commune("13318")(e.file) || starts(e.file, tenth + "tong-hop.")) {
      EXPECT_TRUE(has_reason(e, Why::figures, "13318")) << e.file << explain(figure);
    }
    if (starts(e.file, thirtieth) && !e.skipped()) {
      EXPECT_TRUE(has_reason(e, Why::figures, "37")) << e.file;
    }
  }

  // One target of 2025.
  check_step(lab, out, scratch,
             {"target",
              [&] {
                std::string t = read_file(sample("chi-tieu.csv"));
                const std::string from = "2025,gia_dinh_hoc_tap,70";
                ASSERT_NE(t.find(from), std::string::npos);
                t.replace(t.find(from), from.size(), "2025,gia_dinh_hoc_tap,72");
                write_file(s.dir / "chi-tieu.csv", t);
                import_targets(*s.store, s.dir / "chi-tieu.csv");
              },
              // Every report and consolidated report prints the target;
              // the reminder does not read it.
              [&](const std::string& f) {
                return (starts(f, tenth) && f != tenth + "cong-van-don-doc.pdf") || starts(f, fifteenth) || sums(f);
              },
              // The 30/12 report's table and next year's plan read it
              // but print the province's result against it, not the target.
              [&](const std::string& f) {
                return (starts(f, tenth) && f != tenth + "cong-van-don-doc.pdf") || starts(f, fifteenth) ||
                       f == thirtieth + "tong-hop.pdf";
              },
              Why::targets, ""});

  // One word of the communes' template, in the office's copy.
  check_step(lab, out, scratch,
             {"template",
              [&] {
                const fs::path t = lab.office_templates() / "bao-cao-xa.tpl";
                std::string text = read_file(t);
                const std::string from = "tổ chức tuyên truyền";
                ASSERT_NE(text.find(from), std::string::npos);
                text.replace(text.find(from), from.size(), "tổ chức tuyên truyền sâu rộng");
                write_file(t, text);
              },
              [&](const std::string& f) {
                return starts(f, tenth) &&
                       (f.find("-bao-cao.pdf") != std::string::npos || f.find("-phu-luc.xlsx") != std::string::npos);
              },
              [&](const std::string& f) { return starts(f, tenth) && f.find("-bao-cao.pdf") != std::string::npos; },
              Why::template_file, "bao-cao-xa.tpl"});

  // The register entry of one commune: its signer.
  check_step(lab, out, scratch,
             {"register",
              [&] {
                std::string reg = read_file(sample("co-quan-ban-hanh.csv"));
                const std::string from = "Mai Thị Giang";
                ASSERT_NE(reg.find(from), std::string::npos);
                reg.replace(reg.find(from), from.size(), "Mai Thị Hương");
                write_file(s.dir / "so-ca.csv", reg);
                import_issuers(*s.store, s.dir / "so-ca.csv");
              },
              commune("13285"), [&](const std::string& f) { return commune("13285")(f) && pdf(f); }, Why::issuer,
              ""});

  // A font file: the regular face's file replaced by another (the bold's).
  check_step(lab, out, scratch,
             {"font",
              [&] {
                const fonts::FontSet set = fonts::FontSet::load(lab.fonts_dir() / "manifest.json");
                fs::copy_file(set.face(fonts::Style::bold).file(), set.face(fonts::Style::regular).file(),
                              fs::copy_options::overwrite_existing);
              },
              pdf, pdf, Why::fonts, ""});

  // Another version of the program: everything is produced again, and
  // comes out the same (it is in fact the same program).
  check_step(lab, out, scratch,
             {"program", [&] { lab.program = "baocao test-2"; }, [](const std::string&) { return true; }, none,
              Why::program, "test-2"});
}

TEST(IncrementalRun, EachInputChangesExactlyItsOutputsOnSqlite) {
  auto s = sample_store();
  check_dependencies(*s);
}

TEST(IncrementalRun, EachInputChangesExactlyItsOutputsOnPostgresql) {
  PostgresServer pg;
  auto s = std::make_unique<CycleStore>();
  s->store = store::open_postgresql_store(pg.create_database("tang_dan"));
  cycle::ensure_reference_data(*s->store);
  fill_sample(*s->store);
  check_dependencies(*s);
}

// A file changed or removed on disk is produced again, and --explain says so.
TEST(IncrementalRun, AFileChangedOnDiskIsProducedAgain) {
  auto store = sample_store();
  CycleStore& s = *store;
  Lab lab(s);
  const fs::path out = s.dir / "ra";
  lab.run(out);
  const std::string tenth = "2025-12-10-xa-bao-cao/37/";
  const std::string good = read_file(out / tenth / "tong-hop.pdf");
  write_file(out / tenth / "tong-hop.pdf", "hỏng");
  fs::remove(out / tenth / "13285-phu-luc.xlsx");
  const cycle::RunReport r = lab.run(out);
  std::set<std::string> produced;
  for (const auto& e : r.outputs) {
    if (e.skipped()) continue;
    produced.insert(e.file);
    if (e.file == tenth + "tong-hop.pdf") {
      EXPECT_TRUE(has_reason(e, Why::file_changed)) << explain(r);
    }
    if (e.file == tenth + "13285-phu-luc.xlsx") {
      EXPECT_TRUE(has_reason(e, Why::file_missing)) << explain(r);
    }
  }
  EXPECT_EQ(produced, (std::set<std::string>{tenth + "13285-phu-luc.xlsx", tenth + "tong-hop.pdf"}));
  EXPECT_EQ(read_file(out / tenth / "tong-hop.pdf"), good);
  EXPECT_TRUE(fs::exists(out / tenth / "13285-phu-luc.xlsx"));
  // In Vietnamese by default.
  bool said = false;
  for (const auto& l : cycle::run_explain_lines(r, Lang::vi))
    said = said || l == tenth + "13285-phu-luc.xlsx: tạo lại (tệp không còn trên đĩa)";
  EXPECT_TRUE(said);

  // A manifest that cannot be read: everything is produced, nothing lost.
  write_file(out / "manifest.json", "{không phải JSON");
  const cycle::RunReport all = lab.run(out);
  for (const auto& e : all.outputs) EXPECT_EQ(e.why.front().why, Why::new_output) << e.file;
  EXPECT_EQ(all.changed(), 1) << "only the manifest: the files were right";
}

}  // namespace
}  // namespace baocao::test
