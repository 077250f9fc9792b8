#include "engine/cycle/documents.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/cycle/bodies.hpp"
#include "engine/cycle/document_vars.hpp"
#include "engine/cycle/output_keys.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/model/calendar.hpp"
#include "engine/model/levels.hpp"
#include "engine/template/area_data.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_collate.hpp"
#include "engine/text/vi_slug.hpp"

namespace baocao::cycle {

namespace {

// Where a deadline's documents go under the output root: the deadline's
// directory, and the consolidating unit's inside it (none for a level that
// reports outside the hierarchy). Every file is built by output_path, so a
// code from the store can never lead outside the root.
struct Place {
  std::string deadline_dir, area;
  std::filesystem::path file(const std::filesystem::path& root, const std::string& name) const {
    return area.empty() ? output_path(root, {deadline_dir, name}) : output_path(root, {deadline_dir, area, name});
  }
};

namespace fs = std::filesystem;
using tmpl::Value;

// The receipts as of a documents' date, and where each unit's are among them.
struct Received {
  std::vector<Submission> all;
  std::unordered_map<std::string, std::vector<std::size_t>> at;
};

// How another office addresses a body: its name with its unit's
// ("Sở Giáo dục và Đào tạo tỉnh Ninh Bình"), unless the name says it.
std::string addressed(const model::Issuer& issuer, const Unit& unit) {
  const std::string place = model::place_of(unit);
  if (issuer.name.find(place) != std::string::npos) return issuer.name;
  return issuer.name + " " + model::name_in_text(unit);
}

Value text_list(const std::vector<std::string>& lines) {
  tmpl::List l;
  for (const auto& s : lines) l.push_back(Value::of(s));
  return Value::of(std::move(l));
}

Value unit_value(const Unit& u) {
  tmpl::Map m;
  m["ma"] = Value::of(u.code);
  m["ten"] = Value::of(u.name);
  m["loai"] = Value::of(u.kind);
  m["ten_trong_cau"] = Value::of(model::name_in_text(u));
  return Value::of(std::move(m));
}

// The document's date: a date the shared wording fixes ("ngay"), else the deadline's.
CivilDate document_date(const tmpl::Map& vars, const CivilDate& deadline) {
  auto it = vars.find("ngay");
  if (it != vars.end() && it->second.kind == Value::Kind::date) return it->second.date;
  if (it != vars.end() && it->second.kind == Value::Kind::string) {
    try {
      return parse_iso_date(it->second.text);
    } catch (const Error&) {
    }
  }
  return deadline;
}

class Planner {
 public:
  Planner(store::Store& store, const CycleInputs& in, const RunOptions& o, const Paths& paths)
      : store_(store), in_(in), o_(o), paths_(paths), h_(*in.hierarchy), catalogue_(store_catalogue(store)) {}

  std::vector<DocumentJob> plan() {
    const std::vector<model::DatedDeadline> dated = model::deadlines_in(in_.plan.plan, in_.year);
    bool matched = false;
    for (const model::DatedDeadline& d : dated) {
      const DeadlineRule& rule = *d.rule;
      if (rule.inspection) continue;
      if (o_.deadline && d.date != *o_.deadline) continue;
      if (!o_.level.empty() && model::level_id(o_.level) != model::level_id(rule.from_level) &&
          o_.level != rule.from_level)
        continue;
      matched = true;
      if (is_bodies_deadline(rule)) {
        plan_bodies_deadline(store_, in_, o_, paths_, d, jobs_, problems_);
        continue;
      }
      deadline(d, dated);
    }
    if (!matched)
      fail(ErrorFamily::usage, MsgId::run_no_deadline, {in_.plan.label, std::to_string(in_.year)});
    if (!problems_.empty()) throw Error(ErrorFamily::data, std::move(problems_));
    return std::move(jobs_);
  }

 private:
  struct Area {
    const Unit* root = nullptr;
    std::shared_ptr<const std::vector<Unit>> members;
    std::map<int, CivilDate> deadlines;
  };

