// See pdf_objects.hpp. qpdf's unparse() already writes scalars and direct
// containers correctly; only references need renumbering when importing.
#include "engine/sign/pdf_objects.hpp"

#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdio>

#include "engine/sign/pdf_update.hpp"

namespace baocao::sign {

std::string pdf_text(std::string_view utf8) {
  bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
  if (ascii) {
    std::string out = "(";
    for (char c : utf8) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    return out + ")";
  }
  std::string out = "<FEFF";
  const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
  int32_t len = static_cast<int32_t>(utf8.size()), i = 0;
  char buf[8];
  while (i < len) {
    UChar32 c;
    U8_NEXT(s, i, len, c);
    if (c < 0) c = 0xFFFD;
    UChar units[2];
    int n = 0;
    U16_APPEND_UNSAFE(units, n, c);
    for (int k = 0; k < n; ++k) {
      std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(units[k]));
      out += buf;
    }
  }
  return out + ">";
}

int Importer::ref(QPDFObjectHandle h) {
  auto [it, fresh] = numbers_.try_emplace(h.getObjGen(), 0);
  if (fresh) {
    it->second = next_++;
    queue_.emplace_back(it->second, h);
  }
  return it->second;
}

std::string Importer::value(QPDFObjectHandle h) {
  if (h.isIndirect()) return std::to_string(ref(h)) + " 0 R";
  if (h.isArray()) {
    std::string out = "[";
    for (auto& item : h.getArrayAsVector()) out += value(item) + " ";
    return out + "]";
  }
  if (h.isDictionary()) {
    std::string out = "<<";
    for (const auto& key : h.getKeys())
      out += " " + QPDFObjectHandle::newName(key).unparse() + " " + value(h.getKey(key));
    return out + " >>";
  }
  return h.unparse();
}

void Importer::flush(PdfUpdate& update) {
  while (!queue_.empty()) {
    auto [num, h] = queue_.front();
    queue_.pop_front();
    if (h.isStream()) {
      std::string entries;
      QPDFObjectHandle dict = h.getDict();
      for (const auto& key : dict.getKeys())
        if (key != "/Length")
          entries += " " + QPDFObjectHandle::newName(key).unparse() + " " + value(dict.getKey(key));
      auto raw = h.getRawStreamData();
      update.add_stream(num, entries,
                        std::string_view(reinterpret_cast<const char*>(raw->getBuffer()), raw->getSize()));
    } else {
      // Indirectness of `h` itself is not a reference here: write its value.
      update.add(num, value(h.shallowCopy()));
    }
  }
}

std::string dict_without(QPDFObjectHandle dict, std::initializer_list<std::string_view> skip) {
  std::string out = "<<";
  for (const auto& key : dict.getKeys()) {
    if (std::find(skip.begin(), skip.end(), key) != skip.end()) continue;
    out += " " + QPDFObjectHandle::newName(key).unparse() + " " + dict.getKey(key).unparse();
  }
  return out;
}

std::string stream_object(int num, const std::string& dict_entries, std::string_view data) {
  std::string out = std::to_string(num) + " 0 obj\n<<" + dict_entries + " /Length " +
                    std::to_string(data.size()) + " >>\nstream\n";
  out.append(data);
  out += "\nendstream\nendobj\n";
  return out;
}

}  // namespace baocao::sign
