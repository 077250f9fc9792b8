#include "engine/cycle/manifest.hpp"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <sstream>
#include <stdexcept>

#include "engine/cycle/output_keys_json.hpp"
#include "engine/cycle/outputs.hpp"

namespace baocao::cycle {

namespace {

namespace fs = std::filesystem;
using Poco::JSON::Array;
using Poco::JSON::Object;

Object::Ptr file_entry(const fs::path& p) {
  Object::Ptr o = new Object;
  o->set("file", p.string());
  o->set("sha256", sha256_file(p));
  return o;
}

// The store's content as used: every figure, target and receipt, in a
// canonical order, hashed.
std::string content_sha256(const CycleInputs& in) {
  std::vector<std::string> lines;
  std::ostringstream line;
  line.precision(17);
  for (const Record& r : in.figures.records) {
    line.str("");
    line << "f|" << r.period << '|' << r.unit_code << '|' << r.indicator << '|' << r.numerator << '|'
         << r.denominator;
    lines.push_back(line.str());
  }
  for (const Target& t : *in.targets) {
    line.str("");
    line << "t|" << t.year << '|' << t.indicator << '|';
    if (auto p = t.percent())
      line << *p;
    else if (!t.value.is_open())  // a range, a bound or words
      line << static_cast<int>(t.value.kind) << '|' << t.value.low << '|' << t.value.high << '|' << t.value.text;
    lines.push_back(line.str());
  }
  for (const Submission& s : in.receipts)
    lines.push_back("s|" + std::to_string(s.period) + '|' + s.unit_code + '|' + to_iso(s.received));
  std::sort(lines.begin(), lines.end());
  std::string canon;
  for (const auto& l : lines) canon += l + '\n';
  return sha256_hex(canon);
}

std::string register_sha256(const std::vector<IssuerEntry>& rows) {
  std::string canon;
  auto add = [&](const std::string& s) { canon += s + '\x1f'; };
  for (const IssuerEntry& e : rows) {
    for (const std::string* f : {&e.unit_code, &e.level, &e.body, &e.name, &e.parent_name, &e.symbol,
                                 &e.drafting_symbol, &e.place, &e.title, &e.signer})
      add(*f);
    for (const auto& a : e.authority) add(a);
    for (const auto& r : e.recipients) add(r);
    canon += '\n';
  }
  return sha256_hex(canon);
}

}  // namespace

std::string manifest_json(const RunOptions& o, const Paths& paths, const CycleInputs& in,
                          const std::vector<OutputEntry>& outputs) {
  Object root;
  root.set("cycle", o.cycle);
  if (o.deadline) root.set("deadline", to_iso(*o.deadline));
  if (!o.level.empty()) root.set("level", o.level);
  Object::Ptr inputs = new Object;
  Object::Ptr plan = new Object;
  plan->set("file", in.plan.label);
  plan->set("sha256", in.plan.sha256);
  inputs->set("plan", plan);
  if (!o.vars.empty()) inputs->set("vars", file_entry(o.vars));
  if (!o.units.empty()) inputs->set("units", file_entry(o.units));
  Array::Ptr regs = new Array;
  for (const auto& f : o.submissions) regs->add(file_entry(f));
  if (!o.submissions.empty()) inputs->set("submissions", regs);
  Object::Ptr store = new Object;
  store->set("source", o.store_label);
  store->set("content_sha256", content_sha256(in));
  std::vector<std::int64_t> ids = in.submission_ids;
  std::sort(ids.begin(), ids.end());
  Array::Ptr id_list = new Array;
  for (auto id : ids) id_list->add(static_cast<Poco::Int64>(id));
  store->set("submission_ids", id_list);
  store->set("issuers_sha256", register_sha256(in.register_rows));
  inputs->set("store", store);
  // Every template of every directory searched, as a relative name: an
  // office's copy shadows the shipped file of the same name.
  Array::Ptr tpls = new Array;
  for (const fs::path& dir : paths.templates) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
      if (e.is_regular_file() && e.path().extension() == ".tpl") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& p : files) {
      Object::Ptr t = new Object;
      t->set("file", fs::relative(p, dir).generic_string());
      if (paths.templates.size() > 1) t->set("dir", dir.string());
      t->set("sha256", sha256_file(p));
      tpls->add(t);
    }
  }
  inputs->set("templates", tpls);
  inputs->set("fonts", file_entry(paths.fonts));
  root.set("inputs", inputs);
  root.set("outputs", "(written below)");  // the last member: keys in byte order
  std::ostringstream s;
  root.stringify(s, 2);
  std::string text = s.str();
  // One line per output, keys in byte order as above: a country's manifest
  // lists thousands of outputs, each with its key, and the next run reads
  // it back before anything else.
  const std::string empty = "\"outputs\": \"(written below)\"";
  const std::size_t at = text.rfind(empty);
  if (at == std::string::npos) throw std::logic_error("manifest: no outputs member");
  KeyParts parts;
  std::string list = "\"outputs\": [";
  list.reserve(outputs.size() * 1024);  // about 900 bytes an output: grown once, not copied as it doubles
  auto text_field = [&](bool& first, const char* k, const std::string& v) {
    if (!first) list += ", ";
    first = false;
    json_string(list, k);
    list += ": ";
    json_string(list, v);
  };
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const OutputEntry& e = outputs[i];
    list += i ? ",\n    {" : "\n    {";
    bool first = true;
    text_field(first, "deadline", e.deadline);
    text_field(first, "file", e.file);
    text_field(first, "issuer", e.issuer);
    if (e.key) {
      list += ", \"key\": ";
      key_json(list, *e.key, parts);
    }
    text_field(first, "kind", e.kind);
    text_field(first, "sha256", e.sha256);
    if (e.signature) {
      list += ", \"signature\": {";
      bool f = true;
      text_field(f, "cert_sha256", e.signature->cert_sha256);
      text_field(f, "signer", e.signature->signer);
      text_field(f, "unsigned_sha256", e.signature->unsigned_sha256);
      list += '}';
    }
    text_field(first, "signer", e.signer);
    text_field(first, "unit", e.unit);
    list += '}';
  }
  list += outputs.empty() ? "]" : "\n  ]";
  std::string shared = "\"key_parts\": ";
  parts.json(shared);
  std::string out;
  out.reserve(text.size() + shared.size() + list.size() + 8);
  out.append(text, 0, at).append(shared).append(",\n  ").append(list).append(text, at + empty.size());
  return out += '\n';
}

