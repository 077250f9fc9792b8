#include "engine/model/issuers.hpp"

#include <algorithm>
#include <mutex>
#include <unordered_map>

#include "engine/model/levels.hpp"
#include "engine/text/admin_name.hpp"

namespace baocao::model {

namespace {

constexpr std::string_view kUbnd = "ubnd";

// How the units list says the unit's proper name reads ("người", "số", …).
text::NameOrigin origin_of(const Unit& u) {
  text::NameOrigin o = text::NameOrigin::unstated;
  text::parse_name_origin(u.name_origin, o);
  return o;
}

std::string substitute(std::string text, const Unit& unit) {
  static constexpr std::string_view kName = "{ten}";
  for (std::size_t at; (at = text.find(kName)) != std::string::npos;)
    text.replace(at, kName.size(), name_in_text(unit));
  return text;
}

}  // namespace

namespace {

// The names in running text, kept by name and origin: every document of a
// run words its units' names several times over (issuer, place, area,
// recipients), each an ICU case mapping. Bounded by the units a store
// holds; emptied past a limit all the same.
template <typename F>
std::string remembered(char which, const Unit& unit, F make) {
  static std::mutex mutex;
  static std::unordered_map<std::string, std::string> kept;
  std::string key = which + unit.name + '\x1f' + unit.name_origin;
  {
    std::lock_guard lock(mutex);
    if (auto it = kept.find(key); it != kept.end()) return it->second;
  }
  std::string value = make();
  std::lock_guard lock(mutex);
  if (kept.size() > 100000) kept.clear();
  kept.emplace(std::move(key), value);
  return value;
}

}  // namespace

std::string name_in_text(const Unit& unit) {
  return remembered('n', unit, [&] { return text::running_text(unit.name, origin_of(unit)); });
}

std::string place_of(const Unit& unit) {
  return remembered('p', unit, [&] { return text::place_name(unit.name, origin_of(unit)); });
}

IssuerRegister::IssuerRegister(std::vector<IssuerEntry> entries) : entries_(std::move(entries)) {
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const IssuerEntry& e = entries_[i];
    index_[{e.unit_code, e.unit_code.empty() ? e.level : std::string(), e.body}] = i;
  }
}

std::optional<Issuer> IssuerRegister::resolve(const Unit& unit, std::string_view body) const {
  auto row = [&](const std::string& code, const std::string& level) -> const IssuerEntry* {
    auto it = index_.find({code, level, std::string(body)});
    return it == index_.end() ? nullptr : &entries_[it->second];
  };
  const IssuerEntry* own = row(unit.code, "");
  const IssuerEntry* level = row("", unit.level);
  // Every UBND is "Ủy ban nhân dân" of its unit, signed for it collectively
  // by its Chủ tịch: that much holds without a register.
  IssuerEntry shared;
  if (body == kUbnd) {
    shared.name = "Ủy ban nhân dân {ten}";
    shared.symbol = "UBND";
    shared.authority = {"TM. Ủy ban nhân dân"};
    shared.title = "Chủ tịch";
  }
  const IssuerEntry& fallback = shared;
  auto pick = [&](auto field) {
    for (const IssuerEntry* e : {own, level})
      if (e && !(e->*field).empty()) return e->*field;
    return fallback.*field;
  };
  Issuer out;
  out.unit_code = unit.code;
  out.body = std::string(body);
  out.registered = own != nullptr;
  out.name = substitute(pick(&IssuerEntry::name), unit);
  if (out.name.empty()) return std::nullopt;
  out.parent_name = substitute(pick(&IssuerEntry::parent_name), unit);
  out.symbol = pick(&IssuerEntry::symbol);
  out.drafting_symbol = pick(&IssuerEntry::drafting_symbol);
  out.place = substitute(pick(&IssuerEntry::place), unit);
  if (out.place.empty()) out.place = place_of(unit);
  out.authority = pick(&IssuerEntry::authority);
  for (auto& line : out.authority) line = substitute(line, unit);
  out.title = pick(&IssuerEntry::title);
  // A signer is a person of this unit: only the unit's own row names one.
  if (own) out.signer = own->signer;
  out.recipients = pick(&IssuerEntry::recipients);
  for (auto& r : out.recipients) r = substitute(r, unit);
  return out;
}

std::vector<std::string> recipient_lines(const std::vector<std::string>& planned,
                                         const std::map<std::string, std::string>& fills, const Issuer& issuer) {
  std::vector<std::string> lines;
  bool registered_placed = false;
  auto registered = [&] {
    for (const std::string& r : issuer.recipients) lines.push_back("- " + r + ";");
    registered_placed = true;
  };
  for (std::string r : planned) {
    if (r == "{dang_ky}") {
      registered();
      continue;
    }
    for (const auto& [key, value] : fills)
      for (std::size_t at; (at = r.find(key)) != std::string::npos;) r.replace(at, key.size(), value);
    // "{nhan} (để tổng hợp)" with nobody to receive it
    if (!r.empty() && r.front() != ' ') lines.push_back("- " + r + ";");
  }
  if (!registered_placed) registered();
  lines.push_back("- Lưu: VT" + (issuer.drafting_symbol.empty() ? std::string() : ", " + issuer.drafting_symbol) + ".");
  return lines;
}

}  // namespace baocao::model
