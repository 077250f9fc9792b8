#include "engine/text/vi_number.hpp"

#include <unicode/numberformatter.h>

#include <charconv>
#include <cmath>
#include <map>
#include <string>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao::text {

namespace {

std::string icu_format(double value, int decimals) {
  using namespace icu::number;
  UErrorCode status = U_ZERO_ERROR;
  // The formatters are immutable and cheap to keep per thread, one per
  // number of decimals: making one per call (DecimalFormatSymbols, the
  // locale's data under ICU's global locks) took ~20 us, the formatting
  // itself ~1 us (a page of a province's thousand rates spent 20 ms here).
  thread_local std::map<int, LocalizedNumberFormatter> by_decimals;
  auto it = by_decimals.find(decimals);
  if (it == by_decimals.end())
    it = by_decimals
             .emplace(decimals, NumberFormatter::withLocale(icu::Locale("vi", "VN"))
                                    .roundingMode(UNUM_ROUND_HALFUP)
                                    .precision(Precision::fixedFraction(decimals)))
             .first;
  icu::UnicodeString u = it->second.formatDouble(value, status).toString(status);
  if (U_FAILURE(status)) fail(ErrorFamily::internal, MsgId::text_not_a_number, {u_errorName(status)});
  std::string out;
  u.toUTF8String(out);
  return out;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// True when `s` is digits in groups separated by `sep`, the first group 1-3
// digits and every later group exactly 3.
bool grouped(std::string_view s, char sep) {
  std::size_t pos = 0, group = 0;
  bool first = true;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      std::size_t len = i - pos;
      if (first ? (len < 1 || len > 3) : len != 3) return false;
      first = false;
      pos = i + 1;
      ++group;
    } else if (!is_digit(s[i])) {
      return false;
    }
  }
  return group > 1;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!is_digit(c)) return false;
  return true;
}

}  // namespace

std::string without_trailing_zeros(std::string s) {
  if (s.find(',') == std::string::npos) return s;
  while (s.back() == '0') s.pop_back();
  if (s.back() == ',') s.pop_back();
  return s;
}

std::string format_vi_number(double value, int decimals) {
  return icu_format(value, decimals);
}

std::string format_vi_percent(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double shown = std::round(value * scale) / scale;
  // Round towards the truth at the edges: 99.96 is not "100%", 0.04 not "0%".
  if (shown >= 100.0 && value < 100.0) shown = std::floor(value * scale) / scale;
  if (shown <= 0.0 && value > 0.0) shown = std::ceil(value * scale) / scale;
  return icu_format(shown, decimals) + "%";
}

