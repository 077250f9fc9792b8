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
  // issue 5: data adapters and the store
  xlsx_empty_file,
  xlsx_is_pdf,
  xlsx_not_zip,
  xlsx_damaged,
  xlsx_missing_part,
  xlsx_too_large,
  xlsx_ratio_too_high,
  xlsx_too_many_entries,
  xlsx_too_many_cells,
  xlsx_path_traversal,
  xlsx_dtd_refused,
  xlsx_bad_xml,
  xlsx_no_sheet,
  map_invalid,
  map_header_not_found,
  data_unknown_unit,
  data_missing_indicator,
  data_period_mismatch,
  data_period_required,
  import_done,
  import_would,
  import_unchanged,
  import_targets_done,
  import_targets_would,
  import_file_rejected,
  import_errors_written,
  store_failed,
  store_schema_too_new,
  cmd_import_summary,
  cmd_status_summary,
  opt_db,
  opt_pg,
  opt_period,
  opt_mapping,
  opt_dry_run,
  opt_errors_out,
  opt_deadline,
  opt_xlsx_limit,
  status_summary_line,
  status_submitted_heading,
  status_missing_heading,
  status_late_heading,
  status_unit_line,
  status_missing_line,
  status_nothing,
  errors_sheet_name,
  errors_col_file,
  errors_col_sheet,
  errors_col_cell,
  errors_col_problem,
  errors_col_full,
  data_missing_unit_code,
  map_none_fits,
  import_units_done,
  count_  // keep last
};

// Formats the wording of `id` in `lang`, replacing {N} with args[N].
std::string message(Lang lang, MsgId id, const std::vector<std::string>& args = {});

}  // namespace baocao
