// The names an import checks a form's unit names against: each code's, in
// the order the store lists them, a renamed unit's both.
#include <gtest/gtest.h>

#include "engine/cycle/import_checks.hpp"

namespace baocao::cycle {
namespace {

TEST(KnownNames, EachCodesNamesJoinedInTheStoresOrder) {
  const std::vector<std::string> codes = {"00004", "00008", "00025"};
  const std::vector<std::pair<std::string, std::string>> names = {{"00004", "Phường Ba Đình"},
                                                                  {"00008", "Xã Ngọc Hà"},
                                                                  {"00008", "Phường Ngọc Hà"},
                                                                  {"77777", "Không có mã"}};
  EXPECT_EQ(known_names(codes, names),
            (std::vector<std::string>{"Phường Ba Đình", "Xã Ngọc Hà\x1fPhường Ngọc Hà", ""}));
}

}  // namespace
}  // namespace baocao::cycle
