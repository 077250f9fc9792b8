#include "engine/render/docx/docx_renderer.hpp"

#include "engine/core/atomic_file.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/docx/body_writer.hpp"
#include "engine/render/docx/package.hpp"
#include "engine/render/docx/parts.hpp"
#include "engine/render/docx/styles.hpp"

namespace baocao::render {

std::string render_docx(const doc::Document& d, const fonts::FontSet& fonts, const layout::PageSetup& base) {
  using namespace docx;
  const layout::PageSetup setup = layout::effective_setup(d.style, base);
  std::vector<Part> parts;
  parts.push_back({"_rels/.rels", "",
                   relationships_xml({{"rId1", relationship_type("officeDocument"), "word/document.xml"},
                                      {"rId2",
                                       "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                                       "core-properties",
                                       "docProps/core.xml"}})});
  parts.push_back({"docProps/core.xml", kCorePropertiesType, core_properties_xml(d.meta, d.header.date)});
  parts.push_back({"word/document.xml", kDocumentType, document_xml(d, fonts, setup)});
  parts.push_back({"word/_rels/document.xml.rels", "",
                   relationships_xml({{"rId1", relationship_type("styles"), "styles.xml"},
                                      {"rId2", relationship_type("settings"), "settings.xml"},
                                      {"rId3", relationship_type("fontTable"), "fontTable.xml"},
                                      {kPageNumberHeaderId, relationship_type("header"), "header1.xml"},
                                      {kFirstPageHeaderId, relationship_type("header"), "header2.xml"}})});
  parts.push_back({"word/styles.xml", kStylesType, styles_xml(setup)});
  parts.push_back({"word/settings.xml", kSettingsType, settings_xml()});
  parts.push_back({"word/fontTable.xml", kFontTableType, font_table_xml()});
  parts.push_back({"word/header1.xml", kHeaderType, page_number_header_xml()});
  parts.push_back({"word/header2.xml", kHeaderType, empty_header_xml()});
  return zip_package(parts);
}

void write_docx(const doc::Document& d, const fonts::FontSet& fonts, const std::filesystem::path& path,
                const layout::PageSetup& setup) {
  write_file_atomic(path, render_docx(d, fonts, setup));
}

}  // namespace baocao::render
