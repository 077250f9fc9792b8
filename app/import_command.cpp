// `baocao import`: flags into cycle::ImportOptions; the import itself
// (mappings, checks, one transaction per file, the errors workbook) is
// engine/cycle/import.hpp. Prints what became of each file; the exit status
// says whether any was refused.
#include <charconv>

#include "app/flags.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/import.hpp"

namespace baocao::app {

namespace {

std::uint64_t parse_count(const std::string& name, const std::string& value) {
  std::uint64_t n = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || p != value.data() + value.size())
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N"});
  return n;
}

void print(const cycle::ImportedFile& f, bool dry_run, Context& ctx) {
  const std::string file = f.file.string();
  if (f.error) {
    ctx.err << "baocao: " << f.error->render(ctx.lang) << '\n';
    if (f.error->family() == ErrorFamily::data)
      ctx.err << "baocao: " << message(ctx.lang, MsgId::import_file_rejected, {file, std::to_string(f.problems)})
              << '\n';
    return;
  }
  for (const Diagnostic& w : f.warnings)
    ctx.err << "baocao: " << message(ctx.lang, MsgId::warning_prefix, {format_diagnostic(ctx.lang, w)}) << '\n';
  const std::string n = std::to_string(f.count);
  switch (f.kind) {
    case cycle::ImportedKind::units: ctx.out << message(ctx.lang, MsgId::import_units_done, {file, n}); break;
    case cycle::ImportedKind::issuers: ctx.out << message(ctx.lang, MsgId::import_issuers_done, {file, n}); break;
    case cycle::ImportedKind::bodies: ctx.out << message(ctx.lang, MsgId::import_bodies_done, {file, n}); break;
    case cycle::ImportedKind::plan: ctx.out << message(ctx.lang, MsgId::import_plan_done, {file, f.plan_name}); break;
    case cycle::ImportedKind::targets:
      ctx.out << message(ctx.lang, dry_run ? MsgId::import_targets_would : MsgId::import_targets_done, {file, n});
      break;
    case cycle::ImportedKind::catalogue:
      ctx.out << (dry_run ? message(ctx.lang, MsgId::import_catalogue_dry_run, {file, n})
                          : message(ctx.lang, MsgId::import_catalogue_done, {file, n, std::to_string(f.catalogue_version)}));
      break;
    case cycle::ImportedKind::figures:
      if (f.figures.unchanged)
        ctx.out << message(ctx.lang, MsgId::import_unchanged, {file});
      else
        ctx.out << message(ctx.lang, dry_run ? MsgId::import_would : MsgId::import_done,
                           {file, n, std::to_string(f.figures.units_new), std::to_string(f.figures.units_superseding)});
      if (f.tasks > 0 && !f.figures.unchanged)
        ctx.out << '\n' << message(ctx.lang, MsgId::import_tasks_done, {file, std::to_string(f.tasks)});
      break;
  }
  ctx.out << '\n';
}

class ImportCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.store(store_);
    f.year("period", MsgId::opt_period, o_.period)
        .text("mapping", "FILE.json", MsgId::opt_mapping, o_.mapping)
        .flag("dry-run", MsgId::opt_dry_run, o_.dry_run)
        .text("errors-out", "FILE.xlsx", MsgId::opt_errors_out, o_.errors_out);
    auto count = [&f](const char* name, auto& field) {
      f.value(name, "N", MsgId::opt_xlsx_limit,
              [&field, name](const std::string& v) { field = parse_count(name, v); });
    };
    count("max-xlsx-bytes", o_.xlsx_limits.max_total_bytes);
    count("max-xlsx-ratio", o_.xlsx_limits.max_ratio);
    count("max-xlsx-entries", o_.xlsx_limits.max_entries);
    count("max-xlsx-cells", o_.xlsx_limits.max_cells);
    f.limit("max-csv-line-bytes", MsgId::opt_csv_line_limit, o_.csv_limits.max_line_bytes)
        .text("units", "FILE.csv", MsgId::opt_units, o_.units)
        .text("issuers", "FILE.csv|.xlsx", MsgId::opt_issuers, o_.issuers)
        .text("bodies", "FILE.csv|.xlsx", MsgId::opt_bodies, o_.bodies)
        .text("plan", "FILE.json", MsgId::opt_plan_import, o_.plan)
        .flag("strict", MsgId::opt_strict, o_.strict)
        .unit_depth(o_.max_unit_depth)
        .limit("max-errors", MsgId::opt_max_errors, o_.max_errors);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    o_.files.assign(args.begin(), args.end());
    o_.errors_lang = ctx.lang;
    auto store = store_.open();
    const cycle::ImportReport r =
        cycle::import_files(*store, o_, [&](const cycle::ImportedFile& f) { print(f, o_.dry_run, ctx); });
    if (r.errors_written)
      ctx.err << message(ctx.lang, MsgId::import_errors_written, {o_.errors_out.string()}) << '\n';
    return r.exit_status();
  }

 private:
  cycle::StoreLocation store_;
  cycle::ImportOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_import_command() {
  return std::make_unique<ImportCommand>();
}

}  // namespace baocao::app
