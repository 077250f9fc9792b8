// The XML of a DOCX's parts, written through Poco::XML::XMLWriter (which
// escapes markup, checks that end tags match, and orders attributes by name,
// so the same calls give the same bytes). Names are written with the usual
// OOXML prefixes ("w:p", "r:id"); the root element declares the namespaces
// it is given. Text is checked first: Poco throws a bare "Invalid character
// token" on C0 controls and lets U+FFFE/U+FFFF through, which Word and
// LibreOffice then refuse to open.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Poco::XML {
class XMLWriter;
}

namespace baocao::render::docx {

using Attrs = std::vector<std::pair<std::string_view, std::string>>;

// Whether XML 1.0 allows `c` in a document (its Char production).
bool xml_allows(char32_t c);

class XmlWriter {
 public:
  // Writes the XML declaration (UTF-8, standalone) to `out`.
  explicit XmlWriter(std::ostream& out);
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  // The root element, declaring each prefix of `namespaces` ("w", "r", ...;
  // "" for a default namespace, then `root`'s name has no prefix).
  void root(std::string_view qname, const std::vector<std::string_view>& namespaces, const Attrs& attrs = {});
  void open(std::string_view qname, const Attrs& attrs = {});
  void close();  // the element opened last
  void empty(std::string_view qname, const Attrs& attrs = {});
  // Character data. Throws Error(internal, docx_forbidden_char) for a
  // character XML does not allow (the text gate refuses them on the way in;
  // here a bypassed gate fails loudly instead of writing a broken part).
  void text(std::string_view utf8);
  // <qname>text</qname>.
  void element(std::string_view qname, std::string_view utf8, const Attrs& attrs = {});
  // Closes what is open and ends the document.
  void finish();

 private:
  struct Name {
    std::string uri, local, qname;
  };
  Name name(std::string_view qname) const;

  std::unique_ptr<Poco::XML::XMLWriter> writer_;
  std::vector<std::pair<std::string, std::string>> prefixes_;  // prefix, URI
  std::vector<Name> open_;
};

// Throws as XmlWriter::text() when `utf8` holds a character XML does not allow.
void require_xml_text(std::string_view utf8);

}  // namespace baocao::render::docx
