// Helpers for the import/status end-to-end tests.
#pragma once

#include <filesystem>
#include <initializer_list>
#include <sstream>
#include <string>

#include "tests/support/process.hpp"

namespace baocao::test {

inline std::filesystem::path sample_path(const std::string& name) {
  return source_dir() / "samples/ninh-binh" / name;
}
inline std::string sample(const std::string& name) {
  return sh_quote(sample_path(name).string());
}
inline std::string baocao_cmd(const std::string& args) {
  return sh_quote(baocao_exe()) + " " + args;
}
inline Result in_dir(const TempDir& dir, const std::string& command) {
  return run("cd " + sh_quote(dir.path().string()) + " && " + command);
}

// The sample province's 2025 figures and targets, its reporting bodies and
// its issuers register (which has the bodies' rows), imported into the
// SQLite store `db` in `dir`: the store most run, schedule and history tests share.
inline std::string sample_import_command(const std::string& db = "kho.db") {
  return baocao_cmd("import " + sample("so-lieu-xa-2025.csv") + " " + sample("chi-tieu.csv") + " --bodies " +
                    sample("co-quan-bao-cao.csv") + " --issuers " + sample("co-quan-ban-hanh.csv") +
                    " --period 2025 --db " + db);
}
inline Result import_sample(const TempDir& dir, const std::string& db = "kho.db") {
  return in_dir(dir, sample_import_command(db));
}

// `baocao run` of the 2025 cycle on that store, with the sample's plan,
// wording, units list and receipt register, into `dir`/out; `extra` flags.
inline Result run_sample_cycle(const TempDir& dir, const std::string& extra) {
  return in_dir(dir, baocao_cmd("run --cycle 2025 --db kho.db --plan " + sample("ke-hoach-2025.json") +
                                " --vars " + sample("bien-2025.json") + " --units " + sample("don-vi.csv") +
                                " --submissions " + sample("da-nhan-2025.csv") + " --out out " + extra));
}

// Runs `query` with Python's sqlite3 module, then commits; rows as "a|b\n".
inline std::string sql(const std::string& db, const std::string& query) {
  Result r =
      run("/usr/bin/python3 -c " +
          sh_quote("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                   "print('\\n'.join('|'.join(map(str,r)) for r in c.execute(sys.argv[2]))); c.commit()") +
          " " + sh_quote(db) + " " + sh_quote(query));
  return r.status == 0 ? r.out : "python: " + r.err;
}

inline int edit_xlsx(const std::filesystem::path& in, const std::filesystem::path& out,
                     std::initializer_list<std::string> edits) {
  std::string cmd = "/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/edit_xlsx.py").string()) + " " +
                    sh_quote(in.string()) + " " + sh_quote(out.string());
  for (const auto& e : edits) cmd += " " + sh_quote(e);
  return run(cmd).status;
}

}  // namespace baocao::test
