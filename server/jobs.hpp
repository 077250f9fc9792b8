// Background jobs: the portal enqueues a job in the store; a runner thread
// in every instance claims jobs one at a time (the store gives each to one
// instance) and runs them in-process with the engine's cycle, recording
// progress as it goes so any instance's page shows it. A job whose instance
// stops beating for ten minutes is claimed again by another; one whose
// instance is stopping is handed back to the queue.
#pragma once

#include <atomic>
#include <filesystem>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

#include "engine/core/messages.hpp"
#include "engine/store/portal_store.hpp"

namespace baocao::server {

struct PortalState;

// A run of one deadline's documents for one unit's part of the hierarchy.
struct RunJob {
  int year = 0;
  std::string deadline;  // "YYYY-MM-DD"
};
std::string run_job_params(const RunJob& job);
RunJob run_job_of(const store::Job& job);  // Error(input) on malformed params

// The result text of a job in `lang` (jobs record both languages).
std::string job_result(const store::Job& job, Lang lang);

// Where a scope's runs write, under the output root.
std::filesystem::path scope_out(const PortalState& s, const std::string& scope);

class JobRunner {
 public:
  explicit JobRunner(PortalState& state);
  ~JobRunner();
  void start();
  // Interrupts the job running (it goes back to the queue) and joins.
  void stop();

 private:
  void loop();
  void run(const store::Job& job);

  PortalState& s_;
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::mutex m_;
  std::condition_variable cv_;
};

}  // namespace baocao::server
