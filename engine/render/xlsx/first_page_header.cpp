#include "engine/render/xlsx/first_page_header.hpp"

#include <Poco/DateTime.h>
#include <Poco/Exception.h>
#include <Poco/Path.h>
#include <Poco/StreamCopier.h>
#include <Poco/Zip/Compress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao::render {

void omit_first_page_numbers(const std::filesystem::path& xlsx, const std::set<int>& sheets) {
  if (sheets.empty()) return;
  std::vector<std::pair<std::string, std::string>> entries;
  try {
    std::ifstream in(xlsx, std::ios::binary);
    in.exceptions(std::ios::badbit);
    Poco::Zip::ZipArchive archive(in);
    for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
      if (it->second.isDirectory()) continue;
      Poco::Zip::ZipInputStream zin(in, it->second);
      std::string bytes;
      Poco::StreamCopier::copyToString(zin, bytes);
      entries.emplace_back(it->first, std::move(bytes));
    }
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"first page header: " + e.displayText()});
  } catch (const std::ios::failure& e) {
    fail(ErrorFamily::output, MsgId::xlsx_render_failed, {std::string("first page header: ") + e.what()});
  }
  for (int n : sheets)
    for (auto& [name, bytes] : entries) {
      if (name != "xl/worksheets/sheet" + std::to_string(n) + ".xml") continue;
      const std::string plain = "<headerFooter>";
      if (auto at = bytes.find(plain); at != std::string::npos)
        bytes.replace(at, plain.size(), "<headerFooter differentFirst=\"1\">");
    }
  // Entries as the archive lists them: by name, so [Content_Types].xml
  // first. A name is given as one path part, or Poco::Zip::Compress adds
  // a directory entry for each folder (no part of an OPC package).
  static const Poco::DateTime kZipEpoch(1980, 1, 1, 0, 0, 0);
  std::ostringstream out;
  try {
    Poco::Zip::Compress zip(out, true);
    for (const auto& [name, bytes] : entries) {
      Poco::Path entry;
      entry.setFileName(name);
      std::istringstream data(bytes);
      zip.addFile(data, kZipEpoch, entry, Poco::Zip::ZipCommon::CM_DEFLATE, Poco::Zip::ZipCommon::CL_MAXIMUM);
    }
    zip.close();
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"first page header: " + e.displayText()});
  }
  std::ofstream file(xlsx, std::ios::binary | std::ios::trunc);
  const std::string bytes = out.str();
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"first page header: " + xlsx.string()});
}

}  // namespace baocao::render
