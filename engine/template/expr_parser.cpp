// Tokenizer and recursive-descent parser for template expressions. Depth is
// bounded by Limits::max_nesting so hostile input cannot overflow the stack.
#include "engine/template/expr_parser.hpp"

#include <array>
#include <cstdlib>

#include "engine/template/source_location.hpp"

namespace baocao::tmpl {

namespace {

constexpr std::array<std::string_view, 9> kKeywords = {"and",  "or",   "not",   "in",  "if",
                                                       "else", "true", "false", "none"};
// Longest first, so "<=" wins over "<".
constexpr std::array<std::string_view, 20> kSymbols = {"==", "!=", "<=", ">=", "(", ")", "[", "]", ",", ".",
                                                       "|",  "+",  "-",  "*",  "/", "%", "<", ">", "~", "="};

bool name_start(unsigned char c) {
  return c == '_' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c >= 0x80;
}
bool name_char(unsigned char c) {
  return name_start(c) || (c >= '0' && c <= '9');
}

ExprPtr make(Expr::Op op, Pos pos, std::string name, std::vector<ExprPtr> args) {
  auto e = std::make_shared<Expr>();
  e->op = op;
  e->pos = pos;
  e->name = std::move(name);
  e->args = std::move(args);
  return e;
}

}  // namespace

bool is_keyword(std::string_view word) {
  for (auto k : kKeywords)
    if (k == word) return true;
  return false;
}

ExprParser::ExprParser(const SourceFile& src, int line, int begin, int end, const Limits& limits)
    : src_(src),
      text_(src.lines[static_cast<std::size_t>(line - 1)]),
      line_(line),
      cur_(begin),
      end_(end),
      limits_(limits) {
  advance();
}

void ExprParser::advance() {
  while (cur_ < end_ &&
         (text_[static_cast<std::size_t>(cur_)] == ' ' || text_[static_cast<std::size_t>(cur_)] == '\t'))
    ++cur_;
  tok_ = Token{};
  tok_.byte = cur_;
  if (cur_ >= end_) return;
  if (++tokens_ > limits_.max_expression_tokens)
    fail_at(src_, {line_, cur_}, MsgId::tpl_limit,
            {"max_expression_tokens", std::to_string(limits_.max_expression_tokens)});
  auto at = [&](int i) { return static_cast<unsigned char>(text_[static_cast<std::size_t>(i)]); };
  unsigned char c = at(cur_);
  if (name_start(c)) {
    int b = cur_;
    while (cur_ < end_ && name_char(at(cur_))) ++cur_;
    tok_.kind = Token::Kind::name;
    tok_.text = text_.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(cur_ - b));
    return;
  }
  if (c >= '0' && c <= '9') {
    int b = cur_;
    while (cur_ < end_ && at(cur_) >= '0' && at(cur_) <= '9') ++cur_;
    if (cur_ + 1 < end_ && at(cur_) == '.' && at(cur_ + 1) >= '0' && at(cur_ + 1) <= '9') {
      ++cur_;
      while (cur_ < end_ && at(cur_) >= '0' && at(cur_) <= '9') ++cur_;
    }
    tok_.kind = Token::Kind::number;
    tok_.text = text_.substr(static_cast<std::size_t>(b), static_cast<std::size_t>(cur_ - b));
    tok_.number = std::strtod(tok_.text.c_str(), nullptr);
    return;
  }
  if (c == '"' || c == '\'') {
    ++cur_;
    std::string s;
    while (cur_ < end_ && at(cur_) != c) {
      if (at(cur_) == '\\' && cur_ + 1 < end_) {
        ++cur_;
        char e = static_cast<char>(at(cur_));
        s += e == 'n' ? '\n' : e;
      } else {
        s += static_cast<char>(at(cur_));
      }
      ++cur_;
    }
    if (cur_ >= end_) fail_at(src_, {line_, tok_.byte}, MsgId::tpl_syntax, {"chuỗi chưa đóng dấu ngoặc kép"});
    ++cur_;
    tok_.kind = Token::Kind::string;
    tok_.text = std::move(s);
    return;
  }
  for (auto sym : kSymbols) {
    if (text_.compare(static_cast<std::size_t>(cur_), sym.size(), sym) == 0 &&
        cur_ + static_cast<int>(sym.size()) <= end_) {
      tok_.kind = Token::Kind::symbol;
      tok_.text = std::string(sym);
      cur_ += static_cast<int>(sym.size());
      return;
    }
  }
  int len = 1;
  while (cur_ + len < end_ && (at(cur_ + len) & 0xC0) == 0x80) ++len;
  fail_at(src_, {line_, cur_}, MsgId::tpl_expected,
          {"một biểu thức", text_.substr(static_cast<std::size_t>(cur_), static_cast<std::size_t>(len))});
}

