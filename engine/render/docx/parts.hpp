// The small parts of a DOCX around its body: relationships, settings, the
// font table, the page-number header, the document's properties.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/document/document.hpp"
#include "engine/layout/page_setup.hpp"

namespace baocao::render::docx {

// Content types of the parts.
inline constexpr const char* kDocumentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
inline constexpr const char* kStylesType = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
inline constexpr const char* kSettingsType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
inline constexpr const char* kFontTableType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
inline constexpr const char* kHeaderType = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml";
inline constexpr const char* kCorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";

struct Relationship {
  std::string id, type, target;
};
// Relationship types, by the last word of their URI.
std::string relationship_type(const std::string& name);  // "styles" -> ".../relationships/styles"
std::string relationships_xml(const std::vector<Relationship>& rels);

std::string settings_xml();
std::string font_table_xml();
// The header of pages 2, 3, ...: the page number (a PAGE field) centred.
std::string page_number_header_xml();
// The header of a section's first page: empty (ND30 numbers from page 2).
std::string empty_header_xml();
// docProps/core.xml: title, author, subject, keywords, and the document's
// date as its creation date (never the time of the run: same input, same bytes).
std::string core_properties_xml(const doc::Metadata& meta, const CivilDate& date);

}  // namespace baocao::render::docx
