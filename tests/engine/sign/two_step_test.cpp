// Signing in two steps, as with a remote signing service: `sign --prepare`
// prints the SHA-256 to sign; a separate `openssl pkeyutl` process (the
// service) signs it with a key baocao never sees; `sign --finish` checks
// the answer against the prepared bytes and the expected certificate. A
// wrong answer, a tampered or expired state: refused, nothing written.
#include <gtest/gtest.h>

#include <regex>

#include "tests/engine/sign/sign_lab.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::string at(const std::string& name) {
  return sh_quote((SignLab::get() / name).string());
}

std::string baocao() {
  return sh_quote(baocao_exe()) + " --lang en ";
}

// Prepares `in` for the leader into `state`; returns the hex to sign.
std::string prepare(const std::string& in, const std::string& state) {
  Result r = run(baocao() + "sign " + at(in) + " --prepare --out " + at(state) + " --cert " +
                 at("leader.pem") + " --chain " + at("ca.pem") + " --image " + at("chu-ky.png"));
  EXPECT_EQ(r.status, 0) << r.err;
  std::smatch m;
  EXPECT_TRUE(std::regex_search(r.out, m, std::regex("SHA-256 to sign \\(hex\\): ([0-9a-f]{64})"))) << r.out;
  EXPECT_NE(r.out.find("SHA-256 to sign (base64): "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Certificate to sign with: Nguyễn Văn An, serial "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("finish before "), std::string::npos) << r.out;
  return m.size() > 1 ? m[1].str() : "";
}

// The remote service: signs the hash with RSA PKCS#1 v1.5 (SHA-256 DigestInfo).
void service_signs(const std::string& hex, const std::string& key, const std::string& out) {
  SignLab::get().sh(
      "/usr/bin/python3 -c \"import sys; open('hash.bin','wb').write(bytes.fromhex(sys.argv[1]))\" " + hex +
      " && openssl pkeyutl -sign -inkey " + key + " -pkeyopt digest:sha256 -in hash.bin -out " + out);
}

Result finish(const std::string& state, const std::string& answer, const std::string& out,
              const std::string& kind = "--signature") {
  return run(baocao() + "sign --finish " + at(state) + " " + kind + " " + at(answer) + " --out " + at(out));
}

TEST(TwoStep, HashSignedByAnotherProcessGivesAValidSignature) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-hai-buoc.pdf");
  const std::string hex = prepare("bc-hai-buoc.pdf", "hai-buoc.json");
  ASSERT_EQ(hex.size(), 64u);
  // The state holds no key, and nothing is signed yet.
  EXPECT_EQ(read_file(lab / "hai-buoc.json").find("PRIVATE KEY"), std::string::npos);
  service_signs(hex, "leader.key", "chu-ky-tu-xa.bin");
  Result r = finish("hai-buoc.json", "chu-ky-tu-xa.bin", "bc-hai-buoc-ky.pdf");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string sig = lab.pdfsig(lab / "bc-hai-buoc-ky.pdf");
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  EXPECT_NE(sig.find("Certificate is Trusted"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Total document signed"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Signature Field Name: NguoiKy"), std::string::npos) << sig;
  EXPECT_EQ(run("qpdf --check " + at("bc-hai-buoc-ky.pdf")).status, 0);

  // A service answering in base64 text is understood as well.
  const std::string hex2 = prepare("bc-hai-buoc.pdf", "hai-buoc-2.json");
  service_signs(hex2, "leader.key", "chu-ky-2.bin");
  lab.sh("base64 -w 0 chu-ky-2.bin > chu-ky-2.b64");
  Result b64 = finish("hai-buoc-2.json", "chu-ky-2.b64", "bc-hai-buoc-b64.pdf");
  ASSERT_EQ(b64.status, 0) << b64.err;
  EXPECT_NE(lab.pdfsig(lab / "bc-hai-buoc-b64.pdf").find("Signature is Valid."), std::string::npos);
}

TEST(TwoStep, WrongSignatureTamperedOrExpiredStateIsRefusedAndNothingWritten) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-sai.pdf");
  const std::string hex = prepare("bc-sai.pdf", "sai.json");
  // Signed by another key (the organisation's), or over another hash.
  service_signs(hex, "org.key", "chu-ky-khoa-khac.bin");
  Result other = finish("sai.json", "chu-ky-khoa-khac.bin", "bc-sai-ky.pdf");
  EXPECT_EQ(other.status, 3) << other.err;
  EXPECT_NE(other.err.find("does not match the prepared hash and the certificate of Nguyễn Văn An"),
            std::string::npos)
      << other.err;
  EXPECT_NE(other.err.find("nothing written"), std::string::npos) << other.err;
  service_signs(std::string(64, 'a'), "leader.key", "chu-ky-bam-khac.bin");
  EXPECT_EQ(finish("sai.json", "chu-ky-bam-khac.bin", "bc-sai-ky.pdf").status, 3);
  EXPECT_FALSE(fs::exists(lab / "bc-sai-ky.pdf"));

  // The right signature over a state whose PDF was changed (one byte of the
  // report): the digest no longer matches.
  service_signs(hex, "leader.key", "chu-ky-dung.bin");
  lab.sh(R"(/usr/bin/python3 - <<'EOF'
import base64, json
s = json.load(open("sai.json"))
pdf = bytearray(base64.b64decode(s["pdf"]))
pdf[len(pdf) // 4] ^= 1
s["pdf"] = base64.b64encode(bytes(pdf)).decode()
json.dump(s, open("sai-sua.json", "w"))
s = json.load(open("sai.json"))
s["expires"] = s["created"] - 60
json.dump(s, open("sai-het-han.json", "w"))
EOF
)");
  Result tampered = finish("sai-sua.json", "chu-ky-dung.bin", "bc-sai-ky.pdf");
  EXPECT_EQ(tampered.status, 3) << tampered.err;
  Result expired = finish("sai-het-han.json", "chu-ky-dung.bin", "bc-sai-ky.pdf");
  EXPECT_EQ(expired.status, 3) << expired.err;
  EXPECT_NE(expired.err.find("expired"), std::string::npos) << expired.err;
  lab.sh("echo '{\"format\": \"khac\"}' > khong-phai.json");
  Result junk = finish("khong-phai.json", "chu-ky-dung.bin", "bc-sai-ky.pdf");
  EXPECT_EQ(junk.status, 3) << junk.err;
  EXPECT_NE(junk.err.find("is not a baocao two-step signing state"), std::string::npos) << junk.err;
  EXPECT_FALSE(fs::exists(lab / "bc-sai-ky.pdf"));
  // The untouched state with the right answer still finishes.
  EXPECT_EQ(finish("sai.json", "chu-ky-dung.bin", "bc-sai-ky.pdf").status, 0);
}

// A service that returns a whole CMS over the document's bytes.
TEST(TwoStep, ServiceReturningACmsIsCheckedAndEmbedded) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-cms.pdf");
  prepare("bc-cms.pdf", "cms.json");
  lab.sh(R"(/usr/bin/python3 - <<'EOF'
import base64, json
s = json.load(open("cms.json"))
pdf = base64.b64decode(s["pdf"])
open("cms-noi-dung.bin", "wb").write(pdf[:s["contents_at"]] + pdf[s["contents_end"]:])
EOF
openssl cms -sign -binary -md sha256 -in cms-noi-dung.bin -signer leader.pem -inkey leader.key -certfile ca.pem -outform DER -out cms-dich-vu.der
openssl cms -sign -binary -md sha256 -in cms-noi-dung.bin -signer org.pem -inkey org.key -outform DER -out cms-nguoi-khac.der)");
  Result wrong = finish("cms.json", "cms-nguoi-khac.der", "bc-cms-ky.pdf", "--cms");
  EXPECT_EQ(wrong.status, 3) << wrong.err;
  EXPECT_FALSE(fs::exists(lab / "bc-cms-ky.pdf"));
  Result r = finish("cms.json", "cms-dich-vu.der", "bc-cms-ky.pdf", "--cms");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string sig = lab.pdfsig(lab / "bc-cms-ky.pdf");
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  EXPECT_NE(sig.find("Certificate is Trusted"), std::string::npos) << sig;
}

}  // namespace
}  // namespace baocao::test
