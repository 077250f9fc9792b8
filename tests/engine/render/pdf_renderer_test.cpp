#include "engine/render/pdf/pdf_renderer.hpp"

#include <gtest/gtest.h>

#include "engine/core/diagnostic.hpp"
#include "tests/support/process.hpp"

namespace baocao::render {
namespace {

const fonts::FontSet& font_set() {
  static const fonts::FontSet f = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  return f;
}

layout::PagedDocument one_line(const std::string& text) {
  layout::PagedDocument d;
  d.date = {2025, 12, 12};
  d.meta.title = "Báo cáo thử";
  layout::Page p;
  p.width = 595;
  p.height = 842;
  p.texts.push_back({85, 100, fonts::Style::regular, 14, text});
  d.pages.push_back(p);
  return d;
}

TEST(PdfRenderer, AssertsNfcOnEveryString) {
  EXPECT_NO_THROW(render_pdf(one_line("Việt Nam"), font_set()));
  try {
    render_pdf(one_line("Vie\xCC\xA3\xCC\x82t Nam"), font_set());
    FAIL() << "NFD text reached the renderer without an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.family(), ErrorFamily::internal);
  }
}

TEST(PdfRenderer, ByteIdenticalForTheSameInput) {
  EXPECT_EQ(render_pdf(one_line("Hạnh phúc"), font_set()), render_pdf(one_line("Hạnh phúc"), font_set()));
}

TEST(PdfRenderer, TextExtractsExactlyWithPoppler) {
  test::TempDir dir;
  write_pdf(one_line("Độc lập - Tự do - Hạnh phúc"), font_set(), dir / "a.pdf");
  auto r = test::run("pdftotext " + test::sh_quote((dir / "a.pdf").string()) + " -");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_NE(r.out.find("Độc lập - Tự do - Hạnh phúc"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace baocao::render
