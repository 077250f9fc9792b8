// A command's flags listed once (FlagCommand::flags) both define Poco's
// options, described in the user's language, and set each option from its
// value: a flag is spelled in one place, next to the field it fills.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "app/command.hpp"
#include "app/limit_options.hpp"
#include "engine/core/civil_date.hpp"

namespace baocao::app {

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
      options_->addOption(value_option(name, arg, help, lang_, required).repeatable(repeatable));
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
  // `--max-unit-depth N`: the levels a units list may have.
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
  void set_option(const std::string& name, const std::string& value) final {
    Flags f(name, value);
    flags(f);
  }

 protected:
  virtual void flags(Flags& f) = 0;
};

}  // namespace baocao::app
