// Limits of the template language, in one place with the reason for each
// (SQLite's sqliteLimit.h): a template is text a clerk edits, so a typo or a
// hostile file must end in a clear error, never in a hang or a stack overflow.
#pragma once

#include <cstddef>

namespace baocao::tmpl {

struct Limits {
  // Bytes of one template file: real templates are a few KB; this keeps a
  // mistaken `{% include "data.csv" %}` from loading megabytes as markup.
  std::size_t max_file_bytes = 1 << 20;
  // Nested includes: templates include shared parts one or two deep.
  int max_include_depth = 16;
  // Nested macro calls, including recursion: bounds the evaluator's stack.
  int max_call_depth = 64;
  // Nesting of {% if %} / {% for %} / brackets inside one expression: bounds
  // the parser's recursion, so `((((...` from a fuzzer cannot overflow the stack.
  int max_nesting = 64;
  // Tokens in one {{ }} or {% %}: a long chain `1+1+1+...` builds a deep
  // tree that the evaluator (and the tree's destructor) walk recursively.
  int max_expression_tokens = 1000;
  // Loop iterations over the whole evaluation: 60 communes x 10 indicators x
  // a few tables is ~10^4; a runaway nested loop stops here.
  long max_loop_iterations = 200000;
  // Bytes of one text value and items of one list: `{% set s = s ~ s %}`
  // in a loop doubles each time and would exhaust memory long before the
  // loop bound.
  std::size_t max_value_size = 1 << 20;
  // Blocks and table rows produced: a document stays printable.
  long max_output_items = 200000;
  // Bytes of text a template puts in its document, over the whole
  // evaluation: the loop bound alone let a 1 MB value printed 200 times make
  // 200 MB (2.4 GB of memory on the way, bad_alloc at 2,000). A country's
  // consolidated report (3,321 communes) is under 1 MB; 16 MiB is a wide
  // margin. `--max-output-bytes N` changes it.
  std::size_t max_output_bytes = std::size_t{16} << 20;
  // Bytes that filters, functions and '~' read and make, over the whole
  // evaluation: a bound on work, not only on iterations (`chu_hoa` of 0.5 MB
  // 5,000 times, within the loop bound, took a minute). Real templates do a
  // few MB of such work (a country's consolidated report about 2 MB); 64 MiB
  // is a wide margin and a second or two of work. `--max-template-work N`
  // changes it.
  std::size_t max_work_bytes = std::size_t{64} << 20;

  friend bool operator==(const Limits&, const Limits&) = default;
};

}  // namespace baocao::tmpl
