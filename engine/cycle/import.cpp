#include "engine/cycle/import.hpp"

#include <Poco/DigestEngine.h>
#include <Poco/SHA2Engine.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/forms/catalogue_file.hpp"
#include "data-adapters/forms/targets_file.hpp"
#include "data-adapters/csv/gso_units_csv.hpp"
#include "data-adapters/csv/units_history_csv.hpp"
#include "data-adapters/forms/bodies_file.hpp"
#include "data-adapters/forms/builtin_form.hpp"
#include "data-adapters/forms/form_reader.hpp"
#include "data-adapters/forms/issuers_file.hpp"
#include "data-adapters/forms/task_reports.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/cycle/batch_pipe.hpp"
#include "engine/cycle/bodies_import.hpp"
#include "engine/cycle/errors_workbook.hpp"
#include "engine/cycle/import_checks.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/model/indicator_catalogue.hpp"

namespace baocao::cycle {

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

// Sorts problems into reading order: by file, then row, then column.
void reading_order(std::vector<Diagnostic>& ds) {
  std::stable_sort(ds.begin(), ds.end(), [](const Diagnostic& a, const Diagnostic& b) {
    if (a.where.line != b.where.line) return a.where.line < b.where.line;
    return a.where.cell.size() != b.where.cell.size() ? a.where.cell.size() < b.where.cell.size()
                                                      : a.where.cell < b.where.cell;
  });
}

// The errors workbook replaces its target: never a file this import reads
// (the same path spelt another way, or a link to it, included).
void refuse_errors_out_over_an_input(const ImportOptions& o) {
  if (o.errors_out.empty()) return;
  std::vector<fs::path> inputs = o.units;
  inputs.insert(inputs.end(), o.files.begin(), o.files.end());
  for (const fs::path& p : {o.mapping, o.bodies, o.issuers, o.plan})
    if (!p.empty()) inputs.push_back(p);
  const fs::path out = fs::weakly_canonical(fs::absolute(o.errors_out));
  for (const fs::path& in : inputs) {
    std::error_code ec;
    if (fs::equivalent(o.errors_out, in, ec) || fs::weakly_canonical(fs::absolute(in), ec) == out)
      fail(ErrorFamily::usage, MsgId::import_errors_out_is_input, {o.errors_out.string(), in.string()});
  }
}

class Importer {
 public:
  Importer(store::Store& s, const ImportOptions& o) : s_(s), o_(o), imported_at_(o.imported_at) {
    if (imported_at_.empty()) imported_at_ = now_iso();
    if (!o.mapping.empty())
      given_ = forms::load_mapping(o.mapping.string());
    else
      load_shipped_mappings();
    if (!o.errors_out.empty()) errors_book_.emplace(o.errors_out, o.errors_lang);
  }

  ImportReport run(const std::function<void(const ImportedFile&)>& each) {
    ImportReport report;
    std::vector<std::pair<fs::path, ImportedKind>> files;
    for (const fs::path& f : o_.units) files.emplace_back(f, ImportedKind::units);
    if (!o_.bodies.empty()) files.emplace_back(o_.bodies, ImportedKind::bodies);
    if (!o_.issuers.empty()) files.emplace_back(o_.issuers, ImportedKind::issuers);
    // An office's own indicators come before a plan given with them: the
    // plan may assign them to its reporting bodies.
    std::vector<fs::path> rest;
    for (const fs::path& f : o_.files)
      if (!o_.plan.empty() && forms::is_catalogue_file(f.string(), o_.csv_limits, o_.xlsx_limits))
        files.emplace_back(f, ImportedKind::figures);
      else
        rest.push_back(f);
    if (!o_.plan.empty()) files.emplace_back(o_.plan, ImportedKind::plan);
    for (const fs::path& f : rest) files.emplace_back(f, ImportedKind::figures);
    for (const auto& [path, kind] : files) {
      ImportedFile out;
      out.file = path;
      out.kind = kind;
      const std::string file = path.string();
      try {
        switch (kind) {
          case ImportedKind::units: import_units_file(file, out); break;
          case ImportedKind::issuers: import_issuers(file, out); break;
          case ImportedKind::bodies: import_bodies(file, out); break;
          case ImportedKind::plan: import_plan(file, out); break;
          default: import_one(file, out); break;
        }
      } catch (const Error& e) {
        // A form's problems reached the errors workbook as they were found
        // and the error lists the first max_errors; others are listed here.
        out.problems = streamed_ ? streamed_ : e.diagnostics().size();
        std::vector<Diagnostic> shown = e.diagnostics();
        for (Diagnostic& d : shown) rename(d);
        if (!streamed_) {
          if (errors_book_)
            for (const Diagnostic& d : shown) errors_book_->add(d);
          if (shown.size() > o_.max_errors) {
            shown.resize(o_.max_errors);
            shown.push_back(more_problems(file, out.problems - o_.max_errors));
          }
        }
        streamed_ = 0;
        out.error = Error(e.family(), std::move(shown));
      }
      if (each) each(out);
      report.files.push_back(std::move(out));
    }
    report.errors_written = errors_book_ && errors_book_->commit();
    return report;
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
    std::vector<std::string> names;  // known_names
  };
  const Known& known_units(int period) {
    auto it = codes_.find(period);
    if (it != codes_.end()) return it->second;
    Known& k = codes_[period];
    const std::string from = std::to_string(period) + "-01-01", to = std::to_string(period) + "-12-31";
    // The codes are those the names are listed under (in code order): one
    // query, and no second list of a country's codes while the first is read.
    std::vector<std::pair<std::string, std::string>> names = s_.unit_names_between(from, to);
    k.codes.reserve(names.size());
    for (const auto& [code, name] : names)
      if (k.codes.empty() || k.codes.back() != code) k.codes.push_back(code);
    add_body_codes(s_, k.codes, names);  // a reporting body's form imports like a unit's
    k.codes.shrink_to_fit();             // kept through the import
    k.names = known_names(k.codes, names);
    return k;
  }

