// `baocao run --sign` and `baocao sign` on a rendered report, checked with
// tools nobody here wrote: a test CA from `openssl req/x509`, poppler's
// pdfsig (with an NSS database from certutil), pdftotext -bbox for where the
// signer's block is, qpdf --check and --json, Python's json for the manifest.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "tests/e2e/import_support.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

const char* kPass = "mat-khau-ky-so-5Rt";

struct Setup {
  TempDir dir;
  std::string sh(const std::string& cmd) const {
    Result r = in_dir(dir, cmd);
    EXPECT_EQ(r.status, 0) << cmd << "\n" << r.out << r.err;
    return r.out;
  }
};

// The sample province in a store, a CA, the leader (encrypted PEM key) and
// the văn thư (PKCS#12), their images, and an NSS database trusting the CA.
const Setup& setup() {
  static const std::unique_ptr<Setup> s = [] {
    auto s = std::make_unique<Setup>();
    s->sh(sample_import_command());
    s->sh(
        "openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj '/CN=CA thử "
        "nghiệm' -utf8 -addext basicConstraints=critical,CA:TRUE -addext "
        "keyUsage=critical,keyCertSign,cRLSign "
        "2>&1");
    s->sh(
        "printf 'basicConstraints=CA:FALSE\\nkeyUsage=critical,digitalSignature,nonRepudiation\\n' > "
        "leaf.cnf");
    s->sh(std::string("openssl req -newkey rsa:2048 -passout pass:") + kPass +
          " -keyout leader.key -out leader.csr -subj '/CN=Nguyễn Văn An/O=Sở GD&ĐT Ninh Bình' -utf8 2>&1");
    s->sh(
        "openssl x509 -req -in leader.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leader.pem -days 30 "
        "-extfile leaf.cnf 2>&1");
    s->sh(
        "openssl req -newkey rsa:2048 -nodes -keyout clerk.key -out clerk.csr -subj '/CN=Trần Thị Bình' "
        "-utf8 "
        "2>&1");
    s->sh(
        "openssl x509 -req -in clerk.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out clerk.pem -days 30 "
        "-extfile leaf.cnf 2>&1");
    s->sh(
        std::string("openssl pkcs12 -export -inkey clerk.key -in clerk.pem -certfile ca.pem -passout pass:") +
        kPass + " -out clerk.p12 2>&1");
    s->sh("/usr/bin/python3 " + sh_quote((source_dir() / "tests/engine/sign/make_png.py").string()) + " .");
    s->sh(
        "mkdir nss && certutil -N -d sql:nss --empty-password && certutil -A -d sql:nss -n ca -t CT,C,C -i "
        "ca.pem");
    return s;
  }();
  return *s;
}

const TempDir& dir() {
  return setup().dir;
}

// One deadline (the province's report to the ministry): a PDF and its Phụ lục.
Result run_deadline(const std::string& out, const std::string& extra) {
  return in_dir(dir(), "BAOCAO_TEST_PASS=" + std::string(kPass) + " " +
                           baocao_cmd("run --cycle 2025 --deadline 2025-12-15 --db kho.db --plan " +
                                      sample("ke-hoach-2025.json") + " --vars " + sample("bien-2025.json") +
                                      " --units " + sample("don-vi.csv") + " --submissions " +
                                      sample("da-nhan-2025.csv") + " --out " + out + " " + extra) +
                           " </dev/null");
}

const std::string kLeader =
    "--sign --key leader.key --cert leader.pem --pass-env BAOCAO_TEST_PASS --image chu-ky.png --seal "
    "con-dau.png "
    "--reason 'Phê duyệt báo cáo' --location 'Ninh Bình'";

std::vector<fs::path> pdfs_under(const fs::path& root) {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file() && e.path().extension() == ".pdf") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> split(const std::string& line, char sep = '|') {
  std::vector<std::string> out;
  std::stringstream s(line);
  for (std::string part; std::getline(s, part, sep);) out.push_back(part);
  return out;
}

// name|signed|page|x0|y0|x1|y1|page height, per /Sig field.
std::vector<std::vector<std::string>> sig_fields(const fs::path& pdf) {
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/signature_fields.py").string()) +
                 " " + sh_quote(pdf.string()));
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::vector<std::string>> out;
  std::stringstream s(r.out);
  for (std::string line; std::getline(s, line);) out.push_back(split(line));
  return out;
}

