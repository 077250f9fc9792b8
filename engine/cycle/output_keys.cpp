#include "engine/cycle/output_keys.hpp"

#include <Poco/JSON/Array.h>

#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "engine/cycle/output_keys_json.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/model/issuers.hpp"

#ifndef BAOCAO_VERSION
#define BAOCAO_VERSION "0"
#endif

namespace baocao::cycle {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

namespace {

std::string number(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

// Fields separated by a unit separator, records by newlines: no text a
// clerk types can make two different inputs serialise alike (the
// separators are control characters the text gate refuses).
struct Canon {
  std::string s;
  Canon& f(const std::string& x) {
    s += x;
    s += '\x1f';
    return *this;
  }
  Canon& end() {
    s += '\n';
    return *this;
  }
};

void value_canon(const tmpl::Value& v, Canon& c) {
  using K = tmpl::Value::Kind;
  c.f(std::to_string(static_cast<int>(v.kind)))
      .f(std::to_string(static_cast<int>(v.number_kind)))
      .f(std::to_string(static_cast<int>(v.derived)));
  switch (v.kind) {
    case K::none: break;
    case K::boolean: c.f(v.boolean ? "1" : "0"); break;
    case K::number: c.f(number(v.number)); break;
    case K::string: c.f(v.text).f(number(v.number)); break;
    case K::date: c.f(to_iso(v.date)); break;
    case K::list:
      c.f(std::to_string(v.list ? v.list->size() : 0));
      if (v.list)
        for (const auto& x : *v.list) value_canon(x, c);
      break;
    case K::map:
      c.f(std::to_string(v.map ? v.map->size() : 0));
      if (v.map)
        for (const auto& [k, x] : *v.map) {
          c.f(k);
          value_canon(x, c);
        }
      break;
  }
  c.end();
}

std::string short_date(const std::optional<CivilDate>& d) { return d ? to_iso(*d) : "-"; }

std::string ratio_text(const std::optional<model::Ratio>& r) {
  return r ? number(r->numerator) + "/" + number(r->denominator) : "-";
}

// The first root holding `name`, as the template engine's loader looks.
fs::path resolve_include(const std::string& name, const fs::path& tpl, const std::vector<fs::path>& dirs) {
  std::vector<fs::path> roots{tpl.parent_path().empty() ? fs::path(".") : tpl.parent_path()};
  roots.insert(roots.end(), dirs.begin(), dirs.end());
  std::error_code ec;
  for (const fs::path& r : roots) {
    const fs::path p = fs::weakly_canonical(r, ec) / name;
    if (fs::is_regular_file(p, ec)) {
      fs::path canon = fs::canonical(p, ec);
      return ec ? fs::path() : canon;
    }
  }
  return {};
}

std::string canonical_string(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::canonical(p, ec);
  return ec ? std::string() : c.string();
}

}  // namespace

std::optional<model::Ratio> TracingData::ratio(const std::string& indicator, const std::string& unit_code,
                                               int year) const {
  domain_.codes.insert(unit_code);
  domain_.indicators.insert(indicator);
  domain_.years.insert(year);
  return inner_.ratio(indicator, unit_code, year);
}

TargetValue TracingData::target(const std::string& indicator, int year) const {
  domain_.indicators.insert(indicator);
  domain_.years.insert(year);
  return inner_.target(indicator, year);
}

std::optional<CivilDate> TracingData::deadline(int year) const {
  domain_.years.insert(year);
  return inner_.deadline(year);
}

std::optional<CivilDate> TracingData::submitted(const std::string& unit_code, int year) const {
  domain_.codes.insert(unit_code);
  domain_.years.insert(year);
  return inner_.submitted(unit_code, year);
}

std::string KeyContext::file_sha256(const fs::path& file) const {
  {
    std::lock_guard l(lock_);
    auto it = file_sha_.find(file.string());
    if (it != file_sha_.end()) return it->second;
  }
  std::string sha;
  try {
    sha = sha256_file(file);
  } catch (const std::exception&) {
    sha = "unreadable";
  }
  std::lock_guard l(lock_);
  file_sha_[file.string()] = sha;
  return sha;
}

namespace {

std::string file_stamp(const char* path) {
  struct stat st {};
  if (::stat(path, &st) != 0) return "-";
  return std::to_string(st.st_size) + "-" + std::to_string(st.st_mtim.tv_sec) + "." +
         std::to_string(st.st_mtim.tv_nsec);
}

}  // namespace

std::string program_identity() {
  std::string id = std::string(BAOCAO_VERSION) + " build " + file_stamp("/proc/self/exe");
  // The shared libraries that draw, collate and write (libharu, ICU,
  // HarfBuzz, libxlsxwriter, ...): an upgrade of one may change the bytes.
  // Modules glibc loads on demand (character sets, name services) come and
  // go within one process's life and draw nothing: left out.
  std::set<std::string> libs;
  std::ifstream maps("/proc/self/maps");
  for (std::string line; std::getline(maps, line);) {
    const auto slash = line.find('/');
    if (slash == std::string::npos || line.find(".so", slash) == std::string::npos) continue;
    const std::string path = line.substr(slash);
    if (path.find("/gconv/") == std::string::npos && path.find("libnss_") == std::string::npos) libs.insert(path);
  }
  std::string stamps;
  for (const auto& l : libs) stamps += l + ' ' + file_stamp(l.c_str()) + '\n';
  return id + " libraries " + sha256_hex(stamps).substr(0, 16);
}

std::string format_key(const std::string& extension, const std::string& sign) {
  std::string k = extension;
  if (extension == "pdf" && !sign.empty()) k += " signed " + sign;
  // The renderers date their files from it when it is set.
  if (const char* sde = std::getenv("SOURCE_DATE_EPOCH"); sde && *sde) k += std::string(" SOURCE_DATE_EPOCH=") + sde;
  return k;
}

std::string target_answer(const tmpl::TemplateData& data, const std::string& indicator, int year) {
  // Kind, bounds and words: a plain number's answer is written as before.
  const TargetValue t = data.target(indicator, year);
  switch (t.kind) {
    case TargetKind::open:
      return "-";
    case TargetKind::number:
      return number(t.low);
    default:
      return std::to_string(static_cast<int>(t.kind)) + ":" + number(t.low) + ":" + number(t.high) + ":" + t.text;
  }
}

std::string issuer_sha256(const model::Issuer& e) {
  Canon c;
  for (const std::string* f : {&e.unit_code, &e.body, &e.name, &e.parent_name, &e.symbol, &e.drafting_symbol,
                               &e.place, &e.title, &e.signer})
    c.f(*f);
  c.end();
  for (const auto& a : e.authority) c.f(a);
  c.end();
  for (const auto& r : e.recipients) c.f(r);
  c.end().f(e.registered ? "1" : "0");
  return sha256_hex(c.s);
}

std::string wording_sha256(const tmpl::Map& vars) {
  Canon c;
  for (const auto& [k, v] : vars) {
    c.f(k);
    value_canon(v, c);
  }
  return sha256_hex(c.s);
}

void data_key(const tmpl::TemplateData& data, const DataDomain& d, DocumentKey& key) {
  key.domain = d;
  key.unit_answers.clear();
  for (const std::string& code : d.codes) {
    Canon c;
    for (const std::string& ind : d.indicators)
      for (int y : d.years) c.f(ind).f(std::to_string(y)).f(ratio_text(data.ratio(ind, code, y))).end();
    for (int y : d.years) c.f(std::to_string(y)).f(short_date(data.submitted(code, y))).end();
    key.unit_answers[code] = sha256_hex(c.s);
  }
  Canon t;
  for (const std::string& ind : d.indicators)
    for (int y : d.years) t.f(ind).f(std::to_string(y)).f(target_answer(data, ind, y)).end();
  key.targets = sha256_hex(t.s);
  Canon l;
  for (const Unit& u : data.units()) {
    l.f(u.code).f(u.name).f(u.level).f(u.kind).f(u.parent).f(short_date(u.valid_from)).f(short_date(u.valid_to));
    l.f(u.name_origin);
    for (const auto& p : u.predecessors) l.f(p);
    l.end();
  }
  l.end();
  for (const model::Indicator* ind : data.indicators()) l.f(ind->id);
  l.end();
  // The catalogue's wording is printed (names, what is counted, units): an
  // office that edits its own indicators changes every document.
  for (const model::Indicator& ind : data.catalogue().all())
    l.f(ind.id).f(ind.name).f(ind.numerator).f(ind.denominator).f(ind.unit).f(ind.rate ? "ty_le" : "so_luong");
  l.end();
  for (int y : d.years) l.f(std::to_string(y)).f(short_date(data.deadline(y)));
  key.lists = sha256_hex(l.s);
}

DocumentKey document_key(const KeyContext& ctx, const fs::path& tpl, const std::vector<tmpl::IncludeRead>& includes,
                         const tmpl::Map& vars, const std::string& issuer, const TracingData& traced) {
  DocumentKey key;
  const std::string main = canonical_string(tpl);
  key.templates.push_back({"", main, ctx.file_sha256(main)});
  std::set<std::pair<std::string, std::string>> seen;
  for (const auto& r : includes)
    if (seen.insert({r.name, r.file.string()}).second)
      key.templates.push_back({r.name, r.file.string(), ctx.file_sha256(r.file)});
  key.wording = wording_sha256(vars);
  key.issuer = issuer;
  data_key(traced, traced.domain(), key);
  return key;
}

DocumentKey recheck_document_key(const KeyContext& ctx, const fs::path& tpl, const DocumentKey& before,
                                 const tmpl::Map& vars, const std::string& issuer, const tmpl::TemplateData& data) {
  DocumentKey key;
  const std::string main = canonical_string(tpl);
  key.templates.push_back({"", main, main.empty() ? "missing" : ctx.file_sha256(main)});
  for (std::size_t i = 1; i < before.templates.size(); ++i) {
    const std::string& name = before.templates[i].name;
    const fs::path file = resolve_include(name, tpl, ctx.template_dirs);
    key.templates.push_back({name, file.string(), file.empty() ? "missing" : ctx.file_sha256(file)});
  }
  key.wording = wording_sha256(vars);
  key.issuer = issuer;
  data_key(data, before.domain, key);
  return key;
}

OutputKey output_key(const KeyContext& ctx, const std::string& extension, DocumentKey doc) {
  OutputKey k;
  k.program = ctx.program;
  k.format = format_key(extension, ctx.sign);
  if (extension != "xlsx") k.fonts = ctx.fonts;
  k.doc = std::move(doc);
  Canon c;
  c.f(k.program).f(k.format).f(k.fonts).end();
  for (const auto& t : k.doc.templates) c.f(t.name).f(t.file).f(t.sha256).end();
  c.f(k.doc.wording).f(k.doc.issuer).end();
  for (const auto& [code, h] : k.doc.unit_answers) c.f(code).f(h);
  c.end();
  for (const auto& i : k.doc.domain.indicators) c.f(i);
  c.end();
  for (int y : k.doc.domain.years) c.f(std::to_string(y));
  c.end().f(k.doc.targets).f(k.doc.lists).end();
  k.sha256 = sha256_hex(c.s);
  return k;
}

std::vector<Reason> differences(const OutputKey& a, const OutputKey& b, const std::string& root) {
  std::vector<Reason> out;
  if (a.program != b.program) out.push_back({Why::program, b.program});
  if (a.format != b.format) out.push_back({Why::format, b.format});
  if (a.fonts != b.fonts) out.push_back({Why::fonts, {}});
  const std::size_t n = std::max(a.doc.templates.size(), b.doc.templates.size());
  for (std::size_t i = 0; i < n; ++i) {
    const TemplateDep* x = i < a.doc.templates.size() ? &a.doc.templates[i] : nullptr;
    const TemplateDep* y = i < b.doc.templates.size() ? &b.doc.templates[i] : nullptr;
    if (!x || !y || x->name != y->name || x->file != y->file || x->sha256 != y->sha256)
      out.push_back({Why::template_file, y && !y->file.empty() ? y->file : x ? x->file : std::string()});
  }
  if (a.doc.issuer != b.doc.issuer) out.push_back({Why::issuer, {}});
  // The issuer's entry is in the wording too: name the entry alone then.
  if (a.doc.wording != b.doc.wording && a.doc.issuer == b.doc.issuer) out.push_back({Why::wording, {}});
  std::set<std::string> changed;  // "" is the area as a whole: its own code
  for (const auto& [code, h] : b.doc.unit_answers) {
    auto it = a.doc.unit_answers.find(code);
    if (it == a.doc.unit_answers.end() || it->second != h) changed.insert(code.empty() ? root : code);
  }
  if (a.doc.unit_answers.size() != b.doc.unit_answers.size()) changed.insert(root);
  std::string codes;
  for (const auto& c : changed) codes += (codes.empty() ? "" : ", ") + c;
  if (!codes.empty()) out.push_back({Why::figures, codes});
  if (a.doc.targets != b.doc.targets) out.push_back({Why::targets, {}});
  if (a.doc.lists != b.doc.lists) out.push_back({Why::units, {}});
  // Every part compared and none differs, yet the keys do: never skip on that.
  if (out.empty() && a.sha256 != b.sha256) out.push_back({Why::new_output, {}});
  return out;
}

void json_string(std::string& out, std::string_view text) {
  out += '"';
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      static const char* hex = "0123456789abcdef";
      out += "\\u00";
      out += hex[u >> 4];
      out += hex[u & 15];
    } else {
      out += c;  // UTF-8 as it is
    }
  }
  out += '"';
}

