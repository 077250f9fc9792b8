// What the portal's tables must do (engine/store/portal_store.hpp), run
// against SQLite and against a real PostgreSQL server. `open` gives a new
// connection to the same database each time it is called.
#pragma once

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <mutex>
#include <memory>
#include <set>
#include <thread>

#include "data-adapters/store/poco_portal_store.hpp"
#include "engine/store/store.hpp"

namespace baocao::store::test {

using OpenStore = std::function<std::unique_ptr<Store>()>;

inline Account account(const std::string& name, const std::string& role, const std::string& unit) {
  Account a;
  a.name = name;
  a.role = role;
  a.unit_code = unit;
  a.password_hash = "$argon2id$v=19$m=65536,t=2,p=1$c2FsdA$aGFzaA";
  a.created_at = "2025-12-01T01:00:00Z";
  return a;
}

inline void check_accounts_and_sessions(const OpenStore& open) {
  auto s = open();
  auto p = portal_store_of(*s);
  EXPECT_TRUE(p->add_account(account("nguyen.van.an", "clerk", "13285")));
  EXPECT_FALSE(p->add_account(account("nguyen.van.an", "leader", "37"))) << "a name is taken once";
  EXPECT_TRUE(p->add_account(account("tran.thi.binh", "consolidator", "37")));
  auto a = p->account("nguyen.van.an");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->role, "clerk");
  EXPECT_EQ(a->unit_code, "13285");
  EXPECT_FALSE(a->disabled);
  EXPECT_FALSE(p->account("khong.co"));
  auto by_id = p->account_by_id(a->id);
  ASSERT_TRUE(by_id);
  EXPECT_EQ(by_id->name, "nguyen.van.an");
  auto all = p->accounts();
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].name, "nguyen.van.an");

  EXPECT_TRUE(p->update_account("nguyen.van.an", std::string("$argon2id$moi"), true));
  EXPECT_FALSE(p->update_account("khong.co", std::nullopt, true));
  a = p->account("nguyen.van.an");
  EXPECT_EQ(a->password_hash, "$argon2id$moi");
  EXPECT_TRUE(a->disabled);

  p->put_session({"hash-1", a->id, "csrf-1", "2025-12-01T01:00:00Z", "2025-12-01T09:00:00Z", "127.0.0.1"});
  p->put_session({"hash-2", a->id, "csrf-2", "2025-12-01T01:00:00Z", "2025-12-01T02:00:00Z", "10.0.0.2"});
  auto got = p->session("hash-1", "2025-12-01T05:00:00Z");
  ASSERT_TRUE(got);
  EXPECT_EQ(got->csrf, "csrf-1");
  EXPECT_EQ(got->user_id, a->id);
  EXPECT_FALSE(p->session("hash-2", "2025-12-01T05:00:00Z")) << "expired";
  EXPECT_FALSE(p->session("hash-1", "2025-12-01T09:00:00Z")) << "expires at expires_at";
  p->extend_session("hash-1", "2025-12-01T17:00:00Z");
  EXPECT_TRUE(p->session("hash-1", "2025-12-01T12:00:00Z"));
  p->delete_expired_sessions("2025-12-01T05:00:00Z");
  p->delete_session("hash-1");
  EXPECT_FALSE(p->session("hash-1", "2025-12-01T05:00:00Z"));
  p->put_session({"hash-3", a->id, "c", "2025-12-01T01:00:00Z", "2099-01-01T00:00:00Z", ""});
  p->delete_sessions_of(a->id);
  EXPECT_FALSE(p->session("hash-3", "2025-12-01T05:00:00Z"));
}