// The signer's block as the words on the page show it.
struct Block {
  double name_x0, name_x1, name_top, above_bottom;
};
Block signer_block(const fs::path& pdf, const std::string& page) {
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/e2e/signature_fields.py").string()) +
                 " " + sh_quote(pdf.string()) + " " + page + " 'Nguyễn Văn An'");
  EXPECT_EQ(r.status, 0) << r.err;
  auto v = split(r.out.substr(0, r.out.find('\n')));
  if (v.size() != 4) return {};
  return {std::stod(v[0]), std::stod(v[1]), std::stod(v[2]), std::stod(v[3])};
}

std::string pdfsig(const fs::path& pdf) {
  return run("pdfsig -nssdir sql:" + sh_quote((dir() / "nss").string()) + " " + sh_quote(pdf.string()) +
             " 2>&1")
      .out;
}

int count(const std::string& hay, const std::string& needle) {
  int n = 0;
  for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

// `unsigned_pdf` is the same document rendered without --sign: its words
// show the signer's block without the signature's own text over it.
void expect_signature_in_signer_block(const fs::path& pdf, const fs::path& unsigned_pdf) {
  auto fields = sig_fields(pdf);
  ASSERT_EQ(fields.size(), 1u) << pdf;
  const auto& f = fields[0];
  ASSERT_EQ(f.size(), 8u);
  EXPECT_EQ(f[1], "1") << "the field is signed";
  const double x0 = std::stod(f[3]), y0 = std::stod(f[4]), x1 = std::stod(f[5]), y1 = std::stod(f[6]);
  Block b = signer_block(unsigned_pdf, f[2]);
  // Between the position line (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC) and the name,
  // over the name's width: the room layout left for the signature.
  EXPECT_LE(y1, b.above_bottom + 1) << pdf;
  EXPECT_GE(y0, b.name_top - 1) << pdf;
  EXPECT_GT(y1 - y0, 40) << "room for an image";
  EXPECT_LE(x0, b.name_x0) << pdf;
  EXPECT_GE(x1, b.name_x1) << pdf;
}

TEST(RunSign, EveryPdfSignedInItsSignerBlockAndVerified) {
  ASSERT_EQ(run_deadline("plain", "").status, 0);
  Result r = run_deadline("signed", kLeader);
  ASSERT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("Nguyễn Văn An"), std::string::npos) << r.out;
  const auto pdfs = pdfs_under(dir() / "signed");
  ASSERT_FALSE(pdfs.empty());
  for (const fs::path& pdf : pdfs) {
    std::string sig = pdfsig(pdf);
    EXPECT_EQ(count(sig, "Signature is Valid."), 1) << pdf << sig;
    EXPECT_NE(sig.find("Total document signed"), std::string::npos) << sig;
    EXPECT_NE(sig.find("Certificate is Trusted."), std::string::npos) << sig;
    EXPECT_NE(sig.find("Nguyễn Văn An"), std::string::npos) << sig;
    Result v = run(
        baocao_cmd("verify " + sh_quote(pdf.string()) + " --trust " + sh_quote((dir() / "ca.pem").string())));
    EXPECT_EQ(v.status, 0) << v.out << v.err;
    EXPECT_EQ(run("qpdf --check " + sh_quote(pdf.string())).status, 0) << pdf;
    expect_signature_in_signer_block(pdf, dir() / "plain" / fs::relative(pdf, dir() / "signed"));
  }

  // The manifest names the signer and the certificate of each signed PDF,
  // and nothing about the XLSX (it is not signed).
  const std::string fingerprint =
      setup().sh("openssl x509 -in leader.pem -outform DER | sha256sum | cut -d' ' -f1");
  Result m = run("/usr/bin/python3 -c " +
                 sh_quote("import json,sys\n"
                          "for o in json.load(open(sys.argv[1]))['outputs']:\n"
                          "  s=o.get('signature')\n"
                          "  print(o['file'], s['signer'] if s else '-', s['cert_sha256'] if s else '-',\n"
                          "        len(s['unsigned_sha256']) if s else '-')\n") +
                 " " + sh_quote((dir() / "signed/manifest-2025-12-15.json").string()));
  ASSERT_EQ(m.status, 0) << m.err;
  EXPECT_NE(m.out.find("-bao-cao.pdf Nguyễn Văn An " + fingerprint.substr(0, 64) + " 64"), std::string::npos)
      << m.out << fingerprint;
  EXPECT_NE(m.out.find("-phu-luc.xlsx - - -"), std::string::npos) << m.out;

  // No key material and no passphrase anywhere: outputs, manifest, logs.
  std::string key_pem = read_file(dir() / "leader.key");
  std::string plain_pem = setup().sh(std::string("openssl pkey -in leader.key -passin pass:") + kPass);
  std::string plain_der =
      in_dir(dir(), std::string("openssl pkey -in leader.key -outform DER -passin pass:") + kPass).out;
  ASSERT_GT(plain_der.size(), 600u);
  std::vector<std::string> secrets{kPass, plain_der.substr(100, 64)};
  for (const std::string& pem : {key_pem, plain_pem}) {
    auto lines = split(pem, '\n');
    ASSERT_GT(lines.size(), 4u);
    secrets.push_back(lines[2]);
    secrets.push_back(lines[lines.size() - 3]);
  }
  std::vector<std::string> haystacks{r.out, r.err};
  for (const auto& [name, seen] : snapshot(dir() / "signed")) haystacks.push_back(seen.bytes);
  for (const auto& hay : haystacks)
    for (const auto& secret : secrets) EXPECT_EQ(hay.find(secret), std::string::npos);
}