namespace {

// {"a": …, "b": …} with the keys in the order given (the writer sorts them).
struct JsonObject {
  std::string& out;
  bool first = true;
  explicit JsonObject(std::string& o) : out(o) { out += '{'; }
  std::string& key(std::string_view k) {
    if (!first) out += ", ";
    first = false;
    json_string(out, k);
    out += ": ";
    return out;
  }
  void text(std::string_view k, std::string_view v) { json_string(key(k), v); }
  void close() { out += '}'; }
};

}  // namespace

std::size_t KeyParts::id(std::string members) {
  auto [it, fresh] = ids_.emplace(std::move(members), texts_.size());
  if (fresh) texts_.push_back(&it->first);
  return it->second;
}

void KeyParts::json(std::string& out) const {
  out += '[';
  for (std::size_t i = 0; i < texts_.size(); ++i) {
    out += i ? ",\n    {" : "\n    {";
    out += *texts_[i];
    out += '}';
  }
  out += texts_.empty() ? "]" : "\n  ]";
}

void key_json(std::string& out, const OutputKey& k, KeyParts& parts) {
  // What many outputs share (the program, fonts, format and templates; the
  // indicators, years and targets asked) is written once in the manifest's
  // key_parts and named here by its place there ("part"); the rest is the
  // output's own. Keys in byte order within each.
  std::string shared;
  {
    JsonObject o(shared);
    if (!k.fonts.empty()) o.text("fonts", k.fonts);
    o.text("format", k.format);
    o.text("program", k.program);
    o.key("templates") += '[';
    bool first = true;
    for (const auto& t : k.doc.templates) {
      if (!first) shared += ", ";
      first = false;
      JsonObject x(shared);
      x.text("file", t.file);
      if (!t.name.empty()) x.text("include", t.name);
      x.text("sha256", t.sha256);
      x.close();
    }
    shared += ']';
  }
  std::string asked;
  {
    JsonObject d(asked);
    d.key("indicators") += '[';
    bool first = true;
    for (const auto& i : k.doc.domain.indicators) {
      if (!first) asked += ", ";
      first = false;
      json_string(asked, i);
    }
    asked += ']';
    d.text("targets", k.doc.targets);
    d.key("years") += '[';
    first = true;
    for (int y : k.doc.domain.years) {
      if (!first) asked += ", ";
      first = false;
      asked += std::to_string(y);
    }
    asked += ']';
  }
  JsonObject o(out);
  {
    JsonObject data(o.key("data"));
    data.text("lists", k.doc.lists);
    data.key("part") += std::to_string(parts.id(asked.substr(1)));
    {
      JsonObject units(data.key("units"));
      for (const auto& [code, h] : k.doc.unit_answers) units.text(code, h);
      units.close();
    }
    data.close();
  }
  o.text("issuer", k.doc.issuer);
  o.key("part") += std::to_string(parts.id(shared.substr(1)));
  o.text("sha256", k.sha256);
  o.text("wording", k.doc.wording);
  o.close();
}

