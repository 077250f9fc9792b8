// PAdES B-T and B-LT: a time-stamp from the TSA the test runs on loopback
// (its certificate checked against the given root), a DSS with the chain
// and the CRL the test CA publishes at its distribution point (or given
// offline, or an OCSP response made by `openssl ocsp`), a revoked
// certificate refused, and a document time-stamp. The DSS is read back with
// pikepdf; signatures with pdfsig.
#include <gtest/gtest.h>

#include "tests/engine/sign/sign_lab.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

std::string at(const std::string& name) {
  return sh_quote((SignLab::get() / name).string());
}

Result sign_with(const std::string& in, const std::string& out, const std::string& extra) {
  return run(sh_quote(baocao_exe()) + " --lang en sign " + at(in) + " --out " + at(out) + " --key " +
             at("leader.key") + " --cert " + at("leader.pem") + " --chain " + at("ca.pem") + " --image " +
             at("chu-ky.png") + " " + extra);
}

// "certs crls ocsps" of the DSS, and whether the CRL is the CA's published one.
std::string dss(const std::string& pdf) {
  return SignLab::get().sh("/usr/bin/python3 -c " + sh_quote(R"(
import sys, pikepdf
p = pikepdf.open(sys.argv[1])
d = p.Root.DSS
crl = open('www/ca.crl', 'rb').read()
crls = [bytes(c.read_bytes()) for c in d.get('/CRLs', [])]
print(len(d.get('/Certs', [])), len(crls), len(d.get('/OCSPs', [])), crl in crls, len(d.VRI.keys()))
)") + " " + at(pdf));
}

TEST(Ltv, TimestampFromTheLoopbackTsaWithItsCertificateChecked) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-tsa.pdf");
  const int before = lab.server().requests();
  Result r =
      sign_with("bc-tsa.pdf", "bc-tsa-ky.pdf", "--tsa " + lab.server().url() + " --tsa-ca " + at("ca.pem"));
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(lab.server().requests(), before + 1);
  std::string sig = lab.pdfsig(lab / "bc-tsa-ky.pdf");
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  Result verify = run(sh_quote(baocao_exe()) + " --lang en verify " + at("bc-tsa-ky.pdf"));
  EXPECT_NE(verify.out.find("Time stamp: "), std::string::npos) << verify.out;
  // A TSA whose certificate does not chain to the given root: refused.
  Result untrusted = sign_with("bc-tsa.pdf", "bc-tsa-khong.pdf",
                               "--tsa " + lab.server().url() + " --tsa-ca " + at("org.pem"));
  EXPECT_EQ(untrusted.status, 7) << untrusted.err;
  EXPECT_NE(untrusted.err.find("cannot be trusted"), std::string::npos) << untrusted.err;
  EXPECT_FALSE(fs::exists(lab / "bc-tsa-khong.pdf"));
}

