// Domain functions and filters. Each checks its arguments and fails at the
// call's position with the expected kind, so "{{ ty_le(cs) }}" says what is
// missing. A blank (no data, no target) stays blank: only mac_dinh turns it
// into text, so a blank target never prints as 0.
#include "engine/template/builtins.hpp"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "engine/core/diagnostic.hpp"
#include "engine/model/levels.hpp"
#include "engine/model/target_value.hpp"
#include "engine/template/source_location.hpp"
#include "engine/text/admin_name.hpp"
#include "engine/text/vi_case.hpp"
#include "engine/text/vi_collate.hpp"
#include "engine/text/vi_date.hpp"
#include "engine/text/vi_number.hpp"
#include "engine/text/vi_words.hpp"

namespace baocao::tmpl {

namespace {

using Args = std::vector<Value>;

[[noreturn]] void type_error(const CallSite& at, const char* wanted, const Value& got) {
  fail_at(at.src, at.pos, MsgId::tpl_type, {"'" + at.name + "'", wanted, kind_name(got.kind)});
}

double number_arg(const Args& a, std::size_t i, const CallSite& at) {
  const Value& v = a[i];
  if (v.kind == Value::Kind::number) return v.number;
  if (v.kind == Value::Kind::string && v.number_kind != doc::ValueKind::text &&
      v.number_kind != doc::ValueKind::date)
    return v.number;
  type_error(at, "một số", v);
}

int year_arg(const Args& a, std::size_t i, const CallSite& at) {
  double y = number_arg(a, i, at);
  if (y != std::floor(y) || y < 1900 || y > 9999) type_error(at, "một năm (YYYY)", a[i]);
  return static_cast<int>(y);
}

int decimals_arg(const Args& a, std::size_t i, int fallback, const CallSite& at) {
  if (i >= a.size()) return fallback;
  double d = number_arg(a, i, at);
  if (d != std::floor(d) || d < 0 || d > 6) type_error(at, "số chữ số thập phân từ 0 đến 6", a[i]);
  return static_cast<int>(d);
}

std::string code_of(const Value& v, const CallSite& at, const char* wanted) {
  if (v.kind == Value::Kind::string) return v.text;
  if (v.kind == Value::Kind::number && v.number == std::floor(v.number))
    return std::to_string(static_cast<long long>(v.number));
  if (const Value* m = v.member("ma")) return code_of(*m, at, wanted);
  type_error(at, wanted, v);
}

std::string indicator_arg(const Args& a, std::size_t i, const CallSite& at) {
  std::string id = code_of(a[i], at, "một chỉ số (mã hoặc bản ghi có 'ma')");
  if (!at.data.catalogue().find(id))
    throw Error(ErrorFamily::template_,
                Diagnostic{MsgId::data_unknown_indicator, {id}, locate(at.src, at.pos)});
  return id;
}

// none or "" = every unit (the roll-up).
std::string unit_arg(const Args& a, std::size_t i, const CallSite& at) {
  if (a[i].is_none()) return {};
  return code_of(a[i], at, "một đơn vị (mã hoặc bản ghi có 'ma')");
}

// A count (no denominator) is compared and printed by its number.
bool is_rate(const TemplateData& data, const std::string& indicator) {
  const model::Indicator* i = data.catalogue().find(indicator);
  return !i || i->rate;
}

Value opt(const std::optional<double>& v) {
  return v ? Value::of(*v) : Value::none();
}

std::string unit_of(const TemplateData& data, const std::string& indicator) {
  const model::Indicator* i = data.catalogue().find(indicator);
  return i ? i->unit : "%";
}

// A target for a template: a whole number stays a number (phan_tram formats
// it as before); a fraction ("99,5%"), a range, a bound or words is its
// wording, which the number filters leave as written; a year left open is blank.
Value target_of(const TemplateData& data, const std::string& indicator, const TargetValue& t) {
  if (t.is_open()) return Value::none();
  const std::string unit = unit_of(data, indicator);
  if (t.kind == TargetKind::number && unit != "%") {
    // "120 lớp": a count's target with what it counts, never "120%".
    Value v = Value::formatted(model::format_target(t, unit), t.low, doc::ValueKind::decimal);
    v.stated = true;
    return v;
  }
  if (t.kind == TargetKind::number && t.low == std::floor(t.low)) return Value::of(t.low);
  Value v = Value::of(model::format_target(t, unit));
  if (t.kind == TargetKind::number) {
    // "99,5%" as the plan says, not rounded by phan_tram(0); still a number.
    v = Value::formatted(v.text, t.low, unit == "%" ? doc::ValueKind::percent : doc::ValueKind::decimal);
  }
  v.stated = true;
  return v;
}

// The target worded as the PDF and XLSX print it, whatever its kind ("70%",
// "75–80%", "không quá 5%"); blank when open.
Value target_text(const TemplateData& data, const std::string& indicator, const TargetValue& t) {
  if (t.is_open()) return Value::none();
  return Value::of(model::format_target(t, unit_of(data, indicator)));
}

Value unit_map(const Unit& u) {
  Map m;
  m["ma"] = Value::of(u.code);
  m["ten"] = Value::of(u.name);
  // What the name calls it ("Phường"), whatever the source knew of it.
  m["loai"] = Value::of(u.kind.empty() ? model::kind_of_name(u.name) : u.kind);
  m["ten_theo"] = Value::of(u.name_origin);
  return Value::of(std::move(m));
}

// --- functions -------------------------------------------------------------

Value f_rate(const Args& a, const CallSite& at) {
  auto r = at.data.ratio(indicator_arg(a, 0, at), unit_arg(a, 1, at), year_arg(a, 2, at));
  return r ? opt(r->percent()) : Value::none();
}
Value f_numerator(const Args& a, const CallSite& at) {
  auto r = at.data.ratio(indicator_arg(a, 0, at), unit_arg(a, 1, at), year_arg(a, 2, at));
  return r ? Value::of(r->numerator) : Value::none();
}
Value f_denominator(const Args& a, const CallSite& at) {
  const std::string ind = indicator_arg(a, 0, at);
  auto r = at.data.ratio(ind, unit_arg(a, 1, at), year_arg(a, 2, at));
  return r && is_rate(at.data, ind) ? Value::of(r->denominator) : Value::none();
}
Value f_target(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  return target_of(at.data, ind, at.data.target(ind, year_arg(a, 1, at)));
}
Value f_target_text(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  return target_text(at.data, ind, at.data.target(ind, year_arg(a, 1, at)));
}
// The result as a sentence prints it: a rate's percentage ("85,2%"), a
// count's number with what it counts ("12 lớp"); none without figures.
Value f_result_text(const Args& a, const CallSite& at) {
  const std::string ind = indicator_arg(a, 0, at);
  auto r = at.data.ratio(ind, unit_arg(a, 1, at), year_arg(a, 2, at));
  const bool rate = is_rate(at.data, ind);
  const std::optional<double> v = r ? model::measure(*r, rate) : std::nullopt;
  if (!v) return Value::none();
  if (rate) return Value::formatted(text::format_vi_percent(*v, 1), *v, doc::ValueKind::percent);
  return Value::formatted(text::format_vi_number(*v) + " " + unit_of(at.data, ind), *v, doc::ValueKind::integer);
}
model::Verdict verdict(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  int year = year_arg(a, 2, at);
  auto r = at.data.ratio(ind, unit_arg(a, 1, at), year);
  if (!r) return model::Verdict::no_data;
  return model::judge(*r, at.data.target(ind, year), is_rate(at.data, ind));
}
Value f_met(const Args& a, const CallSite& at) {
  switch (verdict(a, at)) {
    case model::Verdict::met:
      return Value::of(true);
    case model::Verdict::not_met:
      return Value::of(false);
    default:
      return Value::none();
  }
}
Value f_verdict(const Args& a, const CallSite& at) {
  switch (verdict(a, at)) {
    case model::Verdict::met:
      return Value::of("đạt");
    case model::Verdict::not_met:
      return Value::of("chưa đạt");
    default:
      return Value::none();
  }
}
// How a rate stands against a target, as a sentence says it: "vượt" (above a
// number or a range's top), "bằng" (a number reached exactly, at the one
// decimal the rate is printed with), "đạt" (inside a range, a bound kept),
// "chưa đạt"; none without figures, without a target or for words. The
// target's year may differ: this year's result against next year's target.
Value f_standing(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  const int year = year_arg(a, 2, at);
  const int target_year = a.size() > 3 ? year_arg(a, 3, at) : year;
  auto r = at.data.ratio(ind, unit_arg(a, 1, at), year);
  const TargetValue t = at.data.target(ind, target_year);
  const bool rate = is_rate(at.data, ind);
  const std::optional<double> measured = r ? model::measure(*r, rate) : std::nullopt;
  if (!measured) return Value::none();
  const model::Verdict v = model::judge(*r, t, rate);
  if (v == model::Verdict::not_met) return Value::of("chưa đạt");
  if (v != model::Verdict::met) return Value::none();
  const double shown = rate ? std::round(*measured * 10) / 10 : *measured;
  switch (t.kind) {
    case TargetKind::number:
      return Value::of(shown > t.low ? "vượt" : "bằng");
    case TargetKind::range:
      return Value::of(shown > t.high ? "vượt" : "đạt");
    default:
      return Value::of("đạt");
  }
}
// What kind of target the plan states: "số", "khoảng", "từ" (at least),
// "không quá", "lời văn"; none for an open year.
Value f_target_kind(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  switch (at.data.target(ind, year_arg(a, 1, at)).kind) {
    case TargetKind::number:
      return Value::of("số");
    case TargetKind::range:
      return Value::of("khoảng");
    case TargetKind::at_least:
      return Value::of("từ");
    case TargetKind::at_most:
      return Value::of("không quá");
    case TargetKind::text:
      return Value::of("lời văn");
    case TargetKind::open:
      break;
  }
  return Value::none();
}
Value f_change(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at), unit = unit_arg(a, 1, at);
  int year = year_arg(a, 2, at);
  auto now = at.data.ratio(ind, unit, year), before = at.data.ratio(ind, unit, year - 1);
  if (!now || !before || !now->percent() || !before->percent()) return Value::none();
  return Value::of(*now->percent() - *before->percent());
}
Value f_deadline(const Args& a, const CallSite& at) {
  auto d = at.data.deadline(year_arg(a, 0, at));
  return d ? Value::of(*d) : Value::none();
}
Value f_missing(const Args& a, const CallSite& at) {
  int year = year_arg(a, 0, at);
  List out;
  for (const auto& u : at.data.units())
    if (!at.data.submitted(u.code, year)) out.push_back(unit_map(u));
  return Value::of(std::move(out));
}
Value f_late(const Args& a, const CallSite& at) {
  int year = year_arg(a, 0, at);
  auto deadline = at.data.deadline(year);
  List out;
  if (!deadline) return Value::of(std::move(out));
  for (const auto& u : at.data.units()) {
    auto when = at.data.submitted(u.code, year);
    if (!when || !is_valid(*when) || *when <= *deadline) continue;
    Value v = unit_map(u);
    Map m = *v.map;
    m["ngay_nop"] = Value::of(*when);
    out.push_back(Value::of(std::move(m)));
  }
  return Value::of(std::move(out));
}
Value f_rollup(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  int year = year_arg(a, 1, at);
  std::optional<model::Ratio> sum;
  if (a.size() < 3) {
    sum = at.data.ratio(ind, {}, year);
  } else {
    if (a[2].kind != Value::Kind::list) type_error(at, "một danh sách đơn vị", a[2]);
    for (const Value& u : *a[2].list)
      if (auto r = at.data.ratio(ind, code_of(u, at, "một đơn vị"), year)) {
        if (!sum) sum.emplace();
        *sum += *r;
      }
  }
  Map m;
  m["so_dat"] = sum ? Value::of(sum->numerator) : Value::none();
  m["tong_so"] = sum && is_rate(at.data, ind) ? Value::of(sum->denominator) : Value::none();
  m["ty_le"] = sum ? opt(sum->percent()) : Value::none();
  m["chi_tieu"] = target_of(at.data, ind, at.data.target(ind, year));
  m["chi_tieu_chu"] = target_text(at.data, ind, at.data.target(ind, year));
  return Value::of(std::move(m));
}
Value f_count_met(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  int year = year_arg(a, 1, at);
  TargetValue target = at.data.target(ind, year);
  if (!model::target_threshold(target) && target.kind != TargetKind::at_most) return Value::none();
  double n = 0;
  for (const auto& u : at.data.units())
    if (auto r = at.data.ratio(ind, u.code, year);
        r && model::judge(*r, target, is_rate(at.data, ind)) == model::Verdict::met)
      ++n;
  return Value::of(n);
}
Value f_years(const Args& a, const CallSite& at) {
  int from = year_arg(a, 0, at), to = year_arg(a, 1, at);
  List out;
  for (int y = from; y <= to && y - from < 200; ++y) out.push_back(Value::of(static_cast<double>(y)));
  return Value::of(std::move(out));
}
Value f_date(const Args& a, const CallSite& at) {
  if (a.size() == 1) return Value::of(to_date(a[0], at.src, at.pos));  // "" or a year: blank
  if (a[1].is_none() || a[2].is_none()) return Value::of(CivilDate{year_arg(a, 0, at), 0, 0});
  CivilDate d{year_arg(a, 0, at), static_cast<int>(number_arg(a, 1, at)),
              static_cast<int>(number_arg(a, 2, at))};
  if (!is_valid(d)) type_error(at, "một ngày có thật (năm, tháng, ngày)", a[1]);
  return Value::of(d);
}
Value f_unit_by_code(const Args& a, const CallSite& at) {
  std::string code = code_of(a[0], at, "mã đơn vị");
  for (const auto& u : at.data.units())
    if (u.code == code) return unit_map(u);
  return Value::none();
}
Value indicator_map(const model::Indicator& ind);
Value f_indicators_with_figures(const Args& a, const CallSite& at) {
  int year = year_arg(a, 0, at);
  List out;
  for (const model::Indicator* ind : at.data.indicators())
    if (at.data.ratio(ind->id, {}, year)) out.push_back(indicator_map(*ind));
  return Value::of(std::move(out));
}
Value f_roadmap(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  int from = year_arg(a, 1, at), to = year_arg(a, 2, at);
  List out;
  for (int y = from; y <= to && y - from < 200; ++y) out.push_back(target_of(at.data, ind, at.data.target(ind, y)));
  return Value::of(std::move(out));
}
Value f_roadmap_text(const Args& a, const CallSite& at) {
  std::string ind = indicator_arg(a, 0, at);
  int from = year_arg(a, 1, at), to = year_arg(a, 2, at);
  List out;
  for (int y = from; y <= to && y - from < 200; ++y) out.push_back(target_text(at.data, ind, at.data.target(ind, y)));
  return Value::of(std::move(out));
}
// One unit's row of figures: for each indicator, recognised, total and rate,
// already formatted ("-" where the unit reported nothing).
Value f_unit_row(const Args& a, const CallSite& at) {
  std::string unit = unit_arg(a, 0, at);
  int year = year_arg(a, 1, at);
  if (a[2].kind != Value::Kind::list) type_error(at, "một danh sách chỉ số", a[2]);
  List out;
  for (const Value& cs : *a[2].list) {
    std::string ind = code_of(cs, at, "một chỉ số");
    auto r = at.data.ratio(ind, unit, year);
    if (!r) {
      for (int k = 0; k < 3; ++k) out.push_back(Value::of("-"));
      continue;
    }
    out.push_back(
        Value::formatted(text::format_vi_number(r->numerator), r->numerator, doc::ValueKind::integer));
    if (!is_rate(at.data, ind)) {  // a count: its number alone
      out.push_back(Value::of("-"));
      out.push_back(Value::of("-"));
      continue;
    }
    out.push_back(
        Value::formatted(text::format_vi_number(r->denominator), r->denominator, doc::ValueKind::integer));
    if (auto p = r->percent()) {
      Value rate = Value::formatted(text::format_vi_percent(*p, 1), *p, doc::ValueKind::percent);
      rate.derived = doc::Derived::ratio;  // = recognised / total, the two cells to its left
      out.push_back(std::move(rate));
    } else
      out.push_back(Value::of("-"));
  }
  return Value::of(std::move(out));
}

// The targets matching hang_don_vi's columns: "-" under recognised and
// total, the year's target under the rate (for @chi_tieu_cot).
Value f_target_row(const Args& a, const CallSite& at) {
  if (a[0].kind != Value::Kind::list) type_error(at, "một danh sách chỉ số", a[0]);
  int year = year_arg(a, 1, at);
  List out;
  for (const Value& cs : *a[0].list) {
    // The least the rate must reach: a spreadsheet marks rates below it (a
    // count has no rate cell).
    const std::string ind = code_of(cs, at, "một chỉ số");
    auto t = is_rate(at.data, ind) ? model::target_threshold(at.data.target(ind, year)) : std::nullopt;
    out.push_back(Value::of("-"));
    out.push_back(Value::of("-"));
    out.push_back(t ? Value::of(*t) : Value::of("-"));
  }
  return Value::of(std::move(out));
}

// --- filters -----------------------------------------------------------------

// Number filters and mac_dinh apply to each item of a list (spread cells).
Value each(Builtin f, const Args& a, const CallSite& at) {
  List out;
  for (const Value& x : *a[0].list) {
    Args one = a;
    one[0] = x;
    out.push_back(f(one, at));
  }
  return Value::of(std::move(out));
}

Value x_number(const Args& a, const CallSite& at) {
  if (a[0].kind == Value::Kind::list) return each(x_number, a, at);
  if (a[0].is_none() || a[0].stated) return a[0];
  double v = number_arg(a, 0, at);
  int d = decimals_arg(a, 1, 0, at);
  return Value::formatted(text::format_vi_number(v, d), v,
                          d == 0 ? doc::ValueKind::integer : doc::ValueKind::decimal);
}
Value x_percent(const Args& a, const CallSite& at) {
  if (a[0].kind == Value::Kind::list) return each(x_percent, a, at);
  if (a[0].is_none() || a[0].stated) return a[0];
  double v = number_arg(a, 0, at);
  return Value::formatted(text::format_vi_percent(v, decimals_arg(a, 1, 1, at)), v, doc::ValueKind::percent);
}
Value x_signed(const Args& a, const CallSite& at) {
  if (a[0].is_none()) return a[0];
  double v = number_arg(a, 0, at);
  int d = decimals_arg(a, 1, 1, at);
  std::string s = text::format_vi_number(std::fabs(v), d);
  bool zero = s.find_first_not_of("0,") == std::string::npos;
  return Value::formatted((zero ? "" : v < 0 ? "-" : "+") + s, v, doc::ValueKind::decimal);
}
Value x_default(const Args& a, const CallSite& at) {
  if (a[0].kind == Value::Kind::list) return each(x_default, a, at);
  if (a[0].is_none() || (a[0].kind == Value::Kind::string && a[0].text.empty())) return a[1];
  return a[0];
}
Value x_upper(const Args& a, const CallSite& at) {
  if (a[0].is_none()) return a[0];
  return Value::of(text::upper_vi(to_text(a[0], at.src, at.pos)));
}
Value x_mid_sentence(const Args& a, const CallSite& at) {
  if (a[0].kind == Value::Kind::list) return each(x_mid_sentence, a, at);
  if (a[0].is_none()) return a[0];
  return Value::of(text::mid_sentence_vi(to_text(a[0], at.src, at.pos)));
}
Value x_capitalize(const Args& a, const CallSite& at) {
  if (a[0].is_none()) return a[0];
  return Value::of(text::capitalize_first_vi(to_text(a[0], at.src, at.pos)));
}

// --- names of administrative units (ND30 Phụ lục II; engine/text/admin_name.hpp)
// The subject is a unit record ({ten, ten_theo}) or a name as text; an
// argument "người", "sự kiện", "số", "địa danh" says what the proper name is
// when the data does not.
text::NameOrigin origin_word(const Value& v, const CallSite& at) {
  std::string word = to_text(v, at.src, at.pos);
  text::NameOrigin o;
  if (!text::parse_name_origin(word, o)) fail_at(at.src, at.pos, MsgId::units_bad_name_origin, {word});
  return o;
}
struct UnitName {
  std::string name;
  text::NameOrigin origin = text::NameOrigin::unstated;
};
UnitName unit_name(const Value& v, const Value* origin, const CallSite& at) {
  UnitName out;
  if (v.kind == Value::Kind::map) {
    const Value* name = v.member("ten");
    if (!name) fail_at(at.src, at.pos, MsgId::tpl_no_member, {kind_name(v.kind), "ten"});
    out.name = to_text(*name, at.src, at.pos);
    if (const Value* o = v.member("ten_theo"); o && !o->is_none()) out.origin = origin_word(*o, at);
  } else if (v.kind == Value::Kind::string) {
    out.name = v.text;
  } else {
    type_error(at, "một đơn vị (bản ghi có 'ten') hoặc tên đơn vị", v);
  }
  if (origin) out.origin = origin_word(*origin, at);
  return out;
}
template <typename Form>
Value name_form(Builtin self, const Args& a, const CallSite& at, std::size_t origin_at, Form form) {
  if (a[0].kind == Value::Kind::list) return each(self, a, at);
  if (a[0].is_none()) return a[0];
  UnitName u = unit_name(a[0], a.size() > origin_at ? &a[origin_at] : nullptr, at);
  auto parsed = text::parse_admin_name(u.name, u.origin);
  return Value::of(form(u.name, parsed));
}
// "phường Phủ Lý", "Phường Lý Thường Kiệt", "Quận 1": in a sentence.
Value x_running_text(const Args& a, const CallSite& at) {
  return name_form(x_running_text, a, at, 1, [](const std::string& name, const auto& n) {
    return n ? text::running_text(*n) : name;
  });
}
// Địa danh: "Phủ Lý", "Phường Lý Thường Kiệt".
Value x_place_name(const Args& a, const CallSite& at) {
  return name_form(x_place_name, a, at, 1, [](const std::string& name, const auto& n) {
    return n ? text::place_name(*n) : name;
  });
}
// "Tỉnh Nam Định": the official name, generic noun capitalised.
Value x_official_name(const Args& a, const CallSite& at) {
  return name_form(x_official_name, a, at, 1, [](const std::string& name, const auto& n) {
    return n ? text::official_name(*n) : name;
  });
}
// "phường", "xã", "tỉnh", "thành phố": the generic noun in lower case.
Value x_unit_kind(const Args& a, const CallSite& at) {
  return name_form(x_unit_kind, a, at, 1, [](const std::string& name, const auto& n) {
    return n ? n->generic : name;
  });
}
// "Ủy ban nhân dân" -> "Ủy ban nhân dân phường Phủ Lý".
Value x_body_name(const Args& a, const CallSite& at) {
  std::string organ = to_text(a[1], at.src, at.pos);
  return name_form(x_body_name, a, at, 2, [&](const std::string& name, const auto& n) {
    return n ? text::body_name(organ, *n) : text::capitalize_first_vi(organ) + " " + name;
  });
}
// The header's form, in capitals, the unit's words joined by no-break spaces:
// "ỦY BAN NHÂN DÂN PHƯỜNG␣LÝ␣THƯỜNG␣KIỆT" (layout breaks before the unit).
Value x_header_name(const Args& a, const CallSite& at) {
  std::string organ = a.size() > 1 ? to_text(a[1], at.src, at.pos) : std::string();
  return name_form(x_header_name, a, at, 2, [&](const std::string& name, const auto& n) {
    std::string body = n ? (organ.empty() ? text::official_name(*n) : text::body_name(organ, *n))
                         : (organ.empty() ? name : organ + " " + name);
    return text::upper_vi(text::bind_proper_names(body));
  });
}
Value x_nd30_date(const Args& a, const CallSite& at) {
  if (a[0].is_none()) return a[0];
  return Value::of(text::nd30_date(to_date(a[0], at.src, at.pos)));
}
Value x_short_date(const Args& a, const CallSite& at) {
  if (a[0].is_none()) return a[0];
  const CivilDate d = to_date(a[0], at.src, at.pos);
  // Text that stays a date: a table cell of it is a real date in the XLSX.
  return Value::formatted(text::short_date(d), static_cast<double>(to_unix_seconds(d) / 86400), doc::ValueKind::date);
}
Value x_length(const Args& a, const CallSite& at) {
  if (a[0].kind == Value::Kind::list) return Value::of(static_cast<double>(a[0].list->size()));
  if (a[0].kind == Value::Kind::map) return Value::of(static_cast<double>(a[0].map->size()));
  if (a[0].kind == Value::Kind::string) return Value::of(static_cast<double>(a[0].text.size()));
  type_error(at, "một danh sách", a[0]);
}
const List& list_arg(const Args& a, const CallSite& at) {
  if (a[0].kind != Value::Kind::list) type_error(at, "một danh sách", a[0]);
  return *a[0].list;
}
Value x_join(const Args& a, const CallSite& at) {
  std::string sep = a.size() > 1 ? to_text(a[1], at.src, at.pos) : ", ";
  std::string out;
  for (const Value& v : list_arg(a, at)) {
    if (!out.empty()) out += sep;
    out += to_text(v, at.src, at.pos);
    check_size(out.size(), at.src, at.pos, at.limits);
  }
  return Value::of(out);
}
Value x_pluck(const Args& a, const CallSite& at) {
  std::string key = to_text(a[1], at.src, at.pos);
  List out;
  for (const Value& v : list_arg(a, at)) {
    const Value* m = v.member(key);
    if (!m) fail_at(at.src, at.pos, MsgId::tpl_no_member, {kind_name(v.kind), key});
    out.push_back(*m);
  }
  return Value::of(std::move(out));
}
Value x_sum(const Args& a, const CallSite& at) {
  double total = 0;
  bool any = false;
  for (const Value& v : list_arg(a, at)) {
    const Value* x = &v;
    if (a.size() > 1) {
      x = v.member(to_text(a[1], at.src, at.pos));
      if (!x)
        fail_at(at.src, at.pos, MsgId::tpl_no_member, {kind_name(v.kind), to_text(a[1], at.src, at.pos)});
    }
    if (x->is_none()) continue;
    total += number_arg({*x}, 0, at);
    any = true;
  }
  return any ? Value::of(total) : Value::none();
}
Value x_replace(const Args& a, const CallSite& at) {
  if (a[0].is_none()) return a[0];
  std::string s = to_text(a[0], at.src, at.pos), from = to_text(a[1], at.src, at.pos),
              to = to_text(a[2], at.src, at.pos);
  if (from.empty()) return Value::of(s);
  std::string out;
  for (std::size_t i = 0;;) {
    std::size_t k = s.find(from, i);
    out += s.substr(i, k == std::string::npos ? std::string::npos : k - i);
    if (k == std::string::npos) break;
    out += to;
    check_size(out.size(), at.src, at.pos, at.limits);
    i = k + from.size();
  }
  return Value::of(out);
}
Value x_repeat(const Args& a, const CallSite& at) {
  double n = number_arg(a, 1, at);
  if (n < 0 || n > 1000 || n != std::floor(n)) type_error(at, "số lần từ 0 đến 1000", a[1]);
  check_size((a[0].kind == Value::Kind::list ? a[0].list->size() : 1) * static_cast<std::size_t>(n), at.src,
             at.pos, at.limits);
  List out;
  for (int k = 0; k < static_cast<int>(n); ++k) {
    if (a[0].kind == Value::Kind::list)
      out.insert(out.end(), a[0].list->begin(), a[0].list->end());
    else
      out.push_back(a[0]);
  }
  return Value::of(std::move(out));
}
Value x_col_span(const Args& a, const CallSite& at) {
  double n = number_arg(a, 1, at);
  if (n < 1 || n > 100 || n != std::floor(n)) type_error(at, "số cột từ 1 đến 100", a[1]);
  List out;
  for (const Value& x : list_arg(a, at)) {
    Map m;
    m["o"] = x;
    m["gop_cot"] = Value::of(n);
    out.push_back(Value::of(std::move(m)));
  }
  return Value::of(std::move(out));
}
// Marks numbers for a total row: counts become SUM of their column, rates
// the ratio of the two cells to their left, so the XLSX keeps formulas.
Value x_formula(const Args& a, const CallSite& at) {
  if (a[0].kind == Value::Kind::list) return each(x_formula, a, at);
  Value v = a[0];
  if (v.kind == Value::Kind::number || (v.kind == Value::Kind::string && v.number_kind != doc::ValueKind::text &&
                                         v.number_kind != doc::ValueKind::date))
    v.derived = v.number_kind == doc::ValueKind::percent ? doc::Derived::ratio : doc::Derived::column_sum;
  return v;
}
// "một nghìn không trăm linh năm"; with "đồng": "Một nghìn ... đồng" for amounts.
Value x_words(const Args& a, const CallSite& at) {
  if (a[0].is_none()) return a[0];
  double v = number_arg(a, 0, at);
  if (v != std::floor(v) || std::fabs(v) > static_cast<double>(text::kMaxWordsNumber))
    type_error(at, "một số nguyên không quá 10^18", a[0]);
  text::WordsOptions o;
  if (a.size() > 1) {
    std::string kind = to_text(a[1], at.src, at.pos);
    if (kind != "đồng") type_error(at, "\"đồng\" hoặc không có", a[1]);
    o.dong = o.capitalize = true;
  }
  return Value::of(text::number_to_words(static_cast<std::int64_t>(v), o));
}
// Vietnamese alphabetical order (A < Ă < Â, D < Đ; ICU "vi"), stable; lists
// of records sort by the field named in the argument.
Value x_sort_vi(const Args& a, const CallSite& at) {
  List items = list_arg(a, at);
  std::string key = a.size() > 1 ? to_text(a[1], at.src, at.pos) : std::string();
  auto text_of = [&](const Value& v) {
    const Value* x = key.empty() ? &v : v.member(key);
    if (!x) fail_at(at.src, at.pos, MsgId::tpl_no_member, {kind_name(v.kind), key});
    return to_text(*x, at.src, at.pos);
  };
  std::vector<std::pair<std::string, Value>> keyed;
  for (Value& v : items) keyed.emplace_back(text_of(v), std::move(v));
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& l, const auto& r) { return text::compare_vi(l.first, r.first) < 0; });
  List out;
  for (auto& [k, v] : keyed) out.push_back(std::move(v));
  return Value::of(std::move(out));
}
Value x_first(const Args& a, const CallSite& at) {
  const List& l = list_arg(a, at);
  return l.empty() ? Value::none() : l.front();
}
Value x_last(const Args& a, const CallSite& at) {
  const List& l = list_arg(a, at);
  return l.empty() ? Value::none() : l.back();
}

