// The one message catalogue: every text a user reads (errors, warnings,
// help, progress) is an id here with a Vietnamese and an English wording.
// Vietnamese is the default; `--lang en` selects English. Wordings take
// positional arguments {0}, {1}, ... so translations may reorder them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace baocao {

enum class Lang { vi, en };

// Parses "vi" / "en"; throws Error(Usage) on anything else.
Lang parse_lang(std::string_view name);

enum class MsgId {
  // Command line.
  app_summary,
  app_usage,
  app_commands_heading,
  app_options_heading,
  app_help_hint,
  app_unknown_command,
  app_missing_argument,
  app_unexpected_argument,
  app_bad_option_value,
  app_option_error,
  app_unknown_lang,
  app_unknown_option,
  app_option_needs_value,
  app_missing_option,
  opt_help,
  opt_lang,
  opt_version,
  opt_out,
  opt_year,
  opt_targets,
  opt_info,
  opt_fonts,
  cmd_report_summary,
  // Files.
  file_not_found,
  file_read_failed,
  file_write_failed,
  // Text.
  text_invalid_utf8,
  text_not_a_number,
  text_number_required,
  text_bad_date,
  text_not_nfc,
  // CSV and figures.
  csv_unterminated_quote,
  csv_missing_column,
  csv_no_indicator_columns,
  csv_empty,
  data_negative,
  data_numerator_above_denominator,
  data_duplicate_unit,
  data_unknown_indicator,
  data_no_records,
  // Fonts, layout, rendering.
  font_manifest_invalid,
  font_file_missing,
  font_missing_glyph,
  pdf_render_failed,
  xlsx_render_failed,
  // Report wording (document content).
  report_written,
  // Location prefixes, used by format_location().
  loc_file_row,
  loc_file_row_column,
  loc_file_sheet_cell,
  loc_file_line_col,
  loc_file_offset,
  // issue 4: text layer (encodings, detection, words, `baocao text`)
  cmd_text_summary,
  text_usage,
  text_unknown_subcommand,
  text_unknown_encoding,
  text_undecodable,
  text_not_encodable,
  text_detected,
  text_detect_ambiguous,
  text_number_out_of_range,
  text_not_an_integer,
  opt_from,
  opt_encoding,
  opt_place,
  opt_le,
  opt_ngan,
  opt_ti,
  opt_dong,
  opt_nham,
  opt_chan,
  opt_hoa,
  // issue 9: hierarchy, plans, calendar
  unit_overlapping_validity,
  unit_unknown_parent,
  unit_unknown_predecessor,
  unit_cycle,
  plan_invalid,
  plan_bad_deadline,
  plan_unknown_level,
  cmd_calendar_summary,
  opt_plan,
  opt_units,
  opt_submissions,
  opt_today,
  opt_scope,
  calendar_heading,
  calendar_window,
  calendar_line,
  calendar_missing,
  calendar_late,
  calendar_pending,
  // issue 6: template engine and `baocao render`
  cmd_render_summary,
  opt_data,
  opt_db,
  opt_set,
  opt_figures,
  opt_out_file,
  render_written,
  render_bad_out,
  render_bad_set,
  render_db_pending,
  render_data_conflict,
  render_csv_needs_year,
  data_json_invalid,
  tpl_syntax,
  tpl_expected,
  tpl_unclosed,
  tpl_stray,
  tpl_unknown_statement,
  tpl_statement_inline,
  tpl_unknown_name,
  tpl_unknown_name_hint,
  tpl_unknown_function,
  tpl_unknown_function_hint,
  tpl_unknown_filter,
  tpl_unknown_filter_hint,
  tpl_unknown_macro,
  tpl_unknown_macro_hint,
  tpl_unknown_field,
  tpl_unknown_field_hint,
  tpl_unknown_directive,
  tpl_unknown_directive_hint,
  tpl_no_member,
  tpl_blank_value,
  tpl_type,
  tpl_arg_count,
  tpl_division_by_zero,
  tpl_bad_date,
  tpl_include_outside_root,
  tpl_include_not_found,
  tpl_include_cycle,
  tpl_limit,
  tpl_bad_merge,
  tpl_bad_width,
  tpl_missing_header,
  count_  // keep last
};

// Formats the wording of `id` in `lang`, replacing {N} with args[N].
std::string message(Lang lang, MsgId id, const std::vector<std::string>& args = {});

}  // namespace baocao
