#include "engine/render/docx/package.hpp"

#include <Poco/DateTime.h>
#include <Poco/Path.h>
#include <Poco/Zip/Compress.h>

#include <sstream>

#include "engine/render/docx/xml_writer.hpp"

namespace baocao::render::docx {

namespace {

std::string content_types(const std::vector<Part>& parts) {
  std::ostringstream out;
  XmlWriter x(out);
  x.root("Types", {""});
  x.empty("Default",
          {{"Extension", "rels"}, {"ContentType", "application/vnd.openxmlformats-package.relationships+xml"}});
  x.empty("Default", {{"Extension", "xml"}, {"ContentType", "application/xml"}});
  for (const Part& p : parts)
    if (!p.content_type.empty()) x.empty("Override", {{"PartName", "/" + p.name}, {"ContentType", p.content_type}});
  x.finish();
  return out.str();
}

// Poco::Zip::Compress adds a directory entry for every folder of a name it
// is given as a path of several parts; a name given as one part ("word/x.xml"
// as a file name) is written as it is, without them.
Poco::Path entry_name(const std::string& name) {
  Poco::Path p;
  p.setFileName(name);
  return p;
}

void add(Poco::Zip::Compress& zip, const std::string& name, const std::string& bytes) {
  static const Poco::DateTime kZipEpoch(1980, 1, 1, 0, 0, 0);
  std::istringstream in(bytes);
  zip.addFile(in, kZipEpoch, entry_name(name), Poco::Zip::ZipCommon::CM_DEFLATE,
              Poco::Zip::ZipCommon::CL_MAXIMUM);
}

}  // namespace

std::string zip_package(const std::vector<Part>& parts) {
  std::ostringstream out;
  Poco::Zip::Compress zip(out, true);
  add(zip, "[Content_Types].xml", content_types(parts));
  for (const Part& p : parts) add(zip, p.name, p.bytes);
  zip.close();
  return out.str();
}

}  // namespace baocao::render::docx
