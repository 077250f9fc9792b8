#include "app/import_checks.hpp"

#include <algorithm>

#include "engine/model/rates.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::app {

ImportChecks::ImportChecks(const forms::Table& table, const forms::FormColumns& columns,
                           const forms::Mapping& mapping, const std::vector<std::string>& valid_codes,
                           const model::IndicatorCatalogue& catalogue)
    : table_(table), columns_(columns), mapping_(mapping), valid_(valid_codes), catalogue_(catalogue) {
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
  if (it != valid_.end() && *it == code) return static_cast<std::uint32_t>(it - valid_.begin());
  auto [u, added] = unknown_.emplace(code, static_cast<std::uint32_t>(unknown_.size()));
  if (added) problems.push_back({MsgId::data_unknown_unit, {code}, table_.where(row, columns_.code)});
  return static_cast<std::uint32_t>(valid_.size() + u->second);
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

}  // namespace baocao::app
