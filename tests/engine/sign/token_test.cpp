// Signing with keys on PKCS#11 tokens: SoftHSM2 tokens loaded by the lab
// (softhsm2-util, pkcs11-tool), RFC 7512 URIs by label and by id, a key
// found through its certificate, RSA and ECDSA, the PIN only from the
// environment or a terminal and never anywhere else, `run --sign` through a
// token.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/e2e/import_support.hpp"
#include "tests/engine/sign/sign_lab.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::string at(const std::string& name) {
  return sh_quote((SignLab::get() / name).string());
}

// `baocao --lang en sign IN --out OUT` with the token's environment and `pin`.
Result sign_on_token(const std::string& in, const std::string& out, const std::string& options,
                     const std::string& pin) {
  const SignLab& lab = SignLab::get();
  return run(lab.token_env() + "BAOCAO_TEST_PIN=" + pin + " " + sh_quote(baocao_exe()) + " --lang en sign " +
             at(in) + " --out " + at(out) + " " + options);
}

TEST(Token, RsaKeyByLabelAndEcKeyByIdOrThroughItsCertificate) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-token.pdf");
  Result leader = sign_on_token("bc-token.pdf", "bc-token-1.pdf",
                                lab.leader_sign_options() + " --image " + at("chu-ky.png"), kLeaderPin);
  ASSERT_EQ(leader.status, 0) << leader.err;
  std::string sig = lab.pdfsig(lab / "bc-token-1.pdf");
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  EXPECT_NE(sig.find("Certificate is Trusted"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Nguyễn Văn An"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Signature Field Name: NguoiKy"), std::string::npos) << sig;
  // The CA certificate stored on the token travels in the CMS.
  lab.sh("/usr/bin/python3 " + sh_quote((source_dir() / "tests/engine/sign/cms_of.py").string()) +
         " bc-token-1.pdf bc-token-1.der");
  std::string certs = lab.sh("openssl pkcs7 -inform DER -in bc-token-1.der -print_certs -noout");
  EXPECT_NE(certs.find("CA th"), std::string::npos) << certs;

  // The organisation's EC key: labelled "khoa", found by the certificate
  // labelled "co-quan" (same CKA_ID); and by id alone.
  Result org =
      sign_on_token("bc-token-1.pdf", "bc-token-2.pdf", lab.org_sign_options() + " --invisible", kOrgPin);
  ASSERT_EQ(org.status, 0) << org.err;
  Result by_id = sign_on_token("bc-token-2.pdf", "bc-token-3.pdf",
                               std::string("--pkcs11-module ") + kSoftHsm +
                                   " --pkcs11-uri 'pkcs11:token=van-thu;id=%02' "
                                   "--pin-env BAOCAO_TEST_PIN --invisible",
                               kOrgPin);
  ASSERT_EQ(by_id.status, 0) << by_id.err;
  sig = lab.pdfsig(lab / "bc-token-3.pdf");
  EXPECT_EQ(count_of(sig, "Signature is Valid."), 3) << sig;
  // poppler 22.12 says "Unknown issue with Certificate" for the second
  // signature by a certificate it already saw (any producer): trust is
  // checked on the first of each signer.
  EXPECT_GE(count_of(sig, "Certificate is Trusted"), 2) << sig;
  EXPECT_EQ(count_of(sig, "Signer Certificate Common Name: Sở Giáo dục và Đào tạo tỉnh Lâm Đồng"), 2) << sig;
  lab.sh("/usr/bin/python3 " + sh_quote((source_dir() / "tests/engine/sign/cms_of.py").string()) +
         " bc-token-3.pdf bc-token-3.der");
  std::string dump = lab.sh("openssl cms -cmsout -print -inform DER -in bc-token-3.der");
  EXPECT_NE(dump.find("ecdsa-with-SHA256"), std::string::npos) << dump;
  EXPECT_EQ(dump.find("signingTime"), std::string::npos);
  EXPECT_EQ(run("qpdf --check " + at("bc-token-3.pdf")).status, 0);
}

TEST(Token, WrongPinUnknownTokenAndPinInTheUriAreClearErrors) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-pin.pdf");
  Result wrong =
      sign_on_token("bc-pin.pdf", "bc-pin-ky.pdf", lab.leader_sign_options() + " --invisible", "000000");
  EXPECT_EQ(wrong.status, 3) << wrong.err;
  EXPECT_NE(wrong.err.find("wrong PIN"), std::string::npos) << wrong.err;
  EXPECT_FALSE(fs::exists(lab / "bc-pin-ky.pdf"));

  Result unknown =
      sign_on_token("bc-pin.pdf", "bc-pin-ky.pdf",
                    std::string("--pkcs11-module ") + kSoftHsm +
                        " --pkcs11-uri 'pkcs11:token=khong-co' --pin-env BAOCAO_TEST_PIN --invisible",
                    kLeaderPin);
  EXPECT_EQ(unknown.status, 3) << unknown.err;
  EXPECT_NE(unknown.err.find("no token matches"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("lanh-dao"), std::string::npos) << unknown.err;
  EXPECT_NE(unknown.err.find("van-thu"), std::string::npos) << unknown.err;
  EXPECT_EQ(unknown.err.find(", )"), std::string::npos) << "no uninitialised slot listed: " << unknown.err;

  Result in_uri =
      sign_on_token("bc-pin.pdf", "bc-pin-ky.pdf",
                    std::string("--pkcs11-module ") + kSoftHsm +
                        " --pkcs11-uri 'pkcs11:token=lanh-dao;pin-value=" + kLeaderPin + "' --invisible",
                    kLeaderPin);
  EXPECT_EQ(in_uri.status, 2) << in_uri.err;
  EXPECT_NE(in_uri.err.find("do not put the PIN in the URI"), std::string::npos) << in_uri.err;
  EXPECT_EQ(in_uri.err.find(kLeaderPin), std::string::npos) << in_uri.err;

  // No --pin-env and no terminal: a usage error, before anything is written.
  Result none = run(lab.token_env() + sh_quote(baocao_exe()) + " --lang en sign " + at("bc-pin.pdf") +
                    " --out " + at("bc-pin-ky.pdf") + " --pkcs11-module " + kSoftHsm + " --pkcs11-uri " +
                    sh_quote(lab.leader_uri()) + " --invisible </dev/null");
  EXPECT_EQ(none.status, 2) << none.err;
  EXPECT_NE(none.err.find("the token needs its PIN"), std::string::npos) << none.err;

  Result module = sign_on_token("bc-pin.pdf", "bc-pin-ky.pdf",
                                "--pkcs11-module /khong/co/libeTPkcs11.so --pkcs11-uri 'pkcs11:token=x' "
                                "--pin-env BAOCAO_TEST_PIN",
                                kLeaderPin);
  EXPECT_EQ(module.status, 3) << module.err;
  EXPECT_NE(module.err.find("cannot load the PKCS#11 module /khong/co/libeTPkcs11.so"), std::string::npos)
      << module.err;
  EXPECT_FALSE(fs::exists(lab / "bc-pin-ky.pdf"));
}

