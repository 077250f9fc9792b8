// See tsa_server.hpp. Queries are answered one at a time (one thread), each
// through files in the TSA's directory.
#include "tests/engine/sign/tsa_server.hpp"

#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/StreamCopier.h>

#include <atomic>
#include <chrono>
#include <sstream>
#include <thread>

#include "tests/support/process.hpp"

namespace baocao::test {

struct TsaServer::State {
  std::filesystem::path dir;
  std::atomic<int> requests{0}, downloads{0}, delay_ms{0};
  int port = 0;
};

namespace {

class Handler : public Poco::Net::HTTPRequestHandler {
 public:
  explicit Handler(std::shared_ptr<TsaServer::State> s) : s_(std::move(s)) {}
  void handleRequest(Poco::Net::HTTPServerRequest& req, Poco::Net::HTTPServerResponse& resp) override {
    if (req.getMethod() == Poco::Net::HTTPRequest::HTTP_GET) {
      ++s_->downloads;
      const std::string path = req.getURI();
      const std::filesystem::path file = s_->dir / "www" / path.substr(path.find_first_not_of('/'));
      if (path.find("..") != std::string::npos || !std::filesystem::is_regular_file(file)) {
        resp.setStatus(Poco::Net::HTTPResponse::HTTP_NOT_FOUND);
        resp.send() << "not found";
        return;
      }
      std::string bytes = read_file(file);
      resp.setContentLength(static_cast<std::streamsize>(bytes.size()));
      resp.send() << bytes;
      return;
    }
    if (s_->delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(s_->delay_ms.load()));
    std::ostringstream body;
    Poco::StreamCopier::copyStream(req.stream(), body);
    write_file(s_->dir / "query.tsq", body.str());
    auto r = run("cd " + sh_quote(s_->dir.string()) +
                 " && openssl ts -reply -config tsa.cnf -queryfile query.tsq -out reply.tsr 2>&1");
    ++s_->requests;
    if (r.status != 0 || req.getContentType() != "application/timestamp-query") {
      resp.setStatus(Poco::Net::HTTPResponse::HTTP_BAD_REQUEST);
      resp.send() << r.out;
      return;
    }
    std::string reply = read_file(s_->dir / "reply.tsr");
    resp.setContentType("application/timestamp-reply");
    resp.setContentLength(static_cast<std::streamsize>(reply.size()));
    resp.send() << reply;
  }

 private:
  std::shared_ptr<TsaServer::State> s_;
};

class Factory : public Poco::Net::HTTPRequestHandlerFactory {
 public:
  explicit Factory(std::shared_ptr<TsaServer::State> s) : s_(std::move(s)) {}
  Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override {
    return new Handler(s_);  // Poco takes ownership
  }

 private:
  std::shared_ptr<TsaServer::State> s_;
};

}  // namespace

TsaServer::TsaServer(std::filesystem::path dir) : state_(std::make_shared<State>()) {
  state_->dir = std::move(dir);
  Poco::Net::ServerSocket socket(Poco::Net::SocketAddress("127.0.0.1", 0));
  state_->port = socket.address().port();
  auto params = new Poco::Net::HTTPServerParams;  // Poco takes ownership (AutoPtr)
  params->setMaxThreads(1);
  server_ = std::make_unique<Poco::Net::HTTPServer>(new Factory(state_), socket, params);
  server_->start();
}

TsaServer::~TsaServer() {
  server_->stopAll(true);
}

std::string TsaServer::url() const {
  return "http://127.0.0.1:" + std::to_string(state_->port) + "/tsa";
}

int TsaServer::requests() const {
  return state_->requests;
}

std::string TsaServer::base() const {
  return "http://127.0.0.1:" + std::to_string(state_->port);
}

int TsaServer::downloads() const {
  return state_->downloads;
}

void TsaServer::set_delay_ms(int ms) {
  state_->delay_ms = ms;
}

}  // namespace baocao::test
