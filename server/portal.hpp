// The web portal (`baocao serve`): clerks submit their units' figures,
// consolidators follow deadlines and produce the documents, leaders sign
// them, admins manage accounts, lists and templates. Pages are rendered on
// the server (Poco::Net::HTTPServer) in Vietnamese or English, without
// JavaScript. Every job is the engine's (engine/cycle), run in-process.
#pragma once

#include <memory>

#include "server/options.hpp"

namespace baocao::server {

struct PortalState;

class Portal {
 public:
  explicit Portal(PortalOptions options);
  ~Portal();
  Portal(const Portal&) = delete;
  Portal& operator=(const Portal&) = delete;

  // Listens on the options' address and starts the job runner. Throws
  // Error(usage) when the address cannot be listened on.
  void start();
  // The port listened on (the chosen one when the options said 0).
  int port() const;
  // Stops accepting connections, lets the requests in flight finish (up to
  // `grace_seconds`), stops the job runner after its current job.
  void stop(int grace_seconds = 30);

 private:
  struct Running;
  std::unique_ptr<PortalState> state_;
  std::unique_ptr<Running> running_;
};

}  // namespace baocao::server