TEST(Ltv, DssHoldsTheChainAndTheCrlFromTheDistributionPoint) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-ltv.pdf");
  const int downloads = lab.server().downloads();
  Result r = sign_with("bc-ltv.pdf", "bc-ltv-ky.pdf",
                       "--tsa " + lab.server().url() + " --tsa-ca " + at("ca.pem") + " --ltv");
  ASSERT_EQ(r.status, 0) << r.err;
  EXPECT_GT(lab.server().downloads(), downloads) << "the CRL was fetched from its distribution point";
  // Leader, CA and TSA certificates; the CA's CRL (for the leader and the TSA); one VRI.
  EXPECT_EQ(dss("bc-ltv-ky.pdf"), "3 1 0 True 1\n");
  std::string sig = lab.pdfsig(lab / "bc-ltv-ky.pdf");
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  Result check = run("qpdf --check " + at("bc-ltv-ky.pdf"));
  EXPECT_EQ(check.status, 0) << check.out;
  EXPECT_EQ((check.out + check.err).find("WARNING"), std::string::npos) << check.out;
  Result verify =
      run(sh_quote(baocao_exe()) + " --lang en verify " + at("bc-ltv-ky.pdf") + " --trust " + at("ca.pem"));
  EXPECT_EQ(verify.status, 0) << verify.out;
  EXPECT_NE(verify.out.find("Added after signing: long-term validation data (DSS)"), std::string::npos)
      << verify.out;

  // Offline: the CRL from a file, nothing fetched; an OCSP response for the leader.
  const int fetched = lab.server().downloads();
  lab.sh(
      "openssl ocsp -issuer ca.pem -cert leader.pem -no_nonce -reqout ocsp-hoi.der && openssl ocsp -index "
      "index.txt -rsigner ca.pem -rkey ca.key -CA ca.pem -reqin ocsp-hoi.der -respout ocsp-dap.der -ndays 7 "
      "2>&1");
  Result offline = sign_with("bc-ltv.pdf", "bc-ltv-offline.pdf",
                             "--ltv --crl " + at("ca.crl") + " --ocsp-response " + at("ocsp-dap.der"));
  ASSERT_EQ(offline.status, 0) << offline.err;
  EXPECT_EQ(lab.server().downloads(), fetched);
  EXPECT_EQ(dss("bc-ltv-offline.pdf"), "2 0 1 False 1\n");
}

TEST(Ltv, RevokedCertificateIsRefusedAndDocumentTimestampAdded) {
  const SignLab& lab = SignLab::get();
  lab.report("bc-thu-hoi.pdf");
  lab.sh("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out thu-hoi.key 2>&1");
  lab.issue_cert("thu-hoi", "Phạm Thu Hồi");
  lab.sh("openssl ca -config ca.cnf -revoke thu-hoi.pem 2>&1");
  lab.publish_crl();
  Result revoked = run(sh_quote(baocao_exe()) + " --lang en sign " + at("bc-thu-hoi.pdf") + " --out " +
                       at("bc-thu-hoi-ky.pdf") + " --key " + at("thu-hoi.key") + " --cert " +
                       at("thu-hoi.pem") + " --chain " + at("ca.pem") + " --invisible --ltv");
  EXPECT_EQ(revoked.status, 3) << revoked.err;
  EXPECT_NE(revoked.err.find("Phạm Thu Hồi was revoked"), std::string::npos) << revoked.err;
  EXPECT_FALSE(fs::exists(lab / "bc-thu-hoi-ky.pdf"));

  Result r =
      sign_with("bc-thu-hoi.pdf", "bc-lta.pdf",
                "--tsa " + lab.server().url() + " --tsa-ca " + at("ca.pem") + " --ltv --doc-timestamp");
  ASSERT_EQ(r.status, 0) << r.err;
  std::string sig = lab.pdfsig(lab / "bc-lta.pdf");
  // poppler 22.12 lists the document time-stamp (it cannot validate the
  // ETSI.RFC3161 type yet): by the TSA, covering the whole file.
  EXPECT_EQ(count_of(sig, "Signature #"), 2) << sig;
  EXPECT_NE(sig.find("Signature Field Name: DauThoiGian"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Signer Certificate Common Name: TSA thử nghiệm"), std::string::npos) << sig;
  EXPECT_GT(sig.find("Total document signed"), sig.find("Signature #2")) << sig;
  EXPECT_EQ(sig.find("Jan 01 1970"), std::string::npos) << "the stamp has its /M: " << sig;
  Result verify =
      run(sh_quote(baocao_exe()) + " --lang en verify " + at("bc-lta.pdf") + " --trust " + at("ca.pem"));
  EXPECT_EQ(verify.status, 0) << verify.out;
  EXPECT_NE(verify.out.find("Role: document time-stamp"), std::string::npos) << verify.out;
  EXPECT_NE(verify.out.find("long-term validation data (DSS); signature DauThoiGian"), std::string::npos)
      << verify.out;
}

}  // namespace
}  // namespace baocao::test