void ExprParser::unexpected(const char* wanted) const {
  std::string found = tok_.kind == Token::Kind::end      ? "hết dòng"
                      : tok_.kind == Token::Kind::string ? "\"" + tok_.text + "\""
                                                         : tok_.text;
  fail_at(src_, {line_, tok_.byte}, MsgId::tpl_expected, {wanted, found});
}

bool ExprParser::accept_keyword(std::string_view word) {
  if (tok_.kind == Token::Kind::name && tok_.text == word) {
    advance();
    return true;
  }
  return false;
}
void ExprParser::expect_keyword(std::string_view word) {
  if (!accept_keyword(word)) unexpected(std::string("'" + std::string(word) + "'").c_str());
}
bool ExprParser::accept_symbol(std::string_view sym) {
  if (tok_.kind == Token::Kind::symbol && tok_.text == sym) {
    advance();
    return true;
  }
  return false;
}
void ExprParser::expect_symbol(std::string_view sym) {
  if (!accept_symbol(sym)) unexpected(std::string("'" + std::string(sym) + "'").c_str());
}
std::string ExprParser::expect_name(const char* what) {
  if (tok_.kind != Token::Kind::name || is_keyword(tok_.text)) unexpected(what);
  std::string n = tok_.text;
  advance();
  return n;
}
std::string ExprParser::expect_string(const char* what) {
  if (tok_.kind != Token::Kind::string) unexpected(what);
  std::string s = tok_.text;
  advance();
  return s;
}
void ExprParser::expect_end() {
  if (!at_end()) unexpected("hết biểu thức");
}

ExprPtr ExprParser::expression() {
  if (++depth_ > limits_.max_nesting)
    fail_at(src_, pos(), MsgId::tpl_limit, {"max_nesting", std::to_string(limits_.max_nesting)});
  ExprPtr e = conditional();
  --depth_;
  return e;
}

ExprPtr ExprParser::conditional() {
  ExprPtr then = or_expr();
  if (tok_.kind == Token::Kind::name && tok_.text == "if") {
    Pos p = pos();
    advance();
    ExprPtr cond = or_expr();
    ExprPtr otherwise;
    if (accept_keyword("else"))
      otherwise = conditional();
    else
      otherwise = make(Expr::Op::literal, p, {}, {});
    return make(Expr::Op::cond, p, {}, {cond, then, otherwise});
  }
  return then;
}

ExprPtr ExprParser::or_expr() {
  ExprPtr l = and_expr();
  while (tok_.kind == Token::Kind::name && tok_.text == "or") {
    Pos p = pos();
    advance();
    l = make(Expr::Op::binary, p, "or", {l, and_expr()});
  }
  return l;
}

ExprPtr ExprParser::and_expr() {
  ExprPtr l = not_expr();
  while (tok_.kind == Token::Kind::name && tok_.text == "and") {
    Pos p = pos();
    advance();
    l = make(Expr::Op::binary, p, "and", {l, not_expr()});
  }
  return l;
}

ExprPtr ExprParser::not_expr() {
  if (tok_.kind == Token::Kind::name && tok_.text == "not") {
    Pos p = pos();
    advance();
    if (++depth_ > limits_.max_nesting)
      fail_at(src_, p, MsgId::tpl_limit, {"max_nesting", std::to_string(limits_.max_nesting)});
    ExprPtr e = make(Expr::Op::unary, p, "not", {not_expr()});
    --depth_;
    return e;
  }
  return comparison();
}

ExprPtr ExprParser::comparison() {
  ExprPtr l = concat();
  for (;;) {
    Pos p = pos();
    if (tok_.kind == Token::Kind::symbol && (tok_.text == "==" || tok_.text == "!=" || tok_.text == "<" ||
                                             tok_.text == "<=" || tok_.text == ">" || tok_.text == ">=")) {
      std::string op = tok_.text;
      advance();
      l = make(Expr::Op::binary, p, op, {l, concat()});
    } else if (accept_keyword("in")) {
      l = make(Expr::Op::binary, p, "in", {l, concat()});
    } else if (tok_.kind == Token::Kind::name && tok_.text == "not") {
      advance();
      expect_keyword("in");
      l = make(Expr::Op::unary, p, "not", {make(Expr::Op::binary, p, "in", {l, concat()})});
    } else {
      return l;
    }
  }
}