constexpr BuiltinInfo kFunctions[] = {
    {"ty_le", 3, 3, f_rate},
    {"rate", 3, 3, f_rate},
    {"so_dat", 3, 3, f_numerator},
    {"tong_so", 3, 3, f_denominator},
    {"chi_tieu", 2, 2, f_target},
    {"target", 2, 2, f_target},
    {"dat", 3, 3, f_met},
    {"met", 3, 3, f_met},
    {"danh_gia", 3, 3, f_verdict},
    {"verdict", 3, 3, f_verdict},
    {"thay_doi", 3, 3, f_change},
    {"change", 3, 3, f_change},
    {"han_nop", 1, 1, f_deadline},
    {"deadline", 1, 1, f_deadline},
    {"chua_nop", 1, 1, f_missing},
    {"missing", 1, 1, f_missing},
    {"nop_muon", 1, 1, f_late},
    {"late", 1, 1, f_late},
    {"tong_hop", 2, 3, f_rollup},
    {"rollup", 2, 3, f_rollup},
    {"dem_dat", 2, 2, f_count_met},
    {"count_met", 2, 2, f_count_met},
    {"cac_nam", 2, 2, f_years},
    {"years", 2, 2, f_years},
    {"ngay", 1, 3, f_date},
    {"date", 1, 3, f_date},
    {"don_vi_theo_ma", 1, 1, f_unit_by_code},
    {"unit", 1, 1, f_unit_by_code},
    {"chi_so_co_so_lieu", 1, 1, f_indicators_with_figures},
    {"indicators_with_figures", 1, 1, f_indicators_with_figures},
    {"lo_trinh", 3, 3, f_roadmap},
    {"roadmap", 3, 3, f_roadmap},
    {"chi_tieu_chu", 2, 2, f_target_text},
    {"ket_qua_chu", 3, 3, f_result_text},
    {"result_text", 3, 3, f_result_text},
    {"target_text", 2, 2, f_target_text},
    {"lo_trinh_chu", 3, 3, f_roadmap_text},
    {"roadmap_text", 3, 3, f_roadmap_text},
    {"chi_tieu_hang", 2, 2, f_target_row},
    {"target_row", 2, 2, f_target_row},
    {"hang_don_vi", 3, 3, f_unit_row},
    {"unit_row", 3, 3, f_unit_row},
    {"so_voi_chi_tieu", 3, 4, f_standing},
    {"against_target", 3, 4, f_standing},
    {"loai_chi_tieu", 2, 2, f_target_kind},
    {"target_kind", 2, 2, f_target_kind},
};

