// See sign_lab.hpp.
#include "tests/engine/sign/sign_lab.hpp"

#include <gtest/gtest.h>

#include "engine/layout/layout.hpp"
#include "engine/render/pdf/pdf_renderer.hpp"
#include "tests/support/nd30_sample.hpp"

namespace baocao::test {

namespace {

const char* kCaConfig = R"([ ca ]
default_ca = lab
[ lab ]
database = index.txt
new_certs_dir = newcerts
serial = serial
crlnumber = crlnumber
certificate = ca.pem
private_key = ca.key
default_md = sha256
default_days = 30
default_crl_days = 30
policy = any
unique_subject = no
preserve = yes
[ any ]
commonName = supplied
organizationName = optional
[ leaf ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, nonRepudiation
crlDistributionPoints = URI:@CRL@
[ tsa ]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = critical, timeStamping
crlDistributionPoints = URI:@CRL@
)";

const char* kTsaConfig =
    "[ tsa ]\ndefault_tsa = tsa1\n[ tsa1 ]\nserial = ./tsaserial\ncrypto_device = builtin\n"
    "signer_cert = ./tsa.pem\ncerts = ./tsa.pem\nsigner_key = ./tsa.key\nsigner_digest = sha256\n"
    "default_policy = 1.2.3.4.1\ndigests = sha256\naccuracy = secs:1\nordering = yes\n"
    "tsa_name = no\ness_cert_id_chain = no\ness_cert_id_alg = sha256\n";

}  // namespace

int count_of(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

const SignLab& SignLab::get() {
  static const std::unique_ptr<SignLab> lab(new SignLab());
  return *lab;
}

std::string SignLab::sh(const std::string& cmd) const {
  Result r = run("cd " + sh_quote(dir().string()) + " && " + cmd);
  EXPECT_EQ(r.status, 0) << cmd << "\n" << r.out << r.err;
  return r.out;
}

std::string SignLab::token_env() const {
  return "SOFTHSM2_CONF=" + sh_quote((dir() / "softhsm2.conf").string()) + " ";
}

std::string SignLab::leader_sign_options() const {
  return std::string("--pkcs11-module ") + kSoftHsm + " --pkcs11-uri " + sh_quote(leader_uri()) +
         " --pin-env BAOCAO_TEST_PIN";
}

std::string SignLab::org_sign_options() const {
  return std::string("--pkcs11-module ") + kSoftHsm + " --pkcs11-uri " + sh_quote(org_uri()) +
         " --pin-env BAOCAO_TEST_PIN";
}

std::string SignLab::pdfsig(const std::filesystem::path& pdf) const {
  return run("pdfsig -nssdir sql:" + sh_quote((dir() / "nss").string()) + " " + sh_quote(pdf.string()) +
             " 2>&1")
      .out;
}

void SignLab::issue_cert(const std::string& name, const std::string& cn, const std::string& start,
                         const std::string& end) const {
  sh("openssl req -new -key " + name + ".key -out " + name + ".csr -subj " +
     sh_quote("/CN=" + cn + "/O=Sở Giáo dục và Đào tạo tỉnh Lâm Đồng") + " -utf8 2>&1");
  sh("openssl ca -batch -config ca.cnf -extensions leaf -utf8 -notext -in " + name + ".csr -out " + name +
     ".pem" + (start.empty() ? "" : " -startdate " + start) + (end.empty() ? "" : " -enddate " + end) +
     " 2>&1");
  sh("openssl x509 -in " + name + ".pem -outform DER -out " + name + ".der");
}

void SignLab::publish_crl() const {
  sh("openssl ca -config ca.cnf -gencrl -out ca-crl.pem 2>&1 && openssl crl -in ca-crl.pem -outform DER -out "
     "www/ca.crl && cp www/ca.crl ca.crl");
}

std::filesystem::path SignLab::report(const std::string& name, bool number, bool dated) const {
  const std::filesystem::path out = dir() / name;
  if (std::filesystem::exists(out)) return out;
  doc::Document d = nd30_sample(12);
  d.header.governing_body = "UBND TỈNH LÂM ĐỒNG";
  d.header.number_symbol = number ? "Số: 125/BC-SGDĐT" : "Số: \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/BC-SGDĐT";
  d.header.place = "Lâm Đồng";
  d.header.date = dated ? CivilDate{2025, 12, 10} : CivilDate{2025, 0, 0};
  const fonts::FontSet fonts = fonts::FontSet::load(source_dir() / "fonts" / "manifest.json");
  render::write_pdf(layout::layout_document(d, fonts), fonts, out);
  return out;
}

SignLab::SignLab() {
  server_ = std::make_unique<TsaServer>(dir());
  std::string config = kCaConfig;
  for (std::size_t at; (at = config.find("@CRL@")) != std::string::npos;)
    config.replace(at, 5, server_->base() + "/ca.crl");
  write_file(dir() / "ca.cnf", config);
  write_file(dir() / "tsa.cnf", kTsaConfig);
  sh("mkdir -p newcerts www tokens && touch index.txt && echo 1000 > serial && echo 1000 > crlnumber && "
     "echo 01 > tsaserial");
  sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 60 -subj "
     "'/CN=CA thử nghiệm baocao' -utf8 -addext basicConstraints=critical,CA:TRUE -addext "
     "keyUsage=critical,keyCertSign,cRLSign 2>&1");
  sh("openssl x509 -in ca.pem -outform DER -out ca.der");
  // The leader: RSA; the organisation: EC P-256; the TSA: RSA.
  sh("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out leader.key 2>&1");
  issue_cert("leader", "Nguyễn Văn An");
  sh(std::string("openssl pkey -in leader.key -aes256 -passout pass:") + kKeyPass + " -out leader-enc.key");
  sh("openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out org.key 2>&1");
  issue_cert("org", "Sở Giáo dục và Đào tạo tỉnh Lâm Đồng");
  sh("openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out tsa.key 2>&1");
  sh("openssl req -new -key tsa.key -out tsa.csr -subj '/CN=TSA thử nghiệm' -utf8 2>&1 && openssl ca -batch "
     "-config ca.cnf -extensions tsa -utf8 -notext -in tsa.csr -out tsa.pem 2>&1");
  publish_crl();

  // Two tokens, as two USB tokens would be: the leader's key and
  // certificate share a label and an id; the organisation's key is labelled
  // otherwise (as SafeNet tokens leave it), found through its certificate.
  write_file(dir() / "softhsm2.conf", "directories.tokendir = " + (dir() / "tokens").string() +
                                          "\nobjectstore.backend = file\nlog.level = ERROR\n");
  const std::string env = token_env();
  const std::string tool = std::string("pkcs11-tool --module ") + kSoftHsm + " --login ";
  sh(env + "softhsm2-util --init-token --free --label lanh-dao --pin " + kLeaderPin +
     " --so-pin 5678 >/dev/null");
  sh(env + "softhsm2-util --init-token --free --label van-thu --pin " + kOrgPin +
     " --so-pin 5678 >/dev/null");
  sh("openssl pkcs8 -topk8 -nocrypt -in leader.key -out leader.p8 && openssl pkcs8 -topk8 -nocrypt -in "
     "org.key "
     "-out org.p8");
  sh(env + "softhsm2-util --import leader.p8 --token lanh-dao --label 'Nguyen Van An' --id 01 --pin " +
     kLeaderPin + " >/dev/null");
  sh(env + tool + "--pin " + kLeaderPin +
     " --token-label lanh-dao --write-object leader.der --type cert --id 01 --label 'Nguyen Van An' "
     ">/dev/null");
  sh(env + tool + "--pin " + kLeaderPin +
     " --token-label lanh-dao --write-object ca.der --type cert --id 0a --label 'CA' >/dev/null");
  sh(env + "softhsm2-util --import org.p8 --token van-thu --label khoa --id 02 --pin " + kOrgPin +
     " >/dev/null");
  sh(env + tool + "--pin " + kOrgPin +
     " --token-label van-thu --write-object org.der --type cert --id 02 --label co-quan >/dev/null");

  sh("/usr/bin/python3 " + sh_quote((source_dir() / "tests/engine/sign/make_png.py").string()) + " .");
  sh("mkdir nss && certutil -N -d sql:nss --empty-password && certutil -A -d sql:nss -n ca -t CT,C,C -i "
     "ca.pem");
}

}  // namespace baocao::test
