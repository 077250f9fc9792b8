// Line-level parser: classifies each line, parses its inline text and
// expressions, and nests {% %} blocks. A bad line is recorded and parsing
// goes on, so one run reports every syntax error of the file.
#include "engine/template/parser.hpp"

#include <memory>

#include "engine/template/expr_parser.hpp"
#include "engine/template/source_location.hpp"

namespace baocao::tmpl {

namespace {

using Kind = Node::Kind;

Node make_node(Node::Kind kind, Pos pos) {
  Node n;
  n.kind = kind;
  n.pos = pos;
  return n;
}

bool is_space(char c) {
  return c == ' ' || c == '\t';
}

// Byte range of `line` without leading and trailing blanks.
std::pair<int, int> trimmed(const std::string& line, int b, int e) {
  while (b < e && is_space(line[static_cast<std::size_t>(b)])) ++b;
  while (e > b && is_space(line[static_cast<std::size_t>(e - 1)])) --e;
  return {b, e};
}

bool starts(const std::string& line, int at, std::string_view s) {
  return line.compare(static_cast<std::size_t>(at), s.size(), s) == 0;
}

// End of a {{ ... }} that opens at `open`: the byte after "}}", skipping
// quoted strings; -1 when never closed.
int close_of_expression(const std::string& line, int open, int end) {
  char quote = 0;
  for (int i = open + 2; i < end; ++i) {
    char c = line[static_cast<std::size_t>(i)];
    if (quote) {
      if (c == '\\')
        ++i;
      else if (c == quote)
        quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '}' && i + 1 < end && line[static_cast<std::size_t>(i + 1)] == '}') {
      return i + 2;
    }
  }
  return -1;
}

bool is_punct(char c) {
  return c != 0 && static_cast<unsigned char>(c) < 0x80 && !(c >= '0' && c <= '9') &&
         !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !is_space(c);
}

class LineParser {
 public:
  LineParser(const SourceFile& src, const Limits& limits) : src_(src), limits_(limits) {}

  const std::string& line(int n) const { return src_.lines[static_cast<std::size_t>(n - 1)]; }

  // Text with escapes, {{ }}, {# #} and (when `markup`) ** and *.
  Inlines inlines(int n, int b, int e, bool markup) {
    const std::string& l = line(n);
    Inlines out;
    std::string text;
    int text_at = b;
    auto flush = [&] {
      if (!text.empty()) out.push_back({Inline::Kind::text, std::move(text), nullptr, {n, text_at}});
      text.clear();
    };
    int bold_at = -1, italic_at = -1;
    for (int i = b; i < e;) {
      char c = l[static_cast<std::size_t>(i)];
      if (text.empty()) text_at = i;
      if (c == '\\' && i + 1 < e && is_punct(l[static_cast<std::size_t>(i + 1)])) {
        text += l[static_cast<std::size_t>(i + 1)];
        i += 2;
      } else if (starts(l, i, "{{")) {
        int close = close_of_expression(l, i, e);
        if (close < 0) fail_at(src_, {n, i}, MsgId::tpl_unclosed, {"{{", std::to_string(n), "}}"});
        flush();
        ExprParser p(src_, n, i + 2, close - 2, limits_);
        ExprPtr ex = p.expression();
        p.expect_end();
        out.push_back({Inline::Kind::expr, {}, std::move(ex), {n, i + 2}});
        i = close;
      } else if (starts(l, i, "{#")) {
        auto close = l.find("#}", static_cast<std::size_t>(i + 2));
        if (close == std::string::npos || static_cast<int>(close) + 2 > e)
          fail_at(src_, {n, i}, MsgId::tpl_unclosed, {"{#", std::to_string(n), "#}"});
        i = static_cast<int>(close) + 2;
      } else if (starts(l, i, "{%")) {
        fail_at(src_, {n, i}, MsgId::tpl_statement_inline);
      } else if (markup && starts(l, i, "**")) {
        flush();
        out.push_back({Inline::Kind::bold, {}, nullptr, {n, i}});
        bold_at = bold_at < 0 ? i : -1;
        i += 2;
      } else if (markup && c == '*') {
        flush();
        out.push_back({Inline::Kind::italic, {}, nullptr, {n, i}});
        italic_at = italic_at < 0 ? i : -1;
        i += 1;
      } else {
        text += c;
        ++i;
      }
    }
    flush();
    if (bold_at >= 0) fail_at(src_, {n, bold_at}, MsgId::tpl_unclosed, {"**", std::to_string(n), "**"});
    if (italic_at >= 0) fail_at(src_, {n, italic_at}, MsgId::tpl_unclosed, {"*", std::to_string(n), "*"});
    return out;
  }