constexpr BuiltinInfo kFilters[] = {
    {"so", 1, 2, x_number},
    {"number", 1, 2, x_number},
    {"phan_tram", 1, 2, x_percent},
    {"percent", 1, 2, x_percent},
    {"so_co_dau", 1, 2, x_signed},
    {"signed", 1, 2, x_signed},
    {"mac_dinh", 2, 2, x_default},
    {"default", 2, 2, x_default},
    {"chu_hoa", 1, 1, x_upper},
    {"upper", 1, 1, x_upper},
    {"giua_cau", 1, 1, x_mid_sentence},
    {"mid_sentence", 1, 1, x_mid_sentence},
    {"viet_hoa_dau", 1, 1, x_capitalize},
    {"capitalize", 1, 1, x_capitalize},
    {"trong_cau", 1, 2, x_running_text},
    {"running_text", 1, 2, x_running_text},
    {"dia_danh", 1, 2, x_place_name},
    {"place_name", 1, 2, x_place_name},
    {"ten_chinh_thuc", 1, 2, x_official_name},
    {"official_name", 1, 2, x_official_name},
    {"loai_don_vi", 1, 2, x_unit_kind},
    {"unit_kind", 1, 2, x_unit_kind},
    {"co_quan", 2, 3, x_body_name},
    {"body_name", 2, 3, x_body_name},
    {"co_quan_in_hoa", 1, 3, x_header_name},
    {"header_name", 1, 3, x_header_name},
    {"ngay_nd30", 1, 1, x_nd30_date},
    {"nd30_date", 1, 1, x_nd30_date},
    {"ngay_so", 1, 1, x_short_date},
    {"short_date", 1, 1, x_short_date},
    {"do_dai", 1, 1, x_length},
    {"length", 1, 1, x_length},
    {"noi", 1, 2, x_join},
    {"join", 1, 2, x_join},
    {"lay", 2, 2, x_pluck},
    {"pluck", 2, 2, x_pluck},
    {"tong", 1, 2, x_sum},
    {"sum", 1, 2, x_sum},
    {"dau", 1, 1, x_first},
    {"first", 1, 1, x_first},
    {"cuoi", 1, 1, x_last},
    {"last", 1, 1, x_last},
    {"thay", 3, 3, x_replace},
    {"replace", 3, 3, x_replace},
    {"bang_chu", 1, 2, x_words},
    {"in_words", 1, 2, x_words},
    {"sap_xep_vi", 1, 2, x_sort_vi},
    {"sort_vi", 1, 2, x_sort_vi},
    {"cong_thuc", 1, 1, x_formula},
    {"formula", 1, 1, x_formula},
    {"lap", 2, 2, x_repeat},
    {"repeat", 2, 2, x_repeat},
    {"gop_cot", 2, 2, x_col_span},
    {"col_span", 2, 2, x_col_span},
};

