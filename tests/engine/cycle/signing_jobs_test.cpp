// The signing jobs as a front end other than the command line calls them
// (the portal): a signer from plain paths and settings, the passphrase from
// the caller's prompt or a named environment variable and nowhere else, a
// report signed and checked in-process; the results read back with poppler's
// pdfsig, which nobody here wrote.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>

#include "engine/core/diagnostic.hpp"
#include "engine/cycle/sign_file.hpp"
#include "engine/cycle/signer_source.hpp"
#include "engine/cycle/verify_report.hpp"
#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "tests/support/nd30_sample.hpp"
#include "tests/support/process.hpp"

namespace baocao {
namespace {

namespace fs = std::filesystem;
using test::run;
using test::sh_quote;

const char* kPass = "mat-khau-cong-thong-tin-3K";

// A CA, a leader with an encrypted key under it, an expired signer, and an
// unsigned report; made once.
struct Lab {
  test::TempDir dir;
  fs::path operator/(const std::string& name) const { return dir / name; }
  void sh(const std::string& cmd) const {
    auto r = run("cd " + sh_quote(dir.path().string()) + " && " + cmd + " 2>&1");
    ASSERT_EQ(r.status, 0) << cmd << "\n" << r.out;
  }
};

const Lab& lab() {
  static const std::unique_ptr<Lab> l = [] {
    auto l = std::make_unique<Lab>();
    l->sh(
        "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=CA cổng' "
        "-utf8 "
        "-addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign");
    l->sh(std::string("openssl req -newkey rsa:2048 -passout pass:") + kPass +
          " -keyout leader.key -out leader.csr -subj '/CN=Trần Thị Bình/O=UBND tỉnh Gia Lai' -utf8");
    l->sh(
        "openssl x509 -req -in leader.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leader.pem -days 30");
    // Valid only in 2001 (`openssl ca` sets the dates).
    l->sh(
        "printf '[ca]\\ndefault_ca = d\\n[d]\\ndatabase = index.txt\\nnew_certs_dir = .\\nserial = serial\\n"
        "default_md = sha256\\npolicy = p\\n[p]\\ncommonName = supplied\\n' > ca.cnf && touch index.txt && "
        "echo 01 > serial");
    l->sh("openssl req -new -newkey rsa:2048 -nodes -keyout old.key -out old.csr -subj '/CN=Cũ' -utf8");
    l->sh(
        "openssl ca -batch -config ca.cnf -cert ca.pem -keyfile ca.key -utf8 -notext -in old.csr -out "
        "old.pem "
        "-startdate 20010101000000Z -enddate 20011231000000Z");
    const fonts::FontSet fonts = fonts::FontSet::load(test::source_dir() / "fonts" / "manifest.json");
    render::write_pdf(layout::layout_document(test::nd30_sample(8), fonts), fonts, *l / "bao-cao.pdf");
    return l;
  }();
  return *l;
}

cycle::SignerSource leader() {
  cycle::SignerSource s;
  s.key = (lab() / "leader.key").string();
  s.cert = (lab() / "leader.pem").string();
  s.appearance.invisible = true;
  return s;
}

MsgId error_id(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.diagnostics().at(0).id;
  }
  ADD_FAILURE() << "no error";
  return MsgId::app_summary;
}

TEST(SigningJobs, PassphraseComesFromTheCallersPromptOnlyWhenTheKeyNeedsOne) {
  std::vector<MsgId> asked;
  cycle::SignerPrompts prompts;
  prompts.secret = [&](MsgId prompt, MsgId) {
    asked.push_back(prompt);
    return std::string(kPass);
  };
  sign::SignOptions o = cycle::load_signer(leader(), prompts);
  ASSERT_TRUE(o.credentials);
  EXPECT_EQ(asked, std::vector<MsgId>{MsgId::sign_pass_prompt});
  // Nobody to ask: the usage error that says a passphrase is needed.
  EXPECT_EQ(error_id([] { cycle::load_signer(leader(), {}); }), MsgId::sign_pass_needed);
  // An unencrypted key is never asked about.
  cycle::SignerSource plain;
  plain.key = (lab() / "ca.key").string();
  plain.cert = (lab() / "ca.pem").string();
  asked.clear();
  cycle::load_signer(plain, prompts);
  EXPECT_TRUE(asked.empty());
}

TEST(SigningJobs, PassphraseFromANamedEnvironmentVariable) {
  cycle::SignerSource s = leader();
  s.pass_env = "BAOCAO_PORTAL_TEST_PASS";
  EXPECT_EQ(error_id([&] { cycle::load_signer(s, {}); }), MsgId::sign_pass_env_missing);
  setenv("BAOCAO_PORTAL_TEST_PASS", kPass, 1);
  cycle::SignerPrompts never;
  never.secret = [](MsgId, MsgId) -> std::string {
    ADD_FAILURE() << "asked although the environment gives the passphrase";
    return "";
  };
  EXPECT_TRUE(cycle::load_signer(s, never).credentials);
  unsetenv("BAOCAO_PORTAL_TEST_PASS");
}

TEST(SigningJobs, OneCredentialAndACertificateValidNow) {
  cycle::SignerSource two = leader();
  two.p12 = (lab() / "leader.p12").string();
  EXPECT_EQ(error_id([&] { cycle::load_signer(two, {}); }), MsgId::sign_need_credentials);
  EXPECT_EQ(error_id([] { cycle::load_signer({}, {}); }), MsgId::sign_need_credentials);

  cycle::SignerSource old;
  old.key = (lab() / "old.key").string();
  old.cert = (lab() / "old.pem").string();
  std::vector<Diagnostic> warnings;
  cycle::SignerPrompts prompts;
  prompts.warn = [&](const Diagnostic& d) { warnings.push_back(d); };
  EXPECT_TRUE(cycle::load_signer(old, prompts).credentials);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].id, MsgId::sign_cert_not_valid_warning);
  EXPECT_EQ(warnings[0].args.at(0), "Cũ");
  old.strict = true;
  EXPECT_EQ(error_id([&] { cycle::load_signer(old, prompts); }), MsgId::sign_cert_not_valid);
}

