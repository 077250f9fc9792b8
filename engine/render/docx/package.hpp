// The OPC package a DOCX is: a zip of parts, with [Content_Types].xml first
// and each part's content type in it. Written with Poco::Zip, every entry
// dated 1980-01-01 00:00 (the zip format's first day) and in the order given,
// so the same parts always give the same bytes. Only file entries: a zip
// directory entry ("word/") is no part, and Word offers to repair a package
// that has one.
#pragma once

#include <string>
#include <vector>

namespace baocao::render::docx {

struct Part {
  std::string name;          // "word/document.xml", no leading '/'
  std::string content_type;  // "" for a relationships part (by its .rels extension)
  std::string bytes;
};

// The package's bytes.
std::string zip_package(const std::vector<Part>& parts);

}  // namespace baocao::render::docx
