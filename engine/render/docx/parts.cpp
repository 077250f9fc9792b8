#include "engine/render/docx/parts.hpp"

#include <sstream>

#include "engine/render/docx/styles.hpp"
#include "engine/render/docx/wordml.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::render::docx {

std::string relationship_type(const std::string& name) {
  return "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + name;
}

std::string relationships_xml(const std::vector<Relationship>& rels) {
  std::ostringstream out;
  XmlWriter x(out);
  x.root("Relationships", {""});
  for (const Relationship& r : rels) x.empty("Relationship", {{"Id", r.id}, {"Type", r.type}, {"Target", r.target}});
  x.finish();
  return out.str();
}

std::string settings_xml() {
  std::ostringstream out;
  XmlWriter x(out);
  x.root("w:settings", {"w"});
  x.empty("w:zoom", {{"w:percent", "100"}});
  x.empty("w:defaultTabStop", {{"w:val", "720"}});
  x.empty("w:characterSpacingControl", {{"w:val", "doNotCompress"}});
  // Word 2013 and later layout, not "compatibility mode".
  x.open("w:compat");
  x.empty("w:compatSetting", {{"w:name", "compatibilityMode"},
                              {"w:uri", "http://schemas.microsoft.com/office/word"},
                              {"w:val", "15"}});
  x.close();
  // vi-VN: decimal comma, list separator ';' (fields and formulas a clerk adds).
  x.empty("w:themeFontLang", {{"w:val", "vi-VN"}});
  x.empty("w:decimalSymbol", {{"w:val", ","}});
  x.empty("w:listSeparator", {{"w:val", ";"}});
  x.finish();
  return out.str();
}

std::string font_table_xml() {
  std::ostringstream out;
  XmlWriter x(out);
  x.root("w:fonts", {"w"});
  x.open("w:font", {{"w:name", "Times New Roman"}});
  x.empty("w:panose1", {{"w:val", "02020603050405020304"}});
  x.empty("w:charset", {{"w:val", "00"}});
  x.empty("w:family", {{"w:val", "roman"}});
  x.empty("w:pitch", {{"w:val", "variable"}});
  x.close();
  x.finish();
  return out.str();
}

namespace {

// A header of one paragraph in the page number's style, with the page
// number (a simple PAGE field: Word and LibreOffice number the page
// themselves) or empty.
std::string header_xml(bool page_number) {
  std::ostringstream out;
  XmlWriter x(out);
  x.root("w:hdr", {"w", "r"});
  x.open("w:p");
  ParagraphProps p;
  p.style = style::kPageNumber;
  paragraph_properties(x, p);
  if (page_number) {
    x.open("w:fldSimple", {{"w:instr", " PAGE "}});
    text_run(x, "1", {});
    x.close();
  }
  x.close();
  x.finish();
  return out.str();
}

}  // namespace

std::string page_number_header_xml() {
  return header_xml(true);
}

std::string empty_header_xml() {
  return header_xml(false);
}

std::string core_properties_xml(const doc::Metadata& meta, const CivilDate& date) {
  std::ostringstream out;
  XmlWriter x(out);
  x.root("cp:coreProperties", {"cp", "dc", "dcterms", "xsi"});
  auto put = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    text::require_nfc(value);
    x.element(name, value);
  };
  put("dc:title", meta.title);
  put("dc:subject", meta.subject);
  put("dc:creator", meta.author);
  put("cp:keywords", meta.keywords);
  if (is_valid(date)) {
    const std::string when = to_iso(date) + "T00:00:00Z";
    x.element("dcterms:created", when, {{"xsi:type", "dcterms:W3CDTF"}});
    x.element("dcterms:modified", when, {{"xsi:type", "dcterms:W3CDTF"}});
  }
  x.finish();
  return out.str();
}

}  // namespace baocao::render::docx
