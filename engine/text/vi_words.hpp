// Amounts in words (đọc số, "bằng chữ"), as written on Vietnamese payment and
// report documents. ICU's "vi" spell-out is not used: it knows only "lẻ",
// "nghìn" and "tư" and reads inner zero groups ambiguously (LIBRARY-FACTS.md).
//
// Rules, from 0 to 10^18 and the same magnitudes negative ("âm ..."):
// - units: không một hai ba bốn năm sáu bảy tám chín;
// - tens: "mười" for 1x, "<chữ số> mươi" from 20; the unit after "mươi" is
//   "mốt" for 1, "tư" for 4 ("hai mươi tư"; after "mười" it stays "bốn"),
//   "lăm" for 5 after any ten ("mười lăm", "hai mươi lăm", or "nhăm" after
//   "mươi" on request); a lone or "linh"-led 5 is "năm" (105 "một trăm linh năm");
// - a zero ten between hundreds and units is "linh" ("lẻ" on request): 105;
// - group names: nghìn (ngàn), triệu, tỷ (tỉ); above a tỷ the count of tỷ is
//   read as a number of its own: 10^12 "một nghìn tỷ", 10^15 "một triệu tỷ",
//   10^18 "một tỷ tỷ", 2 500 000 000 000 "hai nghìn năm trăm tỷ".
// - Inner zero groups: a group of three zeros is not read at all; the first
//   non-zero group after a group already read is read in full, with
//   "không trăm" (and "linh" when its tens are zero too), so no digit can be
//   mistaken for another place:
//     1 005          một nghìn không trăm linh năm
//     10 005         mười nghìn không trăm linh năm
//     1 000 050      một triệu không trăm năm mươi
//     1 000 000 001  một tỷ không trăm linh một
//     5 000 001 000  năm tỷ không trăm linh một nghìn
//   while leading groups are read short: 5 "năm", 21 000 "hai mươi mốt nghìn".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace baocao::text {

struct WordsOptions {
  bool le = false;          // "lẻ" instead of "linh"
  bool ngan = false;        // "ngàn" instead of "nghìn"
  bool ti = false;          // "tỉ" instead of "tỷ"
  bool nham = false;        // "nhăm" instead of "lăm" after "mươi"
  bool capitalize = false;  // "Một triệu đồng"
  bool dong = false;        // append "đồng"
  bool chan = false;        // append "chẵn" after "đồng" (an exact amount)
};

constexpr std::int64_t kMaxWordsNumber = 1'000'000'000'000'000'000;  // 10^18

// Throws Error(usage, text_number_out_of_range) when |n| > 10^18.
std::string number_to_words(std::int64_t n, const WordsOptions& options = {});

}  // namespace baocao::text
