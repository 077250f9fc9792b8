#include "server/jobs.hpp"

#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <chrono>
#include <sstream>

#include "engine/core/diagnostic.hpp"
#include "engine/cycle/run.hpp"
#include "server/instant.hpp"
#include "server/portal_state.hpp"

namespace baocao::server {

namespace {

// A job's instance is taken for gone when it has not recorded progress for this long.
constexpr std::int64_t kStaleSeconds = 600;

struct Interrupted {};

std::string both_languages(MsgId id, const std::vector<std::string>& args) {
  Poco::JSON::Object o;
  o.set("vi", message(Lang::vi, id, args));
  o.set("en", message(Lang::en, id, args));
  std::ostringstream s;
  o.stringify(s);
  return s.str();
}

std::string both_languages(const Error& e) {
  Poco::JSON::Object o;
  o.set("vi", e.render(Lang::vi));
  o.set("en", e.render(Lang::en));
  std::ostringstream s;
  o.stringify(s);
  return s.str();
}

}  // namespace

std::string run_job_params(const RunJob& job) {
  Poco::JSON::Object o;
  o.set("year", job.year);
  o.set("deadline", job.deadline);
  std::ostringstream s;
  o.stringify(s);
  return s.str();
}

RunJob run_job_of(const store::Job& job) {
  try {
    Poco::JSON::Parser parser;
    auto o = parser.parse(job.params).extract<Poco::JSON::Object::Ptr>();
    return {o->getValue<int>("year"), o->getValue<std::string>("deadline")};
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::portal_job_bad, {std::to_string(job.id), e.displayText()});
  }
}

std::string job_result(const store::Job& job, Lang lang) {
  if (job.result.empty() || job.result[0] != '{') return job.result;
  try {
    Poco::JSON::Parser parser;
    auto o = parser.parse(job.result).extract<Poco::JSON::Object::Ptr>();
    return o->optValue<std::string>(lang == Lang::en ? "en" : "vi", job.result);
  } catch (const Poco::Exception&) {
    return job.result;
  }
}

std::filesystem::path scope_out(const PortalState& s, const std::string& scope) {
  return s.o.out / scope;
}

JobRunner::JobRunner(PortalState& state) : s_(state) {}

JobRunner::~JobRunner() {
  stop();
}

void JobRunner::start() {
  thread_ = std::thread([this] { loop(); });
}

void JobRunner::stop() {
  stopping_ = true;
  cv_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void JobRunner::loop() {
  while (!stopping_) {
    std::optional<store::Job> job;
    try {
      auto lease = s_.pool.acquire();
      const std::int64_t now = unix_now();
      job = lease.portal().claim_job(s_.o.instance, utc_text(now), utc_text(now - kStaleSeconds));
    } catch (const std::exception&) {
      job.reset();  // the store is unreachable for now: try again later
    }
    if (job) {
      run(*job);
      continue;
    }
    std::unique_lock<std::mutex> lock(m_);
    cv_.wait_for(lock, std::chrono::milliseconds(s_.o.job_poll_ms), [&] { return stopping_.load(); });
  }
}

void JobRunner::run(const store::Job& job) {
  auto finish = [&](store::JobState state, const std::string& result) {
    try {
      auto lease = s_.pool.acquire();
      lease.portal().finish_job(job.id, state, result, utc_now());
    } catch (const std::exception&) {
      // The store is gone: the job's heartbeat goes stale and another instance takes it.
    }
  };
  try {
    if (job.kind != "run") fail(ErrorFamily::input, MsgId::portal_job_bad, {std::to_string(job.id), job.kind});
    RunJob r = run_job_of(job);
    cycle::RunOptions o;
    o.cycle = r.year;
    o.deadline = parse_iso_date(r.deadline);
    o.scope = job.scope;
    o.out = scope_out(s_, job.scope);
    o.plan = s_.o.plan;
    o.store_dir = s_.o.store_dir;
    o.store_label = "portal";
    o.vars = s_.o.vars;
    o.threads = static_cast<unsigned>(s_.o.job_threads);
    std::filesystem::create_directories(o.out);

    // Progress goes through a connection of its own: the run reads the store on another.
    auto progress_lease = s_.pool.acquire();
    cycle::RunProgress progress = [&](std::size_t done, std::size_t total, const std::string& file, bool) {
      if (stopping_) throw Interrupted{};
      progress_lease.portal().job_progress(job.id, static_cast<int>(done), static_cast<int>(total), file, utc_now());
    };
    cycle::RunReport report;
    {
      auto lease = s_.pool.acquire();
      report = cycle::run_cycle(lease.store(), *s_.o.clock, cycle::Paths::shipped(), o, progress);
    }
    std::vector<store::DocumentRecord> docs;
    const std::string now = utc_now();
    for (const cycle::OutputEntry& e : report.outputs) {
      store::DocumentRecord d;
      d.file = job.scope + "/" + e.file;
      d.scope = job.scope;
      d.deadline = e.deadline;
      d.kind = e.kind;
      d.unit_code = e.unit;
      d.issuer = e.issuer;
      d.signer = e.signer;
      d.sha256 = e.sha256;
      d.job_id = job.id;
      d.produced_at = now;
      docs.push_back(std::move(d));
    }
    progress_lease.portal().put_documents(docs);
    finish(store::JobState::done,
           both_languages(MsgId::portal_job_done, {std::to_string(report.total()),
                                                   std::to_string(report.changed()),
                                                   std::to_string(report.without_signer.size())}));
  } catch (const Interrupted&) {
    finish(store::JobState::queued, "");
  } catch (const Error& e) {
    finish(store::JobState::failed, both_languages(e));
  } catch (const std::exception& e) {
    finish(store::JobState::failed, both_languages(MsgId::portal_job_crashed, {e.what()}));
  }
}

}  // namespace baocao::server
