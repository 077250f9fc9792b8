// The commands' flags and the values they take. A command's flags listed
// once (FlagCommand::flags) both define Poco's options, described in the
// user's language, and set each option from its value: a flag is spelled in
// one place, next to the field it fills.
#pragma once

#include <charconv>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/command.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/store_location.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::app {

// The value of a YYYY option (--year, --period); Error(usage) naming the
// option otherwise.
inline int parse_year_option(const std::string& name, const std::string& value) {
  text::ParsedNumber n;
  if (text::parse_vi_number(value, n) != text::NumberProblem::none || n.value < 1900 || n.value > 9999 ||
      n.value != static_cast<int>(n.value))
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "YYYY"});
  return static_cast<int>(n.value);
}

// The value of a safety-limit flag (`--max-csv-line-bytes N`,
// `--max-include-depth N`, ...): a whole number above zero, since a limit of
// zero would refuse every file and read as a typo. With `max`, at most
// that: a depth limit bounds recursion on the stack, and more would trade a
// clear error for a crash.
inline std::uint64_t parse_limit(const std::string& name, const std::string& value, std::uint64_t max = 0) {
  std::uint64_t n = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || p != value.data() + value.size() || n == 0)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N > 0"});
  if (max && n > max)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "1.." + std::to_string(max)});
  return n;
}

// A small count typed as digits (`--jobs N`, `--lead-days N`): `min` to
// `max`, Error(usage) showing `range` otherwise.
inline int parse_bounded(const std::string& name, const std::string& value, int min, int max,
                         const char* range) {
  int n = 0;
  for (char c : value) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + (c - '0') : -1;
  if (value.empty() || n < min || n > max)
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, range});
  return n;
}

class Flags {
 public:
  using Set = std::function<void(const std::string& value)>;
  // Defining the options, described in `lang`.
  Flags(Poco::Util::OptionSet& options, Lang lang) : options_(&options), lang_(lang) {}
  // Setting option `name` to `value`.
  Flags(const std::string& name, const std::string& value) : name_(&name), value_(&value) {}

  // `--name ARG`, its value given to `set`.
  Flags& value(const char* name, const char* arg, MsgId help, const Set& set, bool required = false,
               bool repeatable = false) {
    if (options_)
      options_->addOption(Poco::Util::Option(name, "", message(lang_, help))
                              .required(required)
                              .repeatable(repeatable)
                              .argument(arg));
    else if (*name_ == name)
      set(*value_);
    return *this;
  }
  // `--name ARG` kept as written (a text or a path).
  template <class T>
  Flags& text(const char* name, const char* arg, MsgId help, T& field, bool required = false) {
    return value(
        name, arg, help, [&field](const std::string& v) { field = v; }, required);
  }
  // A repeatable `--name ARG`: each one added to the list.
  template <class T>
  Flags& text(const char* name, const char* arg, MsgId help, std::vector<T>& field) {
    return value(
        name, arg, help, [&field](const std::string& v) { field.emplace_back(v); }, false, true);
  }
  // `--name YYYY`: a year.
  template <class T>
  Flags& year(const char* name, MsgId help, T& field, bool required = false) {
    return value(
        name, "YYYY", help, [&field, name](const std::string& v) { field = parse_year_option(name, v); },
        required);
  }
  // `--name YYYY-MM-DD`: a day.
  Flags& date(const char* name, MsgId help, std::optional<CivilDate>& field) {
    return value(name, "YYYY-MM-DD", help, [&field](const std::string& v) { field = parse_iso_date(v); });
  }
  // `--name N`: a safety limit, a whole number above zero (at most `max`).
  template <class T>
  Flags& limit(const char* name, MsgId help, T& field, std::uint64_t max = 0) {
    return value(name, "N", help, [&field, name, max](const std::string& v) {
      field = static_cast<T>(parse_limit(name, v, max));
    });
  }
  // `--db PATH | --pg URI`: where the store is.
  Flags& store(cycle::StoreLocation& s) {
    return text("db", "PATH", MsgId::opt_db, s.db).text("pg", "URI", MsgId::opt_pg, s.pg);
  }
  // `--max-unit-depth N`: 1 to 64 levels (model::kMaxUnitDepthLimit; a
  // walk up the hierarchy is bounded by it).
  Flags& unit_depth(int& field) { return limit("max-unit-depth", MsgId::opt_max_unit_depth, field, 64); }
  // `--name` without a value.
  Flags& flag(const char* name, MsgId help, const std::function<void()>& set) {
    if (options_)
      options_->addOption(Poco::Util::Option(name, "", message(lang_, help)));
    else if (*name_ == name)
      set();
    return *this;
  }
  Flags& flag(const char* name, MsgId help, bool& field) {
    return flag(name, help, [&field] { field = true; });
  }

 private:
  Poco::Util::OptionSet* options_ = nullptr;
  Lang lang_ = Lang::vi;
  const std::string* name_ = nullptr;
  const std::string* value_ = nullptr;
};

// A command whose flags are one listing.
class FlagCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& options, Lang lang) final {
    Flags f(options, lang);
    flags(f);
  }
  void take_flag(const std::string& name, const std::string& value) final {
    Flags f(name, value);
    flags(f);
  }

 protected:
  virtual void flags(Flags& f) = 0;
};

}  // namespace baocao::app
