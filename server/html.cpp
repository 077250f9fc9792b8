#include "server/html.hpp"

namespace baocao::server {

std::string esc(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 16);
  for (char c : text) switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  return out;
}

std::string url_encode(std::string_view text) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : text) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  return out;
}

std::string url_decode(std::string_view text) {
  auto value = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() && value(text[i + 1]) >= 0 && value(text[i + 2]) >= 0) {
      out += static_cast<char>(value(text[i + 1]) * 16 + value(text[i + 2]));
      i += 2;
    } else if (text[i] == '+') {
      out += ' ';
    } else {
      out += text[i];
    }
  }
  return out;
}

Html& Html::table_start(const std::vector<Column>& columns, std::string_view table_class) {
  out_ += "<div class=\"table-wrap\"><table";
  if (!table_class.empty()) out_ += " class=\"" + esc(table_class) + "\"";
  out_ += "><thead><tr>";
  for (const Column& c : columns) {
    out_ += c.numeric ? "<th class=\"num\">" : "<th>";
    out_ += esc(c.text);
    out_ += "</th>";
  }
  out_ += "</tr></thead><tbody>";
  return *this;
}

Html& Html::el(std::string_view tag, std::string_view text, std::string_view attrs) {
  out_ += '<';
  out_ += tag;
  if (!attrs.empty()) {
    out_ += ' ';
    out_ += attrs;
  }
  out_ += '>';
  out_ += esc(text);
  out_ += "</";
  out_ += tag;
  out_ += '>';
  return *this;
}

Html& Html::link(std::string_view href, std::string_view text, std::string_view attrs) {
  out_ += "<a href=\"";
  out_ += esc(href);
  out_ += '"';
  if (!attrs.empty()) {
    out_ += ' ';
    out_ += attrs;
  }
  out_ += '>';
  out_ += esc(text);
  out_ += "</a>";
  return *this;
}

}  // namespace baocao::server
