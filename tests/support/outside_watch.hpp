// A watch on the directories around where a command may write: every file
// under `root` except those under the allowed subdirectories, compared before
// and after, so a test can say that nothing was written outside them.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tests/support/process.hpp"

namespace baocao::test {

class OutsideWatch {
 public:
  // `inside`: the subdirectories of `root` (relative to it) where writes are
  // expected; empty = none. Files whose name starts with "kho.db" at the top
  // of `root` (a store and its WAL files) are never counted.
  OutsideWatch(std::filesystem::path root, std::string inside, std::vector<std::string> also_inside = {})
      : root_(std::move(root)), inside_(std::move(also_inside)) {
    if (!inside.empty()) inside_.push_back(std::move(inside));
    before_ = files();
  }
  // Files created, changed or removed outside `inside` since construction.
  std::vector<std::string> changes() const {
    std::vector<std::string> out;
    auto now = files();
    for (const auto& [name, seen] : now)
      if (!before_.count(name) || !(before_.at(name) == seen)) out.push_back(name);
    for (const auto& [name, seen] : before_)
      if (!now.count(name)) out.push_back(name + " (removed)");
    return out;
  }

 private:
  bool allowed(const std::string& name) const {
    if (name.rfind("kho.db", 0) == 0) return true;
    for (const std::string& dir : inside_)
      if (name.rfind(dir + "/", 0) == 0) return true;
    return false;
  }
  std::map<std::string, Seen> files() const {
    std::map<std::string, Seen> out;
    for (auto& [name, seen] : snapshot(root_))
      if (!allowed(name)) out.emplace(name, seen);
    return out;
  }
  std::filesystem::path root_;
  std::vector<std::string> inside_;
  std::map<std::string, Seen> before_;
};

#define EXPECT_NOTHING_OUTSIDE(watch)                                         \
  do {                                                                        \
    auto changed_ = (watch).changes();                                        \
    EXPECT_TRUE(changed_.empty()) << "written outside: " << changed_.front(); \
  } while (0)

}  // namespace baocao::test