  const Facts& facts(const CivilDate& as_of) {
    auto& f = facts_[as_of];
    if (!f) f = facts_as_of(store_, in_, as_of);
    return *f;
  }

  bool reported_any(const std::vector<const Unit*>& units) const {
    return std::any_of(units.begin(), units.end(), [&](const Unit* u) {
      return std::any_of(in_.receipts.begin(), in_.receipts.end(),
                         [&](const Submission& s) { return s.unit_code == u->code && s.period == in_.year; });
    });
  }

  void check_level(const DeadlineRule& rule, const std::string& level, const CivilDate& on) {
    if (level.empty() || !h_.descendants_at("", level, on).empty()) return;
    problems_.push_back({MsgId::plan_level_without_units, {in_.plan.label, rule.id, level, to_iso(on)},
                         at_file(in_.plan.plan.source)});
  }

  fs::path template_of(const DeadlineRule& rule, const std::string& name) {
    fs::path p = paths_.find_template(name);
    if (p.empty())
      fail(ErrorFamily::template_, MsgId::run_unknown_template_dirs, {name, rule.id, paths_.template_dirs()});
    return p;
  }

  void deadline(const model::DatedDeadline& d, const std::vector<model::DatedDeadline>& dated) {
    const DeadlineRule& rule = *d.rule;
    check_level(rule, rule.from_level, d.date);
    check_level(rule, rule.to_level, d.date);
    const CivilDate as_of = document_date(in_.vars, d.date);
    const std::string dir = to_iso(d.date) + "-" + rule.id;
    const std::vector<std::string>& levels = in_.plan.plan.levels;
    auto level_it = std::find(levels.begin(), levels.end(), rule.from_level);
    const std::string below = level_it != levels.end() && level_it + 1 != levels.end() ? *(level_it + 1) : "";
    Received received;  // as of the documents' date
    for (const Submission& s : in_.receipts)
      if (s.received <= as_of) {
        received.at[s.unit_code].push_back(received.all.size());
        received.all.push_back(s);
      }

    if (!rule.to_level.empty()) {
      // Units report to a unit of the hierarchy: per receiving unit, what
      // each side produces.
      for (const Unit* parent : h_.descendants_or_self_at(o_.scope, rule.to_level, d.date)) {
        std::vector<const Unit*> members = h_.descendants_at(parent->code, rule.from_level, d.date);
        if (o_.scope.empty() && !reported_any(members)) continue;
        auto states = model::submission_states(d, h_, parent->code, received.all, as_of);
        std::vector<const Unit*> reported, missing;
        for (const auto& s : states)
          (s.state == model::State::on_time || s.state == model::State::late ? reported : missing).push_back(s.unit);
        Area area{parent, shared(members), {{in_.year, d.date}}};
        const Place base{dir, parent->code};
        // The body that receives the units' reports: the issuer of the
        // receiving side's own document, else its UBND.
        std::string receiver_body = "ubnd";
        for (const DocumentSpec& spec : rule.documents)
          if (spec.issued_by == "cap-nhan") {
            receiver_body = spec.body;
            break;
          }
        std::string receiver;
        if (auto r = in_.issuers.resolve(*parent, receiver_body)) receiver = addressed(*r, *parent);
        for (const DocumentSpec& spec : rule.documents) {
          if (spec.issued_by == "don-vi") {
            // A unit's own report, dated D, exists once it has reported by D.
            for (const Unit* u : reported) {
              Area own{u, shared({u}), {}};
              add(rule, spec, d, as_of, *u, own, base, receiver, {}, received);
            }
          } else if (!spec.only_when_missing || !missing.empty()) {
            add(rule, spec, d, as_of, *parent, area, base, receiver, missing, received);
          }
        }
      }
    } else {
      // A level reports outside the hierarchy (to the ministry): each of
      // its units' documents, consolidating the level below.
      std::map<int, CivilDate> below_deadline;
      for (const auto& other : dated)
        if (!other.rule->inspection && other.rule->from_level == below && other.rule->to_level == rule.from_level)
          below_deadline[in_.year] = other.date;
      for (const Unit* u : h_.descendants_or_self_at(o_.scope, rule.from_level, d.date)) {
        std::vector<const Unit*> members = below.empty() ? std::vector<const Unit*>{u}
                                                         : h_.descendants_at(u->code, below, d.date);
        if (o_.scope.empty() && !reported_any(members)) continue;
        Area area{u, shared(members), below_deadline};
        for (const DocumentSpec& spec : rule.documents)
          add(rule, spec, d, as_of, *u, area, Place{dir, {}}, rule.to, {}, received);
      }
    }
  }