template <std::size_t N>
const BuiltinInfo* find_in(const BuiltinInfo (&table)[N], const std::string& name) {
  for (const auto& b : table)
    if (name == b.name) return &b;
  return nullptr;
}
template <std::size_t N>
std::vector<std::string> names_of(const BuiltinInfo (&table)[N]) {
  std::vector<std::string> out;
  for (const auto& b : table) out.emplace_back(b.name);
  return out;
}

}  // namespace

const BuiltinInfo* find_function(const std::string& name) {
  return find_in(kFunctions, name);
}
const BuiltinInfo* find_filter(const std::string& name) {
  return find_in(kFilters, name);
}
std::vector<std::string> function_names() {
  auto names = names_of(kFunctions);
  names.insert(names.end(), {"co_bien", "defined"});  // answered by the evaluator: they see the scopes
  return names;
}
std::vector<std::string> filter_names() {
  return names_of(kFilters);
}

void check_size(std::size_t size, const SourceFile& src, Pos pos, const Limits& limits) {
  if (size > limits.max_value_size)
    fail_at(src, pos, MsgId::tpl_limit, {"max_value_size", std::to_string(limits.max_value_size)});
}

Value units_value(const TemplateData& data) {
  List out;
  for (const auto& u : data.units()) out.push_back(unit_map(u));
  return Value::of(std::move(out));
}

