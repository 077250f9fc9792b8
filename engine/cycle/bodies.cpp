#include "engine/cycle/bodies.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/cycle/document_vars.hpp"
#include "engine/cycle/reference_data.hpp"
#include "engine/model/bodies.hpp"
#include "engine/model/levels.hpp"
#include "engine/template/area_data.hpp"
#include "engine/template/builtins.hpp"

namespace baocao::cycle {

namespace {

namespace fs = std::filesystem;
using tmpl::Value;

Value text_list(const std::vector<std::string>& lines) {
  tmpl::List l;
  for (const auto& s : lines) l.push_back(Value::of(s));
  return Value::of(std::move(l));
}

Value text_or_none(const std::string& s) {
  return s.empty() ? Value::none() : Value::of(s);
}

CivilDate plus_days(CivilDate d, int days) {
  for (int i = 0; i < days; ++i) d = next_day(d);
  return d;
}

Value task_value(const PlanTask& t, const TaskReport* report) {
  tmpl::Map m;
  m["ma"] = Value::of(t.id);
  m["noi_dung"] = Value::of(t.name);
  m["chu_tri"] = text_or_none(t.lead);
  m["phoi_hop"] = text_or_none(t.partners);
  m["thoi_gian"] = text_or_none(t.time);
  m["san_pham"] = text_or_none(t.product);
  m["muc_do"] = report ? Value::of(report->status) : Value::none();
  m["ket_qua"] = report ? text_or_none(report->result) : Value::none();
  return Value::of(std::move(m));
}

// How another office addresses a body of `unit` (documents.cpp's rule): its
// name with its unit's, unless the name says it.
std::string addressed(const model::Issuer& issuer, const Unit& unit) {
  const std::string place = model::place_of(unit);
  if (issuer.name.find(place) != std::string::npos) return issuer.name;
  return issuer.name + " " + model::name_in_text(unit);
}

class BodiesPlanner {
 public:
  BodiesPlanner(store::Store& store, const CycleInputs& in, const RunOptions& o, const Paths& paths,
                const model::DatedDeadline& d, std::vector<DocumentJob>& jobs, std::vector<Diagnostic>& problems)
      : store_(store), catalogue_(store_catalogue(store)), in_(in), o_(o), paths_(paths), d_(d), rule_(*d.rule),
        h_(*in.hierarchy), jobs_(jobs), problems_(problems) {}

  void plan() {
    const PlanData& plan = in_.plan.plan;
    const std::vector<ReportingBody> register_rows = store_.bodies();
    for (const BodyAssignment& a : plan.assignments)
      if (std::none_of(register_rows.begin(), register_rows.end(),
                       [&](const ReportingBody& b) { return b.code == a.body; }))
        problems_.push_back({MsgId::run_body_unknown, {in_.plan.label, a.body}, at_file(plan.source)});
    dir_ = to_iso(d_.date) + "-" + rule_.id;
    bool any = false;
    for (const Unit* parent : h_.descendants_or_self_at(o_.scope, rule_.to_level, d_.date)) {
      std::vector<const Unit*> bodies = h_.descendants_at(parent->code, model::kBodiesTier, d_.date);
      if (bodies.empty()) continue;
      any = true;
      if (o_.scope.empty() && std::none_of(bodies.begin(), bodies.end(), [&](const Unit* b) { return receipt(b->code); }))
        continue;
      for (const DocumentSpec& spec : rule_.documents) {
        if (spec.issued_by == "don-vi") {
          for (const Unit* b : bodies)
            if (auto r = receipt(b->code)) body_report(spec, *parent, *b, *r);
        } else {
          receiving_document(spec, *parent, bodies);
        }
      }
    }
    if (!any) problems_.push_back({MsgId::run_no_bodies, {in_.plan.label, to_iso(d_.date)}, at_file(plan.source)});
  }

 private:
  // The day a unit's report for the cycle's year arrived (its first), if it did.
  std::optional<CivilDate> receipt(const std::string& code) const {
    std::optional<CivilDate> first;
    for (const Submission& s : in_.receipts)
      if (s.unit_code == code && s.period == in_.year && (s.deadline_id.empty() || s.deadline_id == rule_.id) &&
          (!first || s.received < *first))
        first = s.received;
    return first;
  }

