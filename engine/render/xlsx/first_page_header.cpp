// See first_page_header.hpp. The workbook is rewritten entry by entry: a
// sheet that changes is inflated, edited and deflated again; every other
// entry's compressed bytes are copied as they are. (Inflating and deflating
// the whole workbook again was a tenth of a country's run.)
#include "engine/render/xlsx/first_page_header.hpp"

#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "engine/core/diagnostic.hpp"

namespace baocao::render {

namespace {

[[noreturn]] void bad(const std::string& what) {
  fail(ErrorFamily::output, MsgId::xlsx_render_failed, {"first page header: " + what});
}

std::uint32_t u16(std::string_view s, std::size_t at) {
  if (at + 2 > s.size()) bad("zip entry past the end");
  return static_cast<std::uint32_t>(static_cast<unsigned char>(s[at]) | static_cast<unsigned char>(s[at + 1])
                                                                            << 8);
}
std::uint32_t u32(std::string_view s, std::size_t at) {
  return u16(s, at) | u16(s, at + 2) << 16;
}
void put16(std::string& s, std::uint32_t v) {
  s += static_cast<char>(v & 0xFF);
  s += static_cast<char>((v >> 8) & 0xFF);
}
void put32(std::string& s, std::uint32_t v) {
  put16(s, v & 0xFFFF);
  put16(s, v >> 16);
}

struct Entry {
  std::string name;
  std::uint32_t method = 0, crc = 0, compressed_size = 0, size = 0;
  std::string data;  // compressed as `method` says
};

// Entries of the zip in `zip`, from its central directory (no zip64: a
// document's workbook is far below 4 GB).
std::vector<Entry> read_entries(std::string_view zip) {
  if (zip.size() < 22) bad("not a zip file");
  std::size_t end = zip.size() - 22;
  while (u32(zip, end) != 0x06054b50) {  // the end record, before a comment of at most 64 KB
    if (end == 0 || zip.size() - end > 22 + 0xFFFF) bad("no zip directory");
    --end;
  }
  const std::uint32_t count = u16(zip, end + 10);
  std::size_t at = u32(zip, end + 16);
  std::vector<Entry> entries;
  for (std::uint32_t i = 0; i < count; ++i) {
    if (u32(zip, at) != 0x02014b50) bad("broken zip directory");
    Entry e;
    e.method = u16(zip, at + 10);
    e.crc = u32(zip, at + 16);
    e.compressed_size = u32(zip, at + 20);
    e.size = u32(zip, at + 24);
    const std::uint32_t name_len = u16(zip, at + 28), extra_len = u16(zip, at + 30),
                        comment_len = u16(zip, at + 32);
    const std::size_t local = u32(zip, at + 42);
    if (at + 46 + name_len > zip.size()) bad("broken zip directory");
    e.name = std::string(zip.substr(at + 46, name_len));
    if (u32(zip, local) != 0x04034b50) bad("broken zip entry " + e.name);
    const std::size_t data = local + 30 + u16(zip, local + 26) + u16(zip, local + 28);
    if (data + e.compressed_size > zip.size()) bad("broken zip entry " + e.name);
    e.data = std::string(zip.substr(data, e.compressed_size));
    entries.push_back(std::move(e));
    at += 46 + name_len + extra_len + comment_len;
  }
  return entries;
}

std::string inflate_raw(const Entry& e) {
  if (e.method == 0) return e.data;
  if (e.method != 8) bad("zip method " + std::to_string(e.method) + " in " + e.name);
  std::string out(e.size, '\0');
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) bad("inflate");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(e.data.data()));
  z.avail_in = static_cast<uInt>(e.data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = inflate(&z, Z_FINISH);
  inflateEnd(&z);
  if (rc != Z_STREAM_END || z.total_out != e.size) bad("inflate " + e.name);
  return out;
}

void deflate_raw(Entry& e, const std::string& text) {
  z_stream z{};
  if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
    bad("deflate");
  std::string out(deflateBound(&z, text.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  z.avail_in = static_cast<uInt>(text.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) bad("deflate " + e.name);
  e.method = 8;
  e.data = std::move(out);
  e.compressed_size = static_cast<std::uint32_t>(e.data.size());
  e.size = static_cast<std::uint32_t>(text.size());
  e.crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())));
}

// The zip of `entries`, each dated 1980-01-01 00:00 (DOS date 0x0021).
std::string write_zip(const std::vector<Entry>& entries) {
  std::string out, directory;
  for (const Entry& e : entries) {
    const auto offset = static_cast<std::uint32_t>(out.size());
    for (std::string* s : {&out, &directory}) {
      const bool central = s == &directory;
      put32(*s, central ? 0x02014b50 : 0x04034b50);
      if (central) put16(*s, 20);  // made by: version 2.0
      put16(*s, 20);               // needed: version 2.0
      put16(*s, 0);                // flags
      put16(*s, e.method);
      put16(*s, 0);       // time
      put16(*s, 0x0021);  // date
      put32(*s, e.crc);
      put32(*s, e.compressed_size);
      put32(*s, e.size);
      put16(*s, static_cast<std::uint32_t>(e.name.size()));
      put16(*s, 0);  // extra
      if (central) {
        put16(*s, 0);  // comment
        put16(*s, 0);  // disk
        put16(*s, 0);  // internal attributes
        put32(*s, 0);  // external attributes
        put32(*s, offset);
      }
      *s += e.name;
    }
    out += e.data;
  }
  const auto directory_offset = static_cast<std::uint32_t>(out.size());
  out += directory;
  put32(out, 0x06054b50);
  put16(out, 0);
  put16(out, 0);
  put16(out, static_cast<std::uint32_t>(entries.size()));
  put16(out, static_cast<std::uint32_t>(entries.size()));
  put32(out, static_cast<std::uint32_t>(directory.size()));
  put32(out, directory_offset);
  put16(out, 0);
  return out;
}

}  // namespace

void omit_first_page_numbers(const std::filesystem::path& xlsx, const std::set<int>& sheets) {
  if (sheets.empty()) return;
  std::string zip;
  {
    std::ifstream in(xlsx, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (!in) bad(xlsx.string());
    zip = bytes.str();
  }
  std::vector<Entry> entries = read_entries(zip);
  for (int n : sheets)
    for (Entry& e : entries) {
      if (e.name != "xl/worksheets/sheet" + std::to_string(n) + ".xml") continue;
      std::string text = inflate_raw(e);
      const std::string plain = "<headerFooter>";
      if (auto at = text.find(plain); at != std::string::npos) {
        text.replace(at, plain.size(), "<headerFooter differentFirst=\"1\">");
        deflate_raw(e, text);
      }
    }
  // By name, so [Content_Types].xml comes first, as readers expect of OOXML.
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.name < b.name; });
  const std::string out = write_zip(entries);
  std::ofstream file(xlsx, std::ios::binary | std::ios::trunc);
  file.write(out.data(), static_cast<std::streamsize>(out.size()));
  file.close();
  if (!file) bad(xlsx.string());
}

}  // namespace baocao::render
