// JSON mappings parsed with Poco::JSON; every mistake in the file is named.
#include "data-adapters/forms/mapping.hpp"

#include <Poco/Exception.h>
#include <Poco/JSON/Parser.h>

#include <fstream>
#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::forms {

std::string ColumnSpec::describe() const {
  if (!letter.empty()) return letter;
  std::string out;
  for (const auto& h : heading) out += (out.empty() ? "" : " / ") + h;
  return out;
}

namespace {

[[noreturn]] void invalid(const std::string& file, const std::string& why) {
  fail(ErrorFamily::usage, MsgId::map_invalid, {file, why}, at_file(file));
}

std::string trim(std::string s) {
  auto a = s.find_first_not_of(" \t\r\n");
  auto b = s.find_last_not_of(" \t\r\n");
  return a == std::string::npos ? std::string() : s.substr(a, b - a + 1);
}

ColumnSpec parse_heading(const std::string& text) {
  ColumnSpec c;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('/', start);
    if (end == std::string::npos) end = text.size();
    std::string part = trim(text.substr(start, end - start));
    if (!part.empty()) c.heading.push_back(text::to_nfc(part));
    start = end + 1;
  }
  return c;
}

ColumnSpec column(const Poco::JSON::Object::Ptr& o, const std::string& key, const std::string& file,
                  bool required) {
  if (!o->has(key)) {
    if (required) invalid(file, "'" + key + "' missing");
    return {};
  }
  Poco::Dynamic::Var v = o->get(key);
  if (v.isString()) return parse_heading(v.extract<std::string>());
  auto obj = o->getObject(key);
  if (obj && obj->has("column")) {
    ColumnSpec c;
    c.letter = obj->getValue<std::string>("column");
    return c;
  }
  invalid(file, "'" + key + "' must be a heading or {\"column\": \"C\"}");
}

}  // namespace

Mapping load_mapping(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path}, at_file(path));
  std::stringstream ss;
  ss << in.rdbuf();
  Mapping m;
  m.file = path;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(ss.str()).extract<Poco::JSON::Object::Ptr>();
    if (!root) invalid(path, "not a JSON object");
    m.form = root->optValue<std::string>("form", "");
    m.sheet = text::to_nfc(root->optValue<std::string>("sheet", ""));
    if (root->has("header_rows")) {
      m.header_rows.clear();
      auto rows = root->getArray("header_rows");
      if (!rows) invalid(path, "'header_rows' must be a list of row numbers");
      for (std::size_t i = 0; i < rows->size(); ++i) {
        int r = rows->getElement<int>(static_cast<unsigned>(i));
        if (r < 1) invalid(path, "row numbers start at 1");
        m.header_rows.push_back(r);
      }
      if (m.header_rows.empty()) invalid(path, "'header_rows' is empty");
    }
    m.first_data_row = root->optValue<int>("first_data_row", 0);
    m.period_cell = root->optValue<std::string>("period_cell", "");
    m.period_column = column(root, "period_column", path, false);
    m.unit_code = column(root, "unit_code", path, true);
    m.unit_name = column(root, "unit_name", path, false);
    m.note = column(root, "note", path, false);
    auto list = root->getArray("indicators");
    if (!list || list->size() == 0) invalid(path, "'indicators' must list at least one indicator");
    for (std::size_t i = 0; i < list->size(); ++i) {
      auto o = list->getObject(static_cast<unsigned>(i));
      if (!o || !o->has("id")) invalid(path, "indicator " + std::to_string(i + 1) + ": 'id' missing");
      IndicatorColumns ic;
      ic.id = o->getValue<std::string>("id");
      ic.numerator = column(o, "numerator", path, true);
      ic.denominator = column(o, "denominator", path, true);
      ic.required = o->optValue<bool>("required", false);
      m.indicators.push_back(std::move(ic));
    }
    if (auto t = root->getObject("nhiem_vu")) {
      TaskColumns tc;
      tc.sheet = text::to_nfc(t->optValue<std::string>("sheet", ""));
      tc.header_row = t->optValue<int>("header_row", 1);
      tc.last_row = t->optValue<int>("last_row", 0);
      if (tc.header_row < 1) invalid(path, "nhiem_vu: row numbers start at 1");
      tc.id = column(t, "ma", path, true);
      tc.status = column(t, "muc_do", path, true);
      tc.result = column(t, "ket_qua", path, true);
      tc.difficulties_cell = t->optValue<std::string>("han_che", "");
      tc.proposals_cell = t->optValue<std::string>("kien_nghi", "");
      m.tasks = std::move(tc);
    } else if (root->has("nhiem_vu")) {
      invalid(path, "'nhiem_vu' must be an object");
    }
  } catch (const Poco::Exception& e) {
    invalid(path, e.displayText());
  }
  return m;
}

std::optional<Mapping> builtin_figures_mapping(const std::vector<std::string>& headings) {
  auto has = [&](const std::string& h) {
    for (const auto& x : headings)
      if (x == h) return true;
    return false;
  };
  if (!has("ma_don_vi")) return std::nullopt;
  Mapping m;
  m.form = "ma_don_vi, ten_don_vi, <chỉ số>_dat, <chỉ số>_tong";
  m.unit_code.heading = {"ma_don_vi"};
  if (has("ten_don_vi")) m.unit_name.heading = {"ten_don_vi"};
  if (has("nam")) m.period_column.heading = {"nam"};
  if (has("ghi_chu")) m.note.heading = {"ghi_chu"};
  const std::string suffix = "_dat";
  for (const auto& h : headings) {
    if (h.size() <= suffix.size() || h.compare(h.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    IndicatorColumns ic;
    ic.id = h.substr(0, h.size() - suffix.size());
    ic.numerator.heading = {h};
    // A count has no total: its column is absent.
    if (has(ic.id + "_tong")) ic.denominator.heading = {ic.id + "_tong"};
    m.indicators.push_back(std::move(ic));
  }
  if (m.indicators.empty()) return std::nullopt;
  return m;
}

}  // namespace baocao::forms