TEST(SigningJobs, SignAndVerifyInProcess) {
  cycle::SignFileOptions o;
  o.in = lab() / "bao-cao.pdf";
  o.out = lab() / "bao-cao-ky.pdf";
  o.signer = leader();
  o.signer.pass_env = "BAOCAO_PORTAL_TEST_PASS2";
  setenv("BAOCAO_PORTAL_TEST_PASS2", kPass, 1);
  const cycle::SignFileReport r = cycle::sign_file(o, {});
  unsetenv("BAOCAO_PORTAL_TEST_PASS2");
  EXPECT_FALSE(r.prepared);

  const test::Result sig = run("pdfsig " + sh_quote(o.out.string()));
  EXPECT_NE(sig.out.find("Trần Thị Bình"), std::string::npos) << sig.out << sig.err;
  EXPECT_NE(sig.out.find("Signature is Valid"), std::string::npos) << sig.out << sig.err;

  const cycle::VerifyReport v = cycle::verify_file(o.out, lab() / "ca.pem");
  ASSERT_EQ(v.signatures.size(), 1u);
  EXPECT_EQ(v.invalid, 0u);
  EXPECT_EQ(v.signatures[0].signer, "Trần Thị Bình");
  EXPECT_EQ(v.signatures[0].chain_trusted, std::optional<bool>(true));
  const std::vector<std::string> lines = cycle::verify_lines(v, Lang::en);
  EXPECT_EQ(lines.back(), message(Lang::en, MsgId::verify_all_valid, {"1"}));
  // The passphrase is nowhere in what was written.
  const test::Result grep = run("grep -c " + sh_quote(kPass) + " " + sh_quote(o.out.string()));
  EXPECT_EQ(grep.out, "0\n");
}

TEST(SigningJobs, TwoStepOptionsThatDoNotGoTogether) {
  cycle::SignFileOptions o;
  o.in = lab() / "bao-cao.pdf";
  o.out = lab() / "x.pdf";
  o.signer = leader();
  o.signature = lab() / "sig.bin";
  EXPECT_EQ(error_id([&] { cycle::sign_file(o, {}); }), MsgId::sign_two_step_usage);
  EXPECT_FALSE(fs::exists(o.out));
}

}  // namespace
}  // namespace baocao
