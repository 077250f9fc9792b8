// Wrong or hostile input to `sign` and `issue`: an encrypted PDF, a key that
// is not the certificate's, an expired certificate, a PNG that claims
// 20,000 × 20,000 pixels, and PDFs baocao did not make (qpdf --check must
// stay silent after signing them).
#include <gtest/gtest.h>

#include "tests/engine/sign/sign_lab.hpp"
#include "tests/support/outside_watch.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::string baocao() {
  return sh_quote(baocao_exe());
}

std::string at(const std::string& name) {
  return sh_quote((SignLab::get() / name).string());
}

// Outputs go to the lab's `ra/`; the watch sees the lab around it, except
// the tokens' directory, where SoftHSM itself updates a token's
// `generation` file whenever a session opens it.
OutsideWatch watch_outputs(const SignLab& lab) {
  fs::create_directories(lab / "ra");
  return OutsideWatch(lab.dir(), "ra", {"tokens"});
}

Result sign_with_key(const std::string& in, const std::string& out, const std::string& extra) {
  return run(baocao() + " --lang en sign " + at(in) + " --out " + at(out) + " --key " + at("leader.key") +
             " --cert " + at("leader.pem") + " " + extra);
}

TEST(SignHostile, EncryptedPdfIsRefusedWithAClearMessage) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-mat.pdf");
  // Readable by anyone (empty user password), as most "protected" PDFs are.
  lab.sh("qpdf --encrypt '' chu-so-huu 256 -- bc-mat.pdf bc-ma-hoa.pdf");
  OutsideWatch watch = watch_outputs(lab);
  Result r = sign_with_key("bc-ma-hoa.pdf", "ra/bc-ma-hoa-ky.pdf", "--invisible");
  EXPECT_EQ(r.status, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("encrypted"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("qpdf --decrypt"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(lab / "ra/bc-ma-hoa-ky.pdf"));
  Result vi = run(baocao() + " sign " + at("bc-ma-hoa.pdf") + " --out " + at("ra/x.pdf") + " --key " +
                  at("leader.key") + " --cert " + at("leader.pem") + " --invisible");
  EXPECT_NE(vi.err.find("mã hóa"), std::string::npos) << vi.err;
  Result issue = run(lab.token_env() + "BAOCAO_TEST_PIN=" + kOrgPin + " " + baocao() + " --lang en issue " +
                     at("bc-ma-hoa.pdf") + " --attachment --number 7 --symbol BC-SGDĐT " +
                     lab.org_sign_options() + " --out " + at("ra/bc-ma-hoa-pl.pdf"));
  EXPECT_EQ(issue.status, 3) << issue.err;
  EXPECT_NE(issue.err.find("encrypted"), std::string::npos) << issue.err;
  EXPECT_FALSE(fs::exists(lab / "ra/bc-ma-hoa-pl.pdf"));
  Result verify = run(baocao() + " --lang en verify " + at("bc-ma-hoa.pdf"));
  EXPECT_EQ(verify.status, 3) << verify.out << verify.err;
  EXPECT_NE(verify.err.find("encrypted"), std::string::npos) << verify.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(SignHostile, KeyOfAnotherCertificateIsSaidSoNotThatItIsEncrypted) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-khoa.pdf");
  OutsideWatch watch = watch_outputs(lab);
  Result r = run(baocao() + " --lang en sign " + at("bc-khoa.pdf") + " --out " + at("ra/bc-khoa-ky.pdf") +
                 " --key " + at("org.key") + " --cert " + at("leader.pem") + " --invisible </dev/null");
  EXPECT_EQ(r.status, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("does not match the certificate"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("leader.pem"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("encrypted"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(lab / "ra/bc-khoa-ky.pdf"));
  // An encrypted key without a passphrase (and no terminal) still asks for one.
  Result enc =
      run(baocao() + " --lang en sign " + at("bc-khoa.pdf") + " --out " + at("ra/bc-khoa-ky.pdf") +
          " --key " + at("leader-enc.key") + " --cert " + at("leader.pem") + " --invisible </dev/null");
  EXPECT_EQ(enc.status, 2) << enc.err;
  EXPECT_NE(enc.err.find("the key is encrypted"), std::string::npos) << enc.err;
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(SignHostile, ExpiredCertificateWarnsAndStrictRefuses) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-het-han.pdf");
  lab.sh("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out cu.key 2>&1");
  lab.issue_cert("cu", "Lê Văn Cũ", "20200101000000Z", "20210101000000Z");
  OutsideWatch watch = watch_outputs(lab);
  auto sign = [&](const std::string& out, const std::string& extra) {
    return run(baocao() + " --lang en sign " + at("bc-het-han.pdf") + " --out " + at(out) + " --key " +
               at("cu.key") + " --cert " + at("cu.pem") + " --invisible " + extra);
  };
  Result warned = sign("ra/bc-het-han-ky.pdf", "");
  EXPECT_EQ(warned.status, 0) << warned.err;
  EXPECT_NE(warned.err.find("warning: the certificate of Lê Văn Cũ is not valid at signing time"),
            std::string::npos)
      << warned.err;
  EXPECT_NE(warned.err.find("01/01/2021"), std::string::npos) << warned.err;
  EXPECT_TRUE(fs::exists(lab / "ra/bc-het-han-ky.pdf"));
  Result strict = sign("ra/bc-het-han-strict.pdf", "--strict");
  EXPECT_EQ(strict.status, 3) << strict.err;
  EXPECT_NE(strict.err.find("not signing (--strict)"), std::string::npos) << strict.err;
  EXPECT_FALSE(fs::exists(lab / "ra/bc-het-han-strict.pdf"));
  // A valid certificate signs silently.
  Result fine = sign_with_key("bc-het-han.pdf", "ra/bc-hieu-luc.pdf", "--invisible --strict");
  EXPECT_EQ(fine.status, 0) << fine.err;
  EXPECT_EQ(fine.err, "");
  EXPECT_NOTHING_OUTSIDE(watch);
}

TEST(SignHostile, HugePngIsRefusedFromItsHeaderBeforeDecoding) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-anh.pdf");
  lab.sh("/usr/bin/python3 " + sh_quote((source_dir() / "tests/engine/sign/make_png.py").string()) +
         " . huge");
  OutsideWatch watch = watch_outputs(lab);
  Result r = sign_with_key("bc-anh.pdf", "ra/bc-anh-ky.pdf", "--image " + at("khong-lo.png"));
  EXPECT_EQ(r.status, 3) << r.err;
  EXPECT_NE(r.err.find("20000 × 20000 pixels"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--max-image-pixels"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(lab / "ra/bc-anh-ky.pdf"));
  // The limit is the flag's: a 160 × 60 signature is refused under 9,000 pixels, accepted at 9,600.
  Result small = sign_with_key("bc-anh.pdf", "ra/bc-anh-ky.pdf",
                               "--image " + at("chu-ky.png") + " --max-image-pixels 9000");
  EXPECT_EQ(small.status, 3) << small.err;
  EXPECT_NE(small.err.find("160 × 60"), std::string::npos) << small.err;
  Result ok = sign_with_key("bc-anh.pdf", "ra/bc-anh-ky.pdf",
                            "--image " + at("chu-ky.png") + " --max-image-pixels 9600");
  EXPECT_EQ(ok.status, 0) << ok.err;
  Result seal = run(lab.token_env() + "BAOCAO_TEST_PIN=" + kOrgPin + " " + baocao() + " --lang en issue " +
                    at("ra/bc-anh-ky.pdf") + " --number 3 " + lab.org_sign_options() + " --seal " +
                    at("khong-lo.png") + " --out " + at("ra/bc-anh-ph.pdf"));
  EXPECT_EQ(seal.status, 3) << seal.err;
  EXPECT_NE(seal.err.find("20000 × 20000 pixels"), std::string::npos) << seal.err;
  EXPECT_FALSE(fs::exists(lab / "ra/bc-anh-ph.pdf"));
  EXPECT_NOTHING_OUTSIDE(watch);
}

// PDFs from other producers: a classic xref table written by hand, cairo's
// output (poppler's pdftocairo), pikepdf's (qpdf's library with object
// streams). After sign, a second sign and issue --copy, qpdf --check passes
// with no warning and pdfsig calls every signature valid.
TEST(SignHostile, PdfsFromOtherProducersStayCleanForQpdf) {
  const SignLab& lab = SignLab::get();
  lab.sh(R"(/usr/bin/python3 - <<'EOF'
objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        None, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
content = b"BT /F1 24 Tf 72 700 Td (Bao cao) Tj ET"
objs[3] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
out, offs = b"%PDF-1.4\n", []
for i, o in enumerate(objs):
    offs.append(len(out))
    out += b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n"
x = len(out)
out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
for o in offs:
    out += b"%010d 00000 n \n" % o
out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
open("ngoai-tay.pdf", "wb").write(out)
import pikepdf
p = pikepdf.open("ngoai-tay.pdf")
p.save("ngoai-pikepdf.pdf", object_stream_mode=pikepdf.ObjectStreamMode.generate)
EOF
pdftocairo -pdf ngoai-tay.pdf ngoai-cairo.pdf)");
  OutsideWatch watch = watch_outputs(lab);
  for (const std::string base : {"ngoai-tay", "ngoai-cairo", "ngoai-pikepdf"}) {
    Result before = run("qpdf --check " + at(base + ".pdf"));
    ASSERT_EQ(before.status, 0) << base << before.out << before.err;
    Result one = sign_with_key(base + ".pdf", "ra/" + base + "-1.pdf", "--invisible");
    ASSERT_EQ(one.status, 0) << one.err;
    Result two =
        sign_with_key("ra/" + base + "-1.pdf", "ra/" + base + "-2.pdf", "--image " + at("chu-ky.png"));
    ASSERT_EQ(two.status, 0) << two.err;
    Result copy = run(lab.token_env() + "BAOCAO_TEST_PIN=" + kOrgPin + " " + baocao() + " issue " +
                      at("ra/" + base + "-2.pdf") + " --copy sao-y " + lab.org_sign_options() + " --out " +
                      at("ra/" + base + "-3.pdf"));
    ASSERT_EQ(copy.status, 0) << copy.err;
    for (const std::string step : {"-1", "-2", "-3"}) {
      Result check = run("qpdf --check " + at("ra/" + base + step + ".pdf"));
      EXPECT_EQ(check.status, 0) << base << step << check.out << check.err;
      EXPECT_EQ((check.out + check.err).find("WARNING"), std::string::npos)
          << base << step << check.out << check.err;
    }
    std::string sig = lab.pdfsig(lab / ("ra/" + base + "-3.pdf"));
    EXPECT_EQ(count_of(sig, "Signature is Valid."), 3) << base << sig;
  }
  EXPECT_NOTHING_OUTSIDE(watch);
}

}  // namespace
}  // namespace baocao::test
