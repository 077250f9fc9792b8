#include "engine/text/vi_words.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::text {

namespace {

constexpr const char* kDigit[] = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
constexpr std::int64_t kBillion = 1'000'000'000;

void add(std::string& out, std::string_view word) {
  if (!out.empty()) out += ' ';
  out += word;
}

// One group of three digits, n in 1..999. `full`: a group was read before
// this one, so hundreds and a zero ten are spelt out.
void read_group(std::string& out, int n, bool full, const WordsOptions& o) {
  int h = n / 100, t = n / 10 % 10, u = n % 10;
  if (h > 0 || full) {
    add(out, kDigit[h]);
    add(out, "trăm");
  }
  if (t == 0) {
    if (u == 0) return;
    if (h > 0 || full) add(out, o.le ? "lẻ" : "linh");
    add(out, kDigit[u]);
    return;
  }
  if (t == 1) {
    add(out, "mười");
    if (u == 5)
      add(out, "lăm");
    else if (u > 0)
      add(out, kDigit[u]);
    return;
  }
  add(out, kDigit[t]);
  add(out, "mươi");
  if (u == 1)
    add(out, "mốt");
  else if (u == 4)
    add(out, "tư");
  else if (u == 5)
    add(out, o.nham ? "nhăm" : "lăm");
  else if (u > 0)
    add(out, kDigit[u]);
}

// n in 1..999 999 999.
void read_below_billion(std::string& out, std::int64_t n, bool full, const WordsOptions& o) {
  int m = static_cast<int>(n / 1'000'000), k = static_cast<int>(n / 1000 % 1000),
      u = static_cast<int>(n % 1000);
  if (m > 0) {
    read_group(out, m, full, o);
    add(out, "triệu");
    full = true;
  }
  if (k > 0) {
    read_group(out, k, full, o);
    add(out, o.ngan ? "ngàn" : "nghìn");
    full = true;
  }
  if (u > 0) read_group(out, u, full, o);
}

// n >= 1.
void read_positive(std::string& out, std::int64_t n, const WordsOptions& o) {
  if (n >= kBillion) {
    read_positive(out, n / kBillion, o);
    add(out, o.ti ? "tỉ" : "tỷ");
    if (n % kBillion > 0) read_below_billion(out, n % kBillion, true, o);
  } else {
    read_below_billion(out, n, false, o);
  }
}

std::string capitalize_first(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (u.isEmpty()) return s;
  int32_t first_len = U16_LENGTH(u.char32At(0));
  icu::UnicodeString head = u.tempSubString(0, first_len);
  head.toUpper(icu::Locale("vi"));
  std::string out;
  head.append(u.tempSubString(first_len)).toUTF8String(out);
  return nfc_only(out);
}

}  // namespace

std::string number_to_words(std::int64_t n, const WordsOptions& o) {
  if (n > kMaxWordsNumber || n < -kMaxWordsNumber)
    fail(ErrorFamily::usage, MsgId::text_number_out_of_range, {std::to_string(n)});
  std::string out;
  if (n < 0) add(out, "âm");
  if (n == 0)
    add(out, kDigit[0]);
  else
    read_positive(out, n < 0 ? -n : n, o);
  if (o.dong) add(out, "đồng");
  if (o.dong && o.chan) add(out, "chẵn");
  return o.capitalize ? capitalize_first(out) : out;
}

}  // namespace baocao::text
