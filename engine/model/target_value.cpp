#include "engine/model/target_value.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cmath>
#include <cstdint>

#include "engine/text/vi_case.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::model {

namespace {

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  // A no-break space (U+00A0) spreadsheets put around "%" or "–".
  while (s.size() >= 2 && s.substr(0, 2) == "\xC2\xA0") s = trim(s.substr(2));
  while (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s = trim(s.substr(0, s.size() - 2));
  return s;
}

bool starts(std::string_view& s, std::string_view prefix) {
  if (s.substr(0, prefix.size()) != prefix) return false;
  s = trim(s.substr(prefix.size()));
  return true;
}

bool ends(std::string_view& s, std::string_view suffix) {
  if (s.size() < suffix.size() || s.substr(s.size() - suffix.size()) != suffix) return false;
  s = trim(s.substr(0, s.size() - suffix.size()));
  return true;
}

std::optional<double> number_of(std::string_view s) {
  s = trim(s);
  text::ParsedNumber n;
  if (text::parse_vi_number(s, n) != text::NumberProblem::none) return std::nullopt;
  return n.value;
}

// Words, not a mistyped number: at least one run of two or more letters
// (Unicode letters: "độ", not a dash or "≥").
bool has_word(std::string_view s) {
  int run = 0;
  for (std::int32_t i = 0; i < static_cast<std::int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<std::int32_t>(s.size()), c);
    run = c >= 0 && u_isalpha(c) ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

// Splits a range "75–80", "75 - 80%", "75—80" at its dash (not a leading minus).
std::optional<TargetValue> range_of(std::string_view s) {
  for (std::string_view dash : {"\xE2\x80\x93", "\xE2\x80\x94", "-"}) {
    std::size_t at = s.find(dash, 1);
    if (at == std::string_view::npos) continue;
    auto low = number_of(s.substr(0, at)), high = number_of(s.substr(at + dash.size()));
    if (low && high) return TargetValue{TargetKind::range, *low, *high, {}};
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<TargetValue> stated(std::string_view lower) {
  std::string_view s = lower;
  for (std::string_view p : {">=", "\xE2\x89\xA5", "tối thiểu", "ít nhất"})
    if (starts(s, p)) {
      if (auto v = number_of(s)) return TargetValue{TargetKind::at_least, *v, *v, {}};
      return std::nullopt;
    }
  for (std::string_view p : {"<=", "\xE2\x89\xA4", "không vượt quá", "không quá", "tối đa"})
    if (starts(s, p)) {
      if (auto v = number_of(s)) return TargetValue{TargetKind::at_most, *v, *v, {}};
      return std::nullopt;
    }
  if (ends(s, "trở lên")) {
    starts(s, "từ");
    if (auto v = number_of(s)) return TargetValue{TargetKind::at_least, *v, *v, {}};
    return std::nullopt;
  }
  if (ends(s, "trở xuống")) {
    starts(s, "từ");
    if (auto v = number_of(s)) return TargetValue{TargetKind::at_most, *v, *v, {}};
    return std::nullopt;
  }
  if (starts(s, "từ")) {
    constexpr std::string_view kTo = " đến ";
    std::size_t to = s.find(kTo);
    if (to == std::string_view::npos) return std::nullopt;
    auto low = number_of(s.substr(0, to)), high = number_of(s.substr(to + kTo.size()));
    if (low && high) return TargetValue{TargetKind::range, *low, *high, {}};
    return std::nullopt;
  }
  if (auto v = number_of(s)) return TargetValue::number(*v);
  return range_of(s);
}

std::string plain(double v) {
  return text::without_trailing_zeros(text::format_vi_number(v, 2));
}

}  // namespace

std::optional<TargetValue> parse_target(std::string_view cell, const Location& where,
                                        std::vector<Diagnostic>& problems) {
  std::string_view s = trim(cell);
  if (s.empty()) return TargetValue{};
  if (auto v = stated(text::lower_vi(s))) return v;
  if (has_word(s)) return TargetValue{TargetKind::text, 0, 0, std::string(s)};
  problems.push_back({MsgId::target_bad_value, {std::string(s)}, where});
  return std::nullopt;
}

void check_target(const TargetValue& v, const Indicator& indicator, const Location& where,
                  std::vector<Diagnostic>& problems) {
  if (v.kind == TargetKind::open || v.kind == TargetKind::text) return;
  const std::string shown = format_target(v, indicator.rate ? "%" : "");
  for (double x : {v.low, v.high}) {
    if (indicator.rate && (x < 0 || x > 100)) {
      problems.push_back({MsgId::target_rate_out_of_range, {shown, indicator.id}, where});
      return;
    }
    if (x < 0) {
      problems.push_back({MsgId::target_negative, {shown, indicator.id}, where});
      return;
    }
  }
  if (v.kind == TargetKind::range && v.low > v.high)
    problems.push_back({MsgId::target_range_reversed, {shown}, where});
}

std::string format_target(const TargetValue& v, std::string_view unit) {
  auto with_unit = [&](double x) {
    if (unit.empty()) return plain(x);
    return plain(x) + (unit == "%" ? "" : " ") + std::string(unit);
  };
  switch (v.kind) {
    case TargetKind::open:
      return {};
    case TargetKind::number:
      return with_unit(v.low);
    case TargetKind::range:
      return plain(v.low) + "\xE2\x80\x93" + with_unit(v.high);
    case TargetKind::at_least:
      return "từ " + with_unit(v.low) + " trở lên";
    case TargetKind::at_most:
      return "không quá " + with_unit(v.high);
    case TargetKind::text:
      return v.text;
  }
  return {};
}

std::optional<double> target_threshold(const TargetValue& v) {
  switch (v.kind) {
    case TargetKind::number:
    case TargetKind::range:
    case TargetKind::at_least:
      return v.low;
    default:
      return std::nullopt;
  }
}

}  // namespace baocao::model
