// `baocao import`: flags into cycle::ImportOptions; the import itself
// (mappings, checks, one transaction per file, the errors workbook) is
// engine/cycle/import.hpp. Prints what became of each file; the exit status
// says whether any was refused.
#include "app/import_command.hpp"

#include <charconv>

#include "app/limit_options.hpp"
#include "app/store_options.hpp"
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

class ImportCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("period", "YYYY", MsgId::opt_period, lang));
    o.addOption(value_option("mapping", "FILE.json", MsgId::opt_mapping, lang));
    o.addOption(Poco::Util::Option("dry-run", "", message(lang, MsgId::opt_dry_run)));
    o.addOption(value_option("errors-out", "FILE.xlsx", MsgId::opt_errors_out, lang));
    for (const char* limit : {"max-xlsx-bytes", "max-xlsx-ratio", "max-xlsx-entries", "max-xlsx-cells"})
      o.addOption(value_option(limit, "N", MsgId::opt_xlsx_limit, lang));
    o.addOption(value_option("max-csv-line-bytes", "N", MsgId::opt_csv_line_limit, lang));
    o.addOption(value_option("units", "FILE.csv", MsgId::opt_units, lang).repeatable(true));
    o.addOption(value_option("issuers", "FILE.csv|.xlsx", MsgId::opt_issuers, lang));
    o.addOption(value_option("bodies", "FILE.csv|.xlsx", MsgId::opt_bodies, lang));
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan_import, lang));
    o.addOption(Poco::Util::Option("strict", "", message(lang, MsgId::opt_strict)));
    o.addOption(value_option("max-unit-depth", "N", MsgId::opt_max_unit_depth, lang));
    o.addOption(value_option("max-errors", "N", MsgId::opt_max_errors, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "mapping")
      o_.mapping = value;
    else if (name == "dry-run")
      o_.dry_run = true;
    else if (name == "errors-out")
      o_.errors_out = value;
    else if (name == "max-xlsx-bytes")
      o_.xlsx_limits.max_total_bytes = parse_count(name, value);
    else if (name == "max-xlsx-ratio")
      o_.xlsx_limits.max_ratio = parse_count(name, value);
    else if (name == "max-xlsx-entries")
      o_.xlsx_limits.max_entries = parse_count(name, value);
    else if (name == "max-xlsx-cells")
      o_.xlsx_limits.max_cells = parse_count(name, value);
    else if (name == "max-csv-line-bytes")
      o_.csv_limits.max_line_bytes = parse_limit(name, value);
    else if (name == "period") {
      o_.period = parse_year_option(name, value);
    } else if (name == "units")
      o_.units.push_back(value);
    else if (name == "issuers")
      o_.issuers = value;
    else if (name == "bodies")
      o_.bodies = value;
    else if (name == "plan")
      o_.plan = value;
    else if (name == "strict")
      o_.strict = true;
    else if (name == "max-unit-depth")
      o_.max_unit_depth = parse_unit_depth(name, value);
    else if (name == "max-errors")
      o_.max_errors = parse_limit(name, value);
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
  StoreOptions store_;
  cycle::ImportOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_import_command() {
  return std::make_unique<ImportCommand>();
}

}  // namespace baocao::app
