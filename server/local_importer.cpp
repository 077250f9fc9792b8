#include "server/local_importer.hpp"

#include <xlsxwriter.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "data-adapters/csv/csv_reader.hpp"
#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/csv/gso_units_csv.hpp"
#include "data-adapters/csv/units_history_csv.hpp"
#include "data-adapters/forms/builtin_form.hpp"
#include "data-adapters/forms/form_reader.hpp"
#include "data-adapters/forms/issuers_file.hpp"
#include "data-adapters/forms/mapping.hpp"
#include "data-adapters/forms/table.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "data-adapters/xlsx/xlsx_reader.hpp"
#include "engine/core/atomic_file.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/model/indicator_catalogue.hpp"
#include "engine/model/rates.hpp"

namespace baocao::server {

namespace {

namespace fs = std::filesystem;

// Uploads are one unit's form or a list: far below the command line's bounds.
xlsx::Limits upload_limits() {
  xlsx::Limits l;
  l.max_total_bytes = 64ull << 20;
  l.max_ratio = 100;
  l.max_entries = 1'000;
  l.max_cells = 1'000'000;
  return l;
}

// Messages name the file as the clerk knows it, never the server's temporary path.
void rename_file(std::vector<Diagnostic>& ds, const std::string& path, const std::string& name) {
  for (Diagnostic& d : ds) {
    if (d.where.file == path) d.where.file = name;
    for (std::string& a : d.args)
      for (std::size_t at; (at = a.find(path)) != std::string::npos;) a.replace(at, path.size(), name);
  }
}

Error renamed(const Error& e, const std::string& path, const std::string& name) {
  std::vector<Diagnostic> ds = e.diagnostics();
  rename_file(ds, path, name);
  return Error(e.family(), std::move(ds));
}

std::string lower_extension(const std::string& name) {
  std::string e = fs::path(name).extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return e;
}

std::vector<forms::Mapping> shipped_mappings() {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(data_dir() / "mappings", ec))
    if (e.path().extension() == ".json") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<forms::Mapping> out;
  for (const auto& f : files) out.push_back(forms::load_mapping(f.string()));
  return out;
}

class LocalImporter : public FigureImporter {
 public:
  ImportOutcome import_figures(store::Store& store, const ImportRequest& req) override {
    const std::string path = req.file.string();
    ImportOutcome out;
    try {
      cycle::ensure_reference_data(store);
      read(store, req, out);
    } catch (const Error& e) {
      if (e.family() == ErrorFamily::output || e.family() == ErrorFamily::internal) throw;
      out.problems.insert(out.problems.end(), e.diagnostics().begin(), e.diagnostics().end());
    }
    rename_file(out.problems, path, req.name);
    rename_file(out.warnings, path, req.name);
    return out;
  }

  std::string import_reference(store::Store& store, ReferenceKind kind, const fs::path& file, const std::string& name,
                               Lang lang) override {
    const std::string path = file.string();
    try {
      cycle::ensure_reference_data(store);
      switch (kind) {
        case ReferenceKind::units: {
          csv::CsvTable t = csv::read_csv(path);
          if (t.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(path));
          std::vector<Unit> units = csv::is_units_header(t.rows.front().cells) ? csv::units_from_csv(t)
                                                                               : csv::units_history_from_csv(path);
          store.put_units(units);
          return message(lang, MsgId::import_units_done, {name, std::to_string(units.size())});
        }
        case ReferenceKind::issuers: {
          std::vector<IssuerEntry> rows = forms::read_issuers_file(path, {}, upload_limits());
          const std::vector<std::string> codes = store.unit_codes_between("0000-01-01", "9999-12-31");
          std::vector<Diagnostic> problems;
          for (const IssuerEntry& e : rows)
            if (!e.unit_code.empty() && !std::binary_search(codes.begin(), codes.end(), e.unit_code))
              problems.push_back({MsgId::issuers_unknown_unit, {e.unit_code}, e.source});
          if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
          store.put_issuers(rows);
          return message(lang, MsgId::import_issuers_done, {name, std::to_string(rows.size())});
        }
        case ReferenceKind::plan: {
          std::ifstream in(file, std::ios::binary);
          std::stringstream text;
          text << in.rdbuf();
          PlanData plan = plan::read_plan_json_text(text.str(), path);
          store.put_plan({plan.name, plan.first_year, plan.last_year, text.str(), name, cycle::sha256_hex(text.str()),
                          now_utc()});
          return message(lang, MsgId::import_plan_done, {name, plan.name});
        }
        case ReferenceKind::targets: {
          Dataset d;
          csv::read_targets_csv(path, d);
          std::vector<Diagnostic> problems;
          for (const Target& t : d.targets)
            if (!model::IndicatorCatalogue::national().find(t.indicator))
              problems.push_back({MsgId::data_unknown_indicator, {t.indicator}, t.source});
          if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
          int n = store.put_targets(d.targets, name, false);
          return message(lang, MsgId::import_targets_done, {name, std::to_string(n)});
        }
      }
    } catch (const Error& e) {
      throw renamed(e, path, name);
    }
    return {};
  }