  Node heading(int n, int b, int e) {
    const std::string& l = line(n);
    Node node = make_node(Kind::heading, {n, b});
    while (b < e && l[static_cast<std::size_t>(b)] == '#') ++b, ++node.level;
    if (node.level > 4)
      fail_at(src_, {n, node.pos.byte}, MsgId::tpl_syntax, {"đề mục chỉ có 4 cấp: #, ##, ###, ####"});
    auto [tb, te] = trimmed(l, b, e);
    // A written number then a space: "I." "IV." "A." "Đ." "1." "12." "2.1."
    // "2.1" "a)" "đ)" "-" "+".
    const int end = te;  // a structured binding cannot be captured (clang 14)
    auto at = [&](int k) { return k < end ? l[static_cast<std::size_t>(k)] : '\0'; };
    auto digit = [&](int k) { return at(k) >= '0' && at(k) <= '9'; };
    int k = tb;  // one past the number
    if (digit(k)) {
      while (digit(k) || (at(k) == '.' && digit(k + 1))) ++k;
      bool inner_dot = std::string_view(l).substr(static_cast<std::size_t>(tb), static_cast<std::size_t>(k - tb))
                           .find('.') != std::string_view::npos;
      if (at(k) == '.') ++k;
      else if (!inner_dot) k = tb;  // "2025 ..." is a title, not a number
    } else if (std::string_view("IVXLC").find(at(k)) != std::string_view::npos && at(k) != '\0') {
      while (at(k) != '\0' && std::string_view("IVXLC").find(at(k)) != std::string_view::npos) ++k;
      k = at(k) == '.' ? k + 1 : tb;
    } else if ((at(k) >= 'A' && at(k) <= 'Z') || starts(l, k, "Đ")) {
      k += starts(l, k, "Đ") ? 2 : 1;
      k = at(k) == '.' ? k + 1 : tb;
    } else if ((at(k) >= 'a' && at(k) <= 'z') || starts(l, k, "đ")) {
      k += starts(l, k, "đ") ? 2 : 1;
      k = at(k) == ')' ? k + 1 : tb;
    } else if (at(k) == '-' || at(k) == '+') {
      ++k;
    }
    if (k > tb && k < te && is_space(at(k))) {
      node.number = l.substr(static_cast<std::size_t>(tb), static_cast<std::size_t>(k - tb));
      tb = k;
      while (tb < te && is_space(l[static_cast<std::size_t>(tb)])) ++tb;
    }
    node.text = inlines(n, tb, te, true);
    return node;
  }