namespace {
Value indicator_map(const model::Indicator& ind) {
  Map m;
  m["ma"] = Value::of(ind.id);
  m["ten"] = Value::of(ind.name);
  m["tu_so"] = Value::of(ind.numerator);
  m["mau_so"] = Value::of(ind.denominator);
  m["chuong_trinh"] = Value::of(ind.programme);
  m["don_vi_tinh"] = Value::of(ind.unit);
  m["ty_le"] = Value::of(ind.rate);
  return Value::of(std::move(m));
}
}  // namespace

Value indicator_value(const model::Indicator& indicator) {
  return indicator_map(indicator);
}

Value indicators_value(const TemplateData& data) {
  List out;
  for (const model::Indicator* ind : data.indicators()) out.push_back(indicator_map(*ind));
  return Value::of(std::move(out));
}

std::string to_text(const Value& v, const SourceFile& src, Pos pos) {
  switch (v.kind) {
    case Value::Kind::none:
      fail_at(src, pos, MsgId::tpl_blank_value);
    case Value::Kind::boolean:
      return v.boolean ? "có" : "không";
    case Value::Kind::number: {
      // Plain numbers print without grouping so years read "2025"; counts
      // take the `so` filter for "6.026".
      char buf[64];
      if (v.number == std::floor(v.number) && std::fabs(v.number) < 1e15)
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(v.number));
      else
        std::snprintf(buf, sizeof buf, "%.2f", v.number);
      std::string s = buf;
      for (char& c : s)
        if (c == '.') c = ',';
      return text::without_trailing_zeros(s);
    }
    case Value::Kind::string:
      return v.text;
    case Value::Kind::date:
      return text::short_date(v.date);
    case Value::Kind::list: {
      std::string out;
      for (const Value& x : *v.list) {
        if (!out.empty()) out += ", ";
        out += to_text(x, src, pos);
      }
      return out;
    }
    case Value::Kind::map:
      break;
  }
  fail_at(src, pos, MsgId::tpl_type, {"in ra", "văn bản hoặc số", kind_name(v.kind)});
}

CivilDate to_date(const Value& v, const SourceFile& src, Pos pos) {
  if (v.kind == Value::Kind::date) return v.date;
  // A date left blank for the văn thư: "" (year unknown), or just the year.
  if (v.kind == Value::Kind::number || (v.kind == Value::Kind::string && v.number_kind != doc::ValueKind::text)) {
    if (auto y = as_year(v.number)) return CivilDate{*y, 0, 0};
  }
  if (v.kind == Value::Kind::string) {
    std::string t = v.text;
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(t.begin());
    if (t.empty()) return CivilDate{};
    if (t.size() == 4 && t.find_first_not_of("0123456789") == std::string::npos)
      if (auto y = as_year(std::stod(t))) return CivilDate{*y, 0, 0};
    try {
      return parse_iso_date(v.text);
    } catch (const Error&) {
      fail_at(src, pos, MsgId::tpl_bad_date, {v.text});
    }
  }
  fail_at(src, pos, MsgId::tpl_type, {"ngày", "ngày (YYYY-MM-DD)", kind_name(v.kind)});
}

}  // namespace baocao::tmpl
