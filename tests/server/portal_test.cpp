// The portal over HTTP (Poco's HTTPClientSession against a server started
// on a free loopback port, see portal_lab.hpp): every route without a
// session, with another unit's ids, without the CSRF token; markup in a
// unit's name; hostile download names and uploads; login throttling; the
// clerk's upload, the consolidator's run, zip and documents, the leader's
// signed copy (signed with `baocao sign`, checked against pdfsig), the
// admin's pages. Outputs are read with tools nobody here wrote (pdftotext,
// openpyxl, Python's zipfile).
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "data-adapters/store/poco_portal_store.hpp"
#include "tests/server/portal_lab.hpp"

namespace baocao::test {
namespace {

namespace fs = std::filesystem;

PortalLab& lab() {
  return PortalLab::shared();
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The deadline's documents, produced once for the tests that read them.
std::int64_t produced_run() {
  static std::int64_t id = [] {
    PortalClient ha = lab().as("ha");
    std::string token = ha.csrf("/unit/37/deadline/2025-12-10");
    Reply r = ha.post("/unit/37/deadline/2025-12-10/run", {{"csrf", token}});
    EXPECT_EQ(r.status, 303) << r.body;
    std::string job = r.location();
    EXPECT_TRUE(has(job, "/unit/37/job/")) << job;
    for (int i = 0; i < 600; ++i) {
      Reply page = ha.get(job);
      if (has(page.body, "Đã xong")) return static_cast<std::int64_t>(std::stoll(job.substr(job.rfind('/') + 1)));
      EXPECT_FALSE(has(page.body, "class=\"error\"")) << page.body;
      if (has(page.body, "class=\"error\"")) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    ADD_FAILURE() << "the run did not finish";
    return std::int64_t{0};
  }();
  return id;
}

std::string python(const std::string& code, const std::vector<std::string>& args = {}) {
  std::string cmd = "/usr/bin/python3 -c " + sh_quote(code);
  for (const auto& a : args) cmd += " " + sh_quote(a);
  Result r = run(cmd);
  EXPECT_EQ(r.status, 0) << r.err;
  return r.out;
}

TEST(Portal, WithoutASessionEveryRouteShowsTheLoginPage) {
  PortalClient c = lab().client();
  const std::vector<std::pair<std::string, std::string>> routes = {
      {"GET", "/"},
      {"GET", "/unit/13285"},
      {"GET", "/unit/13285/form?year=2025"},
      {"POST", "/unit/13285/upload"},
      {"GET", "/unit/13285/errors/x"},
      {"GET", "/unit/13285/history"},
      {"GET", "/unit/37/deadlines"},
      {"GET", "/unit/37/deadline/2025-12-10"},
      {"POST", "/unit/37/deadline/2025-12-10/run"},
      {"GET", "/unit/37/deadline/2025-12-10/zip"},
      {"GET", "/unit/37/job/1"},
      {"GET", "/unit/37/document?file=37/2025-12-10-xa-bao-cao/37/tong-hop.pdf"},
      {"GET", "/unit/37/sign"},
      {"POST", "/unit/37/sign"},
      {"GET", "/admin/users"},
      {"POST", "/admin/users"},
      {"POST", "/admin/users/an"},
      {"GET", "/admin/audit"},
      {"GET", "/admin/audit.csv"},
      {"GET", "/admin/import"},
      {"POST", "/admin/import"},
      {"GET", "/admin/templates"},
      {"POST", "/admin/templates"},
      {"POST", "/logout"},
      {"GET", "/khong-co-trang-nay"},
  };
  for (const auto& [method, path] : routes) {
    Reply r = method == "GET" ? c.get(path) : c.post(path, {{"x", "1"}});
    EXPECT_EQ(r.status, 303) << method << " " << path;
    EXPECT_EQ(r.location().rfind("/login", 0), 0u) << method << " " << path << " -> " << r.location();
    Reply login = c.get(r.location());
    EXPECT_EQ(login.status, 200) << path;
    EXPECT_TRUE(has(login.body, "name=\"password\"")) << path;
  }
  // After logging in, the page asked for.
  Reply page = c.get("/login?next=%2Funit%2F13285%2Fhistory");
  Reply in = c.post("/login", {{"csrf", input_value(page.body, "csrf")},
                               {"name", "an"},
                               {"password", kPassword},
                               {"next", input_value(page.body, "next")}});
  EXPECT_EQ(in.location(), "/unit/13285/history");
}

TEST(Portal, AnotherUnitsIdsAreNotFound) {
  PortalClient an = lab().as("an");  // clerk of 13285
  const std::string token = an.csrf("/unit/13285");
  for (const std::string path : {"/unit/13318", "/unit/13318/form?year=2025", "/unit/13318/history",
                                 "/unit/13318/errors/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "/unit/37",
                                 "/unit/00004", "/unit/khong-co"})
    EXPECT_EQ(an.get(path).status, 404) << path;
  EXPECT_EQ(an.post_multipart("/unit/13318/upload", {{"csrf", token}, {"year", "2025"}},
                              {"file", "a.csv", "ma_don_vi,ten_don_vi\n"})
                .status,
            404);

  const std::int64_t job = produced_run();
  PortalClient hn = lab().as("ha.noi");  // consolidator of Hà Nội
  const std::string hn_token = hn.csrf("/unit/01/deadlines?year=2025");
  for (const std::string& path : std::vector<std::string>{
           "/unit/37/deadlines", "/unit/37/deadline/2025-12-10", "/unit/37/deadline/2025-12-10/zip",
           "/unit/37/job/" + std::to_string(job), "/unit/13285", "/unit/13285/history",
        "/unit/37/document?file=37/2025-12-10-xa-bao-cao/37/tong-hop.pdf", "/unit/37/sign"})
    EXPECT_EQ(hn.get(path).status, 404) << path;
  EXPECT_EQ(hn.post("/unit/37/deadline/2025-12-10/run", {{"csrf", hn_token}}).status, 404);
  // Its own scope does not reach another scope's job or document either.
  EXPECT_EQ(hn.get("/unit/01/job/" + std::to_string(job)).status, 404);
  EXPECT_EQ(hn.get("/unit/01/document?file=37/2025-12-10-xa-bao-cao/37/tong-hop.pdf").status, 404);

  PortalClient leader = lab().as("lanh.dao");  // leader of 37: its own unit only
  EXPECT_EQ(leader.get("/unit/13285/sign").status, 404);
  // A commune's report (in 37's run) is its own leader's, not the province's.
  EXPECT_EQ(lab().as("ha").get("/unit/37/document?file=37/2025-12-10-xa-bao-cao/37/13330-bao-cao.pdf").status, 200);
  EXPECT_EQ(leader.get("/unit/37/document?file=37/2025-12-10-xa-bao-cao/37/13330-bao-cao.pdf").status, 404);
  EXPECT_EQ(leader.post_multipart("/unit/13285/sign", {{"csrf", leader.csrf("/unit/37/sign")}}, {"file", "a.pdf", "%PDF"})
                .status,
            404);
  // Within scope but not the role's page: refused, not hidden.
  EXPECT_EQ(an.get("/unit/13285/deadlines").status, 403);
  EXPECT_EQ(an.get("/admin/users").status, 403);
  EXPECT_EQ(leader.get("/unit/37/deadlines").status, 403);
}

TEST(Portal, WithoutTheCsrfTokenEveryFormIsRefused) {
  PortalClient an = lab().as("an");
  PortalClient ha = lab().as("ha");
  PortalClient leader = lab().as("lanh.dao");
  PortalClient admin = lab().as("quan.tri");
  const std::string someone_elses = ha.csrf("/unit/37/deadlines");
  for (const std::string& bad : {std::string(), std::string("sai"), someone_elses}) {
    Fields f;
    if (!bad.empty()) f.push_back({"csrf", bad});
    EXPECT_EQ(an.post_multipart("/unit/13285/upload", f, {"file", "a.csv", "x"}).status, 403) << bad;
    EXPECT_EQ(leader.post_multipart("/unit/37/sign", f, {"file", "a.pdf", "x"}).status, 403) << bad;
    EXPECT_EQ(admin.post_multipart("/admin/import", f, {"file", "a.csv", "x"}).status, 403) << bad;
    EXPECT_EQ(admin.post_multipart("/admin/templates", f, {"file", "a.tpl", "x"}).status, 403) << bad;
    Fields g = f;
    g.push_back({"name", "moi"});
    g.push_back({"action", "disable"});
    EXPECT_EQ(admin.post("/admin/users", g).status, 403) << bad;
    EXPECT_EQ(admin.post("/admin/users/an", g).status, 403) << bad;
    if (bad != someone_elses) {
      EXPECT_EQ(ha.post("/unit/37/deadline/2025-12-10/run", f).status, 403) << bad;
    }
    EXPECT_EQ(an.post("/logout", f).status, 403) << bad;
  }
  // Still logged in: the refused logout did nothing.
  EXPECT_EQ(an.get("/unit/13285").status, 200);
  // The login form's own token (a cookie and a field) is required too.
  PortalClient fresh = lab().client();
  EXPECT_EQ(fresh.post("/login", {{"name", "an"}, {"password", kPassword}}).status, 403);
  fresh.get("/login");
  EXPECT_EQ(fresh.post("/login", {{"csrf", "khac"}, {"name", "an"}, {"password", kPassword}}).status, 403);
}

TEST(Portal, AUnitNameWithMarkupIsShownAsText) {
  PortalClient ha = lab().as("ha");
  for (const std::string path : {"/unit/37/deadline/2025-12-10", "/unit/99999", "/unit/99999/history"}) {
    Reply r = ha.get(path);
    ASSERT_EQ(r.status, 200) << path;
    EXPECT_TRUE(has(r.body, "Xã &lt;script&gt;alert(1)&lt;/script&gt;")) << path;
    EXPECT_FALSE(has(r.body, "<script")) << path;
    EXPECT_TRUE(has(r.header("content-security-policy"), "default-src 'none'")) << path;
  }
  PortalClient xa = lab().as("xa.la");  // its clerk: the name in the header too
  Reply own = xa.get("/unit/99999");
  EXPECT_FALSE(has(own.body, "<script"));
  EXPECT_TRUE(has(own.body, "Chuyên viên · Xã &lt;script&gt;"));
}

TEST(Portal, DownloadNamesOutsideTheDocumentsAreRefused) {
  produced_run();
  PortalClient ha = lab().as("ha");
  for (const std::string file : {"../../../etc/passwd", "37/../../kho.db", "..%2F..%2Fkho.db", "%2Fetc%2Fpasswd",
                                 "37/2025-12-10-xa-bao-cao/37/..%2F..%2F..%2F..%2Fkho.db", "..\\kho.db"}) {
    Reply r = ha.get("/unit/37/document?file=" + file);
    EXPECT_EQ(r.status, 400) << file;
    EXPECT_FALSE(has(r.body, "SQLite")) << file;
  }
  // A plain name the store never produced does not exist.
  EXPECT_EQ(ha.get("/unit/37/document?file=kho.db").status, 404);
  EXPECT_EQ(ha.get("/unit/37/document?file=.portal/errors/x.xlsx").status, 404);
  PortalClient an = lab().as("an");
  EXPECT_EQ(an.get("/unit/13285/errors/..%2F..%2F..%2Fkho.db").status, 404);
  EXPECT_EQ(an.get("/unit/13285/errors/" + std::string(43, '.')).status, 404);
  EXPECT_EQ(an.get("/static/..%2F..%2Fkho.db").status, 404);
  EXPECT_EQ(an.get("/static/portal.css").status, 200);
}

TEST(Portal, AZipBombIsRefusedAndTheServerKeepsAnswering) {
  TempDir tmp;
  Result made = run("/usr/bin/python3 " + sh_quote((source_dir() / "tests/data-adapters/xlsx/make_hostile.py").string()) +
                    " " + sh_quote(tmp.path().string()));
  ASSERT_EQ(made.status, 0) << made.err;
  PortalClient an = lab().as("an");
  for (const std::string name : {"zip-bomb.xlsx", "zip-bomb-lying.xlsx", "path-traversal.xlsx", "billion-laughs.xlsx"}) {
    if (!fs::exists(tmp / name)) continue;
    const auto started = std::chrono::steady_clock::now();
    Reply r = an.post_multipart("/unit/13285/upload", {{"csrf", an.csrf("/unit/13285")}, {"year", "2025"}},
                                {"file", name, read_file(tmp / name), kXlsx});
    EXPECT_EQ(r.status, 422) << name << r.body;
    EXPECT_TRUE(has(r.body, name)) << "the problem names the clerk's file: " << r.body;
    EXPECT_FALSE(has(r.body, ".portal")) << "never the server's temporary file";
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(30)) << name;
    EXPECT_EQ(lab().client().get("/healthz").body, "ok\n");
    EXPECT_EQ(an.get("/unit/13285").status, 200);
  }
  auto store = lab().open_store();
  for (const auto& s : store->submissions(2025, true)) EXPECT_NE(s.unit_code, "13285") << s.source_file;
}

TEST(Portal, FiftyWrongPasswordsLockTheAccountForAWhile) {
  PortalClient c = lab().client();
  int locked_at = 0;
  for (int i = 1; i <= 50 && !locked_at; ++i) {
    Reply r = c.login("khoa.thu", "sai-mat-khau-" + std::to_string(i));
    if (r.status == 429) {
      locked_at = i;
    } else {
      EXPECT_EQ(r.status, 401) << i;
    }
  }
  EXPECT_EQ(locked_at, 50);
  // Now even the right password is refused, with when to try again.
  Reply r = c.login("khoa.thu", kPassword);
  EXPECT_EQ(r.status, 429);
  EXPECT_TRUE(has(r.body, "tạm khóa đến")) << r.body;
  EXPECT_FALSE(c.cookies.count("baocao_phien"));
  // Other accounts from the same address are not locked by it.
  EXPECT_EQ(lab().client().login("binh", kPassword).status, 303);
  // The audit log has the failures, never the passwords tried.
  auto store = lab().open_store();
  store::AuditFilter f;
  f.action = "login_failed";
  f.limit = 0;
  auto failures = store::portal_store_of(*store)->audit_log(f);
  EXPECT_GE(failures.size(), 50u);
  for (const auto& e : failures) EXPECT_FALSE(has(e.detail, "sai-mat-khau"));
}

TEST(Portal, AClerkSeesEveryProblemFixesItAndSubmits) {
  PortalClient binh = lab().as("binh");  // clerk of Phường Châu Sơn
  Reply page = binh.get("/unit/13318?year=2025");
  ASSERT_EQ(page.status, 200);
  EXPECT_TRUE(has(page.body, "Chưa nộp, còn 1 ngày")) << page.body;

  std::string bad = filled_form(binh, "13318", "812", "s:12,5a");
  Reply refused = binh.post_multipart("/unit/13318/upload", {{"csrf", binh.csrf("/unit/13318")}, {"year", "2025"}},
                                      {"file", "bieu-mau-chau-son.xlsx", bad, kXlsx});
  EXPECT_EQ(refused.status, 422);
  EXPECT_TRUE(has(refused.body, "bieu-mau-chau-son.xlsx, sheet &#39;Biểu mẫu&#39;, ô D6: &#39;12,5a&#39; không phải là số"))
      << refused.body;
  auto store = lab().open_store();
  for (const auto& s : store->submissions(2025, true)) EXPECT_NE(s.unit_code, "13318") << "nothing stored";
  // The problems as a workbook, read by openpyxl.
  const std::size_t link = refused.body.find("/unit/13318/errors/");
  ASSERT_NE(link, std::string::npos);
  const std::string errors_path = refused.body.substr(link, std::string("/unit/13318/errors/").size() + 43);
  Reply workbook = binh.get(errors_path);
  ASSERT_EQ(workbook.status, 200);
  EXPECT_EQ(workbook.header("content-type"), kXlsx);
  TempDir tmp;
  write_file(tmp / "loi.xlsx", workbook.body);
  EXPECT_EQ(python("import openpyxl,sys\nws=openpyxl.load_workbook(sys.argv[1]).worksheets[0]\n"
                   "print('|'.join(str(c.value) for c in ws[2][:4]))",
                   {(tmp / "loi.xlsx").string()}),
            "bieu-mau-chau-son.xlsx|Biểu mẫu|D6|'12,5a' không phải là số\n");
  // Another clerk cannot fetch it.
  EXPECT_EQ(lab().as("an").get(errors_path).status, 404);

  // Another unit's figures in the file are refused at their cell.
  PortalClient an = lab().as("an");
  Reply other = an.post_multipart("/unit/13285/upload", {{"csrf", an.csrf("/unit/13285")}, {"year", "2025"}},
                                  {"file", "chau-son.xlsx", filled_form(binh, "13318", "812", "1204"), kXlsx});
  EXPECT_EQ(other.status, 422);
  EXPECT_TRUE(has(other.body, "ô A6: tệp có số liệu của đơn vị mã &#39;13318&#39;, không phải đơn vị được nộp"))
      << other.body;
  // Nor can a clerk send a list in place of figures.
  Reply list = an.post_multipart("/unit/13285/upload", {{"csrf", an.csrf("/unit/13285")}, {"year", "2025"}},
                                 {"file", "chi-tieu.csv", read_file(source_dir() / "samples/ninh-binh/chi-tieu.csv")});
  EXPECT_EQ(list.status, 422);
  EXPECT_TRUE(has(list.body, "không phải biểu số liệu")) << list.body;
  EXPECT_EQ(an.post_multipart("/unit/13285/upload", {{"csrf", an.csrf("/unit/13285")}}, {"file", "a.txt", "x"}).status,
            400);

  Reply done = binh.post_multipart("/unit/13318/upload", {{"csrf", binh.csrf("/unit/13318")}, {"year", "2025"}},
                                   {"file", "bieu-mau-chau-son.xlsx", filled_form(binh, "13318", "812", "1204"), kXlsx});
  EXPECT_EQ(done.status, 200) << done.body;
  EXPECT_TRUE(has(done.body, "Đã nộp số liệu của Phường Châu Sơn năm 2025")) << done.body;
  EXPECT_TRUE(has(binh.get("/unit/13318?year=2025").body, "Đã nộp ngày 09/12/2025"));
  Reply history = binh.get("/unit/13318/history?year=2025");
  EXPECT_TRUE(has(history.body, "bieu-mau-chau-son.xlsx"));
  EXPECT_TRUE(has(history.body, "812")) << history.body;
  EXPECT_TRUE(has(history.body, "1.204")) << history.body;
  int current = 0;
  for (const auto& s : store->submissions(2025, false)) current += s.unit_code == "13318";
  EXPECT_EQ(current, 1);
}

TEST(Portal, BodiesAboveTheBoundsAreRefused) {
  PortalClient an = lab().as("an");
  Reply big_form = an.send("POST", "/logout", std::string(100 * 1024, 'a'), "application/x-www-form-urlencoded");
  EXPECT_EQ(big_form.status, 413);
  Reply big_file = an.post_multipart("/unit/13285/upload", {{"csrf", an.csrf("/unit/13285")}},
                                     {"file", "lon.csv", std::string(3u << 20, 'x')});
  EXPECT_EQ(big_file.status, 413);
  EXPECT_EQ(lab().client().get("/healthz").status, 200);
}

TEST(Portal, TheConsolidatorRunsTheDeadlineAndDownloadsItsDocuments) {
  const std::int64_t job = produced_run();
  PortalClient ha = lab().as("ha");
  Reply job_page = ha.get("/unit/37/job/" + std::to_string(job));
  EXPECT_TRUE(has(job_page.body, "Đã xong"));
  EXPECT_FALSE(has(job_page.body, "http-equiv=\"refresh\"")) << "a finished job's page stays still";

  Reply page = ha.get("/unit/37/deadline/2025-12-10");
  ASSERT_EQ(page.status, 200);
  for (const char* text : {"tong-hop.pdf", "cong-van-don-doc.pdf", "Báo cáo tổng hợp", "Công văn đôn đốc",
                           "Phường Phủ Lý", "Chưa nộp, còn 1 ngày"})
    EXPECT_TRUE(has(page.body, text)) << text;

  Reply pdf = ha.get("/unit/37/document?file=37%2F2025-12-10-xa-bao-cao%2F37%2Ftong-hop.pdf");
  ASSERT_EQ(pdf.status, 200);
  EXPECT_EQ(pdf.header("content-type"), "application/pdf");
  EXPECT_TRUE(has(pdf.header("content-disposition"), "attachment; filename=\"tong-hop.pdf\""));
  TempDir tmp;
  write_file(tmp / "tong-hop.pdf", pdf.body);
  Result text = run("pdftotext -layout " + sh_quote((tmp / "tong-hop.pdf").string()) + " -");
  EXPECT_EQ(text.status, 0);
  EXPECT_TRUE(has(text.out, "BÁO CÁO")) << text.out;

  Reply zip = ha.get("/unit/37/deadline/2025-12-10/zip");
  ASSERT_EQ(zip.status, 200);
  write_file(tmp / "han.zip", zip.body);
  std::string names = python("import zipfile,sys\nprint('\\n'.join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))",
                             {(tmp / "han.zip").string()});
  EXPECT_TRUE(has(names, "manifest-2025-12-10.json")) << names;
  EXPECT_TRUE(has(names, "2025-12-10-xa-bao-cao/37/tong-hop.pdf")) << names;
  EXPECT_TRUE(has(names, "2025-12-10-xa-bao-cao/37/cong-van-don-doc.pdf")) << names;
  // The manifest in the zip names the PDF with the hash of the bytes downloaded.
  std::string listed = python(
      "import zipfile,sys,json\nm=json.loads(zipfile.ZipFile(sys.argv[1]).read('manifest-2025-12-10.json'))\n"
      "print([o['sha256'] for o in m['outputs'] if o['file'].endswith('/37/tong-hop.pdf')][0])",
      {(tmp / "han.zip").string()});
  Result sha = run("sha256sum " + sh_quote((tmp / "tong-hop.pdf").string()));
  EXPECT_EQ(listed.substr(0, 64), sha.out.substr(0, 64));

  // The job, the downloads are in the audit log.
  auto store = lab().open_store();
  auto audit = store::portal_store_of(*store)->audit_log({});
  bool ran = false, downloaded = false;
  for (const auto& e : audit) {
    ran |= e.action == "run" && e.user == "ha" && e.unit_code == "37";
    downloaded |= e.action == "download" && has(e.detail, "tong-hop.pdf");
  }
  EXPECT_TRUE(ran);
  EXPECT_TRUE(downloaded);
}

TEST(Portal, TheLeadersSignedCopyIsAcceptedOnlyWhenItIsTheDraftProperlySigned) {
  produced_run();
  PortalClient leader = lab().as("lanh.dao");
  Reply list = leader.get("/unit/37/sign");
  ASSERT_EQ(list.status, 200);
  EXPECT_TRUE(has(list.body, "tong-hop.pdf"));
  EXPECT_FALSE(has(list.body, "13330-bao-cao.pdf")) << "a commune's report is its own leader's";
  const std::string doc = "37/2025-12-10-xa-bao-cao/37/tong-hop.pdf";
  const std::string doc_q = "37%2F2025-12-10-xa-bao-cao%2F37%2Ftong-hop.pdf";
  Reply preview = leader.get("/unit/37/sign?file=" + doc_q);
  EXPECT_TRUE(has(preview.body, "<iframe class=\"preview\"")) << preview.body;
  Reply inline_pdf = leader.get("/unit/37/document?inline=1&file=" + doc_q);
  EXPECT_EQ(inline_pdf.status, 200);
  EXPECT_TRUE(has(inline_pdf.header("content-disposition"), "inline"));
  EXPECT_EQ(inline_pdf.header("x-frame-options"), "SAMEORIGIN");

  Reply draft = leader.get("/unit/37/document?file=" + doc_q);
  ASSERT_EQ(draft.status, 200);
  write_file(lab().dir / "nhap.pdf", draft.body);
  Reply other = leader.get("/unit/37/document?file=37%2F2025-12-10-xa-bao-cao%2F37%2Fcong-van-don-doc.pdf");
  write_file(lab().dir / "cong-van.pdf", other.body);

  auto upload = [&](const fs::path& file) {
    return leader.post_multipart("/unit/37/sign", {{"csrf", leader.csrf("/unit/37/sign")}, {"doc", doc}},
                                 {"file", "tong-hop-da-ky.pdf", read_file(file), "application/pdf"});
  };
  // Signed by a key the trusted CA did not certify.
  fs::path stranger = lab().sign(lab().dir / "nhap.pdf", "la.pdf", "stranger");
  Reply untrusted = upload(stranger);
  EXPECT_EQ(untrusted.status, 422);
  EXPECT_TRUE(has(untrusted.body, "không dẫn đến chứng thư gốc tin cậy")) << untrusted.body;
  // Another document, properly signed.
  Reply wrong_doc = upload(lab().sign(lab().dir / "cong-van.pdf", "cong-van-ky.pdf"));
  EXPECT_EQ(wrong_doc.status, 422);
  EXPECT_TRUE(has(wrong_doc.body, "không phải bản nháp đã lập")) << wrong_doc.body;
  // The right draft, signed, then one byte of its text changed.
  fs::path good = lab().sign(lab().dir / "nhap.pdf", "ky.pdf");
  // The signing time in the signature's own update (the draft's bytes stay as they were).
  std::string tampered = read_file(good);
  std::size_t at = tampered.find("/M (D:", draft.body.size());
  ASSERT_NE(at, std::string::npos);
  tampered[at + 8] = tampered[at + 8] == '1' ? '2' : '1';
  write_file(lab().dir / "sua.pdf", tampered);
  Reply refused = upload(lab().dir / "sua.pdf");
  EXPECT_EQ(refused.status, 422);
  auto store = lab().open_store();
  EXPECT_TRUE(store::portal_store_of(*store)->document(doc)->signed_file.empty()) << "nothing accepted yet";

  Reply accepted = upload(good);
  EXPECT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_TRUE(has(accepted.body, "Phạm Thu Hà"));
  auto record = store::portal_store_of(*store)->document(doc);
  ASSERT_TRUE(record);
  EXPECT_EQ(record->signed_by, "Phạm Thu Hà");
  EXPECT_EQ(record->signed_uploaded_by, "lanh.dao");
  // The consolidator sees it signed and downloads the document of record, which pdfsig checks.
  PortalClient ha = lab().as("ha");
  EXPECT_TRUE(has(ha.get("/unit/37/deadline/2025-12-10").body, "Đã ký: Phạm Thu Hà"));
  Reply copy = ha.get("/unit/37/document?signed=1&file=" + doc_q);
  ASSERT_EQ(copy.status, 200);
  EXPECT_EQ(copy.body, read_file(good));
  write_file(lab().dir / "ban-luu.pdf", copy.body);
  Result sig = run("pdfsig " + sh_quote((lab().dir / "ban-luu.pdf").string()));
  EXPECT_TRUE(has(sig.out, "Signature is Valid")) << sig.out;
  EXPECT_TRUE(has(leader.get("/unit/37/sign").body, "Đã ký: Phạm Thu Hà"));
}

TEST(Portal, TheAdminManagesAccountsReadsTheAuditLogAndImportsLists) {
  PortalClient admin = lab().as("quan.tri");
  Reply users = admin.get("/admin/users");
  ASSERT_EQ(users.status, 200);
  EXPECT_TRUE(has(users.body, "lanh.dao"));
  EXPECT_FALSE(has(users.body, "argon2")) << "never a hash";
  std::string token = input_value(users.body, "csrf");
  Reply added = admin.post("/admin/users", {{"csrf", token}, {"name", "moi.vao"}, {"role", "clerk"}, {"unit", "13285"},
                                            {"password", "mot-mat-khau-moi"}});
  EXPECT_EQ(added.status, 200) << added.body;
  EXPECT_EQ(lab().client().login("moi.vao", "mot-mat-khau-moi").status, 303);
  Reply short_pw = admin.post("/admin/users", {{"csrf", token}, {"name", "ngan"}, {"role", "clerk"}, {"unit", "13285"},
                                               {"password", "ngan"}});
  EXPECT_EQ(short_pw.status, 400);
  EXPECT_TRUE(has(short_pw.body, "ít nhất 10 ký tự"));
  Reply no_unit = admin.post("/admin/users", {{"csrf", token}, {"name", "x.y"}, {"role", "clerk"}, {"unit", "77777"},
                                              {"password", "mot-mat-khau-moi"}});
  EXPECT_TRUE(has(no_unit.body, "không có đơn vị mã &#39;77777&#39;"));
  // Disabling ends the account's sessions at once.
  PortalClient moi = lab().client();
  EXPECT_EQ(moi.login("moi.vao", "mot-mat-khau-moi").status, 303);
  EXPECT_EQ(admin.post("/admin/users/moi.vao", {{"csrf", token}, {"action", "disable"}}).status, 200);
  EXPECT_EQ(moi.get("/unit/13285").status, 303);
  EXPECT_EQ(lab().client().login("moi.vao", "mot-mat-khau-moi").status, 401);

  Reply audit = admin.get("/admin/audit?action=login");
  EXPECT_EQ(audit.status, 200);
  EXPECT_TRUE(has(audit.body, "quan.tri"));
  Reply csv = admin.get("/admin/audit.csv?user=quan.tri");
  EXPECT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_TRUE(has(csv.body, "user_disable"));
  EXPECT_TRUE(has(csv.header("content-disposition"), "attachment"));

  // Lists: the targets as the command line imports them; a broken plan named by the clerk's name.
  std::string import_token = admin.csrf("/admin/import");
  Reply targets = admin.post_multipart("/admin/import", {{"csrf", import_token}, {"kind", "targets"}},
                                       {"file", "chi-tieu.csv", read_file(source_dir() / "samples/ninh-binh/chi-tieu.csv")});
  EXPECT_EQ(targets.status, 200) << targets.body;
  EXPECT_TRUE(has(targets.body, "chi-tieu.csv")) << targets.body;
  Reply plan = admin.post_multipart("/admin/import", {{"csrf", import_token}, {"kind", "plan"}},
                                    {"file", "ke-hoach-hong.json", "{\"ten\": 5,"});
  EXPECT_EQ(plan.status, 422);
  EXPECT_TRUE(has(plan.body, "ke-hoach-hong.json")) << plan.body;
  EXPECT_FALSE(has(plan.body, ".portal")) << plan.body;
  // No office templates directory is configured: templates are read only.
  Reply templates = admin.get("/admin/templates");
  EXPECT_TRUE(has(templates.body, "bao-cao-xa.tpl"));
  EXPECT_EQ(admin.post_multipart("/admin/templates", {{"csrf", admin.csrf("/admin/templates")}},
                                 {"file", "bao-cao-xa.tpl", "# x\n"})
                .status,
            403);
}

TEST(Portal, HealthStaticFilesLanguageAndTheAccessLog) {
  PortalClient c = lab().client();
  Reply health = c.get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.body, "ok\n");
  Reply css = c.get("/static/portal.css");
  EXPECT_EQ(css.status, 200);
  EXPECT_TRUE(has(css.header("content-type"), "text/css"));
  Reply en = c.get("/login?lang=en");
  EXPECT_EQ(en.status, 303);
  EXPECT_TRUE(has(c.get("/login").body, "Log in"));
  c.get("/login?lang=vi");
  EXPECT_TRUE(has(c.get("/login").body, "Đăng nhập"));
  // Cookies are this site's only, out of scripts' reach.
  PortalClient an = lab().client();
  Reply in = an.login("an", kPassword);
  ASSERT_FALSE(in.set_cookies.empty());
  for (const auto& cookie : in.set_cookies) {
    EXPECT_TRUE(has(cookie, "HttpOnly")) << cookie;
    EXPECT_TRUE(has(cookie, "SameSite=Strict")) << cookie;
    EXPECT_FALSE(has(cookie, "Secure")) << "plain HTTP on loopback: " << cookie;
  }
  // Behind nginx over TLS (a trusted proxy on loopback), cookies are Secure.
  PortalClient tls = lab().client();
  Reply page = tls.send("GET", "/login", "", "", {{"X-Forwarded-Proto", "https"}, {"X-Forwarded-For", "10.1.2.3"}});
  for (const auto& cookie : page.set_cookies) EXPECT_TRUE(has(cookie, "; Secure")) << cookie;
  // Logging out ends the session on the server.
  std::string session = an.cookies["baocao_phien"];
  EXPECT_EQ(an.post("/logout", {{"csrf", an.csrf("/unit/13285")}}).status, 303);
  PortalClient replay = lab().client();
  replay.cookies["baocao_phien"] = session;
  EXPECT_EQ(replay.get("/unit/13285").status, 303);

  lab().log.flush();
  std::string log = read_file(lab().access_log);
  EXPECT_TRUE(has(log, "\"POST /login\" 303")) << log.substr(0, 2000);
  EXPECT_TRUE(has(log, " 10.1.2.3 - \"GET /login\" 200")) << "the client nginx saw";
  EXPECT_FALSE(has(log, kPassword));
  EXPECT_FALSE(has(log, session));
  EXPECT_FALSE(has(log, "csrf"));
}

// The program itself: `baocao serve` on a free port answers, and SIGTERM stops it cleanly.
TEST(PortalProgram, ServesUntilSigterm) {
  TempDir tmp;
  const std::string script =
      sh_quote(baocao_exe()) + " serve --listen 127.0.0.1:0 --db kho.db --out van-ban --access-log truy-cap.log "
      "> serve.out 2> serve.err & pid=$!\n"
      "for i in $(seq 1 100); do grep -q 'http://' serve.out 2>/dev/null && break; sleep 0.1; done\n"
      "url=$(grep -o 'http://127.0.0.1:[0-9]*' serve.out)\n"
      "/usr/bin/python3 -c \"import urllib.request,sys; print(urllib.request.urlopen(sys.argv[1] + '/healthz').read().decode().strip())\" \"$url\"\n"
      "kill -TERM $pid; wait $pid; echo \"exit=$?\"\n";
  Result r = run("cd " + sh_quote(tmp.path().string()) + "\n" + script);
  EXPECT_TRUE(has(r.out, "ok\nexit=0")) << r.out << r.err << read_file(tmp / "serve.err");
  EXPECT_TRUE(has(read_file(tmp / "serve.out"), "Đang dừng")) << read_file(tmp / "serve.out");
  EXPECT_TRUE(has(read_file(tmp / "truy-cap.log"), "\"GET /healthz\" 200"));
}

TEST(PortalProgram, AccountsFromTheCommandLineNeverTakeAPasswordFromArguments) {
  TempDir tmp;
  auto in = [&](const std::string& cmd) { return run("cd " + sh_quote(tmp.path().string()) + " && " + cmd); };
  Result add = in("MK=mat-khau-rat-dai " + sh_quote(baocao_exe()) +
                  " user add nguyen.an --role clerk --unit 13285 --password-env MK --db kho.db");
  EXPECT_EQ(add.status, 0) << add.err;
  Result no_tty = in(sh_quote(baocao_exe()) + " user add tran.binh --role leader --unit 37 --db kho.db </dev/null");
  EXPECT_EQ(no_tty.status, 2) << "no terminal, no variable: no password";
  Result bad_role = in("MK=mat-khau-rat-dai " + sh_quote(baocao_exe()) +
                       " user add le.cuong --role giam-doc --unit 37 --password-env MK --db kho.db");
  EXPECT_EQ(bad_role.status, 2);
  EXPECT_TRUE(has(bad_role.err, "vai trò 'giam-doc' không có")) << bad_role.err;
  Result list = in(sh_quote(baocao_exe()) + " user list --db kho.db");
  EXPECT_TRUE(has(list.out, "nguyen.an")) << list.out;
  EXPECT_FALSE(has(list.out, "tran.binh"));
  EXPECT_EQ(in(sh_quote(baocao_exe()) + " user disable nguyen.an --db kho.db").status, 0);
  EXPECT_TRUE(has(in(sh_quote(baocao_exe()) + " user list --db kho.db").out, "đã khóa"));
  // The hash kept is Argon2id's, never the password.
  Result db = in("/usr/bin/python3 -c \"import sqlite3; print(sqlite3.connect('kho.db').execute('SELECT password_hash "
                 "FROM portal_users').fetchone()[0][:10])\"");
  EXPECT_EQ(db.out, "$argon2id$\n");
}

}  // namespace
}  // namespace baocao::test
