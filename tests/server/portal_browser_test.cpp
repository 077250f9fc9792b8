// The portal in Chromium headless (tests/server/browser_flow.py drives it
// with Selenium) against a portal started in-process on loopback: a clerk,
// the consolidator, the leader and the admin at work. The screenshots of
// every page stay in the build tree (tests/portal-screenshots/) to be looked at.
#include <gtest/gtest.h>

#include "tests/server/portal_lab.hpp"

namespace baocao::test {
namespace {

TEST(PortalBrowser, AClerkTheConsolidatorAndTheLeaderAtWork) {
  PortalLab& lab = PortalLab::shared();
  const std::string shots = (std::filesystem::current_path() / "portal-screenshots").string();
  Result r = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/server/browser_flow.py").string()) +
                 " --url http://127.0.0.1:" + std::to_string(lab.port) + " --baocao " + sh_quote(baocao_exe()) +
                 " --keys " + sh_quote(lab.dir.path().string()) + " --shots " + sh_quote(shots));
  EXPECT_EQ(r.status, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("checks failed: 0"), std::string::npos) << r.out << r.err;
}

}  // namespace
}  // namespace baocao::test