  std::shared_ptr<const std::vector<Unit>> shared(const std::vector<const Unit*>& units) const {
    auto out = std::make_shared<std::vector<Unit>>();
    out->reserve(units.size());
    for (const Unit* u : units) out->push_back(*u);
    return out;
  }

  // One document `spec` of unit `issuing` about `area`.
  void add(const DeadlineRule& rule, const DocumentSpec& spec, const model::DatedDeadline& d, const CivilDate& as_of,
           const Unit& issuing, const Area& area, const Place& base, const std::string& receiver,
           const std::vector<const Unit*>& missing, const Received& received) {
    std::optional<model::Issuer> issuer = in_.issuers.resolve(issuing, spec.body);
    if (!issuer) {
      problems_.push_back(
          {MsgId::run_no_issuer, {spec.kind, issuing.code, issuing.name, spec.body}, at_file(in_.plan.plan.source)});
      return;
    }
    const bool own_file = spec.issued_by == "don-vi";
    const std::string stem = own_file ? issuing.code + "-" + spec.kind : spec.kind;
    DocumentJob job = document_job(spec, issuing, *issuer, d.date, template_of(rule, spec.template_name),
                                   base.file(o_.out, stem + ".pdf"));
    if (spec.kind != "cong-van-don-doc")
      job.xlsx = base.file(o_.out, (own_file && spec.kind == "bao-cao" ? issuing.code + "-phu-luc" : stem) + ".xlsx");

    // The vars file's wording, the document's own over it, and (in
    // document_vars) a "theo_don_vi" entry for this document over both: it
    // is the office's deliberate word on this one document.
    tmpl::Map vars = in_.vars;
    // The number-and-symbol and the opening sentence name the issuer: a
    // shared vars file cannot give them (a "theo_don_vi" entry can).
    vars.erase("so_ky_hieu");
    vars.erase("can_cu");
    if (!vars.count("ngay")) vars["ngay"] = Value::of(as_of);
    vars["co_quan_chu_quan"] = Value::of(issuer->parent_name);
    vars["co_quan_ban_hanh"] = Value::of(issuer->name);
    vars["ky_hieu_co_quan"] = Value::of(issuer->symbol);
    vars["ky_hieu_soan_thao"] = Value::of(issuer->drafting_symbol);
    vars["dia_danh"] = Value::of(issuer->place);
    vars["quyen_han"] = text_list(issuer->authority);
    vars["chuc_vu"] = Value::of(issuer->title);
    vars["nguoi_ky"] = Value::of(issuer->signer);
    vars["don_vi_ban_hanh"] = unit_value(issuing);
    vars["dia_ban"] = Value::of("trên địa bàn " + model::name_in_text(*area.root));
    // The province the document belongs to: "tỉnh" or "thành phố" in
    // wording such as "Hội Khuyến học tỉnh".
    const Unit* province = &issuing;
    for (int depth = 0; !province->parent.empty() && depth < 16; ++depth)
      if (const Unit* up = h_.find(province->parent, d.date)) province = up; else break;
    vars["cap_tinh"] = Value::of(province->kind == "Thành phố" ? "thành phố" : "tỉnh");
    if (!in_.plan.plan.name.empty() && !vars.count("ke_hoach_can_cu"))
      vars["ke_hoach_can_cu"] = Value::of(in_.plan.plan.name);
    if (!receiver.empty()) vars["co_quan_nhan"] = Value::of(receiver);
    vars["noi_nhan"] = text_list(
        model::recipient_lines(spec.recipients, {{"{nhan}", receiver}, {"{ubnd}", ubnd_of(issuing)}}, *issuer));
    std::vector<std::string> addressees;
    // In the order the letter's body lists them (by name, Vietnamese order).
    std::vector<const Unit*> by_name = missing;
    std::stable_sort(by_name.begin(), by_name.end(),
                     [](const Unit* a, const Unit* b) { return text::compare_vi(a->name, b->name) < 0; });
    for (const Unit* u : by_name) addressees.push_back(ubnd_of(*u));
    vars["kinh_gui"] = text_list(addressees);
    job.vars = document_vars(vars, issuing.code, spec.kind, predecessor_names(*area.root));

    // The members' receipts in the order received lists them (looked up by
    // unit: a scan of the country's receipts per document was a tenth of an
    // unchanged run).
    std::vector<std::size_t> mine;
    for (const Unit& m : *area.members)
      if (auto it = received.at.find(m.code); it != received.at.end())
        mine.insert(mine.end(), it->second.begin(), it->second.end());
    std::sort(mine.begin(), mine.end());
    mine.erase(std::unique(mine.begin(), mine.end()), mine.end());  // a member listed twice
    std::vector<tmpl::SubmissionRecord> receipts;
    for (std::size_t i : mine) {
      const Submission& s = received.all[i];
      receipts.push_back({s.unit_code, s.period, s.received});
    }
    const Facts& f = facts(as_of);
    auto facts_ptr = facts_.at(as_of);
    job.data = std::make_shared<tmpl::AreaTemplateData>(
        std::shared_ptr<const model::Rollup>(facts_ptr, f.rollup.get()), *area.root, *area.members,
        std::vector<int>{in_.year, in_.year - 1}, in_.targets, area.deadlines, std::move(receipts),
        catalogue_);
    jobs_.push_back(std::move(job));
  }