  void import_one(const std::string& file, ImportedFile& out) {
    std::string sha = sha256_of(file);
    csv::CsvTable csv_data;
    xlsx::Workbook book;
    std::unique_ptr<forms::Table> table;
    forms::Mapping mapping;

    if (has_extension(file, {".csv", ".txt", ".tsv"})) {
      csv_data = csv::read_csv(file, o_.csv_limits);
      if (csv_data.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(file));
      const auto& header = csv_data.rows.front().cells;
      // Figures only, for one who may submit for some units: never a list.
      if (!o_.only_units.empty() && (csv::is_units_header(header) || csv::is_units_history_header(header) ||
                                     (std::find(header.begin(), header.end(), "chi_tieu") != header.end()) ||
                                     forms::is_catalogue_header(header)))
        fail(ErrorFamily::data, MsgId::import_figures_only, {}, at_file(file));
      if (csv::is_units_header(header) || csv::is_units_history_header(header))
        return import_units_table(file, csv_data, out);
      if (forms::is_targets_header(header)) return import_targets(file, out);
      if (forms::is_catalogue_header(header)) return import_catalogue(file, sha, out);
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
      book = xlsx::read_workbook(file, o_.xlsx_limits, head);
      // A hand-made file with cells out of order cannot be read row by row.
      if (std::any_of(book.sheets.begin(), book.sheets.end(),
                      [](const xlsx::Sheet& sh) { return sh.partial && sh.unordered; }))
        book = xlsx::read_workbook(file, o_.xlsx_limits);
      // A plan's targets kept in a workbook: its first sheet's headings say so.
      if (!given_ && book.first_visible()) {
        auto first = forms::xlsx_table(book, *book.first_visible());
        std::vector<std::string> row1;
        for (int c = 1; c <= first->cols(); ++c) row1.push_back(first->cell(1, c).text);
        if (forms::is_targets_header(row1) || forms::is_catalogue_header(row1)) {
          if (!o_.only_units.empty()) fail(ErrorFamily::data, MsgId::import_figures_only, {}, at_file(file));
          if (forms::is_catalogue_header(row1)) return import_catalogue(file, sha, out);
          return import_targets(file, out);
        }
      }
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
    import_figures(file, sha, *table, mapping, out, std::move(tasks), std::move(task_problems));
  }

  // One pass over the form, a chunk of rows at a time, inside the store's
  // one transaction: each chunk is checked and written as it is read, and
  // once the last row is read a file with any problem throws them all,
  // which rolls the whole file back. Nothing but compact state per unit
  // (ImportChecks) outlives a chunk. (Checking first and then reading the
  // form again to write it parsed a large XLSX three times.)
  Diagnostic more_problems(const std::string& file, std::size_t more) const {
    return {MsgId::import_more_problems, {std::to_string(more), std::to_string(o_.max_errors)}, at_file(shown(file))};
  }

  void import_figures(const std::string& file, const std::string& sha, const forms::Table& table,
                      const forms::Mapping& mapping, ImportedFile& out, std::vector<TaskReport> tasks = {},
                      std::vector<Diagnostic> task_problems = {}) {
    constexpr int kRows = 256;  // 1,024 Records of a four-indicator form, about 0.6 MB
    forms::FormCursor reader(table, mapping, o_.period);
    // A chunk's problems, then drained: each goes to the errors workbook as
    // found and only the first --max-errors are kept for the message, so a
    // form of a million bad rows costs no more memory than a good one.
    std::vector<Diagnostic> problems, listed;
    std::size_t found = 0;
    auto drain = [&] {
      reading_order(problems);
      for (Diagnostic& d : problems) {
        rename(d);
        ++found;
        if (errors_book_) errors_book_->add(d);
        if (listed.size() < o_.max_errors) listed.push_back(std::move(d));
      }
      problems.clear();
    };
    auto refuse = [&] {
      drain();
      if (found > listed.size()) listed.push_back(more_problems(file, found - listed.size()));
      streamed_ = found;
      throw Error(ErrorFamily::data, std::move(listed));
    };
    // The store files everything under one period, so it must be known
    // first: a form whose rows give it is read up to its first figure.
    std::vector<Record> chunk;
    bool more = true;
    while (reader.period() == 0 && (more = reader.next(kRows, chunk, problems))) drain();
    int period = reader.period();
    if (period == 0) {
      problems.push_back({MsgId::data_period_required, {}, at_file(file)});
      refuse();
    }

    // The task reports' problems, and those against the plan the store keeps for the period.
    problems.insert(problems.end(), task_problems.begin(), task_problems.end());
    check_body_tasks(s_, period, mapping.tasks ? mapping.tasks->body : std::string(), tasks, problems);
    drain();
    const Known& known = known_units(period);
    ImportChecks checks(table, reader.columns(), mapping, known.codes, known.names,
                        store_catalogue(s_), o_.strict);
    if (!o_.only_units.empty()) checks.only_units(&o_.only_units);
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
        drain();
        // The file will be rolled back: writing the rest would be wasted.
        if (found > 0) chunk.clear();
        if (!emit(std::exchange(chunk, {}))) return;
      } while (more && (more = reader.next(kRows, chunk, problems)));
      drain();
      if (checks.figures() == 0 && found == 0) problems.push_back({MsgId::data_no_records, {}, at_file(file)});
      if (!problems.empty() || found > 0) refuse();
    };
    std::optional<Pipe> pipe;
    store::FileSubmission sub{shown(file), sha, period, imported_at_, {}, {}, tasks};
    sub.next = [&](std::vector<Record>& batch) {
      if (!pipe) pipe.emplace(produce);
      return pipe->next(batch);
    };
    out.figures = s_.import_file(sub, o_.dry_run);
    out.count = out.figures.units;
    out.warnings = checks.warnings();
    out.tasks = static_cast<int>(tasks.size());
    for (Diagnostic& d : out.warnings) rename(d);
  }

