// Error messages: file:line:col with the line quoted and a caret, the
// nearest name suggested, every syntax error of a file at once, and the
// bounds (include root, cycles, recursion, loop iterations).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/engine/template/template_fixture.hpp"

namespace baocao::tmpl::test {
namespace {

namespace fs = std::filesystem;

// Body line N is file line N + 3 (the fixture's header takes three lines).

TEST(TemplateErrors, UnknownVariableNamesFileLineColumnAndSuggests) {
  std::string e = error_vi("Dòng một.\nTỷ lệ {{ ty_le_chug }} cao.\n");
  EXPECT_EQ(e,
            "mau.tpl:5:10: biến 'ty_le_chug' chưa được định nghĩa. Ý bạn là 'ty_le_chung'?\n"
            " 5 | Tỷ lệ {{ ty_le_chug }} cao.\n"
            "   |          ^");
}

TEST(TemplateErrors, UnknownFunctionFilterMacroDirectiveAndHeaderField) {
  EXPECT_NE(error_of("{{ ty_lee(\"a\", none, 1) }}\n")
                .find("mau.tpl:4:4: no function 'ty_lee'. Did you mean 'ty_le'?"),
            std::string::npos);
  EXPECT_NE(
      error_of("{{ 1 | phan_tam }}\n").find("mau.tpl:4:8: no filter 'phan_tam'. Did you mean 'phan_tram'?"),
      std::string::npos);
  EXPECT_NE(error_of("{% call dongg() %}\n{% macro dong() %}\n{% endmacro %}\n").find("no macro 'dongg'"),
            std::string::npos);
  EXPECT_NE(
      error_of("@ngat_trng\n").find("mau.tpl:4:1: no directive '@ngat_trng'. Did you mean '@ngat_trang'?"),
      std::string::npos);
  static const DatasetTemplateData data = sample_data();
  try {
    render_text("h.tpl", "---\nngay: 2025-01-01\nco_quan_ban_hanh: X\ntrich_yue: Y\n---\n", ".", data, {});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_NE(e.render(Lang::en).find("h.tpl:4:1: no header field 'trich_yue'. Did you mean 'trich_yeu'?"),
              std::string::npos);
  }
}

TEST(TemplateErrors, AllSyntaxErrorsOfTheFileAtOnce) {
  std::string e = error_of("{{ 1 + }}\nok\n{% if %}\n{% endfor %}\n**đậm\n");
  EXPECT_NE(e.find("mau.tpl:4:8: expected"), std::string::npos) << e;
  EXPECT_NE(e.find(" 4 | {{ 1 + }}\n   |        ^"), std::string::npos) << e;
  EXPECT_NE(e.find("mau.tpl:6:7: expected"), std::string::npos) << e;
  EXPECT_NE(e.find("mau.tpl:7:4: 'endfor' has no matching opening statement"), std::string::npos) << e;
  EXPECT_NE(e.find("mau.tpl:8:1: '**' opened at line 8 is never closed"), std::string::npos) << e;
}

TEST(TemplateErrors, UnclosedBlockAndInlineStatement) {
  EXPECT_NE(error_of("{% for x in [1] %}\nx\n")
                .find("mau.tpl:4:4: 'for' opened at line 4 is never closed with 'endfor'"),
            std::string::npos);
  EXPECT_NE(error_of("Chữ {% if true %} chữ\n")
                .find("mau.tpl:4:5: a {% ... %} statement must stand on a line of its own"),
            std::string::npos);
}

TEST(TemplateErrors, ColumnWidthIsMillimetresOrAuto) {
  EXPECT_NE(error_of("@do_rong 10 rong\n| a | b |\n")
                .find("mau.tpl:4:1: column width 'rong' is neither a positive number of millimetres nor 'tu_dong'"),
            std::string::npos)
      << error_of("@do_rong 10 rong\n| a | b |\n");
}

TEST(TemplateErrors, TypeAndArgumentErrorsPointAtTheCall) {
  EXPECT_NE(error_of("{{ ty_le(\"gia_dinh_hoc_tap\", none) }}\n")
                .find("mau.tpl:4:4: 'ty_le' takes 3 arguments, got 2"),
            std::string::npos);
  EXPECT_NE(error_of("{{ 1 + \"a\" }}\n").find("mau.tpl:4:8: + needs"), std::string::npos);
  EXPECT_NE(error_of("{{ 1 / 0 }}\n").find("division by zero"), std::string::npos);
  EXPECT_NE(error_of("{{ ty_le(\"khong_co\", none, nam) }}\n").find("no indicator 'khong_co'"),
            std::string::npos);
}

class IncludeRoot : public ::testing::Test {
 protected:
  void SetUp() override {
    base = fs::temp_directory_path() / ("baocao-root-" + std::to_string(::getpid()));
    fs::create_directories(base / "mau" / "chung");
    std::ofstream(base / "bi-mat.tpl") << "bí mật\n";
    std::ofstream(base / "mau" / "chung" / "vong.tpl") << "{% include \"chung/vong.tpl\" %}\n";
    std::ofstream(base / "mau" / "chung" / "a.tpl") << "{% include \"chung/b.tpl\" %}\n";
    std::ofstream(base / "mau" / "chung" / "b.tpl") << "{% include \"chung/a.tpl\" %}\n";
    fs::create_symlink(base / "bi-mat.tpl", base / "mau" / "chung" / "lien-ket.tpl");
  }
  void TearDown() override { fs::remove_all(base); }
  fs::path base;
};

TEST_F(IncludeRoot, RefusesParentAbsoluteAndSymlinksOutOfRoot) {
  fs::path root = base / "mau";
  EXPECT_NE(error_of("{% include \"../bi-mat.tpl\" %}\n", root).find("outside the template folder"),
            std::string::npos);
  EXPECT_NE(error_of("{% include \"chung/../../bi-mat.tpl\" %}\n", root).find("outside the template folder"),
            std::string::npos);
  EXPECT_NE(error_of("{% include \"" + (base / "bi-mat.tpl").string() + "\" %}\n", root)
                .find("outside the template folder"),
            std::string::npos);
  EXPECT_NE(error_of("{% include \"chung/lien-ket.tpl\" %}\n", root).find("outside the template folder"),
            std::string::npos);
  EXPECT_NE(error_of("{% include \"chung/khong-co.tpl\" %}\n", root)
                .find("template file 'chung/khong-co.tpl' not found"),
            std::string::npos);
}

TEST_F(IncludeRoot, IncludeCyclesStop) {
  fs::path root = base / "mau";
  EXPECT_NE(error_of("{% include \"chung/vong.tpl\" %}\n", root).find("includes itself"), std::string::npos);
  std::string e = error_of("{% include \"chung/a.tpl\" %}\n", root);
  EXPECT_NE(e.find("includes itself"), std::string::npos) << e;
}

TEST(TemplateLimits, RecursionDepthIsBounded) {
  std::string e = error_of("{% macro m(n) %}\n{% call m(n + 1) %}\n{% endmacro %}\n{% call m(0) %}\n");
  EXPECT_NE(e.find("limit max_call_depth = 64 exceeded"), std::string::npos) << e;
}

TEST(TemplateLimits, LoopIterationsAreBounded) {
  Limits small;
  small.max_loop_iterations = 1000;
  std::string e = error_of(
      "{% for a in cac_nam(2000, 2099) %}\n{% for b in cac_nam(2000, 2099) %}\n{% endfor %}\n{% endfor %}\n",
      ".", small);
  EXPECT_NE(e.find("limit max_loop_iterations = 1000 exceeded"), std::string::npos) << e;
}

TEST(TemplateLimits, ValuesCannotGrowWithoutBound) {
  std::string e = error_of(
      "{% set s = \"ab\" %}\n{% for i in cac_nam(2000, 2100) %}\n{% set s = s ~ s %}\n{% endfor %}\n");
  EXPECT_NE(e.find("mau.tpl:6:14: limit max_value_size = 1048576 exceeded"), std::string::npos) << e;
  EXPECT_NE(error_of("{{ [1, 2] | lap(1000) | lap(1000) | do_dai }}\n").find("max_value_size"),
            std::string::npos);
}

TEST(TemplateLimits, NestingAndExpressionSizeAreBounded) {
  EXPECT_NE(
      error_of("{{ " + std::string(200, '(') + "1" + std::string(200, ')') + " }}\n").find("max_nesting"),
      std::string::npos);
  std::string chain = "1";
  for (int i = 0; i < 2000; ++i) chain += "+1";
  EXPECT_NE(error_of("{{ " + chain + " }}\n").find("max_expression_tokens"), std::string::npos);
  std::string ifs;
  for (int i = 0; i < 100; ++i) ifs += "{% if true %}\n";
  EXPECT_NE(error_of(ifs).find("max_nesting"), std::string::npos);
}

// a chain of includes deeper than the limit stops with the limit
// named, before the stack does; the limit is a parameter (render's
// --max-include-depth).
TEST_F(IncludeRoot, DeepIncludeChainIsBounded) {
  fs::path root = base / "mau";
  for (int i = 0; i < 40; ++i)
    std::ofstream(root / ("c" + std::to_string(i) + ".tpl")) << "{% include \"c" << i + 1 << ".tpl\" %}\n";
  std::ofstream(root / "c40.tpl") << "đáy\n";
  std::string e = error_of("{% include \"c0.tpl\" %}\n", root);
  EXPECT_NE(e.find("max_include_depth = 16"), std::string::npos) << e;
  Limits deep;
  deep.max_include_depth = 64;
  EXPECT_EQ(error_of("{% include \"c0.tpl\" %}\n", root, deep), "");
}

// bytes that are not UTF-8, in the template or in a file it
// includes, are refused naming that file, never passed on to the document.
TEST_F(IncludeRoot, MalformedUtf8IsRefusedNamingTheFile) {
  fs::path root = base / "mau";
  std::string e = error_of("B\xE1o c\xE1o \xC3\x28 n\xE4m\n", root);
  EXPECT_NE(e.find("mau.tpl"), std::string::npos) << e;
  EXPECT_NE(e.find("UTF-8"), std::string::npos) << e;
  std::ofstream(root / "hong.tpl") << "X\xE3 \xFF\xFE\n";
  e = error_of("{% include \"hong.tpl\" %}\n", root);
  EXPECT_NE(e.find("hong.tpl"), std::string::npos) << e;
  EXPECT_NE(e.find("UTF-8"), std::string::npos) << e;
}

}  // namespace
}  // namespace baocao::tmpl::test
