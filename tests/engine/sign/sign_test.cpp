// `baocao sign` and `baocao verify` checked with tools nobody here wrote:
// a test CA and signers made with `openssl req/x509/pkcs12`, poppler's pdfsig
// (with an NSS database from certutil holding the CA), qpdf --check,
// `openssl cms` on the embedded CMS, pdftotext for the visible text.
#include <gtest/gtest.h>

#include <memory>

#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "tests/engine/sign/tsa_server.hpp"
#include "tests/support/nd30_sample.hpp"
#include "tests/support/process.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using test::run;
using test::sh_quote;

int count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

const char* kPass = "mat-khau-thu-nghiem-7Q";

// Everything the tests share, made once: CA, two signers, images, NSS db,
// and the sample ND30 report as PDF.
struct Setup {
  test::TempDir dir;
  fs::path pdf;
  std::string sh(const std::string& cmd) const {
    auto r = run("cd " + sh_quote(dir.path().string()) + " && " + cmd);
    EXPECT_EQ(r.status, 0) << cmd << "\n" << r.err;
    return r.out;
  }
};

const Setup& setup() {
  static const std::unique_ptr<Setup> s = [] {
    auto s = std::make_unique<Setup>();
    s->sh(
        "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=CA thử "
        "nghiệm' "
        "-utf8 -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign 2>&1");
    s->sh(
        "openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.pem -days 30 -subj "
        "'/CN=Other CA' "
        "-addext basicConstraints=critical,CA:TRUE 2>&1");
    s->sh(
        "printf 'basicConstraints=CA:FALSE\\nkeyUsage=critical,digitalSignature,nonRepudiation\\n' > "
        "leaf.cnf");
    // The leader: an encrypted PEM key; the clerk (văn thư): a PKCS#12 file.
    s->sh(std::string("openssl req -newkey rsa:2048 -passout pass:") + kPass +
          " -keyout leader.key -out leader.csr -subj '/CN=Nguyễn Văn An/O=UBND tỉnh Ninh Bình' -utf8 2>&1");
    s->sh(
        "openssl x509 -req -in leader.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leader.pem -days 30 "
        "-extfile leaf.cnf 2>&1");
    s->sh(
        "openssl req -newkey rsa:2048 -nodes -keyout clerk.key -out clerk.csr -subj '/CN=Trần Thị Bình' "
        "-utf8 2>&1");
    s->sh(
        "openssl x509 -req -in clerk.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out clerk.pem -days 30 "
        "-extfile leaf.cnf 2>&1");
    s->sh(
        std::string("openssl pkcs12 -export -inkey clerk.key -in clerk.pem -certfile ca.pem -passout pass:") +
        kPass + " -out clerk.p12 2>&1");
    s->sh("/usr/bin/python3 " + sh_quote((test::source_dir() / "tests/engine/sign/make_png.py").string()) +
          " .");
    s->sh(
        "mkdir nss && certutil -N -d sql:nss --empty-password && certutil -A -d sql:nss -n ca -t CT,C,C -i "
        "ca.pem");
    const fonts::FontSet fonts = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
    s->pdf = s->dir / "bao-cao.pdf";
    render::write_pdf(layout::layout_document(test::nd30_sample(10), fonts), fonts, s->pdf);
    return s;
  }();
  return *s;
}

std::string path(const std::string& name) {
  return sh_quote((setup().dir / name).string());
}

// Signs `in` as the leader (visible, image and seal) into `out`.
test::Result sign_as_leader(const std::string& in, const std::string& out,
                            const std::string& image = "chu-ky.png") {
  return run("BAOCAO_TEST_PASS=" + std::string(kPass) + " " + test::baocao_exe() + " sign " + path(in) +
             " --out " + path(out) + " --key " + path("leader.key") + " --cert " + path("leader.pem") +
             " --pass-env BAOCAO_TEST_PASS --image " + path(image) + " --seal " + path("con-dau.png") +
             " --reason 'Phê duyệt báo cáo' --location 'Ninh Bình' --rect 330,420,200,110");
}

