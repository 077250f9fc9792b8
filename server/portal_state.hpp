// The portal's shared state and its pages, for the server's own files only
// (portal.hpp is the public face).
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "engine/cycle/paths.hpp"
#include "server/exchange.hpp"
#include "server/options.hpp"
#include "server/scope.hpp"
#include "server/store_pool.hpp"
#include "server/year_facts.hpp"

namespace baocao::server {

// How long a session lasts without being used (it is extended while used).
inline constexpr std::int64_t kSessionSeconds = 8 * 3600;

struct PortalState {
  explicit PortalState(PortalOptions options);
  ~PortalState();

  PortalOptions o;
  StorePool pool;
  UnitDirectory units;
  YearFactsCache facts;
  std::mutex log_m;

  CivilDate today() const { return o.clock->now().date; }
  std::shared_ptr<const UnitSnapshot> unit_snapshot() { return units.get(pool, today()); }
  std::shared_ptr<const YearFacts> year_facts(StorePool::Lease& lease, int year) {
    return facts.get(lease.store(), lease.portal(), year, o.plan, o.store_dir);
  }
  // Private files of the portal under the output root (errors workbooks, uploads in progress).
  std::filesystem::path private_dir(const std::string& name) const;
  void audit(const Exchange& x, const std::string& action, const std::string& unit, const std::string& detail);
};

// The parameters a route's pattern captured ({unit}, {id}, ...), in order.
using Params = std::vector<std::string>;

// Page shell: header with the account and the language switch, the role's
// menu, `body`, footer. `refresh`: seconds before the page reloads itself
// (a job's progress), 0 for none.
std::string page(Exchange& x, const std::string& title, const std::string& body, int refresh = 0);
// A hidden input carrying the session's CSRF token, for every form.
std::string csrf_field(const Exchange& x);
// Where an account starts.
std::string home_of(const store::Account& a);

// Pages (pages_*.cpp).
void login_page(Exchange& x, const Params& p);
void login_submit(Exchange& x, const Params& p);
void logout_submit(Exchange& x, const Params& p);
void home_page(Exchange& x, const Params& p);
void unit_page(Exchange& x, const Params& p);
void form_download(Exchange& x, const Params& p);
void upload_submit(Exchange& x, const Params& p);
void errors_download(Exchange& x, const Params& p);
void history_page(Exchange& x, const Params& p);
void deadlines_page(Exchange& x, const Params& p);
void deadline_page(Exchange& x, const Params& p);
void run_submit(Exchange& x, const Params& p);
void job_page(Exchange& x, const Params& p);
void document_download(Exchange& x, const Params& p);
void deadline_zip(Exchange& x, const Params& p);
void sign_page(Exchange& x, const Params& p);
void signed_upload_submit(Exchange& x, const Params& p);
void admin_users_page(Exchange& x, const Params& p);
void admin_user_add(Exchange& x, const Params& p);
void admin_user_change(Exchange& x, const Params& p);
void admin_audit_page(Exchange& x, const Params& p);
void admin_audit_csv(Exchange& x, const Params& p);
void admin_import_page(Exchange& x, const Params& p);
void admin_import_submit(Exchange& x, const Params& p);
void admin_templates_page(Exchange& x, const Params& p);
void admin_template_upload(Exchange& x, const Params& p);

}  // namespace baocao::server
