// Writing HTML on the server: every piece of text that did not come from
// this file goes through esc() (names of units and files come from users),
// every value in a URL through url_encode(). Small helpers keep the pages
// readable; there is no template engine and no JavaScript.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace baocao::server {

// Text for an element or a quoted attribute: & < > " ' escaped.
std::string esc(std::string_view text);
// A query value or path segment: everything but unreserved characters percent-encoded.
std::string url_encode(std::string_view text);
std::string url_decode(std::string_view text);

// Accumulates a page's body.
class Html {
 public:
  Html& raw(std::string_view markup) {
    out_ += markup;
    return *this;
  }
  Html& text(std::string_view t) {
    out_ += esc(t);
    return *this;
  }
  // <tag attrs>escaped text</tag>; `attrs` are written as given (callers escape values).
  Html& el(std::string_view tag, std::string_view text, std::string_view attrs = {});
  Html& link(std::string_view href, std::string_view text, std::string_view attrs = {});
  // A table's opening up to its first body row: the scrolling wrapper, the
  // table (with `table_class` when given) and one header cell per column,
  // escaped; a numeric column's header is right-aligned like its cells.
  struct Column {
    std::string text;
    bool numeric = false;
  };
  Html& table_start(const std::vector<Column>& columns, std::string_view table_class = {});
  // Closes what table_start opened.
  Html& table_end() { return raw("</tbody></table></div>"); }
  const std::string& str() const { return out_; }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

}  // namespace baocao::server
