// JSON data file → DatasetTemplateData + variables (Poco::JSON).
#include "data-adapters/json/template_data_json.hpp"

#include <Poco/JSON/Parser.h>

#include <cmath>
#include <fstream>
#include <map>
#include <sstream>

#include "data-adapters/json/json_value.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/model/target_value.hpp"
#include "engine/text/admin_name.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::json {

namespace {

using Poco::Dynamic::Var;
using Poco::JSON::Array;
using Poco::JSON::Object;

class Reader {
 public:
  explicit Reader(std::string path) : path_(std::move(path)) {}

  void problem(const std::string& where, const std::string& what) {
    problems_.push_back({MsgId::data_json_invalid, {where + ": " + what}, at_file(path_)});
  }

  std::string str(const Object::Ptr& o, const char* key, const std::string& where) {
    if (!o || !o->has(key) || o->get(key).isEmpty()) {
      problem(where, std::string("thiếu '") + key + "'");
      return {};
    }
    return text::to_nfc(o->get(key).toString());
  }
  std::optional<double> num(const Var& v, const std::string& where) {
    if (!v.isNumeric()) {
      problem(where, "'" + v.toString() + "' không phải là số");
      return std::nullopt;
    }
    return v.convert<double>();
  }
  int year(const Object::Ptr& o, const std::string& where) {
    if (!o || !o->has("nam")) {
      problem(where, "thiếu 'nam'");
      return 0;
    }
    auto y = num(o->get("nam"), where + ".nam");
    if (!y || *y != std::floor(*y) || *y < 1900 || *y > 9999) {
      if (y) problem(where + ".nam", "không phải năm YYYY");
      return 0;
    }
    return static_cast<int>(*y);
  }
  std::optional<CivilDate> date(const std::string& text, const std::string& where) {
    try {
      return parse_iso_date(text);
    } catch (const Error&) {
      problem(where, "'" + text + "' không phải ngày YYYY-MM-DD");
      return std::nullopt;
    }
  }

