#include "app/cli.hpp"

#include <Poco/Util/Application.h>
#include <Poco/Util/OptionException.h>

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "app/command.hpp"
#include "data-adapters/config/config_file.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/core/diagnostic.hpp"

namespace baocao::app {

namespace {

using Poco::Util::Option;
using Poco::Util::OptionSet;
using config::CommandConfig;
using config::ConfigFile;

// Before Poco parses anything, the language, the command and the
// configuration file must be known: they decide which options exist, which
// are required, and the language of their descriptions.
struct PreScan {
  std::optional<std::string> lang, config;
  std::string command;
};

PreScan pre_scan(int argc, char** argv) {
  PreScan p;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--lang" && i + 1 < argc) p.lang = argv[++i];
    else if (a.rfind("--lang=", 0) == 0) p.lang = std::string(a.substr(7));
    else if (a == "--config" && i + 1 < argc) p.config = argv[++i];
    else if (a.rfind("--config=", 0) == 0) p.config = std::string(a.substr(9));
    else if (a == "--templates" && i + 1 < argc) ++i;
    else if (p.command.empty() && !a.empty() && a[0] != '-') p.command = std::string(a);
  }
  return p;
}

// The configuration file: --config FILE, else the default one if it exists.
std::optional<ConfigFile> load_config(const PreScan& scan, const config::CommandShapes& shapes) {
  std::filesystem::path path = scan.config ? std::filesystem::path(*scan.config) : config::default_config_path();
  std::error_code ec;
  if (!scan.config && !std::filesystem::exists(path, ec)) return std::nullopt;
  ConfigFile config = config::read_config_file(path);
  config::check_config(config, shapes);
  return config;
}

// Every command's options, as the configuration file is checked against.
config::CommandShapes command_shapes(Lang lang) {
  config::CommandShapes shapes;
  for (const CommandInfo& info : commands()) {
    OptionSet set;
    info.make()->define_options(set, lang);
    for (const Option& o : set)
      shapes[info.name].push_back({o.fullName(), o.takesArgument(), o.repeatable(), o.argumentName() == "DIR"});
  }
  return shapes;
}

void print_version(std::ostream& out, Lang lang, const std::optional<ConfigFile>& config) {
  out << "baocao " << BAOCAO_VERSION << '\n';
  if (const auto& found = find_data_dir()) {
    MsgId rule = found->rule == DataDirRule::beside_program ? MsgId::data_dir_beside_program
                 : found->rule == DataDirRule::environment  ? MsgId::data_dir_from_environment
                                                            : MsgId::data_dir_build_tree;
    out << message(lang, MsgId::version_data_dir, {found->path.string(), message(lang, rule)}) << '\n';
  } else {
    std::string tried;
    for (const DataDir& c : data_dir_candidates()) tried += (tried.empty() ? "" : ", ") + c.path.string();
    out << message(lang, MsgId::version_data_dir_missing, {tried}) << '\n';
  }
  if (config)
    out << message(lang, MsgId::version_config, {config->path}) << '\n';
  else
    out << message(lang, MsgId::version_config_missing, {config::default_config_path().string()}) << '\n';
}

class BaocaoApp : public Poco::Util::Application {
 public:
  BaocaoApp(Lang lang, const CommandInfo* info, CommandConfig config, std::ostream& out, std::ostream& err)
      : lang_(lang), info_(info), config_(std::move(config)), out_(out), err_(err) {
    setUnixOptions(true);
    if (info_) command_ = info_->make();
  }

  bool help_requested() const { return help_; }
  bool version_requested() const { return version_; }

  void print_help() const {
    if (!info_) {
      out_ << message(lang_, MsgId::app_summary) << "\n\n"
           << message(lang_, MsgId::app_usage) << "\n\n"
           << message(lang_, MsgId::app_commands_heading) << '\n';
      for (const auto& c : commands())
        out_ << "  " << std::left << std::setw(12) << c.name << message(lang_, c.summary) << '\n';
      out_ << '\n';
    } else {
      out_ << "baocao " << info_->name << ": " << message(lang_, info_->summary) << "\n\n";
    }
    out_ << message(lang_, MsgId::app_options_heading) << '\n';
    for (const Option& o : options()) {
      std::string flag = "--" + o.fullName() + (o.takesArgument() ? " " + o.argumentName() : "");
      out_ << "  " << std::left << std::setw(24) << flag << ' ' << o.description() << '\n';
    }
    if (!info_) out_ << '\n' << message(lang_, MsgId::app_help_hint) << '\n';
  }

 protected:
  void defineOptions(OptionSet& options) override {
    options.addOption(Option("help", "h", message(lang_, MsgId::opt_help)));
    options.addOption(Option("lang", "", message(lang_, MsgId::opt_lang)).argument("vi|en"));
    options.addOption(Option("version", "", message(lang_, MsgId::opt_version)));
    const std::string default_config = config::default_config_path().string();
    options.addOption(
        Option("config", "", message(lang_, MsgId::opt_config, {default_config})).argument("FILE"));
    options.addOption(Option("templates", "", message(lang_, MsgId::opt_templates)).argument("DIR"));
    if (!command_) return;
    OptionSet own;
    command_->define_options(own, lang_);
    for (Option o : own) {
      // A required option the configuration file gives may be left out.
      if (config_.options.count(o.fullName())) o.required(false);
      options.addOption(o);
    }
  }

