// A local RFC 3161 time-stamping authority for the tests: a Poco HTTP server
// on a free loopback port that answers each query with `openssl ts -reply`
// (OpenSSL's own TSA, so the token is made by code nobody here wrote). It
// also serves GET requests from the files under `dir`/www (CRLs a test CA
// publishes at its distribution point).
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
  std::string url() const;    // the TSA: http://127.0.0.1:PORT/tsa
  std::string base() const;   // http://127.0.0.1:PORT, where www/ is served
  int requests() const;       // time-stamp queries so far
  int downloads() const;      // GET requests so far
  void set_delay_ms(int ms);  // how long each time-stamp answer waits

  struct State;  // shared with the request handlers

 private:
  std::shared_ptr<State> state_;
  std::unique_ptr<Poco::Net::HTTPServer> server_;
};

}  // namespace baocao::test
