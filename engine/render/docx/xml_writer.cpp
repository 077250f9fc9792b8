#include "engine/render/docx/xml_writer.hpp"

#include <Poco/SAX/AttributesImpl.h>
#include <Poco/XML/XMLWriter.h>

#include <cstdio>
#include <functional>

#include "engine/core/diagnostic.hpp"

namespace baocao::render::docx {

namespace {

// The namespaces the package's parts use, by their usual prefix.
constexpr std::pair<std::string_view, std::string_view> kNamespaces[] = {
    {"w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"},
    {"r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"},
    {"cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
    {"dc", "http://purl.org/dc/elements/1.1/"},
    {"dcterms", "http://purl.org/dc/terms/"},
    {"xsi", "http://www.w3.org/2001/XMLSchema-instance"},
    {"xml", "http://www.w3.org/XML/1998/namespace"},
};
// Default namespaces of the package's own parts ([Content_Types].xml, .rels).
constexpr std::pair<std::string_view, std::string_view> kDefaults[] = {
    {"Types", "http://schemas.openxmlformats.org/package/2006/content-types"},
    {"Relationships", "http://schemas.openxmlformats.org/package/2006/relationships"},
};

std::string_view uri_of(std::string_view prefix) {
  for (const auto& [p, uri] : kNamespaces)
    if (p == prefix) return uri;
  return {};
}

// The next code point of `s` from `i`, or -1 for a byte that does not start
// a well-formed UTF-8 sequence (the renderer checked the text is NFC, so
// this is only a second line of defence).
long next_code_point(std::string_view s, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b = byte(i);
  const int extra = b < 0x80 ? 0 : (b & 0xE0) == 0xC0 ? 1 : (b & 0xF0) == 0xE0 ? 2 : (b & 0xF8) == 0xF0 ? 3 : -1;
  if (extra < 0 || i + static_cast<std::size_t>(extra) >= s.size()) {
    ++i;
    return -1;
  }
  long cp = extra == 0 ? b : b & (0x3F >> extra);
  for (int k = 1; k <= extra; ++k) {
    const unsigned char c = byte(i + static_cast<std::size_t>(k));
    if ((c & 0xC0) != 0x80) {
      ++i;
      return -1;
    }
    cp = (cp << 6) | (c & 0x3F);
  }
  // An overlong form ("<" in two bytes) would pass markup through unescaped.
  constexpr long kLeast[] = {0, 0x80, 0x800, 0x10000};
  if (cp < kLeast[extra]) {
    ++i;
    return -1;
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

}  // namespace

bool xml_allows(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

void require_xml_text(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    const long cp = next_code_point(utf8, i);
    if (cp >= 0 && xml_allows(static_cast<char32_t>(cp))) continue;
    char code[24];
    std::snprintf(code, sizeof code, "U+%04lX", cp < 0 ? 0xFFFDL : cp);
    // The text around it, the character itself shown by its code.
    std::string shown;
    for (std::size_t k = 0; k < utf8.size();) {
      const std::size_t start = k;
      const long c = next_code_point(utf8, k);
      shown += c >= 0 && xml_allows(static_cast<char32_t>(c)) && c >= 0x20
                   ? std::string(utf8.substr(start, k - start))
                   : "<" + std::string(code) + ">";
    }
    fail(ErrorFamily::internal, MsgId::docx_forbidden_char, {code, shown});
  }
}

XmlWriter::XmlWriter(std::ostream& out)
    : writer_(std::make_unique<Poco::XML::XMLWriter>(out, Poco::XML::XMLWriter::WRITE_XML_DECLARATION)) {
  writer_->startDocument();
}

XmlWriter::~XmlWriter() = default;

XmlWriter::Name XmlWriter::name(std::string_view qname) const {
  const std::size_t colon = qname.find(':');
  if (colon == std::string_view::npos) {
    // An unprefixed name is in the default namespace, if the root declared one.
    for (const auto& [prefix, uri] : prefixes_)
      if (prefix.empty()) return {uri, std::string(qname), std::string(qname)};
    return {"", std::string(qname), std::string(qname)};
  }
  return {std::string(uri_of(qname.substr(0, colon))), std::string(qname.substr(colon + 1)), std::string(qname)};
}

void XmlWriter::root(std::string_view qname, const std::vector<std::string_view>& namespaces, const Attrs& attrs) {
  for (std::string_view prefix : namespaces) {
    std::string_view uri = uri_of(prefix);
    if (prefix.empty())
      for (const auto& [root_name, default_uri] : kDefaults)
        if (root_name == qname) uri = default_uri;
    prefixes_.emplace_back(prefix, uri);
    writer_->startPrefixMapping(std::string(prefix), std::string(uri));
  }
  open(qname, attrs);
}

namespace {

Poco::XML::AttributesImpl attributes(const Attrs& attrs, const std::function<std::string(std::string_view)>& uri) {
  Poco::XML::AttributesImpl out;
  for (const auto& [qname, value] : attrs) {
    require_xml_text(value);
    const std::size_t colon = qname.find(':');
    const std::string local(colon == std::string_view::npos ? qname : qname.substr(colon + 1));
    out.addAttribute(colon == std::string_view::npos ? std::string() : uri(qname.substr(0, colon)), local,
                     std::string(qname), "CDATA", value);
  }
  return out;
}

}  // namespace

void XmlWriter::open(std::string_view qname, const Attrs& attrs) {
  Name n = name(qname);
  writer_->startElement(n.uri, n.local, n.qname,
                        attributes(attrs, [](std::string_view p) { return std::string(uri_of(p)); }));
  open_.push_back(std::move(n));
}

void XmlWriter::close() {
  const Name& n = open_.back();
  writer_->endElement(n.uri, n.local, n.qname);
  open_.pop_back();
}

void XmlWriter::empty(std::string_view qname, const Attrs& attrs) {
  Name n = name(qname);
  writer_->emptyElement(n.uri, n.local, n.qname,
                        attributes(attrs, [](std::string_view p) { return std::string(uri_of(p)); }));
}

void XmlWriter::text(std::string_view utf8) {
  require_xml_text(utf8);
  writer_->characters(std::string(utf8));
}

void XmlWriter::element(std::string_view qname, std::string_view utf8, const Attrs& attrs) {
  open(qname, attrs);
  text(utf8);
  close();
}

void XmlWriter::finish() {
  while (!open_.empty()) close();
  writer_->endDocument();
}

}  // namespace baocao::render::docx