test::Result sign_as_clerk(const std::string& in, const std::string& out) {
  return run("BAOCAO_TEST_PASS=" + std::string(kPass) + " " + test::baocao_exe() + " sign " + path(in) +
             " --out " + path(out) + " --p12 " + path("clerk.p12") +
             " --pass-env BAOCAO_TEST_PASS --invisible");
}

std::string pdfsig(const std::string& file, bool trusted = false) {
  return run("pdfsig " + std::string(trusted ? "-nssdir sql:" + path("nss") + " " : "") + path(file) +
             " 2>&1")
      .out;
}

TEST(Sign, VisibleSignatureIsValidTrustedAndClean) {
  auto r = sign_as_leader("bao-cao.pdf", "signed.pdf");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string sig = pdfsig("signed.pdf", true);
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  EXPECT_NE(sig.find("Total document signed"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Certificate is Trusted"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Nguyễn Văn An"), std::string::npos) << sig;
  EXPECT_NE(sig.find("ETSI.CAdES.detached"), std::string::npos) << sig;
  auto check = run("qpdf --check " + path("signed.pdf"));
  EXPECT_EQ(check.status, 0) << check.out << check.err;
  // The earlier bytes are untouched: an incremental update.
  std::string before = test::read_file(setup().pdf), after = test::read_file(setup().dir / "signed.pdf");
  EXPECT_EQ(after.compare(0, before.size(), before), 0);

  // With a signature image the appearance is the image (and seal) only, as
  // ND30 draws a leader's signature; without one, "Ký bởi / Thời gian ký" in
  // the document's Vietnamese font.
  auto text = run("pdftotext -raw " + path("signed.pdf") + " -");
  EXPECT_EQ(text.out.find("Ký bởi"), std::string::npos);
  auto plain = run("BAOCAO_TEST_PASS=" + std::string(kPass) + " " + test::baocao_exe() + " sign " +
                   path("bao-cao.pdf") + " --out " + path("text.pdf") + " --key " + path("leader.key") +
                   " --cert " + path("leader.pem") + " --pass-env BAOCAO_TEST_PASS --rect 330,420,200,110");
  ASSERT_EQ(plain.status, 0) << plain.err;
  text = run("pdftotext -raw " + path("text.pdf") + " -");
  EXPECT_NE(text.out.find("Ký bởi: Nguyễn Văn An"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Thời gian ký: "), std::string::npos);

  auto verify = run(test::baocao_exe() + " verify " + path("signed.pdf") + " --trust " + path("ca.pem"));
  EXPECT_EQ(verify.status, 0) << verify.out << verify.err;
  EXPECT_NE(verify.out.find("Người ký: Nguyễn Văn An"), std::string::npos) << verify.out;
  EXPECT_NE(verify.out.find("toàn bộ tệp"), std::string::npos) << verify.out;
  EXPECT_NE(verify.out.find("Chứng thư: tin cậy"), std::string::npos) << verify.out;
}

TEST(Sign, CmsIsCadesWithoutSigningTime) {
  ASSERT_EQ(sign_as_leader("bao-cao.pdf", "cades.pdf").status, 0);
  setup().sh("/usr/bin/python3 " + sh_quote((test::source_dir() / "tests/engine/sign/cms_of.py").string()) +
             " cades.pdf cades.der");
  std::string dump = setup().sh("openssl cms -cmsout -print -inform DER -in cades.der");
  EXPECT_NE(dump.find("signingCertificateV2"), std::string::npos) << dump;
  EXPECT_NE(dump.find("messageDigest"), std::string::npos);
  EXPECT_EQ(dump.find("signingTime"), std::string::npos);
  EXPECT_NE(dump.find("sha256"), std::string::npos);
}

TEST(Sign, OneFlippedByteFailsPdfsigAndVerify) {
  ASSERT_EQ(sign_as_leader("bao-cao.pdf", "tamper.pdf").status, 0);
  std::string bytes = test::read_file(setup().dir / "tamper.pdf");
  bytes[bytes.size() / 3] ^= 0x01;  // inside the original report, well before /Contents
  test::write_file(setup().dir / "tampered.pdf", bytes);
  std::string sig = pdfsig("tampered.pdf");
  EXPECT_EQ(sig.find("Signature is Valid."), std::string::npos) << sig;
  auto verify = run(test::baocao_exe() + " verify " + path("tampered.pdf"));
  EXPECT_NE(verify.status, 0) << verify.out;
  EXPECT_NE(verify.out.find("LỖI"), std::string::npos) << verify.out;
}

TEST(Sign, TwoSignaturesBothValid) {
  ASSERT_EQ(sign_as_leader("bao-cao.pdf", "one.pdf").status, 0);
  auto r = sign_as_clerk("one.pdf", "two.pdf");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string sig = pdfsig("two.pdf", true);
  EXPECT_EQ(count(sig, "Signature is Valid."), 2) << sig;
  EXPECT_EQ(count(sig, "Certificate is Trusted"), 2) << sig;
  EXPECT_EQ(count(sig, "Total document signed"), 1) << sig;  // the later one
  EXPECT_NE(sig.find("Trần Thị Bình"), std::string::npos) << sig;
  EXPECT_EQ(run("qpdf --check " + path("two.pdf")).status, 0);
  auto verify =
      run(test::baocao_exe() + " --lang en verify " + path("two.pdf") + " --trust " + path("ca.pem"));
  EXPECT_EQ(verify.status, 0) << verify.out << verify.err;
  EXPECT_NE(verify.out.find("All 2 signatures are valid."), std::string::npos) << verify.out;
  EXPECT_NE(verify.out.find("only other signatures were added later"), std::string::npos) << verify.out;
}

TEST(Sign, ChangeAfterSigningAndUnknownCaAreReported) {
  ASSERT_EQ(sign_as_leader("bao-cao.pdf", "later.pdf").status, 0);
  // A later incremental update that is not a signature (qpdf can append one).
  std::string bytes = test::read_file(setup().dir / "later.pdf");
  test::write_file(setup().dir / "later-changed.pdf", bytes + "\n% a comment after signing\n");
  auto changed = run(test::baocao_exe() + " --lang en verify " + path("later-changed.pdf"));
  EXPECT_NE(changed.status, 0);
  EXPECT_NE(changed.out.find("changed after signing"), std::string::npos) << changed.out;
  auto untrusted =
      run(test::baocao_exe() + " --lang en verify " + path("later.pdf") + " --trust " + path("other.pem"));
  EXPECT_NE(untrusted.status, 0);
  EXPECT_NE(untrusted.out.find("not trusted"), std::string::npos) << untrusted.out;
}

TEST(Sign, KeyMaterialAndPassphraseNeverAppear) {
  auto r = sign_as_leader("bao-cao.pdf", "secret.pdf");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string out = test::read_file(setup().dir / "secret.pdf");
  EXPECT_EQ(out.find(kPass), std::string::npos);
  EXPECT_EQ((r.out + r.err).find(kPass), std::string::npos);
  // Neither the key file's text nor the private exponent in binary.
  std::string key_pem = test::read_file(setup().dir / "leader.key");
  for (std::size_t at = 100; at + 64 < key_pem.size(); at += 200)
    EXPECT_EQ(out.find(key_pem.substr(at, 48)), std::string::npos);
  std::string d_hex =
      setup().sh(std::string("openssl rsa -in leader.key -passin pass:") + kPass +
                 " -noout -text | sed -n '/privateExponent/,/prime1/p' | sed '1d;$d' | tr -d ' :\\n'");
  ASSERT_GT(d_hex.size(), 64u);
  std::string d_bytes;
  for (std::size_t i = 0; i + 1 < 64; i += 2)
    d_bytes += static_cast<char>(std::stoi(d_hex.substr(i, 2), nullptr, 16));
  EXPECT_EQ(out.find(d_bytes), std::string::npos);
}

TEST(Sign, CorruptPngIsAClearErrorAndNothingIsWritten) {
  test::write_file(setup().dir / "hong.png", "\x89PNG\r\n\x1a\nthis is not an image at all");
  auto r = sign_as_leader("bao-cao.pdf", "never.pdf", "hong.png");
  EXPECT_EQ(r.status, 3) << r.out << r.err;
  EXPECT_NE(r.err.find("hong.png"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("PNG"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(setup().dir / "never.pdf"));
}

TEST(Sign, WrongPassphraseAndMissingCredentialsAreErrors) {
  auto wrong =
      run("BAOCAO_TEST_PASS=sai " + test::baocao_exe() + " sign " + path("bao-cao.pdf") + " --out " +
          path("wrong.pdf") + " --p12 " + path("clerk.p12") + " --pass-env BAOCAO_TEST_PASS --invisible");
  EXPECT_EQ(wrong.status, 3) << wrong.err;
  EXPECT_NE(wrong.err.find("clerk.p12"), std::string::npos) << wrong.err;
  EXPECT_FALSE(fs::exists(setup().dir / "wrong.pdf"));
  auto none = run(test::baocao_exe() + " sign " + path("bao-cao.pdf") + " --out " + path("none.pdf"));
  EXPECT_EQ(none.status, 2) << none.err;
}

// A TSA certificate from the test CA, and OpenSSL's TSA configured to use it.
void make_tsa(const fs::path& dir) {
  setup().sh(
      "mkdir -p " + sh_quote(dir.string()) + " && cd " + sh_quote(dir.string()) +
      " && printf 'extendedKeyUsage=critical,timeStamping\\nkeyUsage=critical,digitalSignature\\n' > ext.cnf"
      " && openssl req -newkey rsa:2048 -nodes -keyout tsa.key -out tsa.csr -subj '/CN=TSA thử nghiệm' -utf8 "
      "2>&1"
      " && openssl x509 -req -in tsa.csr -CA ../ca.pem -CAkey ../ca.key -CAcreateserial -out tsa.pem -days 30"
      " -extfile ext.cnf 2>&1 && echo 01 > tsaserial");
  test::write_file(
      dir / "tsa.cnf",
      "[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\nserial = ./tsaserial\ncrypto_device = builtin\n"
      "signer_cert = ./tsa.pem\ncerts = ./tsa.pem\nsigner_key = ./tsa.key\nsigner_digest = sha256\n"
      "default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = yes\n"
      "tsa_name = no\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n");
}

TEST(Sign, TimestampFromALocalTsa) {
  const fs::path tsa_dir = setup().dir / "tsa";
  make_tsa(tsa_dir);
  test::TsaServer tsa(tsa_dir);
  auto r = run(test::baocao_exe() + " sign " + path("bao-cao.pdf") + " --out " + path("stamped.pdf") +
               " --key " + path("clerk.key") + " --cert " + path("clerk.pem") + " --invisible --tsa " +
               tsa.url() + " --tsa-ca " + path("ca.pem"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(tsa.requests(), 1);
  std::string sig = pdfsig("stamped.pdf", true);
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  EXPECT_NE(sig.find("Total document signed"), std::string::npos) << sig;
  setup().sh("/usr/bin/python3 " + sh_quote((test::source_dir() / "tests/engine/sign/cms_of.py").string()) +
             " stamped.pdf stamped.der");
  std::string dump = setup().sh("openssl cms -cmsout -print -inform DER -in stamped.der");
  EXPECT_NE(dump.find("id-smime-aa-timeStampToken"), std::string::npos) << dump;
  auto verify =
      run(test::baocao_exe() + " --lang en verify " + path("stamped.pdf") + " --trust " + path("ca.pem"));
  EXPECT_EQ(verify.status, 0) << verify.out;
  EXPECT_NE(verify.out.find("Time stamp: "), std::string::npos) << verify.out;

  // A TSA that is not there is an error, and nothing is written.
  auto down = run(test::baocao_exe() + " sign " + path("bao-cao.pdf") + " --out " + path("unstamped.pdf") +
                  " --key " + path("clerk.key") + " --cert " + path("clerk.pem") +
                  " --invisible --tsa http://127.0.0.1:9/tsa");
  EXPECT_EQ(down.status, 7) << down.err;
  EXPECT_FALSE(fs::exists(setup().dir / "unstamped.pdf"));
}

}  // namespace
}  // namespace baocao
