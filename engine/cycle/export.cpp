#include "engine/cycle/export.hpp"

#include <array>
#include <set>

#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/render/xlsx/table_export.hpp"

namespace baocao::cycle {

namespace fs = std::filesystem;

CivilDate parse_month(const std::string& month) {
  // Reuse the ISO date checks: "2026-11" is valid when "2026-11-01" is.
  if (month.size() == 7 && month[4] == '-') try {
      return parse_iso_date(month + "-01");
    } catch (const Error&) {
    }
  fail(ErrorFamily::usage, MsgId::app_bad_option_value, {"month", month, "YYYY-MM"});
}

ExportReport export_month(store::Store& store, const ExportOptions& o) {
  const CivilDate first_day = parse_month(o.month);
  prepare_output_dir(o.out);
  ExportReport report;
  report.xlsx = o.out / ("so-lieu-" + o.month + ".xlsx");
  report.csv = o.out / ("so-lieu-" + o.month + ".csv");

  const Lang l = o.lang;
  std::vector<render::ExportColumn> columns = {
      {message(l, MsgId::export_col_submission), 10},  {message(l, MsgId::export_col_unit_code), 10},
      {message(l, MsgId::export_col_unit_name), 30},   {message(l, MsgId::export_col_period), 8},
      {message(l, MsgId::export_col_source_file), 30}, {message(l, MsgId::export_col_imported_at), 21},
      {message(l, MsgId::export_col_indicator), 24},   {message(l, MsgId::export_col_numerator), 12},
      {message(l, MsgId::export_col_denominator), 12}, {message(l, MsgId::export_col_note), 30},
      {message(l, MsgId::export_col_status), 14},
  };
  render::TableExportOptions opts;
  opts.sheet_name = message(l, MsgId::export_sheet_name, {o.month});
  opts.title = opts.sheet_name;
  // The first day of the month: fixed, so an unchanged store gives the same bytes.
  opts.created = to_unix_seconds(first_day);
  render::TableExport out(report.xlsx, report.csv, columns, opts);

  const std::string current = message(l, MsgId::export_status_current);
  const std::string superseded = message(l, MsgId::export_status_superseded);
  std::set<std::int64_t> submissions;
  store.month_values(o.month, [&](const store::ExportRow& r) {
    submissions.insert(r.submission_id);
    std::array<render::ExportCell, 11> cells = {
        render::ExportCell::id(static_cast<double>(r.submission_id)),
        render::ExportCell::of(r.unit_code),
        render::ExportCell::of(r.unit_name),
        render::ExportCell::id(r.period),
        render::ExportCell::of(r.source_file),
        render::ExportCell::of(r.imported_at),
        render::ExportCell::of(r.indicator),
        render::ExportCell::num(r.numerator),
        render::ExportCell::num(r.denominator),
        render::ExportCell::of(r.note),
        render::ExportCell::of(r.current ? current : superseded),
    };
    out.row(cells);
  });
  out.finish();
  report.rows = out.rows();
  report.submissions = submissions.size();
  return report;
}

}  // namespace baocao::cycle
