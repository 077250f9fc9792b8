// A local RFC 3161 time-stamping authority for the tests: a Poco HTTP server
// on a free loopback port that answers each query with `openssl ts -reply`
// (OpenSSL's own TSA, so the token is made by code nobody here wrote).
#pragma once

#include <filesystem>
#include <memory>
#include <string>

namespace Poco::Net {
class HTTPServer;
}

namespace baocao::test {

class TsaServer {
 public:
  // `dir` holds tsa.cnf, the TSA key and certificate (see sign_test.cpp).
  explicit TsaServer(std::filesystem::path dir);
  ~TsaServer();
  TsaServer(const TsaServer&) = delete;
  TsaServer& operator=(const TsaServer&) = delete;
  std::string url() const;
  int requests() const;

  struct State;  // shared with the request handlers

 private:
  std::shared_ptr<State> state_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace baocao::test
