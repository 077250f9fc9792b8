// Expressions inside {{ }} and {% %}: literals, names, a.b, a[i], f(x),
// x | filter(args), arithmetic, comparisons, and/or/not, `in`, `~` (join
// text) and `a if c else b`. Also the token helpers statements are built from.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "engine/template/ast.hpp"
#include "engine/template/limits.hpp"

namespace baocao::tmpl {

struct Token {
  enum class Kind { end, name, number, string, symbol };
  Kind kind = Kind::end;
  std::string text;  // name, symbol, or decoded string
  double number = 0;
  int byte = 0;  // offset in the line
};

// Parses the bytes [begin, end) of line `line` of `src`. Throws Error
// (template_) at the first problem, pointing at the offending token.
class ExprParser {
 public:
  ExprParser(const SourceFile& src, int line, int begin, int end, const Limits& limits);

  ExprPtr expression();
  bool at_end() const { return tok_.kind == Token::Kind::end; }
  const Token& peek() const { return tok_; }
  bool accept_keyword(std::string_view word);
  void expect_keyword(std::string_view word);
  bool accept_symbol(std::string_view sym);
  void expect_symbol(std::string_view sym);
  std::string expect_name(const char* what);
  std::string expect_string(const char* what);
  void expect_end();
  Pos pos() const { return {line_, tok_.byte}; }

 private:
  void advance();
  [[noreturn]] void unexpected(const char* wanted) const;
  ExprPtr conditional();
  ExprPtr or_expr();
  ExprPtr and_expr();
  ExprPtr not_expr();
  ExprPtr comparison();
  ExprPtr concat();
  ExprPtr additive();
  ExprPtr term();
  ExprPtr unary();
  ExprPtr filtered();
  ExprPtr postfix();
  ExprPtr primary();
  std::vector<ExprPtr> arguments(std::string_view close);

  const SourceFile& src_;
  const std::string& text_;
  int line_;
  int cur_;
  int end_;
  const Limits& limits_;
  int depth_ = 0;
  int tokens_ = 0;
  Token tok_;
};

bool is_keyword(std::string_view word);

}  // namespace baocao::tmpl