  void write_errors_workbook(const fs::path& target, const std::vector<Diagnostic>& problems, Lang lang) override {
    struct Closer {
      void operator()(lxw_workbook* wb) const {
        if (wb) workbook_close(wb);
      }
    };
    PendingFile pending(target);
    std::unique_ptr<lxw_workbook, Closer> wb(workbook_new(pending.temp_path().c_str()));
    if (!wb) fail(ErrorFamily::output, MsgId::file_write_failed, {target.string(), "libxlsxwriter"});
    lxw_worksheet* ws = workbook_add_worksheet(wb.get(), message(lang, MsgId::errors_sheet_name).c_str());
    lxw_format* bold = workbook_add_format(wb.get());
    format_set_bold(bold);
    const MsgId heads[] = {MsgId::errors_col_file, MsgId::errors_col_sheet, MsgId::errors_col_cell,
                           MsgId::errors_col_problem, MsgId::errors_col_full};
    for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(ws, 0, c, message(lang, heads[c]).c_str(), bold);
    worksheet_set_column(ws, 0, 0, 28, nullptr);
    worksheet_set_column(ws, 1, 2, 14, nullptr);
    worksheet_set_column(ws, 3, 4, 60, nullptr);
    worksheet_freeze_panes(ws, 1, 0);
    lxw_row_t row = 1;
    for (const Diagnostic& d : problems) {
      const Location& w = d.where;
      std::string place = !w.cell.empty() ? w.cell : (w.line > 0 ? std::to_string(w.line) : std::string());
      worksheet_write_string(ws, row, 0, w.file.c_str(), nullptr);
      worksheet_write_string(ws, row, 1, w.sheet.c_str(), nullptr);
      worksheet_write_string(ws, row, 2, place.c_str(), nullptr);
      worksheet_write_string(ws, row, 3, message(lang, d.id, d.args).c_str(), nullptr);
      worksheet_write_string(ws, row, 4, format_diagnostic(lang, d).c_str(), nullptr);
      ++row;
    }
    if (workbook_close(wb.release()) != LXW_NO_ERROR)
      fail(ErrorFamily::output, MsgId::file_write_failed, {target.string(), "libxlsxwriter"});
    pending.commit();
  }

 private:
  static std::string now_utc() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
  }

  void read(store::Store& store, const ImportRequest& req, ImportOutcome& out) {
    const std::string path = req.file.string();
    const std::string ext = lower_extension(req.name);
    csv::CsvTable csv_data;
    xlsx::Workbook book;
    std::unique_ptr<forms::Table> table;
    forms::Mapping mapping;
    if (ext == ".csv") {
      csv_data = csv::read_csv(path);
      if (csv_data.rows.empty()) fail(ErrorFamily::input, MsgId::csv_empty, {}, at_file(path));
      auto builtin = forms::builtin_figures_mapping(csv_data.rows.front().cells);
      if (!builtin)
        fail(ErrorFamily::input, MsgId::csv_no_indicator_columns, {}, at_line(path, csv_data.rows.front().line));
      mapping = *builtin;
      table = forms::csv_table(csv_data);
    } else {
      book = xlsx::read_workbook(path, upload_limits());
      std::string names;
      for (const auto& sh : book.sheets) names += (names.empty() ? "'" : ", '") + sh.name + "'";
      auto sheet_for = [&](const forms::Mapping& m) { return m.sheet.empty() ? book.first_visible() : book.sheet(m.sheet); };
      if (auto own = forms::builtin_form_mapping(book)) {
        const xlsx::Sheet* sh = sheet_for(*own);
        if (!sh) fail(ErrorFamily::data, MsgId::xlsx_no_sheet, {own->sheet, names}, at_file(path));
        mapping = *own;
        table = forms::xlsx_table(book, *sh);
      } else {
        for (const auto& m : shipped_mappings()) {
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
        if (!table) fail(ErrorFamily::usage, MsgId::map_none_fits, {names}, at_file(path));
      }
    }

    forms::FormResult form = forms::read_form(*table, mapping, req.period.value_or(0));
    out.problems = std::move(form.problems);
    out.period = form.period;
    if (out.period == 0) {
      out.problems.push_back({MsgId::data_period_required, {}, at_file(path)});
      return;
    }
    for (Diagnostic& d : model::check_records(form.records, model::IndicatorCatalogue::national()))
      out.problems.push_back(std::move(d));
    // Only the uploader's units, and only units the store knows for the period.
    const std::vector<std::string> known = store.unit_codes_between(std::to_string(out.period) + "-01-01",
                                                                     std::to_string(out.period) + "-12-31");
    std::set<std::string> named;
    for (const Record& r : form.records) {
      if (!named.insert(r.unit_code).second) continue;
      auto cell = form.code_cells.count(r.unit_code) ? form.code_cells.at(r.unit_code) : r.source;
      if (!std::binary_search(known.begin(), known.end(), r.unit_code))
        out.problems.push_back({MsgId::data_unknown_unit, {r.unit_code}, cell});
      else if (std::find(req.units.begin(), req.units.end(), r.unit_code) == req.units.end())
        out.problems.push_back({MsgId::portal_not_your_unit, {r.unit_code}, cell});
    }
    if (form.records.empty() && out.problems.empty()) out.problems.push_back({MsgId::data_no_records, {}, at_file(path)});
    if (!out.problems.empty()) return;
    store::FileSubmission sub{req.name, cycle::sha256_file(req.file), out.period, req.imported_at, form.records, {}};
    store::ImportResult r = store.import_file(sub, false);
    out.unchanged = r.unchanged;
    out.units = r.units;
  }
};

}  // namespace

std::unique_ptr<FigureImporter> make_local_importer() {
  return std::make_unique<LocalImporter>();
}

}  // namespace baocao::server