TEST(RunSign, SecondRunLeavesSignedFilesUntouchedOtherSignerOrTamperingResigns) {
  ASSERT_EQ(run_deadline("again", kLeader).status, 0);
  auto before = snapshot(dir() / "again");
  Result second = run_deadline("again", kLeader);
  ASSERT_EQ(second.status, 0) << second.err;
  auto after = snapshot(dir() / "again");
  ASSERT_EQ(before.size(), after.size());
  for (const auto& [name, seen] : before) {
    EXPECT_EQ(after[name].bytes, seen.bytes) << name;
    EXPECT_EQ(after[name].mtime_ns, seen.mtime_ns) << name;
    EXPECT_EQ(after[name].inode, seen.inode) << name;
  }

  // One flipped byte: pdfsig and verify fail, and the next run signs afresh.
  const fs::path pdf = pdfs_under(dir() / "again").front();
  std::string bytes = read_file(pdf);
  bytes[bytes.size() / 3] ^= 0x01;
  { std::ofstream(pdf, std::ios::binary | std::ios::trunc) << bytes; }
  EXPECT_EQ(pdfsig(pdf).find("Signature is Valid."), std::string::npos);
  EXPECT_NE(run(baocao_cmd("verify " + sh_quote(pdf.string()))).status, 0);
  ASSERT_EQ(run_deadline("again", kLeader).status, 0);
  EXPECT_NE(pdfsig(pdf).find("Signature is Valid."), std::string::npos) << "re-signed after tampering";

  // Another signer's certificate: every PDF is signed again, by them.
  Result clerk = run_deadline("again", "--sign --p12 clerk.p12 --pass-env BAOCAO_TEST_PASS");
  ASSERT_EQ(clerk.status, 0) << clerk.err;
  for (const fs::path& p : pdfs_under(dir() / "again")) {
    std::string sig = pdfsig(p);
    EXPECT_EQ(count(sig, "Signature is Valid."), 1) << sig;
    EXPECT_NE(sig.find("Trần Thị Bình"), std::string::npos) << sig;
  }
}