  Node row(int n, int b, int e) {
    const std::string& l = line(n);
    Node node = make_node(Kind::row, {n, b});
    std::vector<std::pair<int, int>> cells;
    int start = b + 1;
    for (int i = b + 1; i <= e; ++i) {
      if (i < e && l[static_cast<std::size_t>(i)] == '\\') {
        ++i;
        continue;
      }
      if (i < e && starts(l, i, "{{")) {
        int close = close_of_expression(l, i, e);
        if (close < 0) fail_at(src_, {n, i}, MsgId::tpl_unclosed, {"{{", std::to_string(n), "}}"});
        i = close - 1;
        continue;
      }
      if (i == e || l[static_cast<std::size_t>(i)] == '|') {
        if (i == e && trimmed(l, start, e).first == e) break;  // nothing after the last '|'
        cells.push_back({start, i});
        start = i + 1;
      }
    }
    bool rule = !cells.empty(), footer = !cells.empty();
    for (auto [cb, ce] : cells) {
      auto [tb, te] = trimmed(l, cb, ce);
      std::string_view t(l.data() + tb, static_cast<std::size_t>(te - tb));
      bool dashes = !t.empty(), equals = !t.empty();
      for (std::size_t k = 0; k < t.size(); ++k) {
        bool colon = t[k] == ':' && (k == 0 || k + 1 == t.size());
        if (t[k] != '-' && !colon) dashes = false;
        if (t[k] != '=') equals = false;
      }
      rule = rule && dashes;
      footer = footer && equals;
    }
    if (footer) {
      node.kind = Kind::footer_rule;
      return node;
    }
    if (rule) {
      node.kind = Kind::header_rule;
      for (auto [cb, ce] : cells) {
        auto [tb, te] = trimmed(l, cb, ce);
        bool left = l[static_cast<std::size_t>(tb)] == ':',
             right = l[static_cast<std::size_t>(te - 1)] == ':';
        node.aligns.push_back(left && right ? doc::Align::center
                              : right       ? doc::Align::right
                              : left        ? doc::Align::left
                                            : doc::Align::justify);
      }
      return node;
    }
    for (auto [cb, ce] : cells) {
      auto [tb, te] = trimmed(l, cb, ce);
      CellSource c;
      c.pos = {n, tb};
      std::string_view t(l.data() + tb, static_cast<std::size_t>(te - tb));
      if (t == "<")
        c.merge = CellSource::Merge::left;
      else if (t == "^")
        c.merge = CellSource::Merge::up;
      else
        c.content = inlines(n, tb, te, true);
      node.cells.push_back(std::move(c));
    }
    return node;
  }

  Node directive(int n, int b, int e) {
    const std::string& l = line(n);
    Node node = make_node(Kind::directive, {n, b});
    int k = b + 1;
    while (k < e && (l[static_cast<std::size_t>(k)] == '_' ||
                     (l[static_cast<std::size_t>(k)] >= 'a' && l[static_cast<std::size_t>(k)] <= 'z')))
      ++k;
    node.name = l.substr(static_cast<std::size_t>(b + 1), static_cast<std::size_t>(k - b - 1));
    auto [tb, te] = trimmed(l, k, e);
    node.text = inlines(n, tb, te, true);
    return node;
  }

  const SourceFile& src_;
  const Limits& limits_;
};

struct Frame {
  Node node;
  std::string opener;  // "if", "for", "macro"
  bool seen_else = false;
};

class TemplateParser {
 public:
  TemplateParser(std::shared_ptr<const SourceFile> src, const Limits& limits)
      : src_(std::move(src)), limits_(limits), lines_(*src_, limits) {}

  Template run() {
    Template t;
    t.source = src_;
    int n = 1;
    const int count = static_cast<int>(src_->lines.size());
    if (count >= 1 &&
        trimmed(src_->lines[0], 0, static_cast<int>(src_->lines[0].size())) == std::pair<int, int>{0, 3} &&
        src_->lines[0].substr(0, 3) == "---") {
      for (n = 2; n <= count; ++n) {
        const std::string& l = src_->lines[static_cast<std::size_t>(n - 1)];
        const auto range = trimmed(l, 0, static_cast<int>(l.size()));
        const int b = range.first, e = range.second;  // not a structured binding: the lambda captures them
        if (e - b == 3 && starts(l, b, "---")) break;
        if (b == e || l[static_cast<std::size_t>(b)] == '#') continue;
        guard([&] { t.header.push_back(header_entry(n, b, e)); });
      }
      if (n > count) problems_.push_back({MsgId::tpl_unclosed, {"---", "1", "---"}, locate(*src_, {1, 0})});
      ++n;
    }
    for (; n <= count; ++n) {
      const std::string& l = src_->lines[static_cast<std::size_t>(n - 1)];
      guard([&] { line(n, l, t.body); });
    }
    while (!frames_.empty()) {
      const Frame& f = *frames_.back();
      problems_.push_back({MsgId::tpl_unclosed,
                           {f.opener, std::to_string(f.node.pos.line), "end" + f.opener},
                           locate(*src_, f.node.pos)});
      frames_.pop_back();
    }
    if (!problems_.empty()) throw Error(ErrorFamily::template_, std::move(problems_));
    return t;
  }