NumberProblem parse_vi_number(std::string_view text, ParsedNumber& out) {
  // Drop spaces (ASCII, NBSP U+00A0, narrow NBSP U+202F) anywhere: " 1 234 ".
  std::string s;
  s.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t') continue;
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0xAF) {
      i += 2;
      continue;
    }
    s += static_cast<char>(c);
  }
  if (s.empty()) return NumberProblem::empty;

  ParsedNumber result;
  std::string_view v = s;
  if (v.back() == '%') {
    result.percent = true;
    v.remove_suffix(1);
  }
  bool negative = false;
  if (!v.empty() && (v.front() == '-' || v.front() == '+')) {
    negative = v.front() == '-';
    v.remove_prefix(1);
  }
  if (v.empty()) return NumberProblem::invalid;

  if (v.find_first_of("eE") != std::string_view::npos) {
    // "1.2345678901234567E+19" is how a spreadsheet writes a number it
    // could not keep whole: too large, not a typo. Smaller ones stay "not
    // a number", as clerks do not type exponents.
    double big = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), big);
    // 1e309 overflows a double: not a number, as NaN and inf are.
    if (end == v.data() + v.size() && ec == std::errc() && std::isfinite(big) && std::fabs(big) > kMaxExactNumber)
      return NumberProblem::too_large;
    return NumberProblem::invalid;
  }
  std::string integer, fraction;
  std::size_t comma = v.find(',');
  std::size_t dot = v.find('.');
  if (comma != std::string_view::npos) {
    // Decimal comma; dots before it can only be thousands separators.
    if (v.find(',', comma + 1) != std::string_view::npos) return NumberProblem::invalid;
    std::string_view ip = v.substr(0, comma), fp = v.substr(comma + 1);
    if (!all_digits(fp)) return NumberProblem::invalid;
    if (ip.find('.') != std::string_view::npos) {
      if (!grouped(ip, '.')) return NumberProblem::invalid;
    } else if (!all_digits(ip)) {
      return NumberProblem::invalid;
    }
    for (char c : ip)
      if (c != '.') integer += c;
    fraction = fp;
  } else if (dot != std::string_view::npos) {
    if (grouped(v, '.')) {  // "12.500", "1.234.567": thousands
      for (char c : v)
        if (c != '.') integer += c;
    } else {  // "12.5": a decimal point, as typed in an English-locale Excel
      std::string_view ip = v.substr(0, dot), fp = v.substr(dot + 1);
      if (!all_digits(ip) || !all_digits(fp)) return NumberProblem::invalid;
      integer = ip;
      fraction = fp;
    }
  } else {
    if (!all_digits(v)) return NumberProblem::invalid;
    integer = v;
  }
  // Beyond 2^53 a double no longer holds every whole number: refused by
  // its digits, before from_chars rounds them.
  std::size_t first = integer.find_first_not_of('0');
  if (first != std::string::npos) {
    std::uint64_t whole = 0;
    auto [p, ec] = std::from_chars(integer.data() + first, integer.data() + integer.size(), whole);
    if (ec == std::errc::result_out_of_range || (ec == std::errc() && whole > (std::uint64_t{1} << 53)))
      return NumberProblem::too_large;
    (void)p;
  }
  std::string canonical = integer + (fraction.empty() ? "" : "." + fraction);
  double value = 0;  // from_chars: independent of the C locale, unlike strtod
  auto [end, ec] = std::from_chars(canonical.data(), canonical.data() + canonical.size(), value);
  if (ec != std::errc() || end != canonical.data() + canonical.size() || !std::isfinite(value))
    return NumberProblem::invalid;
  result.value = negative ? -value : value;
  out = result;
  return NumberProblem::none;
}

ParsedNumber require_vi_number(std::string_view text, const Location& where) {
  ParsedNumber n;
  switch (parse_vi_number(text, n)) {
    case NumberProblem::none:
      return n;
    case NumberProblem::empty:
      fail(ErrorFamily::data, MsgId::text_number_required, {}, where);
    case NumberProblem::too_large:
      fail(ErrorFamily::data, MsgId::text_number_too_large, {std::string(text)}, where);
    case NumberProblem::invalid:
      break;
  }
  fail(ErrorFamily::data, MsgId::text_not_a_number, {std::string(text)}, where);
}

NumberProblem parse_vi_integer(std::string_view text, std::int64_t& out) {
  // Trim, then take the sign; spaces inside are group separators like '.'.
  std::size_t b = 0, e = text.size();
  while (b < e && (text[b] == ' ' || text[b] == '\t')) ++b;
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t')) --e;
  std::string_view v = text.substr(b, e - b);
  if (v.empty()) return NumberProblem::empty;
  bool negative = false;
  if (v.front() == '-' || v.front() == '+') {
    negative = v.front() == '-';
    v.remove_prefix(1);
  }
  std::string s;  // spaces (ASCII, NBSP, narrow NBSP) become ' '
  for (std::size_t i = 0; i < v.size(); ++i) {
    if (v.substr(i, 2) == "\xC2\xA0") {
      s += ' ';
      ++i;
    } else if (v.substr(i, 3) == "\xE2\x80\xAF") {
      s += ' ';
      i += 2;
    } else {
      s += v[i];
    }
  }
  std::string digits;
  if (s.find('.') != std::string::npos || s.find(' ') != std::string::npos) {
    char sep = s.find('.') != std::string::npos ? '.' : ' ';
    if (!grouped(s, sep)) return NumberProblem::invalid;
    for (char c : s)
      if (c != sep) digits += c;
  } else {
    digits = s;
  }
  if (!all_digits(digits)) return NumberProblem::invalid;
  std::uint64_t magnitude = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), magnitude);
  if (ec != std::errc() || end != digits.data() + digits.size()) return NumberProblem::invalid;
  constexpr std::uint64_t kMax = static_cast<std::uint64_t>(INT64_MAX);
  if (magnitude > kMax) return NumberProblem::invalid;
  out = negative ? -static_cast<std::int64_t>(magnitude) : static_cast<std::int64_t>(magnitude);
  return NumberProblem::none;
}

}  // namespace baocao::text
