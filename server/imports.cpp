#include "server/imports.hpp"

namespace baocao::server {

cycle::ImportOptions upload_import(const std::filesystem::path& file, const std::string& name) {
  cycle::ImportOptions o;
  o.shown_names[file] = name;
  o.max_errors = 200;
  o.xlsx_limits.max_total_bytes = 64ull << 20;
  o.xlsx_limits.max_entries = 1'000;
  o.xlsx_limits.max_cells = 1'000'000;
  o.csv_limits.max_line_bytes = 64u << 10;
  return o;
}

}  // namespace baocao::server