  TemplateInputs run(const std::string& body) {
    Object::Ptr root;
    Var parsed;
    try {
      Poco::JSON::Parser parser;
      parsed = parser.parse(body);
    } catch (const Poco::Exception& e) {
      fail(ErrorFamily::input, MsgId::file_read_failed, {path_, e.displayText()}, at_file(path_));
    }
    if (parsed.type() != typeid(Object::Ptr))
      fail(ErrorFamily::input, MsgId::data_json_invalid, {"cần một đối tượng JSON { ... }"}, at_file(path_));
    root = parsed.extract<Object::Ptr>();
    TemplateInputs out;
    if (root->has("bien")) {
      tmpl::Value v = json_value(root->get("bien"));
      if (v.kind == tmpl::Value::Kind::map)
        out.variables = *v.map;
      else
        problem("bien", "cần một đối tượng { ... }");
    }
    Dataset data;
    data.sources.push_back(path_);
    if (root->has("nam")) {
      data.period = year(root, "");
      out.variables["nam"] = tmpl::Value::of(static_cast<double>(data.period));
    }
    std::vector<Unit> units;
    std::map<std::string, std::string> names;
    if (auto a = root->getArray("don_vi"))
      for (std::size_t i = 0; i < a->size(); ++i) {
        std::string w = "don_vi[" + std::to_string(i) + "]";
        auto o = a->getObject(static_cast<unsigned>(i));
        std::string code = str(o, "ma", w), name = str(o, "ten", w), origin;
        if (o && o->has("ten_theo") && !o->get("ten_theo").isEmpty()) {
          text::NameOrigin parsed_origin;
          origin = text::to_nfc(o->get("ten_theo").toString());
          if (text::parse_name_origin(origin, parsed_origin))
            origin = text::name_origin_label(parsed_origin);
          else
            problem(w + ".ten_theo", message(Lang::vi, MsgId::units_bad_name_origin, {origin}));
        }
        if (!names.emplace(code, name).second) problem(w, "mã đơn vị '" + code + "' lặp lại");
        Unit u;
        u.code = code;
        u.name = name;
        u.name_origin = origin;
        units.push_back(std::move(u));
      }
    if (auto a = root->getArray("so_lieu"))
      for (std::size_t i = 0; i < a->size(); ++i) {
        std::string w = "so_lieu[" + std::to_string(i) + "]";
        auto o = a->getObject(static_cast<unsigned>(i));
        int y = year(o, w);
        std::string unit = str(o, "don_vi", w);
        if (!names.empty() && !names.count(unit)) problem(w, "đơn vị '" + unit + "' không có trong 'don_vi'");
        auto figures = o ? o->getObject("chi_so") : nullptr;
        if (!figures) {
          problem(w, "thiếu 'chi_so'");
          continue;
        }
        for (const auto& [id, pair] : *figures) {
          std::string wi = w + ".chi_so." + id;
          Array::Ptr nd = pair.type() == typeid(Array::Ptr) ? pair.extract<Array::Ptr>() : nullptr;
          if (!nd || nd->size() != 2) {
            problem(wi, "cần [số đạt, tổng số]");
            continue;
          }
          auto n = num(nd->get(0), wi), d = num(nd->get(1), wi);
          if (!n || !d) continue;
          Record r;
          r.unit_code = unit;
          r.unit_name = names.count(unit) ? names[unit] : unit;
          r.indicator = id;
          r.period = y;
          r.numerator = *n;
          r.denominator = *d;
          r.source = at_file(path_);
          r.source.field = wi;
          data.records.push_back(std::move(r));
        }
      }
    if (auto a = root->getArray("chi_tieu"))
      for (std::size_t i = 0; i < a->size(); ++i) {
        std::string w = "chi_tieu[" + std::to_string(i) + "]";
        auto o = a->getObject(static_cast<unsigned>(i));
        Target t;
        t.year = year(o, w);
        t.indicator = str(o, "chi_so", w);
        t.source = at_file(path_);
        t.source.field = w;
        // A number (70), or the plan's wording ("75–80", "từ 99,5% trở lên", "duy trì mức độ 2").
        if (o && o->has("chi_tieu") && !o->get("chi_tieu").isEmpty()) {
          const Poco::Dynamic::Var& v = o->get("chi_tieu");
          if (v.isString()) {
            if (auto parsed = model::parse_target(v.toString(), t.source, problems_)) t.value = *parsed;
          } else if (auto n = num(v, w)) {
            t.value = TargetValue::number(*n);
          }
        }
        data.targets.push_back(std::move(t));
      }
    std::map<int, CivilDate> deadlines;
    if (auto o = root->getObject("han_nop"))
      for (const auto& [k, v] : *o) {
        int y = std::atoi(k.c_str());
        if (y < 1900 || y > 9999)
          problem("han_nop." + k, "khóa phải là năm YYYY");
        else if (auto d = date(v.toString(), "han_nop." + k))
          deadlines[y] = *d;
      }
    std::vector<tmpl::SubmissionRecord> submissions;
    if (auto a = root->getArray("da_nop"))
      for (std::size_t i = 0; i < a->size(); ++i) {
        std::string w = "da_nop[" + std::to_string(i) + "]";
        auto o = a->getObject(static_cast<unsigned>(i));
        tmpl::SubmissionRecord s;
        s.year = year(o, w);
        s.unit_code = str(o, "don_vi", w);
        if (o && o->has("ngay"))
          if (auto d = date(o->get("ngay").toString(), w + ".ngay")) s.date = *d;
        submissions.push_back(std::move(s));
      }
    if (!problems_.empty()) throw Error(ErrorFamily::input, std::move(problems_));
    out.data = std::make_unique<tmpl::DatasetTemplateData>(std::move(data), std::move(units),
                                                           std::move(deadlines), std::move(submissions));
    return out;
  }

 private:
  std::string path_;
  std::vector<Diagnostic> problems_;
};

std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path});
  std::stringstream buf;
  buf << in.rdbuf();
  return text::gate_file_text(buf.str(), path);
}

}  // namespace

TemplateInputs read_template_data_json(const std::string& path) {
  try {
    return Reader(path).run(read_text(path));
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::file_read_failed, {path, e.displayText()}, at_file(path));
  } catch (const Error& e) {
    rethrow_in_file(e, path);
  }
}

}  // namespace baocao::json