ExprPtr ExprParser::concat() {
  ExprPtr l = additive();
  while (tok_.kind == Token::Kind::symbol && tok_.text == "~") {
    Pos p = pos();
    advance();
    l = make(Expr::Op::binary, p, "~", {l, additive()});
  }
  return l;
}

ExprPtr ExprParser::additive() {
  ExprPtr l = term();
  while (tok_.kind == Token::Kind::symbol && (tok_.text == "+" || tok_.text == "-")) {
    Pos p = pos();
    std::string op = tok_.text;
    advance();
    l = make(Expr::Op::binary, p, op, {l, term()});
  }
  return l;
}

ExprPtr ExprParser::term() {
  ExprPtr l = unary();
  while (tok_.kind == Token::Kind::symbol && (tok_.text == "*" || tok_.text == "/" || tok_.text == "%")) {
    Pos p = pos();
    std::string op = tok_.text;
    advance();
    l = make(Expr::Op::binary, p, op, {l, unary()});
  }
  return l;
}

ExprPtr ExprParser::unary() {
  if (tok_.kind == Token::Kind::symbol && tok_.text == "-") {
    Pos p = pos();
    advance();
    if (++depth_ > limits_.max_nesting)
      fail_at(src_, p, MsgId::tpl_limit, {"max_nesting", std::to_string(limits_.max_nesting)});
    ExprPtr e = make(Expr::Op::unary, p, "-", {unary()});
    --depth_;
    return e;
  }
  return filtered();
}

ExprPtr ExprParser::filtered() {
  ExprPtr subject = postfix();
  while (tok_.kind == Token::Kind::symbol && tok_.text == "|") {
    advance();
    Pos p = pos();
    std::string name = expect_name("tên bộ lọc");
    std::vector<ExprPtr> args{subject};
    if (accept_symbol("(")) {
      auto more = arguments(")");
      args.insert(args.end(), more.begin(), more.end());
    }
    subject = make(Expr::Op::filter, p, name, std::move(args));
  }
  return subject;
}

ExprPtr ExprParser::postfix() {
  ExprPtr e = primary();
  for (;;) {
    Pos p = pos();
    if (accept_symbol(".")) {
      e = make(Expr::Op::attr, p, expect_name("tên trường"), {e});
    } else if (accept_symbol("[")) {
      ExprPtr index = expression();
      expect_symbol("]");
      e = make(Expr::Op::index, p, {}, {e, index});
    } else {
      return e;
    }
  }
}

std::vector<ExprPtr> ExprParser::arguments(std::string_view close) {
  std::vector<ExprPtr> args;
  if (accept_symbol(close)) return args;
  for (;;) {
    args.push_back(expression());
    if (accept_symbol(close)) return args;
    expect_symbol(",");
  }
}

ExprPtr ExprParser::primary() {
  Pos p = pos();
  switch (tok_.kind) {
    case Token::Kind::number: {
      auto e = make(Expr::Op::literal, p, {}, {});
      std::const_pointer_cast<Expr>(e)->literal = Value::of(tok_.number);
      advance();
      return e;
    }
    case Token::Kind::string: {
      auto e = make(Expr::Op::literal, p, {}, {});
      std::const_pointer_cast<Expr>(e)->literal = Value::of(tok_.text);
      advance();
      return e;
    }
    case Token::Kind::name: {
      std::string n = tok_.text;
      if (n == "true" || n == "false" || n == "none") {
        advance();
        auto e = make(Expr::Op::literal, p, {}, {});
        if (n != "none") std::const_pointer_cast<Expr>(e)->literal = Value::of(n == "true");
        return e;
      }
      if (is_keyword(n)) unexpected("một biểu thức");
      advance();
      if (accept_symbol("(")) return make(Expr::Op::call, p, n, arguments(")"));
      return make(Expr::Op::name, p, n, {});
    }
    case Token::Kind::symbol:
      if (accept_symbol("(")) {
        ExprPtr e = expression();
        expect_symbol(")");
        return e;
      }
      if (accept_symbol("[")) return make(Expr::Op::list, p, {}, arguments("]"));
      break;
    case Token::Kind::end:
      break;
  }
  unexpected("một biểu thức");
}

}  // namespace baocao::tmpl
