#include "engine/model/hierarchy.hpp"

#include "engine/model/levels.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace baocao::model {

bool valid_on(const Unit& u, const CivilDate& on) {
  return (!u.valid_from || *u.valid_from <= on) && (!u.valid_to || on <= *u.valid_to);
}

CivilDate day_before(const CivilDate& d) {
  CivilDate r = d;
  if (--r.day >= 1) return r;
  if (--r.month < 1) {
    r.month = 12;
    --r.year;
  }
  for (r.day = 31; !is_valid(r); --r.day) {
  }
  return r;
}

namespace {

bool overlap(const Unit& a, const Unit& b) {
  CivilDate lo{0, 1, 1}, hi{9999, 12, 31};
  CivilDate a0 = a.valid_from.value_or(lo), a1 = a.valid_to.value_or(hi);
  CivilDate b0 = b.valid_from.value_or(lo), b1 = b.valid_to.value_or(hi);
  return a0 <= b1 && b0 <= a1;
}

}  // namespace

Hierarchy::Hierarchy(std::vector<Unit> units) : units_(std::move(units)), by_code_(units_.size()) {
  // Rows built by hand may still call a tier by its word ("xã", "thành phố").
  for (Unit& u : units_)
    if (std::string tier = level_id(u.level, !u.parent.empty()); !tier.empty()) u.level = std::move(tier);
  for (std::uint32_t i = 0; i < by_code_.size(); ++i) by_code_[i] = i;
  std::stable_sort(by_code_.begin(), by_code_.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return units_[a].code < units_[b].code; });
  std::vector<Diagnostic> problems;
  std::map<std::string, std::vector<const Unit*>> by_code;
  for (const Unit& u : units_) {
    for (const Unit* other : by_code[u.code])
      if (overlap(*other, u))
        problems.push_back(
            {MsgId::unit_overlapping_validity, {u.code, std::to_string(other->source.line)}, u.source});
    by_code[u.code].push_back(&u);
  }
  for (const Unit& u : units_) {
    if (!u.parent.empty() && !by_code.count(u.parent))
      problems.push_back({MsgId::unit_unknown_parent, {u.parent, u.code}, u.source});
    for (const auto& p : u.predecessors)
      if (!by_code.count(p)) problems.push_back({MsgId::unit_unknown_predecessor, {p, u.code}, u.source});
  }
  // A unit may not be its own ancestor (on any date it is valid).
  for (const Unit& u : units_) {
    if (!problems.empty()) break;
    CivilDate on = u.valid_from.value_or(CivilDate{1900, 1, 1});
    std::set<std::string> seen{u.code};
    for (const Unit* p = u.parent.empty() ? nullptr : find(u.parent, on); p;
         p = p->parent.empty() ? nullptr : find(p->parent, on)) {
      if (!seen.insert(p->code).second) {
        problems.push_back({MsgId::unit_cycle, {u.code}, u.source});
        break;
      }
    }
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
}

std::span<const std::uint32_t> Hierarchy::versions(std::string_view code) const {
  struct ByCode {
    const std::vector<Unit>& units;
    bool operator()(std::uint32_t a, std::string_view b) const { return units[a].code < b; }
    bool operator()(std::string_view a, std::uint32_t b) const { return a < units[b].code; }
  };
  auto [first, last] = std::equal_range(by_code_.begin(), by_code_.end(), code, ByCode{units_});
  return {first, last};
}

const Unit* Hierarchy::find(std::string_view code, const CivilDate& on) const {
  for (std::uint32_t i : versions(code))
    if (valid_on(units_[i], on)) return &units_[i];
  return nullptr;
}

const Unit* Hierarchy::latest(std::string_view code) const {
  const Unit* best = nullptr;
  for (std::uint32_t i : versions(code)) {
    const Unit& u = units_[i];
    if (!best || !u.valid_to || (best->valid_to && *best->valid_to < *u.valid_to)) best = &u;
  }
  return best;
}

std::vector<const Unit*> Hierarchy::children(std::string_view code, const CivilDate& on) const {
  std::vector<const Unit*> out;
  for (const Unit& u : units_)
    if (u.parent == code && valid_on(u, on)) out.push_back(&u);
  return out;
}

std::vector<const Unit*> Hierarchy::descendants_at(std::string_view code, std::string_view level,
                                                      const CivilDate& on) const {
  std::vector<const Unit*> out;
  std::string tier = level_id(level);
  if (tier.empty()) tier = level;
  for (const Unit& u : units_) {
    if (u.level != tier || !valid_on(u, on)) continue;
    if (code.empty()) {
      out.push_back(&u);
      continue;
    }
    for (const Unit* p = u.parent.empty() ? nullptr : find(u.parent, on); p;
         p = p->parent.empty() ? nullptr : find(p->parent, on))
      if (p->code == code) {
        out.push_back(&u);
        break;
      }
  }
  return out;
}

std::vector<const Unit*> Hierarchy::predecessors(const Unit& unit) const {
  std::vector<const Unit*> out;
  if (!unit.valid_from) return out;
  CivilDate before = day_before(*unit.valid_from);
  for (const auto& code : unit.predecessors)
    if (const Unit* p = find(code, before)) out.push_back(p);
  return out;
}

}  // namespace baocao::model
