// A `baocao` subcommand. The CLI stays thin (qpdf.cc over QPDFJob): a command
// reads its options, calls the engine, and maps nothing itself; errors are
// baocao::Error and the CLI turns them into a message and an exit status.
#pragma once

#include <Poco/Util/OptionSet.h>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace baocao::app {

struct Context {
  Lang lang = Lang::vi;
  std::ostream& out;
  std::ostream& err;

  // A message of the catalogue as a line of the output.
  void say(MsgId id, const std::vector<std::string>& args = {}) const {
    out << message(lang, id, args) << '\n';
  }
  // Lines a job's result words (engine/cycle/result_text.hpp), one by one.
  void print(const std::vector<std::string>& lines) const {
    for (const std::string& line : lines) out << line << '\n';
  }
};

class Command {
 public:
  virtual ~Command() = default;
  // Adds the command's own options; descriptions come from the catalogue.
  virtual void define_options(Poco::Util::OptionSet& options, Lang lang) = 0;
  // Receives each of the command's options as parsed (repeatable ones once per use).
  virtual void take_flag(const std::string& name, const std::string& value) = 0;
  // Runs with the positional arguments (the command name removed).
  virtual int run(const std::vector<std::string>& args, Context& ctx) = 0;
};

struct CommandInfo {
  const char* name;
  MsgId summary;
  std::unique_ptr<Command> (*make)();
};

// Every command, in the order `baocao --help` lists them (command_registry.cpp).
const std::vector<CommandInfo>& commands();

// The commands, each made in its NAME_command.cpp.
std::unique_ptr<Command> make_report_command();
std::unique_ptr<Command> make_import_command();
std::unique_ptr<Command> make_status_command();
std::unique_ptr<Command> make_text_command();
std::unique_ptr<Command> make_calendar_command();
std::unique_ptr<Command> make_render_command();
std::unique_ptr<Command> make_export_command();
std::unique_ptr<Command> make_run_command();
std::unique_ptr<Command> make_sign_command();
std::unique_ptr<Command> make_verify_command();
std::unique_ptr<Command> make_issue_command();
std::unique_ptr<Command> make_form_command();
std::unique_ptr<Command> make_schedule_command();
std::unique_ptr<Command> make_serve_command();
std::unique_ptr<Command> make_user_command();

}  // namespace baocao::app