 private:
  template <class F>
  void guard(F&& f) {
    try {
      f();
    } catch (const Error& e) {
      for (const auto& d : e.diagnostics())
        if (problems_.size() < 50) problems_.push_back(d);
    }
  }

  HeaderEntry header_entry(int n, int b, int e) {
    const std::string& l = src_->lines[static_cast<std::size_t>(n - 1)];
    auto colon = l.find(':', static_cast<std::size_t>(b));
    if (colon == std::string::npos || static_cast<int>(colon) >= e)
      fail_at(*src_, {n, b}, MsgId::tpl_expected,
              {"tên_trường: giá trị", l.substr(static_cast<std::size_t>(b))});
    HeaderEntry h;
    auto [kb, ke] = trimmed(l, b, static_cast<int>(colon));
    h.key = l.substr(static_cast<std::size_t>(kb), static_cast<std::size_t>(ke - kb));
    h.pos = {n, kb};
    auto [vb, ve] = trimmed(l, static_cast<int>(colon) + 1, e);
    h.value = lines_.inlines(n, vb, ve, false);
    return h;
  }

  Nodes& current(Nodes& top) { return frames_.empty() ? top : frames_.back()->node.branches.back(); }

  void line(int n, const std::string& l, Nodes& top) {
    auto [b, e] = trimmed(l, 0, static_cast<int>(l.size()));
    if (b == e) {
      current(top).push_back(make_node(Kind::blank, {n, 0}));
      return;
    }
    if (starts(l, b, "{#") && e - b >= 4 && starts(l, e - 2, "#}") &&
        l.find("#}", static_cast<std::size_t>(b)) == static_cast<std::size_t>(e - 2))
      return;
    if (starts(l, b, "{%")) {
      if (e - b < 4 || !starts(l, e - 2, "%}"))
        fail_at(*src_, {n, b}, MsgId::tpl_unclosed, {"{%", std::to_string(n), "%}"});
      statement(n, b + 2, e - 2, top);
      return;
    }
    char c = l[static_cast<std::size_t>(b)];
    Node node;
    if (c == '#')
      node = lines_.heading(n, b, e);
    else if (c == '-' && (b + 1 == e || is_space(l[static_cast<std::size_t>(b + 1)]))) {
      node = make_node(Kind::list_item, {n, b});
      auto [tb, te] = trimmed(l, b + 1, e);
      node.text = lines_.inlines(n, tb, te, true);
    } else if (c == '|')
      node = lines_.row(n, b, e);
    else if (c == '@' && b + 1 < e && l[static_cast<std::size_t>(b + 1)] >= 'a' &&
             l[static_cast<std::size_t>(b + 1)] <= 'z')
      node = lines_.directive(n, b, e);
    else {
      node = make_node(Kind::paragraph, {n, b});
      node.text = lines_.inlines(n, b, e, true);
    }
    current(top).push_back(std::move(node));
  }

  void push(Frame f) {
    if (static_cast<int>(frames_.size()) >= limits_.max_nesting)
      fail_at(*src_, f.node.pos, MsgId::tpl_limit, {"max_nesting", std::to_string(limits_.max_nesting)});
    frames_.push_back(std::make_unique<Frame>(std::move(f)));
  }

  void pop_into(Nodes& top) {
    Node done = std::move(frames_.back()->node);
    frames_.pop_back();
    current(top).push_back(std::move(done));
  }