inline void check_login_failures(const OpenStore& open) {
  auto s = open();
  auto p = portal_store_of(*s);
  const std::string subject = "user:nguyen.van.an";
  LoginFailures f;
  for (int i = 1; i <= 3; ++i) {
    f = p->record_login_failure(subject, "2025-12-01T01:00:0" + std::to_string(i) + "Z", "2025-12-01T00:45:00Z", 3,
                                "2025-12-01T01:15:00Z");
    EXPECT_EQ(f.failures, i);
    EXPECT_EQ(f.locked_until.empty(), i < 3) << i;
  }
  EXPECT_EQ(p->login_failures(subject).locked_until, "2025-12-01T01:15:00Z");
  // A failure after the window started again counts from one, the lock kept.
  f = p->record_login_failure(subject, "2025-12-01T03:00:00Z", "2025-12-01T02:45:00Z", 3, "x");
  EXPECT_EQ(f.failures, 1);
  EXPECT_EQ(f.locked_until, "2025-12-01T01:15:00Z");
  p->clear_login_failures(subject);
  EXPECT_EQ(p->login_failures(subject).failures, 0);
  EXPECT_EQ(p->login_failures("addr:10.0.0.9").failures, 0);
}

inline void check_audit(const OpenStore& open) {
  auto s = open();
  auto p = portal_store_of(*s);
  p->audit({0, "2025-12-01T01:00:00Z", "an", "127.0.0.1", "login", "13285", ""});
  p->audit({0, "2025-12-01T02:00:00Z", "an", "127.0.0.1", "upload", "13285", "bieu-mau.xlsx <script>"});
  p->audit({0, "2025-12-02T02:00:00Z", "binh", "10.0.0.2", "run", "37", "2025-12-10"});
  auto all = p->audit_log({});
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].action, "run") << "newest first";
  EXPECT_EQ(all[1].detail, "bieu-mau.xlsx <script>");
  AuditFilter by_user;
  by_user.user = "an";
  EXPECT_EQ(p->audit_log(by_user).size(), 2u);
  AuditFilter by_day;
  by_day.from = "2025-12-02T00:00:00Z";
  EXPECT_EQ(p->audit_log(by_day).size(), 1u);
  AuditFilter page;
  page.limit = 1;
  page.before_id = all[0].id;
  auto older = p->audit_log(page);
  ASSERT_EQ(older.size(), 1u);
  EXPECT_EQ(older[0].action, "upload");
}

inline void check_jobs(const OpenStore& open) {
  auto s = open();
  auto p = portal_store_of(*s);
  Job j;
  j.kind = "run";
  j.params = R"({"deadline":"2025-12-10"})";
  j.scope = "37";
  j.created_by = "binh";
  j.created_at = "2025-12-10T01:00:00Z";
  std::int64_t first = p->enqueue_job(j);
  std::int64_t second = p->enqueue_job(j);
  EXPECT_GT(second, first);
  auto claimed = p->claim_job("may-1", "2025-12-10T01:00:05Z", "2025-12-10T00:50:05Z");
  ASSERT_TRUE(claimed);
  EXPECT_EQ(claimed->id, first);
  EXPECT_EQ(claimed->state, JobState::running);
  EXPECT_EQ(claimed->claimed_by, "may-1");
  p->job_progress(first, 3, 10, "37/tong-hop.pdf", "2025-12-10T01:00:06Z");
  auto seen = p->job(first);
  EXPECT_EQ(seen->done, 3);
  EXPECT_EQ(seen->total, 10);
  EXPECT_EQ(seen->current, "37/tong-hop.pdf");
  p->finish_job(first, JobState::done, "10 tệp", "2025-12-10T01:00:09Z");
  EXPECT_EQ(p->job(first)->state, JobState::done);
  EXPECT_EQ(p->job(first)->result, "10 tệp");

  // The second, claimed by an instance that then stops beating, is claimed
  // again once its heartbeat is older than the staleness bound.
  auto other = p->claim_job("may-2", "2025-12-10T01:01:00Z", "2025-12-10T00:51:00Z");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->id, second);
  EXPECT_FALSE(p->claim_job("may-1", "2025-12-10T01:02:00Z", "2025-12-10T00:52:00Z"));
  auto again = p->claim_job("may-1", "2025-12-10T01:20:00Z", "2025-12-10T01:10:00Z");
  ASSERT_TRUE(again);
  EXPECT_EQ(again->id, second);
  EXPECT_EQ(again->claimed_by, "may-1");
  EXPECT_EQ(p->jobs("37", 10).size(), 2u);
  EXPECT_EQ(p->jobs("01", 10).size(), 0u);
  p->finish_job(second, JobState::failed, "lỗi", "2025-12-10T01:21:00Z");

  // Many queued jobs, four connections claiming at once: each job once.
  for (int i = 0; i < 40; ++i) p->enqueue_job(j);
  std::mutex m;
  std::multiset<std::int64_t> taken;
  std::vector<std::thread> workers;
  for (int w = 0; w < 4; ++w)
    workers.emplace_back([&, w] {
      auto mine = open();
      auto portal = portal_store_of(*mine);
      while (auto job = portal->claim_job("may-" + std::to_string(w), "2025-12-10T02:00:00Z",
                                          "2025-12-10T01:50:00Z")) {
        std::lock_guard<std::mutex> lock(m);
        taken.insert(job->id);
      }
    });
  for (auto& t : workers) t.join();
  EXPECT_EQ(taken.size(), 40u);
  EXPECT_EQ(std::set<std::int64_t>(taken.begin(), taken.end()).size(), 40u) << "no job claimed twice";
}

