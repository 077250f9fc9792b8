#include "engine/model/issuers.hpp"

#include <algorithm>

#include "engine/model/levels.hpp"

namespace baocao::model {

namespace {

constexpr std::string_view kUbnd = "ubnd";

// The proper name after the unit's kind, or "" when the name does not start with it.
std::string_view proper_name(const Unit& u) {
  std::string kind = u.kind.empty() ? kind_of_name(u.name) : u.kind;
  std::string_view n = u.name;
  if (kind.empty() || n.size() <= kind.size() + 1 || n.substr(0, kind.size()) != kind || n[kind.size()] != ' ')
    return {};
  return n.substr(kind.size() + 1);
}

// "1", "2 Bảo Lộc": a proper name that is (or starts with) a number.
bool is_number(std::string_view s) {
  return !s.empty() && s.front() >= '0' && s.front() <= '9';
}

// The kinds as running text writes them; a kind is Vietnamese words whose
// first letter only is upper case ("Thành phố", "Đặc khu").
std::string lower_kind(std::string_view kind) {
  static const std::pair<std::string_view, std::string_view> kinds[] = {
      {"Tỉnh", "tỉnh"},     {"Thành phố", "thành phố"}, {"Xã", "xã"},         {"Phường", "phường"},
      {"Đặc khu", "đặc khu"}, {"Huyện", "huyện"},       {"Quận", "quận"},     {"Thị xã", "thị xã"},
      {"Thị trấn", "thị trấn"}};
  for (const auto& [upper, lower] : kinds)
    if (kind == upper) return std::string(lower);
  return std::string(kind);
}

std::string substitute(std::string text, const Unit& unit) {
  static constexpr std::string_view kName = "{ten}";
  for (std::size_t at; (at = text.find(kName)) != std::string::npos;)
    text.replace(at, kName.size(), name_in_text(unit));
  return text;
}

}  // namespace

std::string name_in_text(const Unit& unit) {
  std::string_view proper = proper_name(unit);
  if (proper.empty() || is_number(proper)) return unit.name;
  std::string kind = unit.kind.empty() ? kind_of_name(unit.name) : unit.kind;
  return lower_kind(kind) + " " + std::string(proper);
}

std::string place_of(const Unit& unit) {
  std::string_view proper = proper_name(unit);
  if (proper.empty() || is_number(proper)) return unit.name;
  return std::string(proper);
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

}  // namespace baocao::model
