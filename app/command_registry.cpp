#include "app/command.hpp"

#include "engine/core/diagnostic.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::app {

const std::vector<CommandInfo>& commands() {
  static const std::vector<CommandInfo> kCommands = {
      {"report", MsgId::cmd_report_summary, &make_report_command},
      {"import", MsgId::cmd_import_summary, &make_import_command},
      {"status", MsgId::cmd_status_summary, &make_status_command},
      {"text", MsgId::cmd_text_summary, &make_text_command},
      {"calendar", MsgId::cmd_calendar_summary, &make_calendar_command},
      {"render", MsgId::cmd_render_summary, &make_render_command},
      {"export", MsgId::cmd_export_summary, &make_export_command},
      {"run", MsgId::cmd_run_summary, &make_run_command},
      {"sign", MsgId::cmd_sign_summary, &make_sign_command},
      {"verify", MsgId::cmd_verify_summary, &make_verify_command},
      {"issue", MsgId::cmd_issue_summary, &make_issue_command},
      {"form", MsgId::cmd_form_summary, &make_form_command},
      {"schedule", MsgId::cmd_schedule_summary, &make_schedule_command},
  };
  return kCommands;
}

int parse_year_option(const std::string& name, const std::string& value) {
  text::ParsedNumber n;
  if (text::parse_vi_number(value, n) != text::NumberProblem::none || n.value < 1900 || n.value > 9999 ||
      n.value != static_cast<int>(n.value))
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "YYYY"});
  return static_cast<int>(n.value);
}

Poco::Util::Option value_option(const char* name, const char* arg, MsgId description, Lang lang,
                                bool required) {
  return Poco::Util::Option(name, "", message(lang, description)).required(required).argument(arg);
}

}  // namespace baocao::app
