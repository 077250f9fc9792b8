#include "app/command.hpp"

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
      {"serve", MsgId::cmd_serve_summary, &make_serve_command},
      {"user", MsgId::cmd_user_summary, &make_user_command},
  };
  return kCommands;
}

}  // namespace baocao::app
