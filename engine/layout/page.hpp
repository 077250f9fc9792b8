// What layout produces and renderers paint: pages of text runs and rules at
// fixed positions (Typst's frames). Units are PDF points (1/72 inch); y runs
// down from the top edge of the page. Renderers never move anything.
#pragma once

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

struct Rule {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
};

struct Page {
  double width = 0;
  double height = 0;
  std::vector<TextRun> texts;
  std::vector<Rule> rules;
};

struct PagedDocument {
  doc::Metadata meta;
  CivilDate date;
  std::vector<Page> pages;
};

constexpr double mm_to_pt(double mm) { return mm * 72.0 / 25.4; }
constexpr double pt_to_mm(double pt) { return pt * 25.4 / 72.0; }

}  // namespace baocao::layout
