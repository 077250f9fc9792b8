// Amounts in words. Two kinds of evidence: hand-written expectations for the
// edge cases of the issue, and a reader written here, independently of
// vi_words.cpp, that turns the words back into the number, run on more than
// 200 edge-case numbers and on every number up to 20 000.
#include "engine/text/vi_words.hpp"

#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {
namespace {

struct Case {
  std::int64_t n;
  const char* words;
};

const Case kCases[] = {
    {0, "không"},
    {1, "một"},
    {4, "bốn"},
    {5, "năm"},
    {10, "mười"},
    {11, "mười một"},
    {14, "mười bốn"},
    {15, "mười lăm"},
    {20, "hai mươi"},
    {21, "hai mươi mốt"},
    {24, "hai mươi tư"},
    {25, "hai mươi lăm"},
    {31, "ba mươi mốt"},
    {55, "năm mươi lăm"},
    {99, "chín mươi chín"},
    {100, "một trăm"},
    {101, "một trăm linh một"},
    {104, "một trăm linh bốn"},
    {105, "một trăm linh năm"},
    {110, "một trăm mười"},
    {111, "một trăm mười một"},
    {115, "một trăm mười lăm"},
    {121, "một trăm hai mươi mốt"},
    {124, "một trăm hai mươi tư"},
    {125, "một trăm hai mươi lăm"},
    {200, "hai trăm"},
    {999, "chín trăm chín mươi chín"},
    {1000, "một nghìn"},
    {1001, "một nghìn không trăm linh một"},
    {1005, "một nghìn không trăm linh năm"},
    {1010, "một nghìn không trăm mười"},
    {1015, "một nghìn không trăm mười lăm"},
    {1021, "một nghìn không trăm hai mươi mốt"},
    {1100, "một nghìn một trăm"},
    {1105, "một nghìn một trăm linh năm"},
    {2024, "hai nghìn không trăm hai mươi tư"},
    {2025, "hai nghìn không trăm hai mươi lăm"},
    {10005, "mười nghìn không trăm linh năm"},
    {15000, "mười lăm nghìn"},
    {21000, "hai mươi mốt nghìn"},
    {100000, "một trăm nghìn"},
    {105000, "một trăm linh năm nghìn"},
    {1000000, "một triệu"},
    {1000050, "một triệu không trăm năm mươi"},
    {1001000, "một triệu không trăm linh một nghìn"},
    {1250000, "một triệu hai trăm năm mươi nghìn"},
    {10000005, "mười triệu không trăm linh năm"},
    {1000000000, "một tỷ"},
    {1000000001, "một tỷ không trăm linh một"},
    {5000001000, "năm tỷ không trăm linh một nghìn"},
    {1000000000000, "một nghìn tỷ"},
    {2500000000000, "hai nghìn năm trăm tỷ"},
    {1000000000000000, "một triệu tỷ"},
    {1000000000000000000, "một tỷ tỷ"},
    {999999999999999999,
     "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín tỷ "
     "chín trăm chín mươi chín triệu chín trăm chín mươi chín nghìn chín trăm chín mươi chín"},
    {-5, "âm năm"},
    {-1000050, "âm một triệu không trăm năm mươi"},
};

TEST(Words, EdgeCases) {
  for (const auto& c : kCases) EXPECT_EQ(number_to_words(c.n), c.words) << c.n;
}

TEST(Words, Options) {
  WordsOptions le;
  le.le = true;
  EXPECT_EQ(number_to_words(105, le), "một trăm lẻ năm");
  EXPECT_EQ(number_to_words(1005, le), "một nghìn không trăm lẻ năm");
  WordsOptions ngan;
  ngan.ngan = true;
  EXPECT_EQ(number_to_words(1500, ngan), "một ngàn năm trăm");
  WordsOptions ti;
  ti.ti = true;
  EXPECT_EQ(number_to_words(3000000000, ti), "ba tỉ");
  WordsOptions nham;
  nham.nham = true;
  EXPECT_EQ(number_to_words(25, nham), "hai mươi nhăm");
  EXPECT_EQ(number_to_words(15, nham), "mười lăm");  // never "mười nhăm"
  WordsOptions money;
  money.dong = true;
  money.capitalize = true;
  EXPECT_EQ(number_to_words(1250000, money), "Một triệu hai trăm năm mươi nghìn đồng");
  money.chan = true;
  EXPECT_EQ(number_to_words(5000000, money), "Năm triệu đồng chẵn");
  EXPECT_EQ(number_to_words(0, money), "Không đồng chẵn");
  EXPECT_EQ(number_to_words(-2, money), "Âm hai đồng chẵn");
}

TEST(Words, OutOfRange) {
  EXPECT_THROW(number_to_words(1000000000000000001), Error);
  EXPECT_THROW(number_to_words(-1000000000000000001), Error);
  EXPECT_NO_THROW(number_to_words(-1000000000000000000));
}

// --- an independent reader of Vietnamese numbers ---------------------------

std::int64_t read_words(const std::string& text) {
  static const std::map<std::string, int> digit = {
      {"không", 0}, {"một", 1}, {"mốt", 1},  {"hai", 2}, {"ba", 3},  {"bốn", 4}, {"tư", 4},
      {"năm", 5},   {"lăm", 5}, {"nhăm", 5}, {"sáu", 6}, {"bảy", 7}, {"tám", 8}, {"chín", 9}};
  std::istringstream in(text);
  std::vector<std::string> w;
  for (std::string s; in >> s;) w.push_back(s);
  bool negative = !w.empty() && w[0] == "âm";
  // total = sum of finished parts; below_billion collects < 10^9; group < 1000.
  std::int64_t total = 0, below = 0, group = 0;
  for (std::size_t i = negative ? 1 : 0; i < w.size(); ++i) {
    const std::string& s = w[i];
    if (digit.count(s))
      group += digit.at(s);
    else if (s == "mười")
      group += 10;
    else if (s == "mươi")
      group = group / 10 * 10 + (group % 10) * 10;
    else if (s == "trăm")
      group = group * 100;
    else if (s == "linh" || s == "lẻ")
      continue;
    else if (s == "nghìn" || s == "ngàn")
      below += group * 1000, group = 0;
    else if (s == "triệu")
      below += group * 1000000, group = 0;
    else if (s == "tỷ" || s == "tỉ")
      total = (total + below + group) * 1000000000, below = group = 0;
    else
      ADD_FAILURE() << "unknown word '" << s << "' in '" << text << "'";
  }
  std::int64_t n = total + below + group;
  return negative ? -n : n;
}

std::vector<std::int64_t> edge_numbers() {
  std::vector<std::int64_t> out;
  const std::int64_t scales[] = {1, 1000, 1000000, 1000000000, 1000000000000, 1000000000000000};
  const std::int64_t small[] = {0,   1,   4,   5,   10,  11,  14,  15,  20,  21,  24,  25,  50,  55, 100,
                                101, 104, 105, 110, 111, 114, 115, 120, 121, 124, 125, 500, 505, 999};
  for (std::int64_t s : scales)
    for (std::int64_t k : small) {
      out.push_back(k * s);
      if (s > 1) out.push_back(k * s + 5);  // a low group under zeros
      if (s > 1) out.push_back(k * s + 50);
      if (s > 1000) out.push_back(k * s + 1000);  // an inner group
    }
  for (std::int64_t n : {1005LL, 10005LL, 1000050LL, 1000000001LL, 999999999999999999LL,
                         1000000000000000000LL, 123456789012345678LL, 900000000000000009LL, 1000001000001LL})
    out.push_back(n);
  for (std::size_t i = 0, n = out.size(); i < n; ++i) out.push_back(-out[i]);
  return out;
}

TEST(Words, ReadsBackOnEdgeNumbers) {
  std::vector<std::int64_t> numbers = edge_numbers();
  ASSERT_GE(numbers.size(), 200u);
  for (std::int64_t n : numbers) {
    if (n > kMaxWordsNumber || n < -kMaxWordsNumber) continue;
    std::string w = number_to_words(n);
    EXPECT_EQ(read_words(w), n) << w;
    WordsOptions all;
    all.le = all.ngan = all.ti = all.nham = true;
    EXPECT_EQ(read_words(number_to_words(n, all)), n) << number_to_words(n, all);
  }
}

TEST(Words, ReadsBackEveryNumberUpTo20000) {
  for (std::int64_t n = 0; n <= 20000; ++n) {
    std::string w = number_to_words(n);
    ASSERT_EQ(read_words(w), n) << w;
    // Inside a read group, a zero hundred is always spoken (never "nghìn năm").
    if (n >= 1000 && n % 1000 != 0 && n % 1000 < 100) {
      ASSERT_NE(w.find("không trăm"), std::string::npos) << w;
    }
  }
}

}  // namespace
}  // namespace baocao::text