  // The date of a document of the receiving side: the vars' "ngay" if the
  // office fixed one, else the deadline and the spec's days after it.
  CivilDate date_of(const DocumentSpec& spec) const {
    auto it = in_.vars.find("ngay");
    if (it != in_.vars.end() && it->second.kind == Value::Kind::date) return it->second.date;
    if (it != in_.vars.end() && it->second.kind == Value::Kind::string) {
      try {
        return parse_iso_date(it->second.text);
      } catch (const Error&) {
      }
    }
    return plus_days(d_.date, spec.days_after);
  }

  const Facts& facts(const CivilDate& as_of) {
    auto& f = facts_[as_of];
    if (!f) f = facts_as_of(store_, in_, as_of);
    return *f;
  }

  // The task reports known on `as_of`: from the store as it stood then, or
  // (with a receipts register) those of the units received by then.
  const std::vector<TaskReport>& tasks(const CivilDate& as_of) {
    auto [it, fresh] = tasks_.try_emplace(as_of);
    if (!fresh) return it->second;
    if (in_.receipts_from_store) {
      it->second = store_.task_reports(in_.year, vietnam_midnight_utc(next_day(as_of)));
    } else {
      for (TaskReport& t : store_.task_reports(in_.year))
        if (auto r = receipt(t.unit_code); r && *r <= as_of) it->second.push_back(std::move(t));
    }
    return it->second;
  }

  // Everything a document says of one body on `as_of`: what the plan asks of
  // it, what it reported, when its report arrived.
  Value body_value(const Unit& body, const CivilDate& as_of) {
    const PlanData& plan = in_.plan.plan;
    tmpl::Map m;
    m["ma"] = Value::of(body.code);
    m["ten"] = Value::of(body.name);
    m["loai"] = Value::of(body.kind);
    std::string label;
    for (const model::BodyKind& k : model::body_kinds())
      if (k.key == body.kind) label = std::string(k.label);
    m["loai_ten"] = Value::of(label);
    tmpl::List indicators, task_list;
    const BodyAssignment* a = model::assignment_of(plan, body.code);
    const std::vector<TaskReport>& reports = tasks(as_of);
    auto report_of = [&](const std::string& task) -> const TaskReport* {
      for (const TaskReport& t : reports)
        if (t.unit_code == body.code && t.task == task) return &t;
      return nullptr;
    };
    if (a) {
      for (const std::string& id : a->indicators)
        if (const model::Indicator* ind = catalogue_.find(id)) indicators.push_back(tmpl::indicator_value(*ind));
      for (const std::string& id : a->tasks)
        if (const PlanTask* t = model::task_of(plan, id)) task_list.push_back(task_value(*t, report_of(id)));
    }
    m["chi_so"] = Value::of(std::move(indicators));
    m["nhiem_vu"] = Value::of(std::move(task_list));
    const TaskReport* difficulties = report_of(kDifficultiesTask);
    const TaskReport* proposals = report_of(kProposalsTask);
    m["han_che"] = difficulties ? text_or_none(difficulties->result) : Value::none();
    m["kien_nghi"] = proposals ? text_or_none(proposals->result) : Value::none();
    std::optional<CivilDate> r = receipt(body.code);
    if (r && *r > as_of) r.reset();
    m["ngay_nop"] = r ? Value::of(*r) : Value::none();
    m["tinh_trang"] = Value::of(!r ? "chưa gửi" : (*r <= d_.date ? "đúng hạn" : "gửi muộn"));
    return Value::of(std::move(m));
  }

  std::vector<tmpl::SubmissionRecord> receipts_of(const std::vector<const Unit*>& bodies, const CivilDate& as_of) const {
    std::vector<tmpl::SubmissionRecord> out;
    for (const Unit* b : bodies)
      if (auto r = receipt(b->code); r && *r <= as_of) out.push_back({b->code, in_.year, *r});
    return out;
  }

  fs::path template_of(const std::string& name) const {
    fs::path p = paths_.find_template(name);
    if (p.empty()) fail(ErrorFamily::template_, MsgId::run_unknown_template_dirs, {name, rule_.id, paths_.template_dirs()});
    return p;
  }

  // The province a unit belongs to: "tỉnh" or "thành phố" in wording such
  // as "Hội Khuyến học tỉnh".
  const Unit& province_of(const Unit& u) const {
    const Unit* p = &u;
    for (int depth = 0; !p->parent.empty() && depth < 16; ++depth)
      if (const Unit* up = h_.find(p->parent, d_.date)) p = up; else break;
    return *p;
  }

