#include "engine/layout/page_json.hpp"

#include <cmath>
#include <cstdio>
#include <initializer_list>

#include "engine/document/document_json.hpp"

namespace baocao::layout {

namespace {

void str(std::string& out, std::string_view s) {
  doc::append_json_string(out, s);
}

void num(std::string& out, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", std::round(v * 100) / 100);
  out += buf;
}

const char* style_name(fonts::Style s) {
  switch (s) {
    case fonts::Style::regular:
      return "regular";
    case fonts::Style::bold:
      return "bold";
    case fonts::Style::italic:
      return "italic";
    case fonts::Style::bold_italic:
      return "bold_italic";
  }
  return "?";
}

// [a, b, ...], after ", " when `comma`.
void numbers(std::string& out, bool comma, std::initializer_list<double> values) {
  out += comma ? ", [" : "[";
  bool first = true;
  for (double v : values) {
    if (!first) out += ", ";
    num(out, v);
    first = false;
  }
  out += ']';
}

const char* flag(bool b) {
  return b ? "true" : "false";
}

}  // namespace

std::string to_json(const PagedDocument& d) {
  std::string out = "{\"title\": ";
  str(out, d.meta.title);
  out += ",\n\"pages\": [";
  for (std::size_t i = 0; i < d.pages.size(); ++i) {
    const Page& p = d.pages[i];
    out += i ? ",\n{" : "\n{";
    out += "\"width\": ";
    num(out, p.width);
    out += ", \"height\": ";
    num(out, p.height);
    out += ",\n \"table_parts\": [";
    for (std::size_t k = 0; k < p.table_parts.size(); ++k) {
      const TablePart& t = p.table_parts[k];
      out += k ? ",\n  {\"table\": " : "\n  {\"table\": ";
      str(out, t.table);
      out += ", \"starts\": " + std::string(flag(t.starts)) + ", \"ends\": " + flag(t.ends) +
             ", \"first_row\": " + std::to_string(t.first_row) + ", \"rows\": " + std::to_string(t.rows) +
             ", \"body_rows\": " + std::to_string(t.body_rows) + ", \"header\": " + flag(t.header) +
             ", \"split_row\": " + flag(t.split_row) + "}";
    }
    out += "],\n \"texts\": [";
    for (std::size_t k = 0; k < p.texts.size(); ++k) {
      const TextRun& t = p.texts[k];
      out += k ? ",\n  [" : "\n  [";
      num(out, t.x);
      out += ", ";
      num(out, t.y);
      out += ", ";
      num(out, t.size);
      out += ", \"";
      out += style_name(t.style);
      out += "\", ";
      str(out, t.text);
      out += ']';
    }
    out += "],\n \"rules\": [";
    for (std::size_t k = 0; k < p.rules.size(); ++k) {
      const Rule& r = p.rules[k];
      numbers(out, k > 0, {r.x1, r.y1, r.x2, r.y2});
    }
    out += "],\n \"boxes\": [";
    for (std::size_t k = 0; k < p.boxes.size(); ++k) {
      const Box& b = p.boxes[k];
      numbers(out, k > 0, {b.x, b.y, b.w, b.h});
    }
    out += "]}";
  }
  out += "\n]}\n";
  return out;
}

}  // namespace baocao::layout
