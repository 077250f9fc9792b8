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

constexpr CivilDate kSinceEver{0, 1, 1}, kForever{9999, 12, 31};

std::string iso_or(const std::optional<CivilDate>& d, const char* open) {
  return d ? to_iso(*d) : std::string(open);
}

}  // namespace

std::vector<Diagnostic> check_units(const std::vector<Unit>& units, int max_depth, std::size_t existing) {
  std::vector<Diagnostic> problems;
  auto from_store = [&](std::uint32_t i) { return i < existing; };
  const auto n = static_cast<std::uint32_t>(units.size());
  // A problem of row `a` (of the file) with row `b`.
  auto line_of = [&](std::uint32_t i) { return std::to_string(units[i].source.line); };

  // Versions of each code in order of their start: a row overlaps the
  // versions before it when it starts before the latest end so far.
  std::vector<std::uint32_t> order(n);
  for (std::uint32_t i = 0; i < n; ++i) order[i] = i;
  auto start = [&](std::uint32_t i) { return units[i].valid_from.value_or(kSinceEver); };
  auto end = [&](std::uint32_t i) { return units[i].valid_to.value_or(kForever); };
  std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (units[a].code != units[b].code) return units[a].code < units[b].code;
    return start(a) < start(b);
  });
  for (std::size_t k = 1, latest = 0; k < order.size(); ++k) {
    std::uint32_t i = order[k], prev = order[k - 1];
    if (units[i].code != units[prev].code) {
      latest = k;
      continue;
    }
    std::uint32_t other = order[latest];  // the earlier version ending last
    if (end(i) > end(other)) latest = k;
    if (!(start(i) <= end(other))) continue;
    bool a_store = from_store(i), b_store = from_store(other);
    if (a_store && b_store) continue;
    std::uint32_t at = a_store ? other : i, with = a_store ? i : other;
    if (a_store || b_store)
      problems.push_back({MsgId::unit_overlaps_store,
                          {units[at].code, iso_or(units[with].valid_from, "…"), iso_or(units[with].valid_to, "…")},
                          units[at].source});
    else if (start(i) == start(other))
      problems.push_back({MsgId::unit_duplicate_row, {units[i].code, line_of(other)}, units[i].source});
    else
      problems.push_back({MsgId::unit_overlapping_validity, {units[i].code, line_of(other)}, units[i].source});
  }

  // Codes, once each, for parents and predecessors.
  std::vector<std::string_view> codes;
  for (std::uint32_t i : order)
    if (codes.empty() || codes.back() != units[i].code) codes.push_back(units[i].code);
  auto code_index = [&](std::string_view c) -> std::int64_t {
    auto it = std::lower_bound(codes.begin(), codes.end(), c);
    return it != codes.end() && *it == c ? it - codes.begin() : -1;
  };
  // The code graph: each code to the parents of its versions.
  std::vector<std::vector<std::uint32_t>> parents(codes.size());
  std::vector<std::uint32_t> first_row(codes.size(), n);  // a row of each code, a file's when there is one
  for (std::uint32_t i = 0; i < n; ++i) {
    const Unit& u = units[i];
    auto c = static_cast<std::size_t>(code_index(u.code));
    if (first_row[c] == n || (from_store(first_row[c]) && !from_store(i))) first_row[c] = i;
    if (!u.parent.empty()) {
      std::int64_t p = code_index(u.parent);
      if (p < 0) {
        if (!from_store(i)) problems.push_back({MsgId::unit_unknown_parent, {u.parent, u.code}, u.source});
      } else {
        parents[c].push_back(static_cast<std::uint32_t>(p));
      }
    }
    for (const auto& pred : u.predecessors)
      if (code_index(pred) < 0 && !from_store(i))
        problems.push_back({MsgId::unit_unknown_predecessor, {pred, u.code}, u.source});
  }

  // Depth of each code (1 at the top) by an iterative walk, each code
  // finished once; a code met again while on the walk closes a cycle.
  enum : std::uint8_t { fresh, open, done };
  std::vector<std::uint8_t> state(codes.size(), fresh);
  std::vector<int> depth(codes.size(), 1);
  std::vector<bool> in_cycle(codes.size(), false);
  std::vector<std::pair<std::uint32_t, std::size_t>> stack;  // code, next parent to visit
  for (std::uint32_t root = 0; root < codes.size(); ++root) {
    if (state[root] != fresh) continue;
    stack.push_back({root, 0});
    state[root] = open;
    while (!stack.empty()) {
      auto& [c, next] = stack.back();
      if (next < parents[c].size()) {
        std::uint32_t p = parents[c][next++];
        if (state[p] == fresh) {
          state[p] = open;
          stack.push_back({p, 0});
        } else if (state[p] == open) {
          // Every code from p up the stack to c is on the cycle.
          for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            in_cycle[it->first] = true;
            if (it->first == p) break;
          }
        }
        continue;
      }
      int d = 1;
      for (std::uint32_t p : parents[c])
        if (!in_cycle[p] && state[p] == done) d = std::max(d, std::min(depth[p], max_depth + 1) + 1);
      depth[c] = d;
      state[c] = done;
      stack.pop_back();
    }
  }
  for (std::uint32_t c = 0; c < codes.size(); ++c) {
    const Unit& u = units[first_row[c]];
    const bool stored = from_store(first_row[c]);
    if (in_cycle[c]) {
      if (!stored) problems.push_back({MsgId::unit_cycle, {u.code}, u.source});
      continue;
    }
    // Once per branch: where the depth first passes the bound.
    bool parent_too_deep = false;
    for (std::uint32_t p : parents[c]) parent_too_deep = parent_too_deep || depth[p] > max_depth;
    if (depth[c] > max_depth && !parent_too_deep && !stored)
      problems.push_back(
          {MsgId::unit_too_deep, {u.code, std::to_string(depth[c]), std::to_string(max_depth)}, u.source});
  }
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.where.line < b.where.line; });
  return problems;
}

