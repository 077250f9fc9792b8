// Value constructors and the few rules every operator shares (truth, equality).
#include "engine/template/value.hpp"

namespace baocao::tmpl {

Value Value::of(bool b) {
  Value v;
  v.kind = Kind::boolean;
  v.boolean = b;
  return v;
}
Value Value::of(double n) {
  Value v;
  v.kind = Kind::number;
  v.number = n;
  return v;
}
Value Value::of(std::string s) {
  Value v;
  v.kind = Kind::string;
  v.text = std::move(s);
  return v;
}
Value Value::of(CivilDate d) {
  Value v;
  v.kind = Kind::date;
  v.date = d;
  return v;
}
Value Value::of(List l) {
  Value v;
  v.kind = Kind::list;
  v.list = std::make_shared<const List>(std::move(l));
  return v;
}
Value Value::of(Map m) {
  Value v;
  v.kind = Kind::map;
  v.map = std::make_shared<const Map>(std::move(m));
  return v;
}
Value Value::formatted(std::string s, double n, doc::ValueKind k) {
  Value v = of(std::move(s));
  v.number = n;
  v.number_kind = k;
  return v;
}

bool Value::truthy() const {
  switch (kind) {
    case Kind::none:
      return false;
    case Kind::boolean:
      return boolean;
    case Kind::number:
      return number != 0;
    case Kind::string:
      return !text.empty();
    case Kind::date:
      return true;
    case Kind::list:
      return !list->empty();
    case Kind::map:
      return !map->empty();
  }
  return false;
}

const Value* Value::member(const std::string& key) const {
  if (kind != Kind::map) return nullptr;
  auto it = map->find(key);
  return it == map->end() ? nullptr : &it->second;
}

const char* kind_name(Value::Kind k) {
  switch (k) {
    case Value::Kind::none:
      return "trống";
    case Value::Kind::boolean:
      return "đúng/sai";
    case Value::Kind::number:
      return "số";
    case Value::Kind::string:
      return "văn bản";
    case Value::Kind::date:
      return "ngày";
    case Value::Kind::list:
      return "danh sách";
    case Value::Kind::map:
      return "bản ghi";
  }
  return "?";
}

bool values_equal(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case Value::Kind::none:
      return true;
    case Value::Kind::boolean:
      return a.boolean == b.boolean;
    case Value::Kind::number:
      return a.number == b.number;
    case Value::Kind::string:
      return a.text == b.text;
    case Value::Kind::date:
      return a.date == b.date;
    case Value::Kind::list: {
      if (a.list->size() != b.list->size()) return false;
      for (std::size_t i = 0; i < a.list->size(); ++i)
        if (!values_equal((*a.list)[i], (*b.list)[i])) return false;
      return true;
    }
    case Value::Kind::map: {
      if (a.map->size() != b.map->size()) return false;
      for (auto ia = a.map->begin(), ib = b.map->begin(); ia != a.map->end(); ++ia, ++ib)
        if (ia->first != ib->first || !values_equal(ia->second, ib->second)) return false;
      return true;
    }
  }
  return false;
}

}  // namespace baocao::tmpl
