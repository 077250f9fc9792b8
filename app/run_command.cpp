// `baocao run`: for each report deadline of the plan in a cycle, every
// reporting unit's Báo cáo (PDF) with its Phụ lục (XLSX), each consolidating
// unit's Báo cáo tổng hợp with the roll-up of its units and who is missing or
// late, a Công văn đôn đốc naming the missing ones, and manifest.json.
//
// Figures, targets and units come from the store; the plan from --plan (by
// default ke-hoach-YYYY.json next to the SQLite store, else in the current
// directory). All store reads happen on this thread first; the pool's jobs
// only render from in-memory copies. Outputs go through run_outputs.hpp, so
// unchanged inputs leave every file byte-identical and untouched.
#include "app/run_command.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "app/dir_lock.hpp"
#include "app/limit_options.hpp"
#include "app/run_document_vars.hpp"
#include "app/run_outputs.hpp"
#include "app/run_signing.hpp"
#include "app/sign_options.hpp"
#include "app/store_options.hpp"
#include "app/store_template_data.hpp"
#include "app/work_pool.hpp"
#include "data-adapters/csv/units_csv.hpp"
#include "data-adapters/plan/plan_json.hpp"
#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/fonts/font_set.hpp"
#include "engine/layout/layout.hpp"
#include "engine/model/calendar.hpp"
#include "engine/model/hierarchy.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/render/xlsx/xlsx_renderer.hpp"
#include "engine/template/evaluator.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_slug.hpp"

namespace baocao::app {

namespace {

namespace fs = std::filesystem;

// Templates the plan does not name: the consolidating level's report and the
// reminder letter are the same document kinds for every plan.
constexpr const char* kConsolidatedTemplate = "bao-cao-tong-hop";
constexpr const char* kReminderTemplate = "cong-van-don-doc";

// One document to produce: a template over a slice of the figures.
// What the documents of one area (a consolidating unit and its members) read.
// Shared, not copied, by every job of the area: a country has 3,321 communes,
// and a copy per job held the whole run's submissions 3,321 times (1.6 GB).
struct Area {
  Dataset data;
  std::vector<tmpl::UnitRef> units;
  std::vector<tmpl::SubmissionRecord> submissions;
};

struct Job {
  fs::path tpl;
  tmpl::Map vars;
  std::shared_ptr<const Area> area;
  std::map<int, CivilDate> deadlines;
  fs::path pdf, xlsx;  // empty: not produced
  std::string kind, unit, deadline;
};

struct OutputEntry {
  std::string file, sha256, kind, unit, deadline;
  bool changed = false;
  std::optional<SignatureRecord> signature;  // --sign, PDF only
};

tmpl::Value json_value(const Poco::Dynamic::Var& v) {
  if (v.isEmpty()) return tmpl::Value::none();
  if (v.type() == typeid(Poco::JSON::Object::Ptr)) {
    tmpl::Map m;
    for (const auto& [k, x] : *v.extract<Poco::JSON::Object::Ptr>()) m[text::to_nfc(k)] = json_value(x);
    return tmpl::Value::of(std::move(m));
  }
  if (v.type() == typeid(Poco::JSON::Array::Ptr)) {
    tmpl::List l;
    for (const auto& x : *v.extract<Poco::JSON::Array::Ptr>()) l.push_back(json_value(x));
    return tmpl::Value::of(std::move(l));
  }
  if (v.type() == typeid(bool)) return tmpl::Value::of(v.extract<bool>());
  if (v.isNumeric()) return tmpl::Value::of(v.convert<double>());
  return tmpl::Value::of(text::to_nfc(v.toString()));
}

// The template variables of --vars: a flat JSON object, e.g.
// {"co_quan_ban_hanh": "Sở Giáo dục và Đào tạo", "quyen_han": ["KT. GIÁM ĐỐC", ...]}.
tmpl::Map read_vars(const std::string& path) {
  tmpl::Map out;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(text::gate_file_text(read_bytes(path), path));
    if (root.type() != typeid(Poco::JSON::Object::Ptr)) throw Poco::Exception("{ ... }");
    for (const auto& [k, v] : *root.extract<Poco::JSON::Object::Ptr>()) out[text::to_nfc(k)] = json_value(v);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::run_vars_invalid, {path, e.displayText()}, at_file(path));
  } catch (const Error& e) {
    // A "\u0000" escape is seen only once decoded: name the file.
    std::vector<Diagnostic> named = e.diagnostics();
    for (auto& d : named)
      if (d.where.file.empty()) d.where.file = path;
    throw Error(e.family(), std::move(named));
  }
  return out;
}