  std::string ubnd_of(const Unit& u) const {
    if (auto i = in_.issuers.resolve(u, "ubnd")) return addressed(*i, u);
    return "Ủy ban nhân dân " + model::name_in_text(u);
  }

  // Names of the units whose figures stand for `unit` in the year before
  // the cycle (a unit formed by a merger during the cycle's year).
  std::vector<std::string> predecessor_names(const Unit& unit) const {
    std::vector<std::string> out;
    if (unit.valid_from && *unit.valid_from > CivilDate{in_.year - 1, 12, 31})
      for (const Unit* p : h_.predecessors(unit)) out.push_back(p->name);
    return out;
  }

  store::Store& store_;
  const CycleInputs& in_;
  const RunOptions& o_;
  const Paths& paths_;
  const model::Hierarchy& h_;
  // Read once: every document of the run reads the same catalogue.
  const model::IndicatorCatalogue& catalogue_;
  std::map<CivilDate, std::shared_ptr<const Facts>> facts_;
  std::vector<DocumentJob> jobs_;
  std::vector<Diagnostic> problems_;
};

}  // namespace

DocumentJob document_job(const DocumentSpec& spec, const Unit& issuing, const model::Issuer& issuer,
                         const CivilDate& deadline, fs::path tpl, fs::path pdf) {
  DocumentJob job;
  job.tpl = std::move(tpl);
  job.kind = spec.kind;
  job.unit = issuing.code;
  job.unit_name = issuing.name;
  job.deadline = to_iso(deadline);
  job.issuer = issuer.name;
  job.signer = issuer.signer;
  job.issuer_sha256 = issuer_sha256(issuer);
  job.pdf = std::move(pdf);
  return job;
}

std::vector<DocumentJob> plan_documents(store::Store& store, const CycleInputs& in, const RunOptions& options,
                                        const Paths& paths) {
  return Planner(store, in, options, paths).plan();
}

}  // namespace baocao::cycle
