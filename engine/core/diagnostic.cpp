#include "engine/core/diagnostic.hpp"

#include <utility>

namespace baocao {

namespace {
std::string render_all(Lang lang, const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) {
    if (!out.empty()) out += '\n';
    out += format_diagnostic(lang, d);
  }
  return out;
}
}  // namespace

Error::Error(ErrorFamily family, Diagnostic diagnostic)
    : Error(family, std::vector<Diagnostic>{std::move(diagnostic)}) {}

Error::Error(ErrorFamily family, std::vector<Diagnostic> diagnostics)
    : family_(family), diagnostics_(std::move(diagnostics)),
      what_(render_all(Lang::en, diagnostics_)) {}

std::string Error::render(Lang lang) const { return render_all(lang, diagnostics_); }

std::string format_location(Lang lang, const Location& w) {
  if (w.file.empty()) return {};
  if (!w.cell.empty()) return message(lang, MsgId::loc_file_sheet_cell, {w.file, w.sheet, w.cell});
  if (w.line > 0 && w.column > 0)
    return message(lang, MsgId::loc_file_line_col,
                   {w.file, std::to_string(w.line), std::to_string(w.column)});
  if (w.line > 0 && !w.field.empty())
    return message(lang, MsgId::loc_file_row_column, {w.file, std::to_string(w.line), w.field});
  if (w.line > 0) return message(lang, MsgId::loc_file_row, {w.file, std::to_string(w.line)});
  if (w.offset >= 0) return message(lang, MsgId::loc_file_offset, {w.file, std::to_string(w.offset)});
  return w.file;
}

// "   12 | {{ ty_lee }}" and a caret under the column: tabs are copied so
// the caret lines up in any terminal; other characters count as one column.
static std::string format_snippet(const Location& w) {
  if (w.source_line.empty() || w.line <= 0 || w.column <= 0) return {};
  std::string number = std::to_string(w.line);
  std::string out = "\n " + number + " | " + w.source_line + "\n " + std::string(number.size(), ' ') + " | ";
  int column = 1;
  for (std::size_t i = 0; i < w.source_line.size() && column < w.column; ++i) {
    unsigned char c = static_cast<unsigned char>(w.source_line[i]);
    if ((c & 0xC0) == 0x80) continue;
    out += c == '\t' ? '\t' : ' ';
    ++column;
  }
  out.append(static_cast<std::size_t>(w.column - column), ' ');
  return out + "^";
}

std::string format_diagnostic(Lang lang, const Diagnostic& d) {
  std::string where = format_location(lang, d.where);
  std::string text = message(lang, d.id, d.args);
  return (where.empty() ? text : where + ": " + text) + format_snippet(d.where);
}

void fail(ErrorFamily family, MsgId id, std::vector<std::string> args, Location where) {
  throw Error(family, Diagnostic{id, std::move(args), std::move(where)});
}

void rethrow_in_file(const Error& e, const std::string& file) {
  std::vector<Diagnostic> named = e.diagnostics();
  for (Diagnostic& d : named)
    if (d.where.file.empty()) d.where.file = file;
  throw Error(e.family(), std::move(named));
}

}  // namespace baocao
