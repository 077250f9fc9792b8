#include "tests/support/postgres_server.hpp"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <stdexcept>

namespace baocao::test {

namespace {

const char* kBin = "/usr/lib/postgresql/15/bin";

Result must(const std::string& command, const std::string& what) {
  Result r = run(command);
  if (r.status != 0)
    throw std::runtime_error("PostgreSQL test server: " + what + " failed:\n" + r.out + r.err);
  return r;
}

// A port nobody listens on now (bind to 0, read it back, release it).
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof a;
  if (fd < 0 || bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0 ||
      getsockname(fd, reinterpret_cast<sockaddr*>(&a), &len) != 0)
    throw std::runtime_error("PostgreSQL test server: no free port");
  int port = ntohs(a.sin_port);
  close(fd);
  return port;
}

std::string as_postgres(const std::string& command) {
  return "runuser -u postgres -- " + command;
}

}  // namespace

PostgresServer::PostgresServer() : bin_(kBin) {
  if (!std::filesystem::exists(bin_ + "/initdb")) {
    std::string sudo = geteuid() == 0 ? "" : "sudo ";
    must(sudo + "apt-get install -y -qq --no-install-recommends postgresql", "apt-get install postgresql");
  }
  std::string d = dir_.path().string();
  must("chown -R postgres:postgres " + sh_quote(d), "chown to postgres");
  must(as_postgres(sh_quote(bin_ + "/initdb") + " -D " + sh_quote(d + "/data") +
                   " -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync"),
       "initdb");
  port_ = free_port();
  std::string options =
      "-p " + std::to_string(port_) + " -k " + d + " -c listen_addresses=127.0.0.1 -c fsync=off";
  must(as_postgres(sh_quote(bin_ + "/pg_ctl") + " -D " + sh_quote(d + "/data") + " -l " +
                   sh_quote(d + "/log") + " -o " + sh_quote(options) + " -w -t 30 start"),
       "pg_ctl start");
  started_ = true;
}

PostgresServer::~PostgresServer() {
  if (started_)
    run(as_postgres(sh_quote(bin_ + "/pg_ctl") + " -D " + sh_quote(dir_.path().string() + "/data") +
                    " -m immediate -w stop"));
}

std::string PostgresServer::create_database(const std::string& name) {
  must(as_postgres(sh_quote(bin_ + "/createdb") + " -h 127.0.0.1 -p " + std::to_string(port_) +
                   " -U postgres " + sh_quote(name)),
       "createdb " + name);
  return "postgresql://postgres@127.0.0.1:" + std::to_string(port_) + "/" + name;
}

}  // namespace baocao::test
