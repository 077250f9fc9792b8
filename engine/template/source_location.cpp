// Positions to Locations; every template error goes through here.
#include "engine/template/source_location.hpp"

namespace baocao::tmpl {

Location locate(const SourceFile& src, Pos pos) {
  Location l;
  l.file = src.name;
  l.line = pos.line;
  int column = 1;
  if (pos.line >= 1 && pos.line <= static_cast<int>(src.lines.size())) {
    const std::string& line = src.lines[static_cast<std::size_t>(pos.line - 1)];
    for (int i = 0; i < pos.byte && i < static_cast<int>(line.size()); ++i)
      if ((static_cast<unsigned char>(line[static_cast<std::size_t>(i)]) & 0xC0) != 0x80) ++column;
    l.source_line = line;
  }
  l.column = column;
  return l;
}

void fail_at(const SourceFile& src, Pos pos, MsgId id, std::vector<std::string> args) {
  throw Error(ErrorFamily::template_, Diagnostic{id, std::move(args), locate(src, pos)});
}

}  // namespace baocao::tmpl