  void statement(int n, int b, int e, Nodes& top) {
    ExprParser p(*src_, n, b, e, limits_);
    Pos at = p.pos();
    if (p.peek().kind != Token::Kind::name) p.expect_name("tên lệnh");
    std::string word = p.peek().text;
    // Keywords double as statement names; take the token as it is.
    auto take = [&] { p.accept_keyword(word); };
    auto top_is = [&](const char* opener) { return !frames_.empty() && frames_.back()->opener == opener; };
    if (word == "if") {
      take();
      Frame f{make_node(Kind::if_, at), "if", false};
      f.node.conditions.push_back(p.expression());
      f.node.branches.emplace_back();
      p.expect_end();
      push(std::move(f));
    } else if (word == "elif" || word == "else") {
      take();
      if (!top_is("if") || frames_.back()->seen_else) fail_at(*src_, at, MsgId::tpl_stray, {word});
      Frame& f = *frames_.back();
      if (word == "elif")
        f.node.conditions.push_back(p.expression());
      else
        f.node.conditions.push_back(nullptr), f.seen_else = true;
      f.node.branches.emplace_back();
      p.expect_end();
    } else if (word == "endif" || word == "endfor" || word == "endmacro") {
      take();
      p.expect_end();
      if (!top_is(word.substr(3).c_str())) fail_at(*src_, at, MsgId::tpl_stray, {word});
      pop_into(top);
    } else if (word == "for") {
      take();
      Frame f{make_node(Kind::for_, at), "for", false};
      f.node.name = p.expect_name("tên biến lặp");
      p.expect_keyword("in");
      f.node.expr = p.expression();
      f.node.branches.emplace_back();
      p.expect_end();
      push(std::move(f));
    } else if (word == "set") {
      take();
      Node node = make_node(Kind::set, at);
      node.name = p.expect_name("tên biến");
      p.expect_symbol("=");
      node.expr = p.expression();
      p.expect_end();
      current(top).push_back(std::move(node));
    } else if (word == "include") {
      take();
      Node node = make_node(Kind::include, at);
      node.name = p.expect_string("đường dẫn tệp trong ngoặc kép");
      p.expect_end();
      current(top).push_back(std::move(node));
    } else if (word == "macro") {
      take();
      Frame f{make_node(Kind::macro, at), "macro", false};
      f.node.name = p.expect_name("tên macro");
      p.expect_symbol("(");
      if (!p.accept_symbol(")")) {
        for (;;) {
          f.node.params.push_back(p.expect_name("tên tham số"));
          if (p.accept_symbol(")")) break;
          p.expect_symbol(",");
        }
      }
      p.expect_end();
      f.node.branches.emplace_back();
      push(std::move(f));
    } else if (word == "call") {
      take();
      Node node = make_node(Kind::call, at);
      node.name = p.expect_name("tên macro");
      p.expect_symbol("(");
      if (!p.accept_symbol(")")) {
        for (;;) {
          node.args.push_back(p.expression());
          if (p.accept_symbol(")")) break;
          p.expect_symbol(",");
        }
      }
      p.expect_end();
      current(top).push_back(std::move(node));
    } else {
      fail_at(*src_, at, MsgId::tpl_unknown_statement, {word});
    }
  }

  std::shared_ptr<const SourceFile> src_;
  const Limits& limits_;
  LineParser lines_;
  std::vector<std::unique_ptr<Frame>> frames_;
  std::vector<Diagnostic> problems_;
};

}  // namespace

std::shared_ptr<const SourceFile> make_source(std::string name, std::string_view text) {
  auto src = std::make_shared<SourceFile>();
  src->name = std::move(name);
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t nl = text.find('\n', start);
    std::string_view l =
        text.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    src->lines.emplace_back(l);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  if (!src->lines.empty() && src->lines.back().empty()) src->lines.pop_back();
  return src;
}

Template parse_template(std::shared_ptr<const SourceFile> source, const Limits& limits) {
  return TemplateParser(std::move(source), limits).run();
}

}  // namespace baocao::tmpl
