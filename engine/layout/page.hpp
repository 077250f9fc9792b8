// What layout produces and renderers paint: pages of text runs and rules at
// fixed positions (Typst's frames). Units are PDF points (1/72 inch); y runs
// down from the top edge of the page. Renderers never move anything.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "engine/core/civil_date.hpp"
#include "engine/document/document.hpp"
#include "engine/fonts/font_set.hpp"

namespace baocao::layout {

struct TextRun {
  double x = 0;  // left edge
  double y = 0;  // baseline
  fonts::Style style = fonts::Style::regular;
  double size = 14;
  std::string text;  // UTF-8 NFC, never empty
};

// RGB, each 0-1. Documents are black; charts need a few colours.
struct Color {
  double r = 0, g = 0, b = 0;
  bool operator==(const Color&) const = default;
};

struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color{};
};

// A filled rectangle (chart bars, legend keys); y is its top edge.
struct Box {
  double x = 0, y = 0, w = 0, h = 0;
  Color fill{};
};

// What of a table a page holds. Layout records it so that tests and tools
// can check pagination (how many body rows each part keeps) without reading
// pixels; renderers ignore it.
struct TablePart {
  std::string table;           // the table's id
  bool starts = false;         // the table begins on this page (caption, if any, here)
  bool ends = false;           // the table ends on this page (its total rows, if any, here)
  std::size_t first_row = 0;   // index of the first body row here
  std::size_t rows = 0;        // body rows printed here, wholly or in part
  std::size_t body_rows = 0;   // the table's body rows in all
  bool header = false;         // header rows printed here
  bool split_row = false;      // a row here is taller than a page and continues across pages
};

struct Page {
  double width = 0;
  double height = 0;
  std::vector<TextRun> texts;
  std::vector<Rule> rules;
  std::vector<Box> boxes;  // painted first, under rules and text
  // the room left for the hand signature and seal between the
  // signer's position and name (ND30 box 7), so a digital signature's
  // appearance can land on it; empty on pages without a signature block.
  std::optional<Box> signature_room;
  std::vector<TablePart> table_parts;
  // Where the văn thư's number and date go at issuance (ND30 boxes 3 and
  // 4), left blank by layout: the gap for the number in "Số:      /BC-UBND"
  // and, when the document is not dated yet, the room for "ngày … năm …"
  // after the place. Each is one line high: 1.2 × the size of its text.
  // Empty when the number or date is printed.
  std::optional<Box> number_room;
  std::optional<Box> date_room;
};

struct PagedDocument {
  doc::Metadata meta;
  CivilDate date;
  std::vector<Page> pages;
};

constexpr double mm_to_pt(double mm) {
  return mm * 72.0 / 25.4;
}
constexpr double pt_to_mm(double pt) {
  return pt * 25.4 / 72.0;
}

}  // namespace baocao::layout