  std::string ubnd_of(const Unit& u) const {
    if (auto i = in_.issuers.resolve(u, "ubnd")) return addressed(*i, u);
    return "Ủy ban nhân dân " + model::name_in_text(u);
  }

  // The receiving side's body for the bodies' reports, addressed as another
  // office writes it: "Sở Giáo dục và Đào tạo tỉnh Ninh Bình".
  std::string receiver(const Unit& parent) const {
    std::string body = "ubnd";
    for (const DocumentSpec& spec : rule_.documents)
      if (spec.issued_by == "cap-nhan" && spec.kind != "ke-hoach") {
        body = spec.body;
        break;
      }
    if (auto r = in_.issuers.resolve(parent, body)) return addressed(*r, parent);
    return {};
  }

  // The job of one document with the issuer's wording; nullopt (and a
  // problem) when nobody in the register issues it.
  std::optional<DocumentJob> job(const DocumentSpec& spec, const Unit& issuing, const Unit& parent,
                                 const CivilDate& date, const fs::path& pdf) {
    std::optional<model::Issuer> issuer = in_.issuers.resolve(issuing, spec.body);
    if (!issuer) {
      problems_.push_back(
          {MsgId::run_no_issuer, {spec.kind, issuing.code, issuing.name, spec.body}, at_file(in_.plan.plan.source)});
      return std::nullopt;
    }
    DocumentJob j = document_job(spec, issuing, *issuer, d_.date, template_of(spec.template_name), pdf);

    tmpl::Map vars = in_.vars;
    vars.erase("so_ky_hieu");
    vars.erase("can_cu");
    vars["ngay"] = Value::of(date);
    vars["co_quan_chu_quan"] = Value::of(issuer->parent_name);
    vars["co_quan_ban_hanh"] = Value::of(issuer->name);
    vars["ky_hieu_co_quan"] = Value::of(issuer->symbol);
    vars["ky_hieu_soan_thao"] = Value::of(issuer->drafting_symbol);
    // A body's row may leave the place out: its UBND's is where it sits.
    std::string place = issuer->place;
    if (issuing.level == model::kBodiesTier && place == model::place_of(issuing)) place = model::place_of(parent);
    vars["dia_danh"] = Value::of(place);
    vars["quyen_han"] = text_list(issuer->authority);
    vars["chuc_vu"] = Value::of(issuer->title);
    vars["nguoi_ky"] = Value::of(issuer->signer);
    tmpl::Map unit;
    unit["ma"] = Value::of(issuing.code);
    unit["ten"] = Value::of(issuing.name);
    unit["loai"] = Value::of(issuing.kind);
    unit["ten_trong_cau"] = Value::of(model::name_in_text(issuing));
    vars["don_vi_ban_hanh"] = Value::of(std::move(unit));
    vars["dia_ban"] = Value::of("trên địa bàn " + model::name_in_text(parent));
    vars["cap_tinh"] = Value::of(province_of(parent).kind == "Thành phố" ? "thành phố" : "tỉnh");
    vars["ubnd_nhan"] = Value::of(ubnd_of(parent));
    if (!in_.plan.plan.name.empty() && !vars.count("ke_hoach_can_cu"))
      vars["ke_hoach_can_cu"] = Value::of(in_.plan.plan.name);
    const std::string nhan = receiver(parent);
    if (!nhan.empty()) vars["co_quan_nhan"] = Value::of(nhan);
    vars["noi_nhan"] =
        text_list(model::recipient_lines(spec.recipients, {{"{nhan}", nhan}, {"{ubnd}", ubnd_of(parent)}}, *issuer));
    vars["han_co_quan"] = Value::of(d_.date);
    std::vector<std::string> before;
    if (parent.valid_from && *parent.valid_from > CivilDate{in_.year - 1, 12, 31})
      for (const Unit* p : h_.predecessors(parent)) before.push_back(p->name);
    j.vars = document_vars(vars, issuing.code, spec.kind, before);
    return j;
  }

  std::shared_ptr<const model::Rollup> rollup(const CivilDate& as_of) {
    const Facts& f = facts(as_of);
    return std::shared_ptr<const model::Rollup>(facts_.at(as_of), f.rollup.get());
  }

  // Targets of every year a plan of the year after shows (its roadmap to
  // the programmes' end), read once.
  std::shared_ptr<const std::vector<Target>> roadmap() {
    if (roadmap_) return roadmap_;
    // The inputs hold every year's targets already (load_inputs).
    roadmap_ = in_.targets;
    return roadmap_;
  }

