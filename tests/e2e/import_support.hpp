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

// Runs `query` with Python's sqlite3 module; rows as "a|b\n".
inline std::string sql(const std::string& db, const std::string& query) {
  Result r = run("/usr/bin/python3 -c " +
                 sh_quote("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                          "print('\\n'.join('|'.join(map(str,r)) for r in c.execute(sys.argv[2])))") +
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
