// The national catalogue as data, and which level reports which indicator.
#include "engine/model/indicator_catalogue.hpp"

#include <fstream>
#include <sstream>

#include "engine/core/data_dir.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::model {

bool reported_at(const Indicator& i, bool top_level) {
  return i.measured_at == MeasuredAt::lowest || (top_level && i.measured_at == MeasuredAt::top);
}

IndicatorCatalogue::IndicatorCatalogue(std::vector<Indicator> indicators)
    : indicators_(std::move(indicators)) {}

namespace {

enum Col { kId, kName, kNumerator, kDenominator, kUnit, kMeasuredAt, kKind, kProgramme, kCols };
constexpr const char* kHeadings[kCols] = {"ma",          "ten",     "tu_so", "mau_so",
                                          "don_vi_tinh", "cap_dem", "loai",  "chuong_trinh"};

bool is_id(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  return true;
}

}  // namespace

const char* measured_at_name(MeasuredAt m) {
  switch (m) {
    case MeasuredAt::top:
      return "cao_nhat";
    case MeasuredAt::body:
      return "co_quan";
    default:
      return "thap_nhat";
  }
}

bool measured_at_of(std::string_view name, MeasuredAt& out) {
  for (MeasuredAt m : {MeasuredAt::lowest, MeasuredAt::top, MeasuredAt::body})
    if (name == measured_at_name(m)) {
      out = m;
      return true;
    }
  return false;
}

std::vector<Indicator> indicators_from_table(const std::vector<std::vector<std::string>>& rows,
                                             const std::function<Location(std::size_t, std::size_t)>& where,
                                             std::vector<Diagnostic>& problems) {
  std::vector<Indicator> out;
  if (rows.empty()) {
    problems.push_back({MsgId::csv_empty, {}, where(0, 0)});
    return out;
  }
  std::size_t col[kCols];
  for (int k = 0; k < kCols; ++k) {
    col[k] = rows[0].size();
    for (std::size_t c = 0; c < rows[0].size(); ++c)
      if (rows[0][c] == kHeadings[k]) col[k] = c;
    // Only the wording columns may be left out: a count has no denominator,
    // a catalogue may name no programme.
    if (col[k] == rows[0].size() && k != kDenominator && k != kProgramme && k != kUnit) {
      problems.push_back({MsgId::csv_missing_column, {kHeadings[k]}, where(0, 0)});
      return out;
    }
  }
  std::vector<std::size_t> first_row;  // of each id in `out`
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    auto get = [&](Col k) { return col[k] < row.size() ? row[col[k]] : std::string(); };
    auto at = [&](Col k) { return where(r, col[k] < rows[0].size() ? col[k] : 0); };
    bool blank = true;
    for (const std::string& c : row) blank = blank && c.empty();
    if (blank) continue;
    const std::size_t before = problems.size();
    Indicator i;
    i.id = get(kId);
    i.name = get(kName);
    i.numerator = get(kNumerator);
    i.denominator = get(kDenominator);
    i.programme = get(kProgramme);
    for (Col k : {kId, kName, kNumerator, kMeasuredAt, kKind})
      if (get(k).empty()) problems.push_back({MsgId::catalogue_missing_value, {kHeadings[k]}, at(k)});
    if (!i.id.empty() && !is_id(i.id))
      problems.push_back({MsgId::catalogue_bad_value, {i.id, "ma", "a-z, 0-9, _"}, at(kId)});
    if (!get(kMeasuredAt).empty() && !measured_at_of(get(kMeasuredAt), i.measured_at))
      problems.push_back(
          {MsgId::catalogue_bad_value, {get(kMeasuredAt), "cap_dem", "thap_nhat, cao_nhat, co_quan"}, at(kMeasuredAt)});
    const std::string kind = get(kKind);
    if (kind == "so_luong")
      i.rate = false;
    else if (!kind.empty() && kind != "ty_le")
      problems.push_back({MsgId::catalogue_bad_value, {kind, "loai", "ty_le, so_luong"}, at(kKind)});
    if (kind == "ty_le" && i.denominator.empty())
      problems.push_back({MsgId::catalogue_missing_value, {"mau_so"}, at(kDenominator)});
    i.unit = get(kUnit);
    if (i.rate) i.unit = "%";  // a rate is in percent whatever the column says
    for (std::size_t k = 0; k < out.size(); ++k)
      if (out[k].id == i.id) {
        problems.push_back({MsgId::catalogue_duplicate_id, {i.id, std::to_string(where(first_row[k], 0).line)}, at(kId)});
        break;
      }
    if (problems.size() != before) continue;
    first_row.push_back(r);
    out.push_back(std::move(i));
  }
  return out;
}

std::string IndicatorCatalogue::national_file() {
  return (data_dir() / "data" / "chi-so.tsv").string();
}

// Tab-separated, one indicator a line: wording never holds a tab, so the
// shipped file needs no quoting and the engine no CSV reader (an office's
// file goes through the data adapters' reader, which reads tabs too).
const IndicatorCatalogue& IndicatorCatalogue::national() {
  static const IndicatorCatalogue kNational = [] {
    const std::string file = national_file();
    std::ifstream in(file, std::ios::binary);
    if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {file}, at_file(file));
    std::stringstream bytes;
    bytes << in.rdbuf();
    const std::string text = text::gate_file_text(bytes.str(), file);
    std::vector<std::vector<std::string>> rows;
    std::vector<int> lines;
    std::size_t start = 0;
    for (int line = 1; start < text.size(); ++line) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      std::string l = text.substr(start, end - start);
      if (!l.empty() && l.back() == '\r') l.pop_back();
      start = end + 1;
      if (l.empty()) continue;
      std::vector<std::string> cells;
      for (std::size_t a = 0;;) {
        std::size_t tab = l.find('\t', a);
        cells.push_back(l.substr(a, tab == std::string::npos ? std::string::npos : tab - a));
        if (tab == std::string::npos) break;
        a = tab + 1;
      }
      rows.push_back(std::move(cells));
      lines.push_back(line);
    }
    std::vector<Diagnostic> problems;
    auto where = [&](std::size_t r, std::size_t c) {
      Location l = at_line(file, r < lines.size() ? lines[r] : 0);
      if (!rows.empty() && c < rows[0].size()) l.field = rows[0][c];
      return l;
    };
    std::vector<Indicator> indicators = indicators_from_table(rows, where, problems);
    if (!problems.empty()) throw Error(ErrorFamily::input, std::move(problems));
    return IndicatorCatalogue(std::move(indicators));
  }();
  return kNational;
}

const Indicator* IndicatorCatalogue::find(std::string_view id) const {
  for (const auto& i : indicators_)
    if (i.id == id) return &i;
  return nullptr;
}

std::size_t IndicatorCatalogue::order(std::string_view id) const {
  for (std::size_t k = 0; k < indicators_.size(); ++k)
    if (indicators_[k].id == id) return k;
  return indicators_.size();
}

std::vector<const Indicator*> IndicatorCatalogue::reported_at(bool top_level) const {
  std::vector<const Indicator*> out;
  for (const Indicator& i : indicators_)
    if (model::reported_at(i, top_level)) out.push_back(&i);
  return out;
}

}  // namespace baocao::model