std::string iso(const CivilDate& d) {
  return to_iso(d);
}

// Store units -> the hierarchy model, with the plan's level names ("xa" ->
// "xã") so deadlines and units speak the same words.
std::vector<UnitRow> units_from_store(store::Store& s, const PlanData& plan, int year) {
  std::map<std::string, std::string> level_name;
  for (const auto& l : plan.levels) level_name[text::slug_vi(l)] = l;
  std::vector<UnitRow> rows;
  std::set<std::pair<std::string, std::string>> seen;
  auto add = [&](const store::Unit& u) {
    if (!seen.insert({u.code, u.valid_from}).second) return;
    UnitRow r;
    r.code = u.code;
    r.name = u.name;
    auto it = level_name.find(u.level);
    r.level = it != level_name.end() ? it->second : u.level;
    r.parent = u.parent_code;
    if (!u.valid_from.empty()) r.valid_from = parse_iso_date(u.valid_from);
    if (!u.valid_to.empty()) r.valid_to = parse_iso_date(u.valid_to);
    r.predecessors = u.predecessors;
    rows.push_back(std::move(r));
  };
  for (const std::string& on : {std::to_string(year) + "-12-31", std::to_string(year - 1) + "-12-31"})
    for (const store::Unit& u : s.units_on(on)) add(u);
  // The predecessors of a merged unit, as they were the day before it began
  // (a merger before the previous year's end is otherwise not loaded).
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].predecessors.empty() || !rows[i].valid_from) continue;
    const std::set<std::string> wanted(rows[i].predecessors.begin(), rows[i].predecessors.end());
    for (const store::Unit& u : s.units_on(iso(model::day_before(*rows[i].valid_from))))
      if (wanted.count(u.code)) add(u);
  }
  return rows;
}

}  // namespace

void define_run_content_options(Poco::Util::OptionSet& o, Lang lang) {
  o.addOption(value_option("vars", "FILE.json", MsgId::opt_vars, lang));
  o.addOption(value_option("units", "FILE.csv", MsgId::opt_units, lang));
  o.addOption(value_option("submissions", "FILE.csv", MsgId::opt_submissions, lang).repeatable(true));
  o.addOption(value_option("scope", "CODE", MsgId::opt_scope, lang));
  o.addOption(value_option("jobs", "N", MsgId::opt_jobs, lang));
  o.addOption(value_option("fonts", "manifest.json", MsgId::opt_fonts, lang));
  o.addOption(value_option("max-unit-depth", "N", MsgId::opt_max_unit_depth, lang));
}