// The PIN is read from the environment variable the user names: it is not
// in the process's arguments (read from /proc while the process waits for
// the TSA), nor in the signed file, its output or its messages.
TEST(Token, PinNeverInArgumentsOutputsOrMessages) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-bi-mat.pdf");
  lab.server().set_delay_ms(1500);
  // The script writes its pid, then becomes baocao through exec (same pid).
  // The PIN enters the environment through export, so that not even `env`'s
  // arguments (the same pid, before it becomes baocao) carry it.
  write_file(lab / "bi-mat.sh", "echo $$ > bi-mat.pid\nBAOCAO_TEST_PIN=" + std::string(kLeaderPin) +
                                    "\nexport BAOCAO_TEST_PIN\nexec env " + lab.token_env() + sh_quote(baocao_exe()) +
                                    " sign " + at("bc-bi-mat.pdf") + " --out " + at("bc-bi-mat-ky.pdf") +
                                    " " + lab.leader_sign_options() + " --image " + at("chu-ky.png") +
                                    " --tsa " + lab.server().url() + " --tsa-ca " + at("ca.pem") + "\n");
  Result r =
      run("cd " + sh_quote(lab.dir().string()) +
          " && rm -f bi-mat.pid && (sh bi-mat.sh > bi-mat.out 2> bi-mat.err &) ; for i in $(seq 200); do "
          "p=$(cat bi-mat.pid 2>/dev/null); if [ -n \"$p\" ] && tr '\\0' ' ' < /proc/$p/cmdline > "
          "bi-mat.cmdline 2>/dev/null && [ \"$(cut -d' ' -f1 bi-mat.cmdline)\" = " +
          sh_quote(baocao_exe()) + " ]; then break; fi; sleep 0.02; done; "
          "while [ -n \"$p\" ] && kill -0 $p 2>/dev/null; do sleep 0.1; done; cat bi-mat.cmdline");
  lab.server().set_delay_ms(0);
  ASSERT_NE(r.out.find(" sign "), std::string::npos)
      << "the running process was not seen: " << r.out << r.err;
  EXPECT_NE(r.out.find("--pin-env BAOCAO_TEST_PIN"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find(kLeaderPin), std::string::npos) << r.out;
  const std::string pdf = read_file(lab / "bc-bi-mat-ky.pdf");
  ASSERT_FALSE(pdf.empty()) << read_file(lab / "bi-mat.err");
  EXPECT_NE(lab.pdfsig(lab / "bc-bi-mat-ky.pdf").find("Signature is Valid."), std::string::npos);
  for (const std::string& text : {pdf, read_file(lab / "bi-mat.out"), read_file(lab / "bi-mat.err")})
    EXPECT_EQ(text.find(kLeaderPin), std::string::npos);
}

// `run --sign` through a token: every PDF of the run signed by the leader's
// token, concurrently (one session, one operation at a time), and the PIN
// nowhere in the outputs or the manifest.
TEST(Token, RunSignsEveryReportThroughTheToken) {
  const SignLab& lab = SignLab::get();
  TempDir dir;
  ASSERT_EQ(import_sample(dir).status, 0);
  Result r =
      in_dir(dir, lab.token_env() + "BAOCAO_TEST_PIN=" + kLeaderPin + " " +
                      baocao_cmd("--lang en run --cycle 2025 --deadline 2025-12-15 --db kho.db --plan " +
                                 sample("ke-hoach-2025.json") + " --vars " + sample("bien-2025.json") +
                                 " --units " + sample("don-vi.csv") + " --submissions " +
                                 sample("da-nhan-2025.csv") + " --out ra --jobs 2 --sign " +
                                 lab.leader_sign_options() + " --image " + at("chu-ky.png")) +
                      " </dev/null");
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("Nguyễn Văn An"), std::string::npos) << r.out;
  int pdfs = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir / "ra")) {
    if (!e.is_regular_file()) continue;
    const std::string bytes = read_file(e.path());
    EXPECT_EQ(bytes.find(kLeaderPin), std::string::npos) << e.path();
    if (e.path().extension() != ".pdf") continue;
    ++pdfs;
    std::string sig = lab.pdfsig(e.path());
    EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << e.path() << sig;
  }
  EXPECT_GE(pdfs, 1);
  EXPECT_EQ((r.out + r.err).find(kLeaderPin), std::string::npos);
}

}  // namespace
}  // namespace baocao::test
