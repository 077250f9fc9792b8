// Errors carry their location and message id as fields (qpdf QPDFExc,
// Typst SourceDiagnostic): callers read fields, never parse strings, and the
// CLI renders them in the user's language at the very end.
#pragma once

#include <cstdint>
#include <exception>
#include <string>
#include <vector>

#include "engine/core/messages.hpp"

namespace baocao {

// Where a problem is. Fill what is known; format_location() picks the most
// precise form: "file, sheet 'S', ô D7", "file:12:5", "file, dòng 4, cột 'x'".
struct Location {
  std::string file;
  std::string sheet;
  std::string cell;          // A1 reference, with `sheet`
  int line = 0;              // 1-based; CSV row or template line
  int column = 0;            // 1-based
  std::int64_t offset = -1;  // byte offset, for binary or undecodable input
  std::string field;         // column name, with `line`, for tabular text files
  // The text of `line` (templates): quoted under the message with a caret
  // under `column`, so a clerk sees what is wrong without opening the file.
  std::string source_line;
};

inline Location at_file(std::string file) {
  Location l;
  l.file = std::move(file);
  return l;
}
inline Location at_line(std::string file, int line) {
  Location l = at_file(std::move(file));
  l.line = line;
  return l;
}

struct Diagnostic {
  MsgId id;
  std::vector<std::string> args;
  Location where;
};

// Exit status per error family (documented in README.md).
enum class ErrorFamily : int {
  usage = 2,     // bad command line
  input = 3,     // a file cannot be read or decoded
  data = 4,      // figures fail validation
  template_ = 5, // template syntax or evaluation
  font = 6,      // font missing or lacking a glyph
  output = 7,    // an output cannot be written
  internal = 70,
};

// The exception every stage throws. Holds one or more diagnostics so a
// reader can report all problems of a file at once.
class Error : public std::exception {
 public:
  Error(ErrorFamily family, Diagnostic diagnostic);
  Error(ErrorFamily family, std::vector<Diagnostic> diagnostics);

  ErrorFamily family() const { return family_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  int exit_status() const { return static_cast<int>(family_); }

  // All diagnostics rendered in `lang`, one per line.
  std::string render(Lang lang) const;
  // English rendering, for logs and test failure output.
  const char* what() const noexcept override { return what_.c_str(); }

 private:
  ErrorFamily family_;
  std::vector<Diagnostic> diagnostics_;
  std::string what_;
};

// "file, dòng 4: " style prefix for a location, empty when nothing is known.
std::string format_location(Lang lang, const Location& where);
std::string format_diagnostic(Lang lang, const Diagnostic& d);

// Shorthand for the common single-diagnostic throw.
[[noreturn]] void fail(ErrorFamily family, MsgId id, std::vector<std::string> args = {},
                       Location where = {});

// Throws `e` again with `file` as the file of each diagnostic that names
// none: a text layer's error knows the offset, its caller the file.
[[noreturn]] void rethrow_in_file(const Error& e, const std::string& file);

}  // namespace baocao