inline void check_documents(const OpenStore& open) {
  auto s = open();
  auto p = portal_store_of(*s);
  DocumentRecord d;
  d.file = "37/2025-12-10-xa-bao-cao/37/tong-hop.pdf";
  d.scope = "37";
  d.deadline = "2025-12-10";
  d.kind = "tong-hop";
  d.unit_code = "37";
  d.issuer = "Sở Giáo dục và Đào tạo";
  d.signer = "Phạm Thu Hà";
  d.sha256 = "aa";
  d.job_id = 1;
  d.produced_at = "2025-12-10T01:00:00Z";
  DocumentRecord e = d;
  e.file = "37/2025-12-10-xa-bao-cao/37/cong-van-don-doc.pdf";
  e.kind = "cong-van-don-doc";
  p->put_documents({d, e});
  auto all = p->documents("37", "2025-12-10");
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].kind, "cong-van-don-doc");
  d.signed_file = d.file + ".da-ky.pdf";
  d.signed_sha256 = "bb";
  d.signed_draft_sha256 = "aa";
  d.signed_by = "Phạm Thu Hà";
  d.signed_at = "2025-12-10T03:00:00Z";
  d.signed_uploaded_by = "ha";
  p->set_signed(d);
  // A later run replaces the draft's columns and keeps the signed copy's.
  DocumentRecord again = d;
  again.sha256 = "cc";
  again.job_id = 2;
  again.signed_file.clear();
  p->put_documents({again});
  auto one = p->document(d.file);
  ASSERT_TRUE(one);
  EXPECT_EQ(one->sha256, "cc");
  EXPECT_EQ(one->signed_sha256, "bb");
  EXPECT_EQ(one->signed_draft_sha256, "aa");
  EXPECT_EQ(p->documents_of_unit("37").size(), 2u);
  EXPECT_FALSE(p->document("../x"));
}

// The version the portal's caches check moves with each import of figures.
inline void check_data_version(const OpenStore& open) {
  auto s = open();
  auto p = portal_store_of(*s);
  const std::string before = p->data_version();
  EXPECT_EQ(p->data_version(), before) << "stable while nothing changes";
  FileSubmission f{"a.csv", std::string(64, 'c'), 2025, "2025-12-01T00:00:00Z", {}, {}};
  Record r;
  r.unit_code = "13285";
  r.unit_name = "Phường Phủ Lý";
  r.indicator = "gia_dinh_hoc_tap";
  r.period = 2025;
  r.numerator = 1;
  r.denominator = 2;
  f.records = {r};
  s->put_indicators({{"gia_dinh_hoc_tap", "Gia đình học tập", "a", "b", "c"}});
  s->import_file(f, false);
  EXPECT_NE(p->data_version(), before);
}

}  // namespace baocao::store::test
