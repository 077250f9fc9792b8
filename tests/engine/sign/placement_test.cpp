// sign_pdf() as `baocao run --sign` will call it: the sample report laid out,
// rendered, and signed in memory on the signature room layout reports. Where
// the appearance landed is read back with pdftotext -bbox (poppler), and
// the signature checked with pdfsig.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "engine/sign/key_signer.hpp"
#include "engine/sign/sign_pdf.hpp"
#include "tests/support/nd30_sample.hpp"
#include "tests/support/process.hpp"

namespace baocao::sign {
namespace {

using test::run;
using test::sh_quote;

// yMin of the lowest word `word` in pdftotext -bbox output (top-down points).
double y_of(const std::string& bbox, const std::string& word) {
  // Lines look like <word xMin="…" yMin="…" xMax="…" yMax="…">WORD</word>.
  double y = -1;
  const std::string text = ">" + word + "</word>";
  for (auto at = bbox.find(text); at != std::string::npos; at = bbox.find(text, at + 1)) {
    auto ymin = bbox.rfind("yMin=\"", at);
    if (ymin != std::string::npos && ymin > bbox.rfind("<word", at))
      y = std::max(y, std::stod(bbox.substr(ymin + 6)));
  }
  return y;
}

TEST(SignPlacement, AppearanceLandsBetweenPositionAndName) {
  test::TempDir dir;
  auto sh = [&](const std::string& cmd) {
    auto r = run("cd " + sh_quote(dir.path().string()) + " && " + cmd);
    EXPECT_EQ(r.status, 0) << cmd << r.err;
    return r.out;
  };
  sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout k.pem -out c.pem -days 3 -subj '/CN=Nguyễn Văn An' "
     "-utf8 2>&1");
  const fonts::FontSet fonts = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
  layout::PagedDocument paged = layout::layout_document(test::nd30_sample(10), fonts);
  auto where = signature_placement(paged);
  ASSERT_TRUE(where.has_value());
  EXPECT_LT(where->page, static_cast<int>(paged.pages.size()));  // the appendix follows the closing

  SignOptions o;
  o.credentials = load_pem(dir / "k.pem", dir / "c.pem", {}, "");
  o.fonts = &fonts;
  o.page = where->page;
  o.rect = where->rect;
  o.time = 1764900000;  // 05/12/2025 09:00:00 in Vietnam
  std::string signed_pdf = sign_pdf(render::render_pdf(paged, fonts), o);
  test::write_file(dir / "s.pdf", signed_pdf);

  std::string sig = run("pdfsig " + sh_quote((dir / "s.pdf").string())).out;
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  const std::string page = std::to_string(where->page);
  std::string bbox = sh("pdftotext -bbox -f " + page + " -l " + page + " s.pdf -");
  double position = y_of(bbox, "ĐỐC") /* PHÓ GIÁM ĐỐC */, signed_by = y_of(bbox, "bởi:"),
         name = y_of(bbox, "An");  // the printed name, below the appearance
  double at = y_of(bbox, "09:00:00");
  ASSERT_GT(position, 0) << bbox;
  ASSERT_GT(signed_by, 0) << bbox;
  EXPECT_GT(signed_by, position);
  EXPECT_LT(signed_by, at);
  EXPECT_LT(at, name);
  EXPECT_NE(bbox.find(">05/12/2025<"), std::string::npos);
}

}  // namespace
}  // namespace baocao::sign