namespace {

class RunCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("cycle", "YYYY", MsgId::opt_cycle, lang, true));
    o.addOption(value_option("deadline", "YYYY-MM-DD", MsgId::opt_run_deadline, lang));
    o.addOption(value_option("level", "LEVEL", MsgId::opt_level, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("out", "DIR", MsgId::opt_out, lang, true));
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan, lang));
    define_run_content_options(o, lang);
    o.addOption(Poco::Util::Option("sign", "", message(lang, MsgId::opt_run_sign)));
    o.addOption(Poco::Util::Option("wait", "", message(lang, MsgId::opt_run_wait)));
    signer_options_.define(o, lang, false);
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value) || signer_options_.set(name, value)) return;
    if (name == "sign") sign_ = true;  // a flag: no value
    if (name == "wait") wait_ = true;
    if (name == "cycle")
      year_ = parse_year_option(name, value);
    else if (name == "deadline")
      deadline_ = parse_iso_date(value);
    else if (name == "level")
      level_ = text::to_nfc(value);
    else if (name == "out")
      out_ = value;
    else if (name == "plan")
      plan_ = value;
    else if (name == "vars")
      vars_ = value;
    else if (name == "units")
      units_ = value;
    else if (name == "submissions")
      submissions_.push_back(value);
    else if (name == "scope")
      scope_ = value;
    else if (name == "fonts")
      fonts_ = value;
    else if (name == "max-unit-depth")
      max_unit_depth_ = parse_unit_depth(name, value);
    else if (name == "jobs") {
      int n = 0;
      for (char c : value) n = (c >= '0' && c <= '9' && n < 1000) ? n * 10 + (c - '0') : -1;
      if (value.empty() || n < 1)
        fail(ErrorFamily::usage, MsgId::app_bad_option_value, {name, value, "N >= 1"});
      jobs_ = static_cast<unsigned>(n);
    }
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    const fs::path plan_path = find_plan();
    PlanData plan = plan::read_plan_json(plan_path.string());
    tmpl::Map base_vars;
    if (!vars_.empty()) base_vars = read_vars(vars_);
    base_vars["nam"] = tmpl::Value::of(static_cast<double>(year_));

    // Everything from the store, read once on this thread.
    std::unique_ptr<store::Store> st = store_.open(true);
    model::Hierarchy h(units_.empty() ? units_from_store(*st, plan, year_) : csv::read_units_csv(units_),
                       max_unit_depth_);
    Dataset all;
    all.period = year_;
    std::vector<std::int64_t> submission_ids;
    for (int y : {year_, year_ - 1}) {
      for (Record& r : st->figures(y)) all.records.push_back(std::move(r));
      for (Target& t : st->targets(y)) all.targets.push_back(std::move(t));
      for (const auto& s : st->submissions(y, false)) submission_ids.push_back(s.id);
    }
    std::vector<Submission> received;
    if (!submissions_.empty()) {
      Dataset reg;
      for (const auto& f : submissions_) csv::read_submissions_csv(f, reg);
      for (const Submission& s : reg.submissions)
        if (s.deadline_id.empty()) received.push_back(s);
    } else {
      for (int y : {year_, year_ - 1})
        for (const auto& s : store_submission_dates(*st, y))
          received.push_back({s.unit_code, s.year, s.date, "", ""});
    }
    std::vector<tmpl::SubmissionRecord> received_records;
    for (const Submission& s : received) received_records.push_back({s.unit_code, s.period, s.received});

    std::vector<Job> jobs = plan_jobs(plan, h, all, received, received_records, base_vars);
    if (jobs.empty())
      fail(ErrorFamily::usage, MsgId::run_no_deadline, {plan_path.string(), std::to_string(year_)});

    prepare_output_dir(out_);
    // Two runs (or a run and schedule) into one directory would interleave
    // their outputs and manifests: the second stops, or waits with --wait.
    const auto lock = DirLock::acquire(out_, wait_);
    if (!lock) {
      ctx.err << "baocao: "
              << message(ctx.lang, MsgId::out_dir_locked, {out_, DirLock::lock_path(out_).string()}) << '\n';
      return kLockedStatus;
    }
    // A run killed earlier (SIGKILL, power cut) may have left temporaries
    // beside its outputs; they are named after their dead process.
    remove_stale_temporaries(out_);

    // One manifest per run: a run of one deadline gets its own, so runs of
    // different deadlines can share DIR without hiding each other's outputs.
    fs::path manifest_path =
        output_path(out_, {deadline_ ? "manifest-" + iso(*deadline_) + ".json" : std::string("manifest.json")});
    std::optional<RunSigner> signer;
    if (sign_ || signer_options_.given()) {
      if (!sign_) fail(ErrorFamily::usage, MsgId::run_sign_options_need_sign);
      signer.emplace();
      signer->options = signer_options_.load(ctx);
      signer->signer = sign::common_name(signer->options.credentials->cert.get());
      signer->cert_sha256 = sign::cert_sha256(signer->options.credentials->cert.get());
      signer->previous = previous_signatures(manifest_path);
    }

    std::vector<std::vector<OutputEntry>> results(jobs.size());
    run_jobs(jobs, results, ctx, signer ? &*signer : nullptr);
    if (signer) ctx.out << message(ctx.lang, MsgId::run_signed_by, {signer->signer}) << '\n';

    // The manifest: what was produced from what.
    std::vector<OutputEntry> outputs;
    for (auto& r : results)
      for (auto& e : r) outputs.push_back(std::move(e));
    std::sort(outputs.begin(), outputs.end(),
              [](const OutputEntry& a, const OutputEntry& b) { return a.file < b.file; });
    std::string manifest = manifest_json(outputs, plan_path, all, received, submission_ids);
    Produced m = produce_bytes(manifest_path, manifest);
    int changed = m.changed;
    for (const auto& e : outputs) changed += e.changed;
    int total = static_cast<int>(outputs.size()) + 1;
    ctx.out << message(ctx.lang, MsgId::run_done,
                       {std::to_string(total), std::to_string(changed), std::to_string(total - changed),
                        manifest_path.string()})
            << '\n';
    return 0;
  }

 private:
  fs::path templates_dir() const { return fs::path(BAOCAO_DATA_DIR) / "templates"; }

  fs::path find_plan() const {
    if (!plan_.empty()) {
      if (!fs::exists(plan_)) fail(ErrorFamily::input, MsgId::run_no_plan, {plan_}, at_file(plan_));
      return plan_;
    }
    const std::string name = "ke-hoach-" + std::to_string(year_) + ".json";
    std::vector<fs::path> candidates;
    if (!store_.db.empty()) candidates.push_back(fs::path(store_.db).parent_path() / name);
    candidates.push_back(fs::path(name));
    for (const auto& c : candidates)
      if (fs::exists(c)) return c;
    fail(ErrorFamily::input, MsgId::run_no_plan, {candidates.front().string()});
  }

  fs::path template_path(const std::string& deadline_id, const std::string& name) const {
    fs::path p = templates_dir() / (name + ".tpl");
    if (!fs::exists(p))
      fail(ErrorFamily::template_, MsgId::run_unknown_template, {deadline_id, name, p.string()});
    return p;
  }

  // `unit`'s area: the figures and receipts of the unit, its descendants and
  // (for a unit formed by a merger) its predecessors from earlier years, and
  // the members its documents list.
  std::shared_ptr<const Area> area_of(const Dataset& all, const std::vector<tmpl::SubmissionRecord>& received,
                                      const model::Hierarchy& h, const UnitRow& unit,
                                      std::vector<tmpl::UnitRef> members) const {
    std::set<std::string> roots{unit.code};
    for (const UnitRow* p : h.predecessors(unit)) roots.insert(p->code);
    auto inside = [&](std::string code) {
      for (int depth = 0; depth < model::kMaxUnitDepthLimit; ++depth) {
        if (roots.count(code)) return true;
        const UnitRow* row = h.latest(code);
        if (!row || row->parent.empty()) return false;
        code = row->parent;
      }
      return false;
    };
    auto area = std::make_shared<Area>();
    area->data.period = all.period;
    area->data.targets = all.targets;
    for (const Record& r : all.records)
      if (inside(r.unit_code)) area->data.records.push_back(r);
    for (const tmpl::SubmissionRecord& r : received)
      if (inside(r.unit_code)) area->submissions.push_back(r);
    area->units = std::move(members);
    return area;
  }

  // Names of the units whose figures stand for `unit` in the year before
  // the cycle (a unit formed by a merger during the cycle's year).
  std::vector<std::string> predecessor_names(const model::Hierarchy& h, const UnitRow& unit) const {
    std::vector<std::string> out;
    if (unit.valid_from && *unit.valid_from > CivilDate{year_ - 1, 12, 31})
      for (const UnitRow* p : h.predecessors(unit)) out.push_back(p->name);
    return out;
  }

  std::vector<Job> plan_jobs(const PlanData& plan, const model::Hierarchy& h, const Dataset& all,
                             const std::vector<Submission>& received,
                             const std::vector<tmpl::SubmissionRecord>& received_records,
                             const tmpl::Map& base_vars) const {
    const CivilDate far{9999, 12, 31};  // judge every receipt we know of
    std::vector<model::DatedDeadline> dated = model::deadlines_in(plan, year_);
    std::vector<Job> jobs;
    auto refs = [](const std::vector<const UnitRow*>& us) {
      std::vector<tmpl::UnitRef> out;
      for (const UnitRow* u : us) out.push_back({u->code, u->name});
      return out;
    };
    auto submitted_any = [&](const std::vector<const UnitRow*>& us) {
      return std::any_of(us.begin(), us.end(), [&](const UnitRow* u) {
        return std::any_of(received.begin(), received.end(),
                           [&](const Submission& s) { return s.unit_code == u->code && s.period == year_; });
      });
    };
    for (const model::DatedDeadline& d : dated) {
      const DeadlineRule& rule = *d.rule;
      if (rule.inspection) continue;
      if (deadline_ && d.date != *deadline_) continue;
      if (!level_.empty() && level_ != rule.from_level && level_ != text::slug_vi(rule.from_level)) continue;
      const std::string dir = iso(d.date) + "-" + rule.id;
      tmpl::Map vars = base_vars;
      if (!vars.count("ngay")) vars["ngay"] = tmpl::Value::of(d.date);
      // The level below the reporting one, and its own deadline, for reports
      // that consolidate (a province's report to the ministry).
      auto level_it = std::find(plan.levels.begin(), plan.levels.end(), rule.from_level);
      std::string below =
          level_it != plan.levels.end() && level_it + 1 != plan.levels.end() ? *(level_it + 1) : "";
      std::map<int, CivilDate> below_deadline;
      for (const auto& other : dated)
        if (!other.rule->inspection && other.rule->from_level == below &&
            other.rule->to_level == rule.from_level)
          below_deadline[year_] = other.date;

      if (!rule.to_level.empty()) {
        // Units report to a level of the hierarchy: per consolidating unit,
        // the units' reports, the consolidated report and the reminder.
        for (const UnitRow* parent : h.descendants_at(scope_.empty() ? "" : scope_, rule.to_level, d.date)) {
          auto members = h.descendants_at(parent->code, rule.from_level, d.date);
          if (scope_.empty() && !submitted_any(members)) continue;
          const auto area = area_of(all, received_records, h, *parent, refs(members));
          auto states = model::submission_states(d, h, parent->code, received, far);
          const std::string& area_code = parent->code;
          bool missing = false;
          for (const auto& s : states) {
            if (s.state == model::State::missing) {
              missing = true;
              continue;
            }
            Job j{template_path(rule.id, rule.template_name),
                  document_vars(vars, s.unit->code, "bao-cao", {}),
                  area,
                  {},
                  output_path(out_, {dir, area_code, s.unit->code + "-bao-cao.pdf"}),
                  output_path(out_, {dir, area_code, s.unit->code + "-phu-luc.xlsx"}),
                  "bao-cao",
                  s.unit->code,
                  iso(d.date)};
            j.vars["ma_xa"] = tmpl::Value::of(s.unit->code);
            j.vars["ma_don_vi"] = tmpl::Value::of(s.unit->code);
            jobs.push_back(std::move(j));
          }
          std::map<int, CivilDate> dl{{year_, d.date}};
          jobs.push_back({template_path(rule.id, kConsolidatedTemplate),
                          document_vars(vars, parent->code, "tong-hop", predecessor_names(h, *parent)), area,
                          dl, output_path(out_, {dir, area_code, "tong-hop.pdf"}),
                          output_path(out_, {dir, area_code, "tong-hop.xlsx"}), "tong-hop", parent->code,
                          iso(d.date)});
          if (missing)
            jobs.push_back({template_path(rule.id, kReminderTemplate),
                            document_vars(vars, parent->code, "cong-van-don-doc", {}),
                            area,
                            dl,
                            output_path(out_, {dir, area_code, "cong-van-don-doc.pdf"}),
                            {},
                            "cong-van-don-doc",
                            parent->code,
                            iso(d.date)});
        }
      } else {
        // A level reports outside the hierarchy (to the ministry): each of
        // its units' report, consolidating the level below.
        for (const UnitRow* u : h.descendants_at(scope_.empty() ? "" : scope_, rule.from_level, d.date)) {
          if (scope_ == u->code) continue;
          auto members =
              below.empty() ? std::vector<const UnitRow*>{u} : h.descendants_at(u->code, below, d.date);
          if (scope_.empty() && !submitted_any(members)) continue;
          jobs.push_back({template_path(rule.id, rule.template_name),
                          document_vars(vars, u->code, "bao-cao", predecessor_names(h, *u)),
                          area_of(all, received_records, h, *u, refs(members)), below_deadline,
                          output_path(out_, {dir, u->code + "-bao-cao.pdf"}),
                          output_path(out_, {dir, u->code + "-phu-luc.xlsx"}), "bao-cao", u->code, iso(d.date)});
        }
        if (!scope_.empty())
          if (const UnitRow* u = h.find(scope_, d.date); u && u->level == rule.from_level) {
            auto members =
                below.empty() ? std::vector<const UnitRow*>{u} : h.descendants_at(u->code, below, d.date);
            jobs.push_back({template_path(rule.id, rule.template_name),
                            document_vars(vars, u->code, "bao-cao", predecessor_names(h, *u)),
                            area_of(all, received_records, h, *u, refs(members)), below_deadline,
                            output_path(out_, {dir, u->code + "-bao-cao.pdf"}),
                            output_path(out_, {dir, u->code + "-phu-luc.xlsx"}), "bao-cao", u->code, iso(d.date)});
          }
      }
    }
    return jobs;
  }

  void run_jobs(const std::vector<Job>& jobs, std::vector<std::vector<OutputEntry>>& results, Context& ctx,
                const RunSigner* signer) const {
    const unsigned threads = jobs_ ? jobs_ : std::max(1u, std::thread::hardware_concurrency());
    const fs::path manifest = fonts_.empty() ? fonts::FontSet::default_manifest() : fs::path(fonts_);
    // HarfBuzz/FreeType handles are not shared across threads: one set per worker.
    std::vector<std::optional<fonts::FontSet>> fonts(threads);
    const bool tty = isatty(STDERR_FILENO) == 1;
    std::mutex progress;
    std::size_t done = 0;
    run_pool(jobs.size(), threads, [&](std::size_t i, unsigned worker) {
      const Job& job = jobs[i];
      tmpl::DatasetTemplateData data(job.area->data, job.area->units, job.deadlines, job.area->submissions);
      doc::Document document = tmpl::render_file(job.tpl, data, job.vars);
      auto record = [&](const fs::path& target, const Produced& p) {
        results[i].push_back({fs::relative(target, out_).generic_string(), p.sha256, job.kind, job.unit,
                              job.deadline, p.changed, std::nullopt});
      };
      if (!job.pdf.empty()) {
        if (!fonts[worker]) fonts[worker] = fonts::FontSet::load(manifest);
        const fonts::FontSet& f = *fonts[worker];
        const layout::PagedDocument paged = layout::layout_document(document, f);
        if (signer) {
          const std::string file = fs::relative(job.pdf, out_).generic_string();
          bool changed = false;
          SignatureRecord s =
              produce_signed(job.pdf, file, render::render_pdf(paged, f), paged, f, *signer, changed);
          results[i].push_back({file, s.sha256, job.kind, job.unit, job.deadline, changed, s});
        } else {
          record(job.pdf, produce(job.pdf, [&](const fs::path& p) { render::write_pdf(paged, f, p); }));
        }
      }
      if (!job.xlsx.empty())
        record(job.xlsx, produce(job.xlsx, [&](const fs::path& p) { render::write_xlsx(document, p); }));
      std::lock_guard lock(progress);
      ++done;
      std::string name = fs::relative(job.pdf.empty() ? job.xlsx : job.pdf, out_).generic_string();
      bool changed =
          std::any_of(results[i].begin(), results[i].end(), [](const auto& e) { return e.changed; });
      if (tty) {
        const int width = 30;
        int filled = static_cast<int>(done * width / jobs.size());
        ctx.err << "\r[" << std::string(filled, '#') << std::string(width - filled, ' ') << "] " << done
                << '/' << jobs.size() << (done == jobs.size() ? "\n" : "") << std::flush;
      } else {
        ctx.err << message(ctx.lang, changed ? MsgId::run_progress : MsgId::run_progress_same,
                           {std::to_string(done), std::to_string(jobs.size()), name})
                << '\n';
      }
    });
  }

  std::string manifest_json(const std::vector<OutputEntry>& outputs, const fs::path& plan_path,
                            const Dataset& all, const std::vector<Submission>& received,
                            std::vector<std::int64_t> submission_ids) const {
    using Poco::JSON::Array;
    using Poco::JSON::Object;
    auto file_entry = [](const fs::path& p) {
      Object::Ptr o = new Object;
      o->set("file", p.string());
      o->set("sha256", sha256_file(p));
      return o;
    };
    Object root;
    root.set("cycle", year_);
    if (deadline_) root.set("deadline", iso(*deadline_));
    if (!level_.empty()) root.set("level", level_);
    Object::Ptr inputs = new Object;
    inputs->set("plan", file_entry(plan_path));
    if (!vars_.empty()) inputs->set("vars", file_entry(vars_));
    if (!units_.empty()) inputs->set("units", file_entry(units_));
    Array::Ptr regs = new Array;
    for (const auto& f : submissions_) regs->add(file_entry(f));
    if (!submissions_.empty()) inputs->set("submissions", regs);
    // The store's content as used: every figure, target and receipt, in a
    // canonical order, hashed; plus the ids of the current submissions.
    std::vector<std::string> lines;
    std::ostringstream line;
    for (const Record& r : all.records) {
      line.str("");
      line.precision(17);
      line << "f|" << r.period << '|' << r.unit_code << '|' << r.indicator << '|' << r.numerator << '|'
           << r.denominator;
      lines.push_back(line.str());
    }
    for (const Target& t : all.targets) {
      line.str("");
      line.precision(17);
      line << "t|" << t.year << '|' << t.indicator << '|';
      if (t.percent) line << *t.percent;
      lines.push_back(line.str());
    }
    for (const Submission& s : received)
      lines.push_back("s|" + std::to_string(s.period) + '|' + s.unit_code + '|' + iso(s.received));
    std::sort(lines.begin(), lines.end());
    std::string canon;
    for (const auto& l : lines) canon += l + '\n';
    Object::Ptr store = new Object;
    store->set("source", store_.label());
    store->set("content_sha256", sha256_hex(canon));
    std::sort(submission_ids.begin(), submission_ids.end());
    Array::Ptr ids = new Array;
    for (auto id : submission_ids) ids->add(static_cast<Poco::Int64>(id));
    store->set("submission_ids", ids);
    inputs->set("store", store);
    Array::Ptr tpls = new Array;
    std::vector<fs::path> tpl_files;
    for (const auto& e : fs::recursive_directory_iterator(templates_dir()))
      if (e.is_regular_file() && e.path().extension() == ".tpl") tpl_files.push_back(e.path());
    std::sort(tpl_files.begin(), tpl_files.end());
    for (const auto& p : tpl_files) {
      Object::Ptr o = new Object;
      o->set("file", fs::relative(p, templates_dir()).generic_string());
      o->set("sha256", sha256_file(p));
      tpls->add(o);
    }
    inputs->set("templates", tpls);
    inputs->set("fonts", file_entry(fonts_.empty() ? fonts::FontSet::default_manifest() : fs::path(fonts_)));
    root.set("inputs", inputs);
    Array::Ptr outs = new Array;
    for (const auto& e : outputs) {
      Object::Ptr o = new Object;
      o->set("file", e.file);
      o->set("sha256", e.sha256);
      o->set("kind", e.kind);
      o->set("unit", e.unit);
      o->set("deadline", e.deadline);
      if (e.signature) {
        Object::Ptr s = new Object;
        s->set("signer", e.signature->signer);
        s->set("cert_sha256", e.signature->cert_sha256);
        s->set("unsigned_sha256", e.signature->unsigned_sha256);
        o->set("signature", s);
      }
      outs->add(o);
    }
    root.set("outputs", outs);
    std::ostringstream s;
    root.stringify(s, 2);
    s << '\n';
    return s.str();
  }

  StoreOptions store_;
  int year_ = 0;
  std::optional<CivilDate> deadline_;
  std::string level_, out_, plan_, vars_, units_, scope_, fonts_;
  std::vector<std::string> submissions_;
  unsigned jobs_ = 0;
  int max_unit_depth_ = model::kDefaultMaxUnitDepth;
  bool sign_ = false, wait_ = false;
  SignerOptions signer_options_;
};

}  // namespace

std::unique_ptr<Command> make_run_command() {
  return std::make_unique<RunCommand>();
}

}  // namespace baocao::app
