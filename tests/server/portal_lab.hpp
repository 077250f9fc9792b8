// A portal for the tests, started once per test program on a free loopback
// port over a SQLite store holding the sample province (its units history,
// register, plan and targets; the communes' figures imported on 05/12/2025
// except Phường Phủ Lý's and Phường Châu Sơn's, which the tests submit), a
// commune whose name holds markup, one account per role, and a test CA whose
// leader certificate `baocao sign` uses. The calendar says 09/12/2025.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "engine/store/store.hpp"
#include "server/portal.hpp"
#include "tests/server/portal_client.hpp"
#include "tests/support/process.hpp"

namespace baocao::test {

inline const std::string kPassword = "mat-khau-thu-nghiem-2025";
inline const std::string kKeyPass = "mat-khau-khoa-ky-5Rt";

struct PortalLab {
  TempDir dir;
  std::filesystem::path db, out, access_log;
  std::ofstream log;
  std::unique_ptr<server::Portal> portal;
  int port = 0;

  std::unique_ptr<store::Store> open_store() const;
  PortalClient client() const { return PortalClient(port); }
  // A client logged in as `name` (with kPassword); fails the test otherwise.
  PortalClient as(const std::string& name) const;
  // Signs `pdf` as the leader (CA-issued key) with `baocao sign`; "" on failure.
  std::filesystem::path sign(const std::filesystem::path& pdf, const std::string& name,
                             const std::string& key = "leader") const;

  static PortalLab& shared();
};

// A commune form for `code` filled with these two gia_dinh_hoc_tap cells
// (the others sound), as XLSX bytes made by the portal's own blank form.
std::string filled_form(PortalClient& c, const std::string& unit, const std::string& numerator,
                        const std::string& denominator);

}  // namespace baocao::test
