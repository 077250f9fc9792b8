// See config_file.hpp.
#include "data-adapters/config/config_file.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <string_view>

#include "engine/core/diagnostic.hpp"

namespace baocao::config {

namespace {

namespace fs = std::filesystem;

// Options that choose between alternatives: one of them on the command line
// sets aside every one of them from the file.
const std::vector<std::set<std::string>>& alternatives() {
  static const std::vector<std::set<std::string>> groups = {
      {"db", "pg", "data", "figures", "targets"},  // where the figures come from
      {"key", "cert", "p12"},                      // the signer's key and certificate
  };
  return groups;
}

// Keys that are not options of a command.
constexpr std::array<std::string_view, 2> kGlobalKeys = {"lang", "templates"};

std::string_view trim(std::string_view s) {
  const char* space = " \t\r";
  auto b = s.find_first_not_of(space);
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(space);
  return s.substr(b, e - b + 1);
}

const OptionShape* find_option(const std::vector<OptionShape>& options, const std::string& name) {
  for (const OptionShape& o : options)
    if (o.name == name) return &o;
  return nullptr;
}

bool is_global_key(const std::string& key) {
  return std::find(kGlobalKeys.begin(), kGlobalKeys.end(), key) != kGlobalKeys.end();
}

// yes/no for an option without a value; nullopt for anything else.
std::optional<bool> flag_value(const std::string& v) {
  std::string s = v;
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  if (s == "yes" || s == "true" || s == "1" || s == "có") return true;
  if (s == "no" || s == "false" || s == "0" || s == "không") return false;
  return std::nullopt;
}

// A PostgreSQL URI or keyword string carrying a password.
bool holds_password(const std::string& key, const std::string& value) {
  if (key == "password") return true;
  if (key != "pg") return false;
  if (value.find("password=") != std::string::npos) return true;
  auto scheme = value.find("://");
  if (scheme == std::string::npos) return false;
  auto at = value.find('@', scheme + 3);
  auto slash = value.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return false;
  return value.substr(scheme + 3, at - scheme - 3).find(':') != std::string::npos;
}

[[noreturn]] void fail_at(const ConfigFile& c, int line, MsgId id, std::vector<std::string> args) {
  fail(ErrorFamily::usage, id, std::move(args), at_line(c.path, line));
}

// An error about a value of the file, moved to the value's line.
[[noreturn]] void rethrow_at(const Error& e, const std::string& path, int line) {
  std::vector<Diagnostic> located = e.diagnostics();
  for (Diagnostic& d : located)
    if (d.where.file.empty()) d.where = at_line(path, line);
  throw Error(e.family(), std::move(located));
}

}  // namespace

fs::path default_config_path() {
  return BAOCAO_CONFIG_FILE;
}

ConfigFile read_config_file(const fs::path& path) {
  ConfigFile c;
  c.path = path.string();
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {c.path}, at_file(c.path));
  struct stat st {};
  c.world_readable = ::stat(path.c_str(), &st) == 0 && (st.st_mode & S_IROTH) != 0;
  std::string section;
  c.section_lines[section] = 0;
  c.sections[section];
  int number = 0;
  for (std::string raw; std::getline(in, raw);) {
    ++number;
    std::string_view line = trim(raw);
    if (number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line = trim(line.substr(3));  // a BOM
    if (line.empty() || line[0] == '#' || line[0] == ';') continue;
    if (line.front() == '[') {
      if (line.back() != ']') fail_at(c, number, MsgId::config_syntax, {});
      section = std::string(trim(line.substr(1, line.size() - 2)));
      if (section.empty()) fail_at(c, number, MsgId::config_syntax, {});
      c.section_lines.emplace(section, number);
      c.sections[section];
      continue;
    }
    auto eq = line.find('=');
    if (eq == std::string_view::npos) fail_at(c, number, MsgId::config_syntax, {});
    std::string key(trim(line.substr(0, eq)));
    std::string value(trim(line.substr(eq + 1)));
    if (key.empty() || key.find_first_of(" \t") != std::string::npos)
      fail_at(c, number, MsgId::config_syntax, {});
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
      value = value.substr(1, value.size() - 2);
    if (value.empty()) continue;  // "key =": not set
    c.sections[section][key].push_back({value, number});
  }
  if (in.bad()) fail(ErrorFamily::input, MsgId::file_read_failed, {c.path, "I/O"}, at_file(c.path));
  return c;
}

void check_config(const ConfigFile& c, const CommandShapes& options) {
  std::string names;
  for (const auto& [name, set] : options) names += (names.empty() ? "" : ", ") + name;
  for (const auto& [section, keys] : c.sections) {
    const std::vector<OptionShape>* own = nullptr;
    if (!section.empty()) {
      auto it = options.find(section);
      if (it == options.end())
        fail_at(c, c.section_lines.at(section), MsgId::config_unknown_section, {section, names});
      own = &it->second;
    }
    for (const auto& [key, values] : keys) {
      const int line = values.front().line;
      if (c.world_readable)
        for (const ConfigValue& v : values)
          if (holds_password(key, v.value)) fail_at(c, v.line, MsgId::config_secret, {key});
      if (is_global_key(key)) {
        if (values.size() > 1)
          fail_at(c, values[1].line, MsgId::config_duplicate_key, {key, std::to_string(line)});
        continue;
      }
      // The option as the section's command defines it, or as the first command
      // that has it does (for the top: options of one name have one shape).
      const OptionShape* option = own ? find_option(*own, key) : nullptr;
      if (!own)
        for (const auto& [name, set] : options)
          if ((option = find_option(set, key))) break;
      if (!option) {
        if (own) fail_at(c, line, MsgId::config_unknown_key, {key, section});
        fail_at(c, line, MsgId::config_unknown_key_any, {key});
      }
      if (values.size() > 1 && !option->repeatable)
        fail_at(c, values[1].line, MsgId::config_duplicate_key, {key, std::to_string(line)});
      if (!option->takes_value)
        for (const ConfigValue& v : values)
          if (!flag_value(v.value)) fail_at(c, v.line, MsgId::config_bad_flag, {key, v.value});
    }
  }
}

CommandConfig config_for(const ConfigFile& c, const std::string& command,
                         const std::vector<OptionShape>& options) {
  CommandConfig out;
  out.path = c.path;
  static const std::map<std::string, std::vector<ConfigValue>> none;
  auto top_it = c.sections.find("");
  auto own_it = command.empty() ? c.sections.end() : c.sections.find(command);
  const auto& top = top_it == c.sections.end() ? none : top_it->second;
  const auto& own = own_it == c.sections.end() ? none : own_it->second;
  auto pick = [&](const std::string& key, bool from_top) -> const std::vector<ConfigValue>* {
    if (auto it = own.find(key); it != own.end()) return &it->second;
    if (from_top)
      if (auto it = top.find(key); it != top.end()) return &it->second;
    return nullptr;
  };
  if (auto* v = pick("lang", true)) out.lang = v->front();
  if (auto* v = pick("templates", true)) out.templates = v->front();
  for (const OptionShape& o : options) {
    const std::string& name = o.name;
    // The output root at the top is a directory: not the file a command writes.
    const bool from_top = name != "out" || o.directory;
    const std::vector<ConfigValue>* values = pick(name, from_top);
    if (!values) continue;
    if (o.takes_value) {
      out.options[name] = *values;
    } else if (flag_value(values->back().value).value_or(false)) {
      out.options[name] = {{"", values->back().line}};
    }
  }
  return out;
}

std::optional<Lang> config_lang(const CommandConfig& config) {
  if (!config.lang) return std::nullopt;
  try {
    return parse_lang(config.lang->value);
  } catch (const Error& e) {
    rethrow_at(e, config.path, config.lang->line);
  }
}

void apply_config(const CommandConfig& config, const std::set<std::string>& given,
                  const std::function<void(const std::string& name, const std::string& value)>& set) {
  auto set_aside = [&](const std::string& name) {
    if (given.count(name)) return true;
    for (const auto& group : alternatives())
      if (group.count(name))
        for (const std::string& other : group)
          if (given.count(other)) return true;
    return false;
  };
  for (const auto& [name, values] : config.options) {
    if (set_aside(name)) continue;
    for (const ConfigValue& v : values) {
      try {
        set(name, v.value);
      } catch (const Error& e) {
        rethrow_at(e, config.path, v.line);
      }
    }
  }
}

}  // namespace baocao::config
