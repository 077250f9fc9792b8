// `baocao export`: the store streams the month's values page by page into the
// XLSX + CSV writer, so the month's size never sits in memory. Superseded
// submissions are exported too (marked), since the month's record is what
// arrived, not only what is current now.
#include "app/export_command.hpp"

#include <array>
#include <filesystem>
#include <set>

#include "app/store_options.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/render/xlsx/table_export.hpp"

namespace baocao::app {

namespace {

namespace fs = std::filesystem;

class ExportCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("month", "YYYY-MM", MsgId::opt_month, lang, true));
    o.addOption(value_option("out", "DIR", MsgId::opt_out_dir_export, lang, true));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "out") out_ = value;
    if (name == "month") {
      // Reuse the ISO date checks: "2026-11" is valid when "2026-11-01" is.
      bool shape = value.size() == 7 && value[4] == '-';
      try {
        if (shape) first_day_ = parse_iso_date(value + "-01");
      } catch (const Error&) {
        shape = false;
      }
      if (!shape) fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "YYYY-MM"});
      month_ = value;
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    auto store = store_.open(true);
    prepare_output_dir(out_);
    fs::path xlsx = fs::path(out_) / ("so-lieu-" + month_ + ".xlsx");
    fs::path csv = fs::path(out_) / ("so-lieu-" + month_ + ".csv");

    Lang l = ctx.lang;
    std::vector<render::ExportColumn> columns = {
        {message(l, MsgId::export_col_submission), 10},  {message(l, MsgId::export_col_unit_code), 10},
        {message(l, MsgId::export_col_unit_name), 30},   {message(l, MsgId::export_col_period), 8},
        {message(l, MsgId::export_col_source_file), 30}, {message(l, MsgId::export_col_imported_at), 21},
        {message(l, MsgId::export_col_indicator), 24},   {message(l, MsgId::export_col_numerator), 12},
        {message(l, MsgId::export_col_denominator), 12}, {message(l, MsgId::export_col_note), 30},
        {message(l, MsgId::export_col_status), 14},
    };
    render::TableExportOptions opts;
    opts.sheet_name = message(l, MsgId::export_sheet_name, {month_});
    opts.title = opts.sheet_name;
    // The first day of the month: fixed, so an unchanged store gives the same bytes.
    opts.created = to_unix_seconds(first_day_);
    render::TableExport out(xlsx, csv, columns, opts);

    const std::string current = message(l, MsgId::export_status_current);
    const std::string superseded = message(l, MsgId::export_status_superseded);
    std::set<std::int64_t> submissions;
    store->month_values(month_, [&](const store::ExportRow& r) {
      submissions.insert(r.submission_id);
      std::array<render::ExportCell, 11> cells = {
          render::ExportCell::num(static_cast<double>(r.submission_id)),
          render::ExportCell::of(r.unit_code),
          render::ExportCell::of(r.unit_name),
          render::ExportCell::num(r.period),
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
    ctx.out << message(l, MsgId::export_done,
                       {month_, std::to_string(out.rows()), std::to_string(submissions.size()), xlsx.string(),
                        csv.string()})
            << '\n';
    return 0;
  }

 private:
  StoreOptions store_;
  std::string month_, out_;
  CivilDate first_day_{};
};

}  // namespace

std::unique_ptr<Command> make_export_command() {
  return std::make_unique<ExportCommand>();
}

}  // namespace baocao::app
