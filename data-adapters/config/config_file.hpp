// The configuration file (/etc/baocao/baocao.conf, or --config FILE): values
// for the commands' options, so the systemd units and a clerk's command line
// need no long list of flags. One generic rule, no command knows about it:
//
//   # comment                  (a line starting with # or ;)
//   db = /var/lib/baocao/baocao.db
//   lang = vi
//   [schedule]                 (what follows is for `baocao schedule` only)
//   plan = /var/lib/baocao/ke-hoach.json
//
// A key is the long name of an option without "--". A key at the top
// applies to every command that has that option, a key under [COMMAND] to
// that command only and before the top's. The command line wins over both:
// an option it gives is never taken from the file, nor are the others of its
// group of alternatives (--db, --pg and render's --data, --figures,
// --targets; --key, --cert and --p12). `out` at the top is the output
// root: it applies to the commands whose --out is a directory (report, run,
// export, schedule), not to those writing one file (render, form, sign).
// Options without a value take yes or no; a repeatable option may be given
// on several lines. Values are used as written (paths: write them absolute).
// Besides options: `lang` (vi|en) and `templates` (templates directory).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace baocao::config {

struct ConfigValue {
  std::string value;
  int line = 0;
};

struct ConfigFile {
  std::string path;  // as named, for messages
  bool world_readable = false;
  // section ("" for the top) -> key -> its values in file order
  std::map<std::string, std::map<std::string, std::vector<ConfigValue>>> sections;
  std::map<std::string, int> section_lines;
};

// The default file: <sysconfdir>/baocao/baocao.conf (/etc/baocao/baocao.conf
// for the Debian package).
std::filesystem::path default_config_path();

// Reads the file; a line that is neither a comment, a section nor
// `key = value` is Error(usage) at its line, an unreadable file Error(input).
ConfigFile read_config_file(const std::filesystem::path& path);

// What the file is checked against: each command's options.
struct OptionShape {
  std::string name;
  bool takes_value = true;
  bool repeatable = false;
  bool directory = false;  // the value is a directory (an `out` the top's `out` applies to)
};
using CommandShapes = std::map<std::string, std::vector<OptionShape>>;  // by command name

// Checks every section and key against the commands' options (unknown
// section or key, a key given twice that is not repeatable, a flag that is
// not yes/no, a password in a file everyone can read): Error(usage) at the
// line.
void check_config(const ConfigFile& config, const CommandShapes& commands);

// What the file gives one command (`command` empty for none).
struct CommandConfig {
  std::string path;
  std::optional<ConfigValue> lang, templates;
  // option name -> its values (flags: "" when yes; absent when no)
  std::map<std::string, std::vector<ConfigValue>> options;
};
CommandConfig config_for(const ConfigFile& config, const std::string& command,
                         const std::vector<OptionShape>& options);

// The file's `lang`, if it gives one; Error(usage) at its line when it is
// not vi or en.
std::optional<Lang> config_lang(const CommandConfig& config);

// Gives `set` (option name, value) the file's options that the command line
// did not give (`given`: full names of the options on the command line).
// Errors `set` throws about a value are reported at the file's line.
void apply_config(const CommandConfig& config, const std::set<std::string>& given,
                  const std::function<void(const std::string& name, const std::string& value)>& set);

}  // namespace baocao::config
