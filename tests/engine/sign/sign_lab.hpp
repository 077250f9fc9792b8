// Everything the signing tests share, made once per test process with tools
// nobody here wrote: a test CA run by `openssl ca` (it issues the
// certificates and publishes its CRL at a distribution point served on
// loopback), a TSA (`openssl ts` behind TsaServer), two SoftHSM2 tokens
// (the leader's RSA key, the organisation's EC key) loaded with
// softhsm2-util and OpenSC's pkcs11-tool, the images, and an NSS database
// trusting the CA for pdfsig.
#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "tests/engine/sign/tsa_server.hpp"
#include "tests/support/process.hpp"

namespace baocao::test {

// Distinctive secrets, so a grep finds them anywhere they leak.
inline constexpr const char* kLeaderPin = "730591";
inline constexpr const char* kOrgPin = "418263";
inline constexpr const char* kKeyPass = "mat-khau-khoa-9Zq";
inline constexpr const char* kSoftHsm = "/usr/lib/softhsm/libsofthsm2.so";

class SignLab {
 public:
  static const SignLab& get();

  const std::filesystem::path& dir() const { return dir_.path(); }
  std::filesystem::path operator/(const std::string& name) const { return dir_ / name; }
  // `cmd` run in the lab's directory; must succeed.
  std::string sh(const std::string& cmd) const;
  // "SOFTHSM2_CONF=… " for commands that open the tokens.
  std::string token_env() const;
  // The leader's and the organisation's PKCS#11 URIs (by token and label).
  std::string leader_uri() const { return "pkcs11:token=lanh-dao;object=Nguyen%20Van%20An"; }
  std::string org_uri() const { return "pkcs11:token=van-thu;object=co-quan"; }
  // `baocao` with signer options for the leader's or the organisation's token.
  std::string leader_sign_options() const;
  std::string org_sign_options() const;
  // pdfsig's report, with the lab's NSS database trusting the CA.
  std::string pdfsig(const std::filesystem::path& pdf) const;
  TsaServer& server() const { return *server_; }
  // A certificate for `cn` from the CA (RSA key `name`.key, unencrypted),
  // valid from `start` to `end` (openssl ca dates, YYYYMMDDHHMMSSZ; empty =
  // now for 30 days).
  void issue_cert(const std::string& name, const std::string& cn, const std::string& start = "",
                  const std::string& end = "") const;
  // Publishes the CA's CRL at its distribution point (www/ca.crl) and as ca.crl.
  void publish_crl() const;
  // An ND30 report of another province than the sample's (Lâm Đồng),
  // rendered by baocao's renderer into the lab as `name`: with the number
  // left blank for the văn thư ("Số:      /BC-SGDĐT") unless `number`, and
  // undated unless `dated`.
  std::filesystem::path report(const std::string& name, bool number = false, bool dated = false) const;

 private:
  SignLab();
  TempDir dir_;
  std::unique_ptr<TsaServer> server_;
};

// count of `needle` in `hay`
int count_of(const std::string& hay, const std::string& needle);

}  // namespace baocao::test
