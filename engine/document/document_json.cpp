// Hand-written writer: no JSON library decides key order or number format.
#include "engine/document/document_json.hpp"

#include <charconv>
#include <cstdio>

namespace baocao::doc {

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

namespace {

class Writer {
 public:
  std::string out;

  void str(std::string_view s) { append_json_string(out, s); }
  void num(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
  }
  void indent() { out.append(static_cast<std::size_t>(depth_ * 2), ' '); }

  // Objects and arrays with one member per line.
  void open(char c) {
    out += c;
    ++depth_;
    first_ = true;
  }
  void close(char c) {
    --depth_;
    if (!first_) {
      out += '\n';
      indent();
    }
    out += c;
    first_ = false;
  }
  void key(std::string_view k) {
    item();
    str(k);
    out += ": ";
  }
  void item() {
    if (!first_) out += ',';
    out += '\n';
    indent();
    first_ = false;
  }

 private:
  int depth_ = 0;
  bool first_ = true;
};

const char* align_name(Align a) {
  switch (a) {
    case Align::left:
      return "left";
    case Align::center:
      return "center";
    case Align::right:
      return "right";
    case Align::justify:
      return "justify";
  }
  return "?";
}

const char* kind_name(ValueKind k) {
  switch (k) {
    case ValueKind::text:
      return "text";
    case ValueKind::integer:
      return "integer";
    case ValueKind::decimal:
      return "decimal";
    case ValueKind::percent:
      return "percent";
    case ValueKind::date:
      return "date";
  }
  return "?";
}

void spans(Writer& w, const Spans& ss) {
  w.open('[');
  for (const Span& s : ss) {
    w.item();
    // A span is one line: {"text": "...", "bold": true}; plain text omits the flags.
    w.out += "{\"text\": ";
    w.str(s.text);
    if (s.bold) w.out += ", \"bold\": true";
    if (s.italic) w.out += ", \"italic\": true";
    w.out += '}';
  }
  w.close(']');
}

void strings(Writer& w, const std::vector<std::string>& v) {
  w.open('[');
  for (const auto& s : v) {
    w.item();
    w.str(s);
  }
  w.close(']');
}

void rows(Writer& w, const std::vector<Row>& rs) {
  w.open('[');
  for (const Row& r : rs) {
    w.item();
    w.open('[');
    for (const Cell& c : r.cells) {
      w.item();
      w.open('{');
      w.key("content");
      spans(w, c.content);
      if (c.value) {
        w.key("value");
        w.num(*c.value);
      }
      if (c.kind != ValueKind::text) {
        w.key("kind");
        w.str(kind_name(c.kind));
      }
      w.key("align");
      w.str(align_name(c.align));
      if (c.col_span != 1) {
        w.key("col_span");
        w.num(c.col_span);
      }
      if (c.row_span != 1) {
        w.key("row_span");
        w.num(c.row_span);
      }
      if (c.derived != Derived::none) {
        w.key("derived");
        w.str(c.derived == Derived::column_sum ? "column_sum" : "ratio");
        if (c.derived == Derived::ratio) {
          w.key("numerator_offset");
          w.num(c.numerator_offset);
          w.key("denominator_offset");
          w.num(c.denominator_offset);
        }
      }
      w.close('}');
    }
    w.close(']');
  }
  w.close(']');
}

void blocks(Writer& w, const std::vector<Block>& bs) {
  w.open('[');
  for (const Block& b : bs) {
    w.item();
    w.open('{');
    if (auto* h = std::get_if<Heading>(&b)) {
      w.key("type"), w.str("heading");
      w.key("level"), w.num(h->level);
      w.key("number"), w.str(h->number);
      w.key("bold"), w.out += h->bold ? "true" : "false";
      w.key("italic"), w.out += h->italic ? "true" : "false";
      w.key("title"), spans(w, h->title);
    } else if (auto* p = std::get_if<Paragraph>(&b)) {
      w.key("type"), w.str("paragraph");
      w.key("align"), w.str(align_name(p->align));
      w.key("first_line_indent"), w.out += p->first_line_indent ? "true" : "false";
      w.key("spans"), spans(w, p->spans);
    } else if (auto* l = std::get_if<List>(&b)) {
      w.key("type"), w.str("list");
      w.key("marker"), w.str(l->marker);
      if (!l->label.empty()) w.key("label"), w.str(l->label);
      w.key("items");
      w.open('[');
      for (const auto& item : l->items) w.item(), spans(w, item);
      w.close(']');
    } else if (auto* t = std::get_if<Table>(&b)) {
      w.key("type"), w.str("table");
      w.key("id"), w.str(t->id);
      w.key("caption"), spans(w, t->caption);
      w.key("column_widths_mm");
      w.open('[');
      for (double mm : t->column_widths_mm) w.item(), w.num(mm);
      w.close(']');
      if (!t->column_targets.empty()) {
        w.key("column_targets");
        w.open('[');
        for (const auto& v : t->column_targets) {
          w.item();
          if (v)
            w.num(*v);
          else
            w.out += "null";
        }
        w.close(']');
      }
      w.key("header_rows"), rows(w, t->header_rows);
      w.key("body_rows"), rows(w, t->body_rows);
      w.key("footer_rows"), rows(w, t->footer_rows);
    } else if (std::get_if<PageBreak>(&b)) {
      w.key("type"), w.str("page_break");
    } else if (auto* c = std::get_if<Chart>(&b)) {
      w.key("type"), w.str("chart");
      w.key("id"), w.str(c->id);
      w.key("caption"), spans(w, c->caption);
      w.key("categories"), strings(w, c->categories);
      w.key("values");
      w.open('[');
      for (const auto& v : c->values) {
        w.item();
        if (v)
          w.num(*v);
        else
          w.out += "null";
      }
      w.close(']');
      if (c->target) w.key("target"), w.num(*c->target);
      if (!c->targets.empty()) {
        w.key("targets");
        w.open('[');
        for (const auto& v : c->targets) {
          w.item();
          if (v)
            w.num(*v);
          else
            w.out += "null";
        }
        w.close(']');
      }
      w.key("value_label"), w.str(c->value_label);
      w.key("target_label"), w.str(c->target_label);
    }
    w.close('}');
  }
  w.close(']');
}

}  // namespace

std::string to_json(const Document& d) {
  Writer w;
  w.open('{');
  w.key("meta");
  w.open('{');
  w.key("title"), w.str(d.meta.title);
  w.key("author"), w.str(d.meta.author);
  w.key("subject"), w.str(d.meta.subject);
  w.key("keywords"), w.str(d.meta.keywords);
  w.close('}');
  w.key("style");
  w.open('{');
  w.key("body_size"), w.num(d.style.body_size);
  w.key("line_spacing"), w.num(d.style.line_spacing);
  w.key("first_indent_mm"), w.num(d.style.first_indent_mm);
  w.key("paragraph_gap"), w.num(d.style.paragraph_gap);
  w.close('}');
  w.key("header");
  w.open('{');
  w.key("governing_body"), w.str(d.header.governing_body);
  w.key("issuing_body"), w.str(d.header.issuing_body);
  w.key("number_symbol"), w.str(d.header.number_symbol);
  w.key("place"), w.str(d.header.place);
  w.key("date"), w.str(to_iso(d.header.date));
  w.key("doc_type"), w.str(d.header.doc_type);
  w.key("summary_lines"), strings(w, d.header.summary_lines);
  w.close('}');
  w.key("body"), blocks(w, d.body);
  w.key("recipients"), strings(w, d.recipients.items);
  w.key("signature");
  w.open('{');
  w.key("authority_lines"), strings(w, d.signature.authority_lines);
  w.key("signer_name"), w.str(d.signature.signer_name);
  w.close('}');
  w.key("appendices");
  w.open('[');
  for (const Appendix& a : d.appendices) {
    w.item();
    w.open('{');
    w.key("title_lines"), strings(w, a.title_lines);
    w.key("landscape"), w.out += a.landscape ? "true" : "false";
    w.key("blocks"), blocks(w, a.blocks);
    w.close('}');
  }
  w.close(']');
  w.close('}');
  return w.out + "\n";
}

}  // namespace baocao::doc
