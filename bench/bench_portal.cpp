// The portal under load (BENCHMARKS.md, workload 6), in one process on
// loopback: a store of the whole country (the shipped 3,321 communes in 34
// provinces), made-up 2025 figures for ~97 % of communes, the sample's plan
// and targets; the portal started in-process (its default 64 worker
// threads; the machine has 2 cores) and driven
// with Poco's HTTP client.
//   6a: 200 clerks of 200 communes upload their form at once (one connection
//       each, released together): every answer must be 200, and the store
//       must then hold exactly one current submission of each, from that file.
//   6b: 50 readers load the consolidator's deadline page of the largest
//       province over and over (keep-alive), 40 times each.
// Sessions are put in the store directly (a login is Argon2id's 0.1 s by
// design and is not what is measured). Prints latencies (p50, p99, max),
// throughput, and PASS/FAIL against the targets.
// Usage: bench_portal WORK_DIR [UPLOADS=200] [READERS=50] [READS_EACH=40]
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <algorithm>
#include <atomic>
#include <barrier>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

#include "data-adapters/plan/plan_json.hpp"
#include "data-adapters/csv/figures_csv.hpp"
#include "data-adapters/forms/targets_file.hpp"
#include "data-adapters/sqlite/sqlite_store.hpp"
#include "data-adapters/store/poco_portal_store.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/cycle/reference_data.hpp"
#include "server/passwords.hpp"
#include "server/portal.hpp"

namespace fs = std::filesystem;
using namespace baocao;
using Clock = std::chrono::steady_clock;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const char* kIndicators[] = {"gia_dinh_hoc_tap", "dong_ho_hoc_tap", "cong_dong_hoc_tap", "don_vi_hoc_tap"};

struct Http {
  int status = 0;
  std::string body;
};

Http request(Poco::Net::HTTPClientSession& s, const std::string& method, const std::string& path,
             const std::string& cookie, const std::string& body = "", const std::string& type = "") {
  Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPMessage::HTTP_1_1);
  req.setKeepAlive(true);
  req.set("Cookie", cookie);
  if (!body.empty()) {
    req.setContentType(type);
    req.setContentLength64(static_cast<Poco::Int64>(body.size()));
  }
  s.sendRequest(req) << body;
  Poco::Net::HTTPResponse resp;
  std::istream& in = s.receiveResponse(resp);
  Http h;
  std::ostringstream o;
  Poco::StreamCopier::copyStream(in, o);
  h.status = resp.getStatus();
  h.body = o.str();
  return h;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  std::size_t i = static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

struct Session {
  std::string cookie, csrf;
};