  // A file of the receiving unit's directory of the deadline; output_path
  // keeps every code from the store inside the output root.
  fs::path file(const Unit& parent, const std::string& name) const {
    return output_path(o_.out, {dir_, parent.code, name});
  }

  void body_report(const DocumentSpec& spec, const Unit& parent, const Unit& body, const CivilDate& received) {
    auto j = job(spec, body, parent, received, file(parent, body.code + "-" + spec.kind + ".pdf"));
    if (!j) return;
    j->vars["co_quan_bao_cao"] = body_value(body, received);
    j->data = std::make_shared<tmpl::AreaTemplateData>(
        rollup(received), parent, std::vector<Unit>{body}, std::vector<int>{in_.year, in_.year - 1}, in_.targets,
        std::map<int, CivilDate>{{in_.year, d_.date}},
        std::vector<tmpl::SubmissionRecord>{{body.code, in_.year, received}}, catalogue_,
        true);
    jobs_.push_back(std::move(*j));
  }

  void receiving_document(const DocumentSpec& spec, const Unit& parent, const std::vector<const Unit*>& bodies) {
    const CivilDate date = date_of(spec);
    std::vector<tmpl::SubmissionRecord> received = receipts_of(bodies, date);
    if (spec.only_when_missing && received.size() == bodies.size()) return;
    auto j = job(spec, parent, parent, date, file(parent, spec.kind + ".pdf"));
    if (!j) return;
    if (spec.kind != "cong-van-don-doc") j->xlsx = file(parent, spec.kind + ".xlsx");
    tmpl::List list;
    std::vector<std::string> missing;
    std::vector<Unit> members;
    for (const Unit* b : bodies) {
      list.push_back(body_value(*b, date));
      members.push_back(*b);
      if (std::none_of(received.begin(), received.end(), [&](const auto& r) { return r.unit_code == b->code; }))
        missing.push_back(b->name);
    }
    j->vars["co_quan"] = Value::of(std::move(list));
    j->vars["kinh_gui"] = text_list(missing);
    j->vars["cac_co_quan"] = Value::of(groups(bodies, j->vars["cap_tinh"].text));
    // What the communes count (the unit's roll-up) and what the bodies are
    // assigned, each in catalogue order.
    const std::shared_ptr<const model::Rollup> r = rollup(date);
    tmpl::List by_units, by_bodies;
    std::set<std::string> assigned;
    for (const BodyAssignment& a : in_.plan.plan.assignments) assigned.insert(a.indicators.begin(), a.indicators.end());
    for (const model::Indicator& ind : catalogue_.all()) {
      if (r->value(parent, ind.id, in_.year)) by_units.push_back(tmpl::indicator_value(ind));
      if (assigned.count(ind.id)) by_bodies.push_back(tmpl::indicator_value(ind));
    }
    j->vars["chi_so_xa"] = Value::of(std::move(by_units));
    j->vars["chi_so_co_quan"] = Value::of(std::move(by_bodies));
    // A reminder gives five more days unless the office said otherwise.
    if (!j->vars.count("han_bo_sung")) j->vars["han_bo_sung"] = Value::of(plus_days(date, 5));
    j->vars["xa"] = communes(parent, date);
    tmpl::List tasks;
    for (const PlanTask& t : in_.plan.plan.tasks) tasks.push_back(task_value(t, nullptr));
    j->vars["nhiem_vu"] = Value::of(std::move(tasks));
    j->vars["lich_bao_cao"] = schedule(parent);
    // The roadmap's years ahead: a plan of the year after shows them, a
    // report names the next year's targets.
    j->data = std::make_shared<tmpl::AreaTemplateData>(r, parent, std::move(members),
                                                       std::vector<int>{in_.year, in_.year - 1}, roadmap(),
                                                       std::map<int, CivilDate>{{in_.year, d_.date}},
                                                       std::move(received), catalogue_, true);
    jobs_.push_back(std::move(*j));
  }

