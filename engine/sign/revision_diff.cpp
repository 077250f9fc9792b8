// See revision_diff.hpp. Both revisions are read by qpdf and compared
// through their cross-reference tables: an object of the earlier revision
// that the later one redefines is compared key by key and must be one of
// the few an allowed change touches; objects that are new are reachable
// only through those, so they need no check of their own.
#include "engine/sign/revision_diff.hpp"

#include <algorithm>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <set>

#include "engine/core/diagnostic.hpp"

namespace baocao::sign {

namespace {

using Keys = std::set<std::string>;

bool same_data(QPDFObjectHandle a, QPDFObjectHandle b) {
  auto da = a.getRawStreamData(), db = b.getRawStreamData();
  return da->getSize() == db->getSize() &&
         std::equal(da->getBuffer(), da->getBuffer() + da->getSize(), db->getBuffer());
}

// Keys whose values differ between two dictionaries (or stream dictionaries).
Keys changed_keys(QPDFObjectHandle a, QPDFObjectHandle b) {
  QPDFObjectHandle da = a.isStream() ? a.getDict() : a, db = b.isStream() ? b.getDict() : b;
  Keys keys;
  for (const auto& k : da.getKeys()) keys.insert(k);
  for (const auto& k : db.getKeys()) keys.insert(k);
  Keys out;
  for (const auto& k : keys)
    if (k != "/Length" &&
        (!da.hasKey(k) || !db.hasKey(k) || da.getKey(k).unparse() != db.getKey(k).unparse()))
      out.insert(k);
  if (a.isStream() && b.isStream() && !same_data(a, b)) out.insert("stream data");
  return out;
}

bool within(const Keys& keys, std::initializer_list<const char*> allowed) {
  return std::all_of(keys.begin(), keys.end(), [&](const std::string& k) {
    return std::find_if(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; }) !=
           allowed.end();
  });
}

std::set<QPDFObjGen> refs(QPDFObjectHandle array) {
  std::set<QPDFObjGen> out;
  if (array.isArray())
    for (auto& item : array.getArrayAsVector())
      if (item.isIndirect()) out.insert(item.getObjGen());
  return out;
}

bool superset(const std::set<QPDFObjGen>& big, const std::set<QPDFObjGen>& small) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

std::string name_of(QPDFObjectHandle field) {
  return field.isDictionary() && field.getKey("/T").isString() ? field.getKey("/T").getUTF8Value() : "?";
}

std::string type_of(QPDFObjectHandle h) {
  QPDFObjectHandle d = h.isStream() ? h.getDict() : h;
  if (d.isDictionary() && d.getKey("/Type").isName()) return d.getKey("/Type").getName();
  if (d.isDictionary() && d.getKey("/FT").isName()) return d.getKey("/FT").getName();
  return h.isStream() ? "stream" : d.isDictionary() ? "dictionary" : "value";
}

}  // namespace

std::vector<Change> changes_since(std::string_view file, std::size_t revision_end) {
  std::vector<Change> out;
  const std::size_t eof = file.rfind("%%EOF");
  if (eof == std::string_view::npos ||
      file.find_first_not_of(std::string_view(" \r\n\t\0", 5), eof + 5) != std::string_view::npos)
    out.push_back({Change::Kind::other, "bytes after %%EOF"});
  if (revision_end >= file.size()) return out;

  const std::string before_bytes(file.substr(0, revision_end)), now_bytes(file);
  QPDF before, now;
  try {
    before.setSuppressWarnings(true);
    now.setSuppressWarnings(true);
    before.processMemoryFile("revision", before_bytes.data(), before_bytes.size());
    now.processMemoryFile("file", now_bytes.data(), now_bytes.size());
  } catch (const std::exception& e) {
    out.push_back({Change::Kind::other, e.what()});
    return out;
  }
  const QPDFObjGen root = now.getRoot().getObjGen();
  QPDFObjectHandle form_now = now.getRoot().getKey("/AcroForm");
  QPDFObjectHandle form_before = before.getRoot().getKey("/AcroForm");
  const QPDFObjGen form = form_now.isIndirect() ? form_now.getObjGen() : QPDFObjGen();
  auto old_xref = before.getXRefTable();

  for (const auto& [og, entry] : now.getXRefTable()) {
    if (!old_xref.count(og)) continue;
    QPDFObjectHandle a = before.getObjectByObjGen(og), b = now.getObjectByObjGen(og);
    if (!(a.isDictionary() || a.isStream()) || !(b.isDictionary() || b.isStream())) {
      if (a.unparse() != b.unparse())
        out.push_back({Change::Kind::other, "object " + std::to_string(og.getObj())});
      continue;
    }
    Keys k = changed_keys(a, b);
    if (k.empty()) continue;
    if (og == root && within(k, {"/AcroForm", "/DSS", "/Extensions"})) {
      if (k.count("/DSS")) out.push_back({Change::Kind::validation_data, "DSS"});
      continue;
    }
    if (og == form && within(k, {"/Fields", "/SigFlags", "/DR", "/DA", "/NeedAppearances"}) &&
        superset(refs(b.getKey("/Fields")), refs(a.getKey("/Fields"))))
      continue;
    if (b.isDictionaryOfType("/Page") && within(k, {"/Annots"})) {
      auto old_annots = refs(a.getKey("/Annots")), new_annots = refs(b.getKey("/Annots"));
      bool widgets_only = superset(new_annots, old_annots);
      for (const auto& r : new_annots)
        if (!old_annots.count(r)) {
          QPDFObjectHandle annot = now.getObjectByObjGen(r);
          widgets_only = widgets_only && annot.isDictionary() && annot.getKey("/Subtype").isName() &&
                         annot.getKey("/Subtype").getName() == "/Widget";
        }
      if (widgets_only) continue;
    }
    const std::string ft = b.getKey("/FT").isName() ? b.getKey("/FT").getName() : "";
    if (ft == "/Tx" && within(k, {"/V", "/AP", "/AS", "/MK"})) {
      QPDFObjectHandle v = b.getKey("/V");
      out.push_back(
          {Change::Kind::form_fill, name_of(b) + " = " + (v.isString() ? v.getUTF8Value() : v.unparse())});
      continue;
    }
    if (ft == "/Sig" && !a.hasKey("/V") && b.getKey("/V").isDictionary() &&
        within(k, {"/V", "/AP", "/F", "/Rect", "/P", "/MK"})) {
      out.push_back({Change::Kind::signature, name_of(b)});
      continue;
    }
    out.push_back({Change::Kind::other, "object " + std::to_string(og.getObj()) + " (" + type_of(b) + ")"});
  }

  // Fields the form gained: signatures (and time-stamps) are allowed.
  std::set<QPDFObjGen> old_fields =
      refs(form_before.isDictionary() ? form_before.getKey("/Fields") : QPDFObjectHandle::newNull());
  if (form_now.isDictionary() && form_now.getKey("/Fields").isArray())
    for (auto& f : form_now.getKey("/Fields").getArrayAsVector()) {
      if (!f.isIndirect() || old_fields.count(f.getObjGen()) || old_xref.count(f.getObjGen())) continue;
      if (f.isDictionary() && f.getKey("/FT").isName() && f.getKey("/FT").getName() == "/Sig")
        out.push_back({Change::Kind::signature, name_of(f)});
      else
        out.push_back({Change::Kind::other, "field " + name_of(f)});
    }
  return out;
}

}  // namespace baocao::sign
