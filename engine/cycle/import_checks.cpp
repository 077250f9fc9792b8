#include "engine/cycle/import_checks.hpp"

#include <algorithm>

#include "engine/model/levels.hpp"
#include "engine/model/rates.hpp"
#include "engine/text/fold.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::cycle {

ImportChecks::ImportChecks(const forms::Table& table, const forms::FormColumns& columns,
                           const forms::Mapping& mapping, const std::vector<std::string>& valid_codes,
                           const std::vector<std::string>& valid_names,
                           const model::IndicatorCatalogue& catalogue,
                           bool strict)
    : table_(table),
      columns_(columns),
      mapping_(mapping),
      valid_(valid_codes),
      names_(valid_names),
      strict_(strict),
      name_checked_(valid_codes.size(), false),
      catalogue_(catalogue) {
  for (std::size_t k = 0; k < mapping.indicators.size(); ++k) {
    std::size_t same = 0;
    while (same < k && mapping.indicators[same].id != mapping.indicators[k].id) ++same;
    indicator_slot_.push_back(same < k ? indicator_slot_[same] : slots_++);
  }
}

// A unit is its index in the valid codes, or past them for a code the store
// does not know, which is reported once, at its first cell.
std::uint32_t ImportChecks::unit_index(const std::string& code, int row, std::vector<Diagnostic>& problems) {
  auto it = std::lower_bound(valid_.begin(), valid_.end(), code);
  if (it != valid_.end() && *it == code) {
    if (only_ && !std::binary_search(only_->begin(), only_->end(), code) && refused_.insert(code).second)
      problems.push_back({MsgId::import_unit_not_allowed, {code}, table_.where(row, columns_.code)});
    return static_cast<std::uint32_t>(it - valid_.begin());
  }
  auto [u, added] = unknown_.emplace(code, static_cast<std::uint32_t>(unknown_.size()));
  if (added) problems.push_back({MsgId::data_unknown_unit, {code}, table_.where(row, columns_.code)});
  return static_cast<std::uint32_t>(valid_.size() + u->second);
}

// "00008,Phường Ba Đình" (the code of one ward, the name of another) would
// file one ward's figures under another: the name must be the code's,
// folded (case, diacritics, spacing), with or without its kind ("Ba Đình").
// Nearly every row writes it as the list does: folded only when it does not.
void ImportChecks::check_name(const Record& r, std::uint32_t unit, int row, std::vector<Diagnostic>& problems) {
  if (unit >= valid_.size() || name_checked_[unit] || r.unit_name.empty() || names_[unit].empty()) return;
  name_checked_[unit] = true;
  std::vector<std::string_view> known;
  for (std::string_view all = names_[unit];;) {
    const std::size_t end = all.find('\x1f');
    known.push_back(all.substr(0, end));
    if (end == std::string_view::npos) break;
    all.remove_prefix(end + 1);
  }
  for (std::string_view name : known)
    if (name == r.unit_name) return;
  const std::string given = text::fold_for_match(r.unit_name);
  for (std::string_view name : known) {
    const std::string kind = model::kind_of_name(name);
    const std::string_view proper = kind.empty() ? name : name.substr(std::min(kind.size() + 1, name.size()));
    if (given == text::fold_for_match(name) || given == text::fold_for_match(proper)) return;
  }
  Location where = table_.where(row, columns_.name ? columns_.name : columns_.code);
  (strict_ ? problems : warnings_)
      .push_back({MsgId::import_name_mismatch, {r.unit_name, r.unit_code, std::string(known.back())}, where});
}

std::vector<std::string> known_names(const std::vector<std::string>& codes,
                                     const std::vector<std::pair<std::string, std::string>>& names) {
  std::vector<std::string> out(codes.size());
  for (const auto& [code, name] : names) {
    auto it = std::lower_bound(codes.begin(), codes.end(), code);
    if (it == codes.end() || *it != code) continue;
    std::string& all = out[static_cast<std::size_t>(it - codes.begin())];
    if (!all.empty()) all += '\x1f';
    all += name;
  }
  return out;
}

// A row's texts as they will be kept and exported: no character the text
// gate refuses (an XLSX cell carries what a CSV cell could not), and no more
// than an Excel cell holds.
void ImportChecks::check_text(const std::string& text, int row, int col, const Location& fallback,
                              std::vector<Diagnostic>& problems) const {
  if (text.empty()) return;
  Location where = col > 0 ? table_.where(row, col) : fallback;
  if (auto refused = text::find_refused_char(text)) problems.push_back(text::refused_char_problem(*refused, where));
  if (std::size_t n = text::utf16_length(text); n > text::kMaxCellChars)
    problems.push_back({MsgId::text_cell_too_long, {std::to_string(n), std::to_string(text::kMaxCellChars)}, where});
}

void ImportChecks::add(std::vector<Record>& batch, const std::vector<int>& rows,
                       std::vector<Diagnostic>& problems) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < batch.size(); ++i) {
    Record& r = batch[i];
    int row = rows[i];
    model::check_record(r, catalogue_, problems);
    // A row's figures share its unit: one search a row.
    if (row != last_row_) {
      last_unit_ = unit_index(r.unit_code, row, problems);
      check_name(r, last_unit_, row, problems);
      check_text(r.unit_name, row, columns_.name, r.source, problems);
      check_text(r.note, row, columns_.note, r.source, problems);
    }
    last_row_ = row;
    std::size_t k = 0;
    while (mapping_.indicators[k].id != r.indicator) ++k;
    std::size_t at = std::size_t{last_unit_} * slots_ + indicator_slot_[k];
    if (at >= first_row_.size()) first_row_.resize(std::max(at + 1, first_row_.size() * 3 / 2), 0);
    if (first_row_[at] != 0) {
      // A repeated row repeats each of its indicators: named once.
      if (row != last_duplicate_row_)
        problems.push_back({MsgId::data_duplicate_unit,
                            {r.unit_code, std::to_string(table_.where(first_row_[at], columns_.code).line)},
                            r.source});
      last_duplicate_row_ = row;
      continue;
    }
    first_row_[at] = row;
    ++figures_;
    if (kept != i) batch[kept] = std::move(r);
    ++kept;
  }
  batch.resize(kept);
}

}  // namespace baocao::cycle
