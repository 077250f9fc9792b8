// `baocao import`: units' XLSX/CSV forms into the store. Each file is read
// through its mapping, every problem is collected (form, model checks, unit
// codes against the store), and only a file without problems is written, in
// one transaction. Files are independent: one bad file does not stop the
// others, but the exit status says something was refused.
#include "app/import_command.hpp"

#include <Poco/DigestStream.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <utility>

#include "app/batch_pipe.hpp"
#include "app/errors_workbook.hpp"
#include "app/import_checks.hpp"
#include "app/limit_options.hpp"
#include "app/store_options.hpp"
#include "engine/cycle/bodies_import.hpp"
#include "engine/cycle/reference_data.hpp"
#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/csv/gso_units_csv.hpp"
#include "data-adapters/csv/units_history_csv.hpp"
#include "data-adapters/forms/bodies_file.hpp"
#include "data-adapters/forms/builtin_form.hpp"
#include "data-adapters/forms/form_reader.hpp"
#include "data-adapters/forms/issuers_file.hpp"
#include "data-adapters/forms/task_reports.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/indicator_catalogue.hpp"
#include "engine/text/vi_number.hpp"

namespace baocao::app {

namespace {

namespace fs = std::filesystem;

std::string sha256_of(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path}, at_file(path));
  Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) engine.update(buf, static_cast<unsigned>(in.gcount()));
  return Poco::DigestEngine::digestToHex(engine.digest());
}