  void handleOption(const std::string& name, const std::string& value) override {
    Application::handleOption(name, value);
    // `--out ''` or `--db "$UNSET"` would silently mean the current directory.
    if (value.empty() && options().getOption(name).takesArgument())
      fail(ErrorFamily::usage, MsgId::app_option_empty, {name});
    given_.insert(name);
    if (name == "help") {
      help_ = true;
      stopOptionsProcessing();
    } else if (name == "version") {
      version_ = true;
    } else if (name == "lang") {
      lang_ = parse_lang(value);
    } else if (name == "config") {
      // read before Poco started (pre_scan)
    } else if (name == "templates") {
      templates_ = value;
    } else if (command_) {
      command_->take_flag(name, value);
    }
  }

  int main(const std::vector<std::string>& args) override {
    std::vector<std::string> rest(args.begin() + (args.empty() ? 0 : 1), args.end());
    Context ctx{lang_, out_, err_};
    // Poco's run() would log and swallow exceptions as EXIT_SOFTWARE; errors
    // are reported here, in the user's language, with their own status.
    try {
      if (!templates_.empty())
        set_templates_dir(templates_);
      else if (config_.templates)
        set_templates_dir(config_.templates->value);
      else
        set_templates_dir({});
      config::apply_config(config_, given_, [this](const std::string& n, const std::string& v) { command_->take_flag(n, v); });
      return command_->run(rest, ctx);
    } catch (const Error& e) {
      err_ << "baocao: " << e.render(lang_) << '\n';
      return e.exit_status();
    }
  }

 private:
  Lang lang_;
  const CommandInfo* info_;
  CommandConfig config_;
  std::unique_ptr<Command> command_;
  std::ostream& out_;
  std::ostream& err_;
  std::set<std::string> given_;  // options on the command line, by full name
  std::string templates_;
  bool help_ = false, version_ = false;
};

std::string command_names() {
  std::string names;
  for (const auto& c : commands()) names += (names.empty() ? "" : ", ") + std::string(c.name);
  return names;
}

// Poco's option errors, in the user's language.
Error option_error(const Poco::Util::OptionException& e) {
  std::string what = e.message();
  if (dynamic_cast<const Poco::Util::UnknownOptionException*>(&e))
    return Error(ErrorFamily::usage, Diagnostic{MsgId::app_unknown_option, {what}, {}});
  // Poco says "lang requires vi|en": the option's name is the first word.
  if (dynamic_cast<const Poco::Util::MissingArgumentException*>(&e))
    return Error(ErrorFamily::usage, Diagnostic{MsgId::app_option_needs_value, {what.substr(0, what.find(' '))}, {}});
  if (dynamic_cast<const Poco::Util::MissingOptionException*>(&e))
    return Error(ErrorFamily::usage, Diagnostic{MsgId::app_missing_option, {what}, {}});
  return Error(ErrorFamily::usage, Diagnostic{MsgId::app_option_error, {e.displayText()}, {}});
}

// Poco takes every argument that starts with '-' for an option, so a
// negative number ("baocao text words -5") would be refused. Arguments that
// are negative numbers move behind a "--", after the other arguments, which
// keeps their order among themselves.
std::vector<std::string> with_negative_numbers_last(int argc, char** argv) {
  std::vector<std::string> front, numbers;
  bool after_dashes = false;
  for (int i = 0; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") {
      after_dashes = true;
      continue;
    }
    bool negative = a.size() > 1 && a[0] == '-' && a[1] >= '0' && a[1] <= '9';
    (after_dashes || (i > 0 && negative) ? numbers : front).emplace_back(a);
  }
  if (!numbers.empty()) {
    front.emplace_back("--");
    front.insert(front.end(), numbers.begin(), numbers.end());
  }
  return front;
}

}  // namespace

int run_cli(int argc, char** argv, std::ostream& out, std::ostream& err) {
  Lang lang = Lang::vi;
  try {
    PreScan scan = pre_scan(argc, argv);
    if (scan.lang) lang = parse_lang(*scan.lang);
    const CommandInfo* info = nullptr;
    for (const auto& c : commands())
      if (scan.command == c.name) info = &c;
    if (!scan.command.empty() && scan.command != "help" && !info)
      fail(ErrorFamily::usage, MsgId::app_unknown_command, {scan.command, command_names()});

    const config::CommandShapes shapes = command_shapes(lang);
    const std::optional<ConfigFile> config = load_config(scan, shapes);
    CommandConfig own;  // what the file gives this command
    if (config)
      own = config::config_for(*config, info ? info->name : "", info ? shapes.at(info->name) : std::vector<config::OptionShape>{});
    if (!scan.lang) lang = config::config_lang(own).value_or(lang);

    BaocaoApp app(lang, info, std::move(own), out, err);
    try {
      std::vector<std::string> args = with_negative_numbers_last(argc, argv);
      std::vector<char*> ptrs;
      for (auto& a : args) ptrs.push_back(a.data());
      app.init(static_cast<int>(ptrs.size()), ptrs.data());
    } catch (const Poco::Util::OptionException& e) {
      if (!app.help_requested()) throw option_error(e);
    }
    if (app.version_requested()) {
      print_version(out, lang, config);
      return 0;
    }
    if (app.help_requested() || !info) {
      app.print_help();
      return info || app.help_requested() || scan.command == "help" ? 0 : static_cast<int>(ErrorFamily::usage);
    }
    return app.run();
  } catch (const Error& e) {
    err << "baocao: " << e.render(lang) << '\n';
    return e.exit_status();
  } catch (const Poco::Exception& e) {
    err << "baocao: " << e.displayText() << '\n';
    return static_cast<int>(ErrorFamily::internal);
  } catch (const std::exception& e) {
    err << "baocao: " << e.what() << '\n';
    return static_cast<int>(ErrorFamily::internal);
  }
}

}  // namespace baocao::app