std::map<std::string, PreviousOutput> previous_outputs(const fs::path& manifest) {
  std::map<std::string, PreviousOutput> out;
  std::error_code ec;
  if (!fs::is_regular_file(manifest, ec)) return out;
  try {
    Poco::JSON::Parser parser;
    auto root = parser.parse(read_bytes(manifest)).extract<Object::Ptr>();
    auto outputs = root->getArray("outputs");
    if (!outputs) return out;
    const Array::Ptr parts = root->getArray("key_parts");
    for (std::size_t i = 0; i < outputs->size(); ++i) {
      auto o = outputs->getObject(static_cast<unsigned>(i));
      if (!o) continue;
      PreviousOutput p;
      p.sha256 = o->getValue<std::string>("sha256");
      if (o->has("key")) p.key = key_from_json(o->getObject("key"), parts);
      if (auto s = o->getObject("signature"))
        p.signature = SignatureRecord{p.sha256, s->getValue<std::string>("unsigned_sha256"),
                                      s->getValue<std::string>("signer"), s->getValue<std::string>("cert_sha256")};
      out[o->getValue<std::string>("file")] = std::move(p);
    }
  } catch (const std::exception&) {
    out.clear();  // a manifest we cannot read: everything is produced
  }
  return out;
}

}  // namespace baocao::cycle
