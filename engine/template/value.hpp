// The values a template computes with: blank (none), true/false, numbers,
// text, dates, lists and maps. A number formatted by a filter stays text but
// remembers its value and kind, so a table cell made of it is right-aligned
// and the XLSX writer keeps it a number.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/document/document.hpp"

namespace baocao::tmpl {

struct Value;
using List = std::vector<Value>;
using Map = std::map<std::string, Value>;

struct Value {
  enum class Kind { none, boolean, number, string, date, list, map };
  Kind kind = Kind::none;
  bool boolean = false;
  double number = 0;  // also the value behind a formatted number
  std::string text;
  CivilDate date;
  std::shared_ptr<const List> list;
  std::shared_ptr<const Map> map;
  // For text made by a number filter (so, phan_tram): what it stands for.
  doc::ValueKind number_kind = doc::ValueKind::text;
  // How a spreadsheet recomputes the cell made of it (the `cong_thuc` filter,
  // the rates of hang_don_vi): the XLSX keeps a live formula.
  doc::Derived derived = doc::Derived::none;
  // A target as the plan words it ("75–80%", "từ 99,5% trở lên", "duy trì
  // mức độ 2"): the number filters leave it as written.
  bool stated = false;

  static Value none() { return {}; }
  static Value of(bool b);
  static Value of(double n);
  static Value of(std::string s);
  static Value of(const char* s) { return of(std::string(s)); }
  static Value of(CivilDate d);
  static Value of(List l);
  static Value of(Map m);
  static Value formatted(std::string s, double n, doc::ValueKind k);

  bool is_none() const { return kind == Kind::none; }
  bool truthy() const;
  // Member of a map, or nullptr.
  const Value* member(const std::string& key) const;
};

// Vietnamese name of the kind, for error messages: "số", "văn bản", ...
const char* kind_name(Value::Kind k);

bool values_equal(const Value& a, const Value& b);

}  // namespace baocao::tmpl