  // How a document names the bodies together, by the kinds there are: "các
  // sở, ban, ngành, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính
  // trị - xã hội và các hội".
  static std::string groups(const std::vector<const Unit*>& bodies, const std::string& province_word) {
    auto has = [&](std::initializer_list<const char*> kinds) {
      return std::any_of(bodies.begin(), bodies.end(), [&](const Unit* b) {
        for (const char* k : kinds)
          if (b->kind == k) return true;
        return false;
      });
    };
    std::vector<std::string> parts;
    if (has({"so", "ban", "nganh"})) parts.push_back("các sở, ban, ngành");
    if (has({"mat-tran"})) parts.push_back("Ủy ban Mặt trận Tổ quốc Việt Nam " + province_word);
    if (has({"doan-the"})) parts.push_back("các tổ chức chính trị - xã hội");
    if (has({"hoi"})) parts.push_back("các hội");
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
      out += (i == 0 ? "" : i + 1 == parts.size() ? " và " : ", ") + parts[i];
    return out;
  }

  // The units of the plan's lowest level under `parent` and who of them had
  // reported by `as_of`: {tong, da_nop, chua_nop (names)}.
  Value communes(const Unit& parent, const CivilDate& as_of) const {
    const std::vector<std::string>& levels = in_.plan.plan.levels;
    tmpl::Map m;
    std::vector<const Unit*> units =
        levels.empty() ? std::vector<const Unit*>{} : h_.descendants_at(parent.code, levels.back(), d_.date);
    std::vector<std::string> missing;
    int reported = 0;
    for (const Unit* u : units) {
      bool in = std::any_of(in_.receipts.begin(), in_.receipts.end(), [&](const Submission& s) {
        return s.unit_code == u->code && s.period == in_.year && s.deadline_id.empty() && s.received <= as_of;
      });
      if (in) ++reported; else missing.push_back(u->name);
    }
    m["tong"] = Value::of(static_cast<double>(units.size()));
    m["da_nop"] = Value::of(static_cast<double>(reported));
    m["chua_nop"] = text_list(missing);
    return Value::of(std::move(m));
  }

  // The plan's reporting deadlines in the year after, for a plan of that
  // year to restate: {ngay, tu (the level's word), tu_co_quan, den, noi_dung}.
  Value schedule(const Unit& parent) const {
    tmpl::List out;
    for (const model::DatedDeadline& next : model::deadlines_in(in_.plan.plan, in_.year + 1)) {
      const DeadlineRule& r = *next.rule;
      if (r.inspection) continue;
      tmpl::Map m;
      m["ngay"] = Value::of(next.date);
      m["tu"] = Value::of(r.from_level);
      m["tu_co_quan"] = Value::of(model::level_id(r.from_level) == model::kBodiesTier);
      m["noi_dung"] = Value::of(r.what);
      std::string to = r.to;
      if (!r.to_level.empty()) {
        std::string body = "ubnd";
        for (const DocumentSpec& spec : r.documents)
          if (spec.issued_by == "cap-nhan" && spec.kind != "ke-hoach") {
            body = spec.body;
            break;
          }
        if (auto i = in_.issuers.resolve(parent, body)) to = i->name;
      }
      m["den"] = Value::of(to);
      out.push_back(Value::of(std::move(m)));
    }
    return Value::of(std::move(out));
  }

  store::Store& store_;
  const model::IndicatorCatalogue& catalogue_;  // the store's: shipped and the office's own
  const CycleInputs& in_;
  const RunOptions& o_;
  const Paths& paths_;
  const model::DatedDeadline& d_;
  const DeadlineRule& rule_;
  const model::Hierarchy& h_;
  std::vector<DocumentJob>& jobs_;
  std::vector<Diagnostic>& problems_;
  std::map<CivilDate, std::shared_ptr<const Facts>> facts_;
  std::map<CivilDate, std::vector<TaskReport>> tasks_;
  std::shared_ptr<const std::vector<Target>> roadmap_;
  std::string dir_;  // the deadline's directory
};

}  // namespace

std::vector<Unit> with_bodies(store::Store& store, std::vector<Unit> units) {
  for (Unit& b : model::body_units(store.bodies(), units)) units.push_back(std::move(b));
  return units;
}

bool is_bodies_deadline(const DeadlineRule& rule) {
  return model::level_id(rule.from_level) == model::kBodiesTier;
}

void plan_bodies_deadline(store::Store& store, const CycleInputs& in, const RunOptions& options, const Paths& paths,
                          const model::DatedDeadline& d, std::vector<DocumentJob>& jobs,
                          std::vector<Diagnostic>& problems) {
  BodiesPlanner(store, in, options, paths, d, jobs, problems).plan();
}

}  // namespace baocao::cycle