std::string now_iso() {
  std::time_t t = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

bool has_extension(const std::string& path, std::initializer_list<const char*> exts) {
  std::string e = fs::path(path).extension().string();
  std::transform(e.begin(), e.end(), e.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  for (const char* x : exts)
    if (e == x) return true;
  return false;
}

std::uint64_t parse_count(const std::string& name, const std::string& value) {
  std::uint64_t n = 0;
  auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc() || p != value.data() + value.size())
    fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N"});
  return n;
}

// Sorts problems into reading order: by file, then row, then column.
void reading_order(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.cell.size() != b.where.cell.size() ? a.where.cell.size() < b.where.cell.size()
                                                      : a.where.cell < b.where.cell;
  });
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
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "mapping")
      mapping_path_ = value;
    else if (name == "dry-run")
      dry_run_ = true;
    else if (name == "errors-out")
      errors_out_ = value;
    else if (name == "max-xlsx-bytes")
      limits_.max_total_bytes = parse_count(name, value);
    else if (name == "max-xlsx-ratio")
      limits_.max_ratio = parse_count(name, value);
    else if (name == "max-xlsx-entries")
      limits_.max_entries = parse_count(name, value);
    else if (name == "max-xlsx-cells")
      limits_.max_cells = parse_count(name, value);
    else if (name == "max-csv-line-bytes")
      csv_limits_.max_line_bytes = parse_limit(name, value);
    else if (name == "period") {
      period_ = parse_year_option(name, value);
    } else if (name == "units")
      units_files_.push_back(value);
    else if (name == "issuers")
      issuers_file_ = value;
    else if (name == "bodies")
      bodies_file_ = value;
    else if (name == "plan")
      plan_file_ = value;
    else if (name == "strict")
      strict_ = true;
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty() && units_files_.empty() && issuers_file_.empty() && plan_file_.empty() && bodies_file_.empty())
      fail(ErrorFamily::usage, MsgId::app_missing_argument, {"FILE"});
    if (!mapping_path_.empty())
      given_ = forms::load_mapping(mapping_path_);
    else
      load_shipped_mappings();
    auto store = store_.open();
    cycle::ensure_reference_data(*store);

    int status = 0;
    std::vector<Diagnostic> all;
    // Units first (--units, either layout), so the figures' codes are known.
    // then the register and the plan, which name units.
    std::vector<std::string> files = units_files_;
    // The reporting bodies before the register, which may name them.
    if (!bodies_file_.empty()) files.push_back(bodies_file_);
    if (!issuers_file_.empty()) files.push_back(issuers_file_);
    if (!plan_file_.empty()) files.push_back(plan_file_);
    const std::size_t first_form = files.size();
    files.insert(files.end(), args.begin(), args.end());
    for (std::size_t i = 0; i < files.size(); ++i) {
      const std::string& file = files[i];
      try {
        if (i < units_files_.size())
          import_units_file(file, *store, ctx);
        else if (i < first_form && file == bodies_file_ && i == units_files_.size())
          import_bodies(file, *store, ctx);
        else if (i < first_form && file == issuers_file_)
          import_issuers(file, *store, ctx);
        else if (i < first_form)
          import_plan(file, *store, ctx);
        else
          import_one(file, *store, ctx);
      } catch (const Error& e) {
        ctx.err << "baocao: " << e.render(ctx.lang) << '\n';
        if (e.family() == ErrorFamily::data)
          ctx.err << "baocao: "
                  << message(ctx.lang, MsgId::import_file_rejected,
                             {file, std::to_string(e.diagnostics().size())})
                  << '\n';
        all.insert(all.end(), e.diagnostics().begin(), e.diagnostics().end());
        if (status == 0) status = e.exit_status();
      }
    }
    if (!errors_out_.empty() && !all.empty()) {
      write_errors_workbook(errors_out_, all, ctx.lang);
      ctx.err << message(ctx.lang, MsgId::import_errors_written, {errors_out_}) << '\n';
    }
    return status;
  }

 private:
  void load_shipped_mappings() {
    fs::path dir = data_dir() / "mappings";
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".json") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) shipped_.push_back(forms::load_mapping(f.string()));
  }

  // Valid codes for the period, sorted: units in force at any time during
  // the year, with the names each had.
  struct Known {
    std::vector<std::string> codes;
    std::vector<std::vector<KnownName>> names;
  };
  const Known& known_units(store::Store& s, int period) {
    auto it = codes_.find(period);
    if (it != codes_.end()) return it->second;
    Known& k = codes_[period];
    const std::string from = std::to_string(period) + "-01-01", to = std::to_string(period) + "-12-31";
    k.codes = s.unit_codes_between(from, to);
    k.codes.shrink_to_fit();  // kept through the import: no spare capacity of the store's doubling
    std::vector<std::pair<std::string, std::string>> names = s.unit_names_between(from, to);
    cycle::add_body_codes(s, k.codes, names);  // a reporting body's form imports like a unit's
    k.names = known_names(k.codes, names);
    return k;
  }

  void import_one(const std::string& file, store::Store& s, Context& ctx) {
    std::string sha = sha256_of(file);
    csv::CsvTable csv_data;
    xlsx::Workbook book;
    std::unique_ptr<forms::Table> table;
    forms::Mapping mapping;

    if (has_extension(file, {".csv", ".txt", ".tsv"})) {
      csv_data = csv::read_csv(file, csv_limits_);
      if (csv_data.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(file));
      const auto& header = csv_data.rows.front().cells;
      if (csv::is_units_header(header)) return import_units(file, s, csv::units_from_csv(csv_data), ctx);
      if (csv::is_units_history_header(header))
        return import_units(file, s, csv::units_history_from_csv(file), ctx);
      auto has = [&](const char* h) { return std::find(header.begin(), header.end(), h) != header.end(); };
      if (has("nam") && has("chi_so") && has("chi_tieu")) return import_targets(file, s, ctx);
      auto builtin = forms::builtin_figures_mapping(header);
      if (given_)
        mapping = *given_;
      else if (builtin)
        mapping = *builtin;
      else
        fail(ErrorFamily::input, MsgId::csv_no_indicator_columns, {},
             at_line(file, csv_data.rows.front().line));
      table = forms::csv_table(csv_data);
    } else {
      // Sheets beyond 65,536 cells keep only their head rows in memory; the
      // chosen form's rows are then streamed (forms::xlsx_table), so a
      // 100,000-row form never holds its million cells.
      xlsx::ReadOptions head;
      head.keep_cells = 65'536;
      book = xlsx::read_workbook(file, limits_, head);
      // A hand-made file with cells out of order cannot be read row by row.
      if (std::any_of(book.sheets.begin(), book.sheets.end(),
                      [](const xlsx::Sheet& sh) { return sh.partial && sh.unordered; }))
        book = xlsx::read_workbook(file, limits_);
      std::string names;
      for (const auto& sh : book.sheets) names += (names.empty() ? "'" : ", '") + sh.name + "'";
      auto sheet_for = [&](const forms::Mapping& m) {
        return m.sheet.empty() ? book.first_visible() : book.sheet(m.sheet);
      };
      // A form made by `baocao form` carries its own mapping.
      std::optional<forms::Mapping> chosen = given_ ? given_ : forms::builtin_form_mapping(book);
      if (chosen) {
        const xlsx::Sheet* sh = sheet_for(*chosen);
        if (!sh) fail(ErrorFamily::data, MsgId::xlsx_no_sheet, {chosen->sheet, names}, at_file(file));
        mapping = *chosen;
        table = forms::xlsx_table(book, *sh);
      } else {
        for (const auto& m : shipped_) {
          const xlsx::Sheet* sh = sheet_for(m);
          if (!sh) continue;
          auto t = forms::xlsx_table(book, *sh);
          if (forms::mapping_fits(*t, m)) {
            mapping = m;
            table = std::move(t);
            break;
          }
        }
        if (!table && book.first_visible()) {
          auto t = forms::xlsx_table(book, *book.first_visible());
          std::vector<std::string> row1;
          for (int c = 1; c <= t->cols(); ++c) row1.push_back(t->cell(1, c).text);
          if (auto builtin = forms::builtin_figures_mapping(row1)) {
            mapping = *builtin;
            table = std::move(t);
          }
        }
        if (!table) fail(ErrorFamily::usage, MsgId::map_none_fits, {names}, at_file(file));
      }
    }

    // A reporting body's form also reports on its tasks (a second sheet).
    std::vector<Diagnostic> task_problems;
    std::vector<TaskReport> tasks = book.sheets.empty() ? std::vector<TaskReport>{}
                                                        : forms::read_task_reports(book, mapping, task_problems);
    import_figures(file, sha, *table, mapping, s, ctx, std::move(tasks), std::move(task_problems));
  }

  // One pass over the form, a chunk of rows at a time, inside the store's
  // one transaction: each chunk is checked and written as it is read, and
  // once the last row is read a file with any problem throws them all,
  // which rolls the whole file back. Nothing but compact state per unit
  // (ImportChecks) outlives a chunk. (Checking first and then reading the
  // form again to write it parsed a large XLSX three times.)
  void import_figures(const std::string& file, const std::string& sha, const forms::Table& table,
                      const forms::Mapping& mapping, store::Store& s, Context& ctx, std::vector<TaskReport> tasks = {},
                      std::vector<Diagnostic> problems = {}) {
    constexpr int kRows = 256;  // 1,024 Records of a four-indicator form, about 0.6 MB
    forms::FormCursor reader(table, mapping, period_);
    auto refuse = [&] {
      reading_order(problems);
      throw Error(ErrorFamily::data, std::move(problems));
    };
    // The store files everything under one period, so it must be known
    // first: a form whose rows give it is read up to its first figure.
    std::vector<Record> chunk;
    bool more = true;
    while (reader.period() == 0 && (more = reader.next(kRows, chunk, problems))) {
    }
    int period = reader.period();
    if (period == 0) {
      problems.push_back({MsgId::data_period_required, {}, at_file(file)});
      refuse();
    }

    cycle::check_body_tasks(s, period, mapping.tasks ? mapping.tasks->body : std::string(), tasks, problems);
    const Known& known = known_units(s, period);
    ImportChecks checks(table, reader.columns(), mapping, known.codes, known.names,
                        model::IndicatorCatalogue::national(), strict_);
    // The form is read and checked on a second thread while the store
    // writes; the reader, the checks and `problems` are that thread's until
    // the pipe is gone. It starts with the store's first request, so a file
    // imported before (same SHA-256) is not read again.
    using Pipe = BatchPipe<std::vector<Record>>;
    auto produce = [&](const Pipe::Emit& emit) {
      // `chunk` holds the rows read to learn the period, if any, then each next chunk.
      do {
        for (Record& r : chunk)
          if (r.period == 0) r.period = period;
        checks.add(chunk, reader.rows_read(), problems);
        // The file will be rolled back: writing the rest would be wasted.
        if (!problems.empty()) chunk.clear();
        if (!emit(std::exchange(chunk, {}))) return;
      } while (more && (more = reader.next(kRows, chunk, problems)));
      if (checks.figures() == 0 && problems.empty())
        problems.push_back({MsgId::data_no_records, {}, at_file(file)});
      if (!problems.empty()) refuse();
    };
    std::optional<Pipe> pipe;
    store::FileSubmission sub{file, sha, period, now_iso(), {}, {}, tasks};
    sub.next = [&](std::vector<Record>& batch) {
      if (!pipe) pipe.emplace(produce);
      return pipe->next(batch);
    };
    store::ImportResult r = s.import_file(sub, dry_run_);
    for (const Diagnostic& w : checks.warnings())
      ctx.err << "baocao: " << message(ctx.lang, MsgId::warning_prefix, {format_diagnostic(ctx.lang, w)}) << '\n';
    if (r.unchanged)
      ctx.out << message(ctx.lang, MsgId::import_unchanged, {file}) << '\n';
    else
      ctx.out << message(ctx.lang, dry_run_ ? MsgId::import_would : MsgId::import_done,
                         {file, std::to_string(r.units), std::to_string(r.units_new),
                          std::to_string(r.units_superseding)})
              << '\n';
    if (!tasks.empty() && !r.unchanged)
      ctx.out << message(ctx.lang, MsgId::import_tasks_done, {file, std::to_string(tasks.size())}) << '\n';
  }

  // The reporting bodies register replaces the one before, once every row
  // is sound and names a unit the store knows.
  void import_bodies(const std::string& file, store::Store& s, Context& ctx) {
    std::vector<ReportingBody> bodies = forms::read_bodies_file(file, csv_limits_, limits_);
    cycle::import_bodies(s, bodies, dry_run_);
    codes_.clear();
    ctx.out << message(ctx.lang, MsgId::import_bodies_done, {file, std::to_string(bodies.size())}) << '\n';
  }

  void import_units_file(const std::string& file, store::Store& s, Context& ctx) {
    csv::CsvTable t = csv::read_csv(file, csv_limits_);
    if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(file));
    const auto& header = t.rows.front().cells;
    if (csv::is_units_header(header)) return import_units(file, s, csv::units_from_csv(t), ctx);
    // The history layout; its reader names a missing column.
    import_units(file, s, csv::units_history_from_csv(file), ctx);
  }

  void import_units(const std::string& file, store::Store& s, const std::vector<Unit>& units,
                    Context& ctx) {
    if (!dry_run_) s.put_units(units);
    codes_.clear();
    ctx.out << message(ctx.lang, MsgId::import_units_done, {file, std::to_string(units.size())}) << '\n';
  }

  // The issuers register replaces the one before, once every row is sound
  // and names a unit the store knows (at any time: a register may keep a
  // merged unit's row).
  void import_issuers(const std::string& file, store::Store& s, Context& ctx) {
    std::vector<IssuerEntry> rows = forms::read_issuers_file(file, csv_limits_, limits_);
    std::vector<std::string> codes = s.unit_codes_between("0000-01-01", "9999-12-31");
    std::vector<std::pair<std::string, std::string>> names;
    cycle::add_body_codes(s, codes, names);  // a reporting body has its row too
    std::vector<Diagnostic> problems;
    for (const IssuerEntry& e : rows)
      if (!e.unit_code.empty() && !std::binary_search(codes.begin(), codes.end(), e.unit_code))
        problems.push_back({MsgId::issuers_unknown_unit, {e.unit_code}, e.source});
    if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
    if (!dry_run_) s.put_issuers(rows);
    ctx.out << message(ctx.lang, MsgId::import_issuers_done, {file, std::to_string(rows.size())}) << '\n';
  }

  // A plan kept in the store, for the years it names ("tu_nam", "den_nam";
  // every year when it names none).
  void import_plan(const std::string& file, store::Store& s, Context& ctx) {
    std::ifstream in(file, std::ios::binary);
    if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {file}, at_file(file));
    std::stringstream text;
    text << in.rdbuf();
    PlanData plan = plan::read_plan_json_text(text.str(), file);
    store::StoredPlan kept{plan.name, plan.first_year, plan.last_year, text.str(), file, sha256_of(file), now_iso()};
    if (!dry_run_) s.put_plan(kept);
    ctx.out << message(ctx.lang, MsgId::import_plan_done, {file, plan.name}) << '\n';
  }

  void import_targets(const std::string& file, store::Store& s, Context& ctx) {
    Dataset d;
    csv::read_targets_csv(file, d, csv_limits_);
    std::vector<Diagnostic> problems;
    for (const Target& t : d.targets)
      if (!model::IndicatorCatalogue::national().find(t.indicator))
        problems.push_back({MsgId::data_unknown_indicator, {t.indicator}, t.source});
    if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
    int n = s.put_targets(d.targets, file, dry_run_);
    ctx.out << message(ctx.lang, dry_run_ ? MsgId::import_targets_would : MsgId::import_targets_done,
                       {file, std::to_string(n)})
            << '\n';
  }

  StoreOptions store_;
  std::string mapping_path_, errors_out_;
  std::vector<std::string> units_files_;  // --units: unit lists, imported before the other files
  std::string issuers_file_, plan_file_, bodies_file_;
  bool strict_ = false;
  std::optional<forms::Mapping> given_;
  std::vector<forms::Mapping> shipped_;
  bool dry_run_ = false;
  int period_ = 0;
  xlsx::Limits limits_;
  csv::CsvLimits csv_limits_;
  std::map<int, Known> codes_;
};

}  // namespace

std::unique_ptr<Command> make_import_command() {
  return std::make_unique<ImportCommand>();
}

}  // namespace baocao::app
