// The parsed template: a header of ND30 fields and a body of line-level
// nodes (markup lines and {% %} statements). Plain data; parser.cpp builds
// it, evaluator.cpp walks it. Every node keeps its position for errors.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "engine/template/value.hpp"

namespace baocao::tmpl {

// One source file, kept so errors can quote the offending line.
struct SourceFile {
  std::string name;                // as shown in messages
  std::vector<std::string> lines;  // without line ends
};

struct Pos {
  int line = 0;  // 1-based
  int byte = 0;  // 0-based byte offset in the line
};

struct Expr;
using ExprPtr = std::shared_ptr<const Expr>;

struct Expr {
  enum class Op { literal, name, attr, index, call, filter, unary, binary, cond, list };
  Op op = Op::literal;
  Pos pos;
  Value literal;
  std::string name;           // variable, attribute, function, filter or operator
  std::vector<ExprPtr> args;  // operands; for filter args[0] is the subject
};

// Text with **bold**, *italic* and {{ expressions }}.
struct Inline {
  enum class Kind { text, expr, bold, italic };
  Kind kind = Kind::text;
  std::string text;
  ExprPtr expr;
  Pos pos;
};
using Inlines = std::vector<Inline>;

// A table cell as written: content, or a merge marker.
struct CellSource {
  enum class Merge { none, left, up };  // "<" joins the cell to its left, "^" to the one above
  Merge merge = Merge::none;
  Inlines content;
  Pos pos;
};

struct Node;
using Nodes = std::vector<Node>;

struct Node {
  enum class Kind {
    blank,
    paragraph,
    heading,
    list_item,
    row,
    header_rule,
    footer_rule,
    directive,
    if_,
    for_,
    set,
    include,
    macro,
    call
  };
  Kind kind = Kind::blank;
  Pos pos;
  int level = 0;                    // heading level 1-3
  std::string number;               // heading number as written ("I."), empty = automatic
  Inlines text;                     // paragraph, heading, list item, directive argument
  std::vector<CellSource> cells;    // row
  std::vector<doc::Align> aligns;   // header_rule: per-column alignment; justify = automatic
  std::string name;                 // directive, set/for variable, macro/call name, include path
  std::vector<std::string> params;  // macro parameters
  std::vector<ExprPtr> conditions;  // if: one per branch; nullptr for else
  std::vector<Nodes> branches;      // if: bodies; for/macro: branches[0]
  ExprPtr expr;                     // for: iterable; set: value
  std::vector<ExprPtr> args;        // call arguments
};

struct HeaderEntry {
  std::string key;
  Pos pos;
  Inlines value;
};

struct Template {
  std::shared_ptr<const SourceFile> source;
  std::vector<HeaderEntry> header;
  Nodes body;
};

}  // namespace baocao::tmpl