// `baocao sign` on a report baocao rendered: the renderer left an unsigned
// field in the signer's block; sign fills it without --page or --rect.
TEST(SignField, RenderedReportIsSignedInItsField) {
  ASSERT_EQ(run_deadline("field", "").status, 0);
  const fs::path pdf = pdfs_under(dir() / "field").front();
  auto before = sig_fields(pdf);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0][0], "NguoiKy");
  EXPECT_EQ(before[0][1], "0");
  std::string unsigned_sig = pdfsig(pdf);
  EXPECT_NE(unsigned_sig.find("not signed"), std::string::npos) << unsigned_sig;
  EXPECT_EQ(run("qpdf --check " + sh_quote(pdf.string())).status, 0);
  Result fonts = run("pdffonts " + sh_quote(pdf.string()));
  EXPECT_EQ(fonts.status, 0);
  EXPECT_EQ(fonts.err, "");

  const std::string signed_pdf = (dir() / "field" / "da-ky.pdf").string();
  Result r =
      in_dir(dir(), "BAOCAO_TEST_PASS=" + std::string(kPass) + " " +
                        baocao_cmd("sign " + sh_quote(pdf.string()) + " --out " + sh_quote(signed_pdf) +
                                   " --key leader.key --cert leader.pem --pass-env BAOCAO_TEST_PASS "
                                   "--image chu-ky.png --seal con-dau.png"));
  ASSERT_EQ(r.status, 0) << r.err;
  std::string sig = pdfsig(signed_pdf);
  EXPECT_EQ(count(sig, "Signature #"), 1) << sig;
  EXPECT_NE(sig.find("Signature Field Name: NguoiKy"), std::string::npos) << sig;
  EXPECT_NE(sig.find("Signature is Valid."), std::string::npos) << sig;
  EXPECT_NE(sig.find("Total document signed"), std::string::npos) << sig;
  EXPECT_EQ(run("qpdf --check " + sh_quote(signed_pdf)).status, 0);
  auto after = sig_fields(signed_pdf);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0][1], "1");
  for (std::size_t i = 2; i < 8; ++i) EXPECT_EQ(after[0][i], before[0][i]) << "same page and /Rect";
  expect_signature_in_signer_block(signed_pdf, pdf);

  // The văn thư's seal after the leader: a new field, both signatures valid.
  const std::string both = (dir() / "field" / "hai-chu-ky.pdf").string();
  ASSERT_EQ(in_dir(dir(), "BAOCAO_TEST_PASS=" + std::string(kPass) + " " +
                              baocao_cmd("sign " + sh_quote(signed_pdf) + " --out " + sh_quote(both) +
                                         " --p12 clerk.p12 --pass-env BAOCAO_TEST_PASS --invisible"))
                .status,
            0);
  sig = pdfsig(both);
  EXPECT_EQ(count(sig, "Signature is Valid."), 2) << sig;

  // --rect still overrides: a field of its own, the rendered one left empty.
  const std::string moved = (dir() / "field" / "rect.pdf").string();
  ASSERT_EQ(in_dir(dir(), "BAOCAO_TEST_PASS=" + std::string(kPass) + " " +
                              baocao_cmd("sign " + sh_quote(pdf.string()) + " --out " + sh_quote(moved) +
                                         " --p12 clerk.p12 --pass-env BAOCAO_TEST_PASS --page 1 "
                                         "--rect 100,100,200,80"))
                .status,
            0);
  auto fields = sig_fields(moved);
  ASSERT_EQ(fields.size(), 2u);
  int signed_fields = 0;
  for (const auto& f : fields) {
    if (f[1] != "1") continue;
    ++signed_fields;
    EXPECT_EQ(f[2], "1");
    EXPECT_EQ(f[3], "100.00");
    EXPECT_EQ(f[6], "180.00");
  }
  EXPECT_EQ(signed_fields, 1);

  // One flipped byte inside the signed range fails both checkers.
  std::string bytes = read_file(signed_pdf);
  bytes[200] ^= 0x01;
  { std::ofstream(signed_pdf, std::ios::binary | std::ios::trunc) << bytes; }
  EXPECT_EQ(pdfsig(signed_pdf).find("Signature is Valid."), std::string::npos);
  EXPECT_NE(run(baocao_cmd("verify " + sh_quote(signed_pdf))).status, 0);
}

TEST(RunSign, PassphraseOnlyFromTheEnvironmentOrATerminal) {
  // stdin is not a terminal here: no prompt, a usage error naming --pass-env.
  Result r = run_deadline("nopass", "--sign --key leader.key --cert leader.pem");
  EXPECT_EQ(r.status, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("--pass-env"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir() / "nopass/manifest-2025-12-15.json"));
  Result no_sign = run_deadline("nopass", "--key leader.key --cert leader.pem --pass-env BAOCAO_TEST_PASS");
  EXPECT_EQ(no_sign.status, 2) << no_sign.err;
  EXPECT_NE(no_sign.err.find("--sign"), std::string::npos) << no_sign.err;
}

}  // namespace
}  // namespace baocao::test
