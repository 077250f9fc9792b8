// Per-document variables of a cycle (see document_vars.hpp).
#include "engine/cycle/document_vars.hpp"

#include <cmath>

namespace baocao::cycle {

// Six no-break spaces (U+00A0): about the width of a three-digit number.
const char* const kBlankNumber = "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0";

namespace {

constexpr const char* kPerDocument = "theo_don_vi";

// A number from JSON may be 125 or "05" (kept as text: leading zero).
std::string number_text(const tmpl::Value& v) {
  if (v.kind == tmpl::Value::Kind::number && v.number == std::floor(v.number) && std::fabs(v.number) < 1e15)
    return std::to_string(static_cast<long long>(v.number));
  return v.text;
}

// "Số: 125/BC-SGDĐT" with `number` in place of 125; text without a '/' is
// not a number-and-symbol line and stays as it is.
std::string with_number(const std::string& line, const std::string& number) {
  std::size_t slash = line.find('/');
  if (slash == std::string::npos) return line;
  std::size_t colon = line.rfind(':', slash);
  std::string head = colon == std::string::npos ? std::string() : line.substr(0, colon + 1) + " ";
  return head + number + line.substr(slash);
}

}  // namespace

tmpl::Map document_vars(const tmpl::Map& base, const std::string& unit_code, const std::string& kind,
                        const std::vector<std::string>& predecessors) {
  tmpl::Map out = base;
  out.erase(kPerDocument);
  bool number_given = false, symbol_given = false;
  if (auto per = base.find(kPerDocument); per != base.end() && per->second.kind == tmpl::Value::Kind::map)
    for (const std::string& key : {unit_code, unit_code + "/" + kind})
      if (const tmpl::Value* over = per->second.member(key); over && over->kind == tmpl::Value::Kind::map)
        for (const auto& [k, v] : *over->map) {
          out[k] = v;
          number_given |= k == "so_van_ban";
          symbol_given |= k == "so_ky_hieu";
        }
  std::string number = kBlankNumber;
  if (number_given) number = number_text(out["so_van_ban"]);
  out["so_van_ban"] = tmpl::Value::of(number);
  if (auto s = out.find("so_ky_hieu");
      !symbol_given && s != out.end() && s->second.kind == tmpl::Value::Kind::string)
    s->second = tmpl::Value::of(with_number(s->second.text, number));
  if (!predecessors.empty()) {
    tmpl::List names;
    for (const auto& n : predecessors) names.push_back(tmpl::Value::of(n));
    out["tien_than"] = tmpl::Value::of(std::move(names));
  }
  return out;
}

}  // namespace baocao::cycle