Session session_for(store::PortalStore& p, const std::string& name, const std::string& role, const std::string& unit) {
  store::Account a;
  a.name = name;
  a.role = role;
  a.unit_code = unit;
  a.password_hash = "$argon2id$not-used-by-the-benchmark";
  a.created_at = "2025-12-01T00:00:00Z";
  p.add_account(a);
  auto acc = p.account(name);
  std::string token = server::random_token(), csrf = server::random_token();
  p.put_session({server::token_hash(token), acc->id, csrf, "2025-12-01T00:00:00Z", "2099-01-01T00:00:00Z", "127.0.0.1"});
  return {"baocao_phien=" + token, csrf};
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_portal WORK_DIR [UPLOADS] [READERS] [READS_EACH]\n";
    return 2;
  }
  const fs::path work = argv[1];
  const int uploads = argc > 2 ? std::atoi(argv[2]) : 200;
  const int readers = argc > 3 ? std::atoi(argv[3]) : 50;
  const int reads_each = argc > 4 ? std::atoi(argv[4]) : 40;
  fs::remove_all(work);
  fs::create_directories(work / "out");
  const std::string db = (work / "kho.db").string();

  // The country's store.
  auto t0 = Clock::now();
  auto store = store::open_sqlite_store(db);
  cycle::ensure_reference_data(*store);
  const fs::path samples = data_dir() / "samples" / "ninh-binh";
  {
    store->put_targets(
        forms::read_targets_file((samples / "chi-tieu.csv").string(), model::IndicatorCatalogue::national()),
        "chi-tieu.csv", false);
    std::string plan_text = read(samples / "ke-hoach-2025.json");
    PlanData plan = plan::read_plan_json_text(plan_text, "ke-hoach-2025.json");
    store->put_plan({plan.name, 0, 0, plan_text, "ke-hoach-2025.json", std::string(64, 'a'), "2025-11-01T00:00:00Z"});
  }
  std::vector<Unit> communes;
  std::map<std::string, int> per_province;
  for (const Unit& u : store->units_on("2025-12-31"))
    if (u.level == "xa") {
      communes.push_back(u);
      ++per_province[u.parent];
    }
  std::mt19937 rng(2025);
  store::FileSubmission file{"so-lieu-ca-nuoc.csv", std::string(64, 'b'), 2025, "2025-12-05T02:00:00Z", {}, {}};
  std::vector<std::string> not_reported;
  for (std::size_t i = 0; i < communes.size(); ++i) {
    if (i % 33 == 7) {
      not_reported.push_back(communes[i].code);
      continue;
    }
    for (const char* ind : kIndicators) {
      Record r;
      r.unit_code = communes[i].code;
      r.unit_name = communes[i].name;
      r.indicator = ind;
      r.period = 2025;
      r.denominator = 20 + rng() % 5000;
      r.numerator = std::floor(r.denominator * (0.5 + (rng() % 40) / 100.0));
      file.records.push_back(r);
    }
  }
  store->import_file(file, false);
  std::string largest;
  for (const auto& [code, n] : per_province)
    if (largest.empty() || n > per_province[largest]) largest = code;
  auto portal_store = store::portal_store_of(*store);
  const Session reader = session_for(*portal_store, "tong.hop", "consolidator", largest);
  // The uploaders: 200 communes, a third of them submitting for the first time.
  std::vector<const Unit*> uploaders;
  for (std::size_t i = 0; i < communes.size() && static_cast<int>(uploaders.size()) < uploads; i += 16)
    uploaders.push_back(&communes[i]);
  std::vector<Session> clerks;
  for (const Unit* u : uploaders) clerks.push_back(session_for(*portal_store, "cv" + u->code, "clerk", u->code));
  const double setup_s = std::chrono::duration<double>(Clock::now() - t0).count();
  portal_store.reset();
  store.reset();

  server::PortalOptions o;
  o.port = 0;
  o.open_store = [db] { return store::open_sqlite_store(db); };
  o.out = work / "out";
  o.clock = std::make_shared<cycle::FixedClock>(cycle::parse_now("now", "2025-12-09T09:00"));
  o.queue = 256;  // the default 64 worker threads
  if (const char* t = std::getenv("BENCH_PORTAL_THREADS")) o.threads = std::atoi(t);
  o.run_jobs = false;
  std::ofstream log(work / "access.log");
  o.access_log = &log;
  server::Portal portal(o);
  portal.start();
  const int port = portal.port();

  // 6a: uploads, released together.
  std::vector<double> up_ms(uploaders.size());
  std::vector<int> up_status(uploaders.size());
  std::barrier start(static_cast<std::ptrdiff_t>(uploaders.size()));
  auto t_up = Clock::now();
  {
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < uploaders.size(); ++i)
      threads.emplace_back([&, i] {
        const Unit& u = *uploaders[i];
        std::string csv = "ma_don_vi,ten_don_vi,gia_dinh_hoc_tap_dat,gia_dinh_hoc_tap_tong,dong_ho_hoc_tap_dat,"
                          "dong_ho_hoc_tap_tong\n" +
                          u.code + "," + u.name + ",812,1204,27,37\n";
        const std::string boundary = "----bench" + std::to_string(i);
        std::string body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n" +
                           clerks[i].csrf + "\r\n--" + boundary +
                           "\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2025\r\n--" + boundary +
                           "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bieu-" + u.code +
                           ".csv\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Poco::Net::HTTPClientSession s("127.0.0.1", static_cast<Poco::UInt16>(port));
        s.setTimeout(Poco::Timespan(300, 0));
        start.arrive_and_wait();
        auto t = Clock::now();
        try {
          up_status[i] = request(s, "POST", "/unit/" + u.code + "/upload", clerks[i].cookie, body,
                                 "multipart/form-data; boundary=" + boundary)
                             .status;
        } catch (const std::exception&) {
          up_status[i] = -1;
        }
        up_ms[i] = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
      });
    for (auto& t : threads) t.join();
  }
  const double up_wall = std::chrono::duration<double>(Clock::now() - t_up).count();
  int up_ok = static_cast<int>(std::count(up_status.begin(), up_status.end(), 200));
  // Exactly one current submission of each uploader, from its file; none lost, none twice.
  int lost = 0, twice = 0;
  {
    auto check = store::open_sqlite_store(db);
    std::map<std::string, int> current, from_upload;
    for (const auto& s : check->submissions(2025, true)) {
      if (s.superseded_by == 0) ++current[s.unit_code];
      if (s.source_file.rfind("bieu-", 0) == 0) ++from_upload[s.unit_code];
    }
    for (const Unit* u : uploaders) {
      if (from_upload[u->code] == 0 || current[u->code] != 1) ++lost;
      if (from_upload[u->code] > 1) ++twice;
    }
  }

  // 6b: the dashboard.
  const std::string page = "/unit/" + largest + "/deadline/2025-12-10";
  std::vector<std::vector<double>> read_ms(static_cast<std::size_t>(readers));
  std::atomic<int> read_errors{0};
  std::barrier go(readers);
  // The first page after the uploads reads the year's facts again (the
  // store moved on); timed alone, as every page after a change pays it once.
  double first_ms = 0;
  {
    Poco::Net::HTTPClientSession s("127.0.0.1", static_cast<Poco::UInt16>(port));
    auto t = Clock::now();
    if (request(s, "GET", page, reader.cookie).status != 200) ++read_errors;
    first_ms = std::chrono::duration<double, std::milli>(Clock::now() - t).count();
  }
  auto t_read = Clock::now();
  {
    std::vector<std::thread> threads;
    for (int r = 0; r < readers; ++r)
      threads.emplace_back([&, r] {
        Poco::Net::HTTPClientSession s("127.0.0.1", static_cast<Poco::UInt16>(port));
        s.setKeepAlive(true);
        s.setTimeout(Poco::Timespan(300, 0));
        go.arrive_and_wait();
        for (int k = 0; k < reads_each; ++k) {
          auto t = Clock::now();
          try {
            Http h = request(s, "GET", page, reader.cookie);
            if (h.status != 200 || h.body.find("table class=\"units\"") == std::string::npos) ++read_errors;
          } catch (const std::exception&) {
            ++read_errors;
            s.reset();
          }
          read_ms[static_cast<std::size_t>(r)].push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
        }
      });
    for (auto& t : threads) t.join();
  }
  const double read_wall = std::chrono::duration<double>(Clock::now() - t_read).count();
  std::vector<double> all_reads;
  for (const auto& v : read_ms) all_reads.insert(all_reads.end(), v.begin(), v.end());
  portal.stop(10);

  std::printf("setup: %zu communes, %zu without figures, store in %.1f s; province %s: %d communes\n",
              communes.size(), not_reported.size(), setup_s, largest.c_str(), per_province[largest]);
  std::printf("| workload | requests | errors | p50 ms | p99 ms | max ms | wall s | req/s |\n");
  std::printf("|---|---|---|---|---|---|---|---|\n");
  std::printf("| 6a: %zu concurrent uploads | %zu | %zu (lost %d, twice %d) | %.0f | %.0f | %.0f | %.2f | %.0f |\n",
              uploaders.size(), uploaders.size(), uploaders.size() - static_cast<std::size_t>(up_ok), lost, twice,
              percentile(up_ms, 0.5), percentile(up_ms, 0.99), percentile(up_ms, 1.0), up_wall,
              static_cast<double>(uploaders.size()) / up_wall);
  std::printf("| 6b: dashboard, %d readers x %d | %zu | %d | %.1f | %.1f | %.1f | %.2f | %.0f |\n", readers, reads_each,
              all_reads.size(), read_errors.load(), percentile(all_reads, 0.5), percentile(all_reads, 0.99),
              percentile(all_reads, 1.0), read_wall, static_cast<double>(all_reads.size()) / read_wall);
  std::printf("| 6b: first page after the uploads (the year's facts read again) | 1 | - | %.1f | | | | |\n", first_ms);
  const bool up_pass = up_ok == static_cast<int>(uploaders.size()) && lost == 0 && twice == 0;
  const bool read_pass = read_errors == 0 && percentile(all_reads, 0.99) <= 100.0;
  std::printf("%s 6a: every upload answered 200, none lost or duplicated\n", up_pass ? "PASS" : "FAIL");
  std::printf("%s 6b: dashboard p99 <= 100 ms at %d concurrent readers\n", read_pass ? "PASS" : "FAIL", readers);
  return up_pass && read_pass ? 0 : 1;
}
