// A real PostgreSQL server for one test suite: Debian's postgresql package
// (installed with apt if missing), initdb in a temp dir owned by the
// `postgres` user (initdb and pg_ctl refuse root), started on a free
// loopback port, stopped when the object dies. If anything of this fails
// the constructor throws: a test must fail loudly, never skip.
#pragma once

#include <string>

#include "tests/support/process.hpp"

namespace baocao::test {

class PostgresServer {
 public:
  PostgresServer();
  ~PostgresServer();
  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

  int port() const { return port_; }
  // "postgresql://postgres@127.0.0.1:PORT/NAME"; creates database NAME.
  std::string create_database(const std::string& name);

 private:
  TempDir dir_;
  std::string bin_;
  int port_ = 0;
  bool started_ = false;
};

}  // namespace baocao::test