Hierarchy::Hierarchy(std::vector<Unit> units, int max_depth)
    : units_(std::move(units)), by_code_(units_.size()), by_parent_(units_.size()) {
  // Rows built by hand may still call a tier by its word ("xã", "thành phố").
  for (Unit& u : units_)
    if (std::string tier = level_id(u.level, !u.parent.empty()); !tier.empty()) u.level = std::move(tier);
  std::vector<Diagnostic> problems = check_units(units_, max_depth);
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  for (std::uint32_t i = 0; i < by_code_.size(); ++i) by_code_[i] = by_parent_[i] = i;
  std::stable_sort(by_code_.begin(), by_code_.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return units_[a].code < units_[b].code; });
  std::stable_sort(by_parent_.begin(), by_parent_.end(),
                   [&](std::uint32_t a, std::uint32_t b) { return units_[a].parent < units_[b].parent; });
}

std::span<const std::uint32_t> Hierarchy::children_of(std::string_view code) const {
  struct ByParent {
    const std::vector<Unit>& units;
    bool operator()(std::uint32_t a, std::string_view b) const { return units[a].parent < b; }
    bool operator()(std::string_view a, std::uint32_t b) const { return a < units[b].parent; }
  };
  auto [first, last] = std::equal_range(by_parent_.begin(), by_parent_.end(), code, ByParent{units_});
  return {first, last};
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
  for (std::uint32_t i : children_of(code))
    if (valid_on(units_[i], on)) out.push_back(&units_[i]);
  return out;
}

std::vector<const Unit*> Hierarchy::descendants_at(std::string_view code, std::string_view level,
                                                      const CivilDate& on) const {
  std::string tier = level_id(level);
  if (tier.empty()) tier = level;
  level = tier;
  std::vector<std::uint32_t> found;
  if (code.empty()) {
    for (std::uint32_t i = 0; i < units_.size(); ++i)
      if (units_[i].level == level && valid_on(units_[i], on)) found.push_back(i);
  } else if (find(code, on)) {
    // Down from `code` through the units valid on `on`: each unit once,
    // in time linear in the subtree (the list has no cycles).
    std::vector<std::string_view> todo{code};
    while (!todo.empty()) {
      std::string_view c = todo.back();
      todo.pop_back();
      for (std::uint32_t i : children_of(c)) {
        if (!valid_on(units_[i], on)) continue;
        if (units_[i].level == level) found.push_back(i);
        todo.push_back(units_[i].code);
      }
    }
    std::sort(found.begin(), found.end());  // input order, as before
    found.erase(std::unique(found.begin(), found.end()), found.end());
  }
  std::vector<const Unit*> out;
  out.reserve(found.size());
  for (std::uint32_t i : found) out.push_back(&units_[i]);
  return out;
}

std::vector<const Unit*> Hierarchy::descendants_or_self_at(std::string_view code, std::string_view level,
                                                           const CivilDate& on) const {
  std::vector<const Unit*> out = descendants_at(code, level, on);
  if (!code.empty())
    if (const Unit* u = find(code, on); u && u->level == level_id(level, !u->parent.empty()))
      out.insert(out.begin(), u);
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