  // The name a file goes by (ImportOptions::shown_names), and a problem
  // whose location or words name its path named so instead.
  std::string shown(const std::string& file) const {
    auto it = o_.shown_names.find(fs::path(file));
    return it == o_.shown_names.end() ? file : it->second;
  }
  void rename(Diagnostic& d) const {
    if (o_.shown_names.empty()) return;
    const std::string path = d.where.file, name = shown(path);
    if (name == path) return;
    d.where.file = name;
    for (std::string& a : d.args)
      for (std::size_t at = a.find(path); at != std::string::npos; at = a.find(path, at + name.size()))
        a.replace(at, path.size(), name);
  }

  void import_units_file(const std::string& file, ImportedFile& out) {
    csv::CsvTable t = csv::read_csv(file, o_.csv_limits);
    if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(file));
    import_units_table(file, t, out);
  }

  void import_units_table(const std::string& file, const csv::CsvTable& t, ImportedFile& out) {
    out.kind = ImportedKind::units;
    if (csv::is_units_header(t.rows.front().cells)) return import_units(csv::units_from_csv(t), out);
    // The history layout; its reader names a missing column.
    import_units(csv::units_history_from_csv(file), out);
  }

  // The list as it will stand in the store, checked as a whole before
  // anything is written: the file's rows replace the store's of the same
  // code and start, and every problem (a repeated row, overlapping validity
  // with the file or the store, a cycle of parents, an unknown parent, too
  // many levels) is listed at its row, as `calendar --units` lists them.
  void check_units_list(const std::vector<Unit>& units) const {
    auto key = [](const Unit& u) { return std::pair{u.code, u.valid_from ? to_iso(*u.valid_from) : std::string()}; };
    std::set<std::pair<std::string, std::string>> given;
    for (const Unit& u : units) given.insert(key(u));
    std::vector<Unit> merged;
    for (Unit& u : s_.all_units())
      if (!given.count(key(u))) {
        u.source = {};
        merged.push_back(std::move(u));
      }
    const std::size_t existing = merged.size();
    merged.insert(merged.end(), units.begin(), units.end());
    std::vector<Diagnostic> problems = model::check_units(merged, o_.max_unit_depth, existing);
    if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  }

  void import_units(const std::vector<Unit>& units, ImportedFile& out) {
    check_units_list(units);
    if (!o_.dry_run) s_.put_units(units);
    codes_.clear();
    out.count = static_cast<int>(units.size());
  }

  // The issuers register replaces the one before, once every row is sound
  // and names a unit the store knows (at any time: a register may keep a
  // merged unit's row).
  void import_issuers(const std::string& file, ImportedFile& out) {
    std::vector<IssuerEntry> rows = forms::read_issuers_file(file, o_.csv_limits, o_.xlsx_limits);
    std::vector<std::string> codes = s_.unit_codes_between("0000-01-01", "9999-12-31");
    std::vector<std::pair<std::string, std::string>> names;
    add_body_codes(s_, codes, names);  // a reporting body has its row too
    std::vector<Diagnostic> problems;
    for (const IssuerEntry& e : rows)
      if (!e.unit_code.empty() && !std::binary_search(codes.begin(), codes.end(), e.unit_code))
        problems.push_back({MsgId::issuers_unknown_unit, {e.unit_code}, e.source});
    if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
    if (!o_.dry_run) s_.put_issuers(rows);
    out.count = static_cast<int>(rows.size());
  }

  // The reporting bodies register replaces the one before, once every row
  // is sound and names a unit the store knows.
  void import_bodies(const std::string& file, ImportedFile& out) {
    std::vector<ReportingBody> bodies = forms::read_bodies_file(file, o_.csv_limits, o_.xlsx_limits);
    cycle::import_bodies(s_, bodies, o_.dry_run);
    codes_.clear();
    out.count = static_cast<int>(bodies.size());
  }

  // A plan kept in the store, for the years it names ("tu_nam", "den_nam";
  // every year when it names none).
  void import_plan(const std::string& file, ImportedFile& out) {
    std::ifstream in(file, std::ios::binary);
    if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {file}, at_file(file));
    std::stringstream text;
    text << in.rdbuf();
    PlanData plan = plan::read_plan_json_text(text.str(), file, &store_catalogue(s_));
    store::StoredPlan kept{plan.name,   plan.first_year,   plan.last_year, text.str(),
                           shown(file), sha256_of(file), imported_at_};
    if (!o_.dry_run) s_.put_plan(kept);
    out.plan_name = plan.name;
  }

  void import_targets(const std::string& file, ImportedFile& out) {
    out.kind = ImportedKind::targets;
    std::vector<Target> targets =
        forms::read_targets_file(file, store_catalogue(s_), o_.csv_limits, o_.xlsx_limits);
    out.count = s_.put_targets(targets, shown(file), o_.dry_run);
  }

  // An office's own indicators, added to the shipped catalogue as a new
  // version of the store's; a national indicator cannot be redefined.
  void import_catalogue(const std::string& file, const std::string& sha, ImportedFile& out) {
    out.kind = ImportedKind::catalogue;
    std::vector<model::Indicator> indicators = forms::read_catalogue_file(file, o_.csv_limits, o_.xlsx_limits);
    const model::IndicatorCatalogue& national = model::IndicatorCatalogue::national();
    std::vector<Diagnostic> problems;
    std::vector<store::IndicatorRow> rows;
    int position = static_cast<int>(national.all().size());
    for (const model::Indicator& i : indicators) {
      if (national.find(i.id)) problems.push_back({MsgId::catalogue_builtin_changed, {i.id}, at_file(shown(file))});
      rows.push_back({i.id, i.name, i.numerator, i.denominator, i.programme, i.unit,
                      model::measured_at_name(i.measured_at), i.rate ? "ty_le" : "so_luong", ++position, true});
    }
    if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
    out.count = static_cast<int>(rows.size());
    out.catalogue_version = s_.put_office_indicators(rows, shown(file), sha, imported_at_, o_.dry_run);
  }

  store::Store& s_;
  const ImportOptions& o_;
  std::string imported_at_;
  std::optional<forms::Mapping> given_;
  std::vector<forms::Mapping> shipped_;
  std::optional<ErrorsWorkbook> errors_book_;
  std::size_t streamed_ = 0;  // problems of the last refused form already in errors_book_
  std::map<int, Known> codes_;
};

}  // namespace

int ImportReport::exit_status() const {
  for (const ImportedFile& f : files)
    if (f.error) return f.error->exit_status();
  return 0;
}

ImportReport import_files(store::Store& store, const ImportOptions& options,
                          const std::function<void(const ImportedFile&)>& each) {
  if (options.units.empty() && options.bodies.empty() && options.issuers.empty() && options.plan.empty() &&
      options.files.empty())
    fail(ErrorFamily::usage, MsgId::app_missing_argument, {"FILE"});
  refuse_errors_out_over_an_input(options);
  Importer importer(store, options);
  ensure_reference_data(store);
  return importer.run(each);
}

}  // namespace baocao::cycle