namespace {

// A member of `o`, else of the key part it names.
struct WithPart {
  const Object::Ptr& o;
  Object::Ptr part;
  WithPart(const Object::Ptr& obj, const Array::Ptr& parts) : o(obj) {
    if (!o->has("part")) return;
    const auto i = o->getValue<unsigned>("part");
    if (!parts || i >= parts->size()) throw std::out_of_range("key part");
    part = parts->getObject(i);
    if (!part) throw std::out_of_range("key part");
  }
  const Object::Ptr& holder(const char* key) const { return o->has(key) || !part ? o : part; }
  bool has(const char* key) const { return holder(key)->has(key); }
  std::string text(const char* key) const { return holder(key)->getValue<std::string>(key); }
  Array::Ptr array(const char* key) const { return holder(key)->getArray(key); }
};

}  // namespace

std::optional<OutputKey> key_from_json(const Object::Ptr& json, const Array::Ptr& parts) {
  if (!json) return std::nullopt;
  try {
    const WithPart o(json, parts);
    OutputKey k;
    k.sha256 = o.text("sha256");
    k.program = o.text("program");
    k.format = o.text("format");
    if (o.has("fonts")) k.fonts = o.text("fonts");
    auto tpls = o.array("templates");
    if (!tpls || tpls->size() == 0) return std::nullopt;
    for (std::size_t i = 0; i < tpls->size(); ++i) {
      auto t = tpls->getObject(static_cast<unsigned>(i));
      if (!t) return std::nullopt;
      k.doc.templates.push_back({t->has("include") ? t->getValue<std::string>("include") : std::string(),
                                 t->getValue<std::string>("file"), t->getValue<std::string>("sha256")});
    }
    k.doc.wording = o.text("wording");
    k.doc.issuer = o.text("issuer");
    auto data_json = json->getObject("data");
    if (!data_json) return std::nullopt;
    const WithPart data(data_json, parts);
    auto inds = data.array("indicators");
    auto years = data.array("years");
    auto units = data_json->getObject("units");
    if (!inds || !years || !units) return std::nullopt;
    for (std::size_t i = 0; i < inds->size(); ++i) k.doc.domain.indicators.insert(inds->getElement<std::string>(static_cast<unsigned>(i)));
    for (std::size_t i = 0; i < years->size(); ++i) k.doc.domain.years.insert(years->getElement<int>(static_cast<unsigned>(i)));
    for (const auto& [code, h] : *units) {
      k.doc.domain.codes.insert(code);
      k.doc.unit_answers[code] = h.convert<std::string>();
    }
    k.doc.targets = data.text("targets");
    k.doc.lists = data.text("lists");
    return k;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace baocao::cycle
