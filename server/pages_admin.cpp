// The admin's pages: accounts (add, disable, enable, new password), the
// audit log (filter, export as CSV), imports of the reference lists (units,
// issuers register, plan, targets) and the office's templates directory.
#include <Poco/Net/HTMLForm.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "engine/core/atomic_file.hpp"
#include "engine/core/data_dir.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/import.hpp"
#include "engine/template/parser.hpp"
#include "engine/text/normalize.hpp"
#include "server/accounts.hpp"
#include "server/html.hpp"
#include "server/imports.hpp"
#include "server/instant.hpp"
#include "server/portal_state.hpp"
#include "server/upload.hpp"
#include "server/view.hpp"

namespace baocao::server {

namespace fs = std::filesystem;

namespace {

void notice(Html& b, const std::string& ok, const std::string& error) {
  if (!ok.empty()) b.el("p", ok, "class=\"success\" role=\"status\"");
  if (!error.empty()) b.el("p", error, "class=\"error\" role=\"alert\"");
}

void users_page(Exchange& x, int status, const std::string& ok, const std::string& error) {
  std::vector<store::Account> accounts;
  {
    auto lease = x.portal.pool.acquire();
    accounts = lease.portal().accounts();
  }
  auto units = x.portal.unit_snapshot();
  Html b;
  notice(b, ok, error);
  b.raw("<section class=\"card\">");
  b.table_start({{x.t(MsgId::portal_login_name)},
                 {x.t(MsgId::portal_col_role)},
                 {x.t(MsgId::portal_col_unit)},
                 {x.t(MsgId::portal_col_state)},
                 {""}});
  for (const auto& a : accounts) {
    const std::string action = "/admin/users/" + url_encode(a.name);
    b.raw("<tr><td>").text(a.name).raw("</td><td>").text(x.t(role_name(a.role))).raw("</td><td>");
    b.text(a.unit_code + " " + units->name(a.unit_code)).raw("</td><td>");
    b.raw(a.disabled ? "<span class=\"state missing\">" : "<span class=\"state ok\">")
        .text(x.t(a.disabled ? MsgId::portal_user_disabled : MsgId::portal_user_active))
        .raw("</span></td><td>");
    b.raw("<form method=\"post\" class=\"inline\" action=\"" + esc(action) + "\">").raw(csrf_field(x));
    b.raw("<input type=\"hidden\" name=\"action\" value=\"" + std::string(a.disabled ? "enable" : "disable") +
          "\">");
    b.raw("<button type=\"submit\" class=\"small secondary\">")
        .text(x.t(a.disabled ? MsgId::portal_user_enable : MsgId::portal_user_disable))
        .raw("</button></form> ");
    b.raw("<form method=\"post\" class=\"inline\" action=\"" + esc(action) + "\">").raw(csrf_field(x));
    b.raw("<input type=\"hidden\" name=\"action\" value=\"reset\">");
    b.raw("<input type=\"password\" name=\"password\" autocomplete=\"new-password\" minlength=\"" +
          std::to_string(kMinPasswordLength) + "\" required aria-label=\"" +
          esc(x.t(MsgId::portal_new_password)) + "\" placeholder=\"" + esc(x.t(MsgId::portal_new_password)) +
          "\">");
    b.raw("<button type=\"submit\" class=\"small secondary\">")
        .text(x.t(MsgId::portal_user_reset))
        .raw("</button></form>");
    b.raw("</td></tr>");
  }
  b.table_end().raw("</section>");

  b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_user_add_heading)).raw("</h2>");
  b.raw("<form method=\"post\" action=\"/admin/users\" class=\"grid\">").raw(csrf_field(x));
  b.raw("<label>")
      .text(x.t(MsgId::portal_login_name))
      .raw("<input name=\"name\" required maxlength=\"64\"></label>");
  b.raw("<label>").text(x.t(MsgId::portal_col_role)).raw("<select name=\"role\">");
  for (const char* r : {"clerk", "consolidator", "leader", "admin"})
    b.raw("<option value=\"" + std::string(r) + "\">").text(x.t(role_name(r))).raw("</option>");
  b.raw("</select></label>");
  b.raw("<label>")
      .text(x.t(MsgId::portal_col_unit_code))
      .raw("<input name=\"unit\" required maxlength=\"16\"></label>");
  b.raw("<label>").text(x.t(MsgId::portal_login_password));
  b.raw("<input name=\"password\" type=\"password\" autocomplete=\"new-password\" required minlength=\"" +
        std::to_string(kMinPasswordLength) + "\"></label>");
  b.raw("<button type=\"submit\">")
      .text(x.t(MsgId::portal_user_add_button))
      .raw("</button></form></section>");
  x.send_html(status, page(x, x.t(MsgId::portal_users_title), b.str()));
}

std::string csv_cell(const std::string& v) {
  // A text starting like a formula is kept as text in a spreadsheet (OWASP).
  std::string s = (!v.empty() && std::string("=+-@\t\r").find(v[0]) != std::string::npos) ? "'" + v : v;
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

store::AuditFilter audit_filter(const Exchange& x) {
  store::AuditFilter f;
  f.user = x.query("user").substr(0, 64);
  f.action = x.query("action").substr(0, 32);
  f.unit_code = x.query("unit").substr(0, 16);
  auto day = [](const std::string& d, const char* time) -> std::string {
    try {
      CivilDate c = parse_iso_date(d);
      // The day in Vietnam: from its midnight (17:00Z the day before).
      return std::string(time) == "start" ? vietnam_midnight_utc(c) : vietnam_midnight_utc(next_day(c));
    } catch (const Error&) {
      return "";
    }
  };
  f.from = day(x.query("from"), "start");
  f.to = day(x.query("to"), "end");
  try {
    f.before_id = x.query("before").empty() ? 0 : std::stoll(x.query("before"));
  } catch (const std::exception&) {
    f.before_id = 0;
  }
  return f;
}

void import_page(Exchange& x, int status, const std::string& ok, const std::string& error) {
  Html b;
  notice(b, ok, error);
  b.raw(
      "<section class=\"card\"><form method=\"post\" enctype=\"multipart/form-data\" "
      "action=\"/admin/import\">");
  b.raw(csrf_field(x));
  b.raw("<fieldset><legend>").text(x.t(MsgId::portal_import_what)).raw("</legend>");
  const std::pair<const char*, MsgId> kinds[] = {{"units", MsgId::portal_import_units},
                                                 {"bodies", MsgId::portal_import_bodies},
                                                 {"issuers", MsgId::portal_import_issuers},
                                                 {"plan", MsgId::portal_import_plan},
                                                 {"targets", MsgId::portal_import_targets}};
  bool first = true;
  for (const auto& [value, label] : kinds) {
    b.raw("<label class=\"choice\"><input type=\"radio\" name=\"kind\" value=\"" + std::string(value) + "\"" +
          (first ? " checked" : "") + "> ")
        .text(x.t(label))
        .raw("</label>");
    first = false;
  }
  b.raw("</fieldset><label for=\"file\">").text(x.t(MsgId::portal_import_file)).raw("</label>");
  b.raw("<input id=\"file\" name=\"file\" type=\"file\" required accept=\".csv,.xlsx,.json\">");
  b.raw("<button type=\"submit\">").text(x.t(MsgId::portal_import_button)).raw("</button></form></section>");
  x.send_html(status, page(x, x.t(MsgId::portal_import_title), b.str()));
}

// The office's own templates directory, if the configuration names one.
std::optional<fs::path> office_templates() {
  std::vector<fs::path> dirs = baocao::template_dirs();
  if (dirs.size() < 2) return std::nullopt;
  return dirs.front();
}

void templates_page(Exchange& x, int status, const std::string& ok, const std::string& error) {
  Html b;
  notice(b, ok, error);
  auto office = office_templates();
  b.raw("<section class=\"card\">");
  if (office)
    b.el("p", x.t(MsgId::portal_templates_office, {office->string()}));
  else
    b.el("p", x.t(MsgId::portal_templates_no_office), "class=\"notice\"");
  b.table_start({{x.t(MsgId::portal_col_file)}, {x.t(MsgId::portal_col_where)}});
  std::vector<std::pair<std::string, std::string>> rows;
  for (const fs::path& dir : baocao::template_dirs()) {
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".tpl")
        rows.emplace_back(e.path().filename().string(), office && dir == *office
                                                            ? x.t(MsgId::portal_templates_own)
                                                            : x.t(MsgId::portal_templates_shipped));
  }
  std::sort(rows.begin(), rows.end());
  for (const auto& [name, where] : rows)
    b.raw("<tr><td>").text(name).raw("</td><td>").text(where).raw("</td></tr>");
  b.table_end().raw("</section>");
  if (office) {
    b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_templates_upload)).raw("</h2>");
    b.raw("<form method=\"post\" enctype=\"multipart/form-data\" action=\"/admin/templates\">")
        .raw(csrf_field(x));
    b.raw("<input name=\"file\" type=\"file\" required accept=\".tpl\" aria-label=\"" +
          esc(x.t(MsgId::portal_templates_upload)) + "\">");
    b.raw("<button type=\"submit\">").text(x.t(MsgId::portal_import_button)).raw("</button></form>");
    b.el("p", x.t(MsgId::portal_templates_help), "class=\"hint\"").raw("</section>");
  }
  x.send_html(status, page(x, x.t(MsgId::portal_templates_title), b.str()));
}

}  // namespace

void admin_users_page(Exchange& x, const Params&) {
  users_page(x, 200, "", "");
}

void admin_user_add(Exchange& x, const Params&) {
  const auto& f = x.form();
  const std::string name = f.get("name", ""), role = f.get("role", ""), unit = f.get("unit", "");
  try {
    auto lease = x.portal.pool.acquire();
    add_account(lease.store(), lease.portal(), name, role, unit, f.get("password", ""), utc_now());
  } catch (const Error& e) {
    return users_page(x, 400, "", e.render(x.lang));
  }
  x.portal.audit(x, "user_add", unit, name + " (" + role + ")");
  users_page(x, 200, x.t(MsgId::portal_user_added, {name}), "");
}

void admin_user_change(Exchange& x, const Params& p) {
  const auto& f = x.form();
  const std::string name = url_decode(p[0]), action = f.get("action", "");
  try {
    auto lease = x.portal.pool.acquire();
    if (action == "disable" || action == "enable")
      set_disabled(lease.portal(), name, action == "disable");
    else if (action == "reset")
      reset_password(lease.portal(), name, f.get("password", ""));
    else
      bad_request();
  } catch (const Error& e) {
    return users_page(x, 400, "", e.render(x.lang));
  }
  x.portal.audit(x, "user_" + action, "", name);
  users_page(x, 200, x.t(MsgId::portal_user_changed, {name}), "");
}

void admin_audit_page(Exchange& x, const Params&) {
  store::AuditFilter f = audit_filter(x);
  f.limit = 100;
  std::vector<store::AuditEntry> rows;
  {
    auto lease = x.portal.pool.acquire();
    rows = lease.portal().audit_log(f);
  }
  Html b;
  b.raw("<section class=\"card\"><form method=\"get\" action=\"/admin/audit\" class=\"grid\">");
  auto field = [&](const char* name, MsgId label, const char* type) {
    b.raw("<label>")
        .text(x.t(label))
        .raw("<input name=\"" + std::string(name) + "\" type=\"" + type + "\" value=\"" + esc(x.query(name)) +
             "\"></label>");
  };
  field("user", MsgId::portal_login_name, "text");
  field("action", MsgId::portal_col_action, "text");
  field("unit", MsgId::portal_col_unit_code, "text");
  field("from", MsgId::portal_audit_from, "date");
  field("to", MsgId::portal_audit_to, "date");
  b.raw("<button type=\"submit\">").text(x.t(MsgId::portal_audit_filter)).raw("</button></form>");
  std::string query = "user=" + url_encode(x.query("user")) + "&action=" + url_encode(x.query("action")) +
                      "&unit=" + url_encode(x.query("unit")) + "&from=" + url_encode(x.query("from")) +
                      "&to=" + url_encode(x.query("to"));
  b.raw("<p>").link("/admin/audit.csv?" + query, x.t(MsgId::portal_audit_export),
                    "class=\"button secondary\"");
  b.raw("</p>");
  b.table_start({{x.t(MsgId::portal_col_time)},
                 {x.t(MsgId::portal_login_name)},
                 {x.t(MsgId::portal_col_address)},
                 {x.t(MsgId::portal_col_action)},
                 {x.t(MsgId::portal_col_unit_code)},
                 {x.t(MsgId::portal_col_detail)}});
  for (const auto& r : rows) {
    b.raw("<tr><td>")
        .text(vietnam_display(r.at))
        .raw("</td><td>")
        .text(r.user)
        .raw("</td><td>")
        .text(r.address);
    b.raw("</td><td>").text(r.action).raw("</td><td>").text(r.unit_code).raw("</td><td>").text(r.detail);
    b.raw("</td></tr>");
  }
  b.table_end();
  if (rows.size() == 100)
    b.raw("<p>")
        .link("/admin/audit?" + query + "&before=" + std::to_string(rows.back().id),
              x.t(MsgId::portal_audit_older))
        .raw("</p>");
  b.raw("</section>");
  x.send_html(200, page(x, x.t(MsgId::portal_audit_title), b.str()));
}

void admin_audit_csv(Exchange& x, const Params&) {
  store::AuditFilter f = audit_filter(x);
  f.limit = 0;
  f.before_id = 0;
  std::vector<store::AuditEntry> rows;
  {
    auto lease = x.portal.pool.acquire();
    rows = lease.portal().audit_log(f);
  }
  std::string csv = "\xEF\xBB\xBF";  // Excel reads the UTF-8 with this mark
  csv += "id,thoi_gian,tai_khoan,dia_chi,viec,ma_don_vi,chi_tiet\r\n";
  for (const auto& r : rows)
    csv += std::to_string(r.id) + "," + csv_cell(cycle::vietnam_time_of(r.at)) + "," + csv_cell(r.user) +
           "," + csv_cell(r.address) + "," + csv_cell(r.action) + "," + csv_cell(r.unit_code) + "," +
           csv_cell(r.detail) + "\r\n";
  x.portal.audit(x, "audit_export", "", std::to_string(rows.size()));
  x.send_bytes(csv, "text/csv; charset=utf-8", "nhat-ky-" + utc_now().substr(0, 10) + ".csv");
}

void admin_import_page(Exchange& x, const Params&) {
  import_page(x, 200, "", "");
}

void admin_import_submit(Exchange& x, const Params&) {
  Upload up;
  read_upload(x, up);
  const std::string kind = up.fields.get("kind", "");
  cycle::ImportOptions io = upload_import(up.file, up.filename);
  if (kind == "units")
    io.units = {up.file};
  else if (kind == "bodies")
    io.bodies = up.file;
  else if (kind == "issuers")
    io.issuers = up.file;
  else if (kind == "plan")
    io.plan = up.file;
  else if (kind == "targets")
    io.files = {up.file};
  else
    bad_request();
  cycle::ImportReport report;
  {
    auto lease = x.portal.pool.acquire();
    report = cycle::import_files(lease.store(), io);
  }
  const cycle::ImportedFile& r = report.files.front();
  if (r.error && (r.error->family() == ErrorFamily::output || r.error->family() == ErrorFamily::internal))
    throw *r.error;
  if (r.error) {
    x.portal.audit(x, "import_refused", "", kind + " " + up.filename);
    return import_page(x, 422, "", r.error->render(x.lang));
  }
  if (kind == "units") x.portal.units.invalidate();
  x.portal.audit(x, "import_" + kind, "", up.filename);
  const std::string n = std::to_string(r.count);
  std::string summary;
  switch (r.kind) {
    case cycle::ImportedKind::units:
      summary = x.t(MsgId::import_units_done, {up.filename, n});
      break;
    case cycle::ImportedKind::bodies:
      summary = x.t(MsgId::import_bodies_done, {up.filename, n});
      break;
    case cycle::ImportedKind::issuers:
      summary = x.t(MsgId::import_issuers_done, {up.filename, n});
      break;
    case cycle::ImportedKind::plan:
      summary = x.t(MsgId::import_plan_done, {up.filename, r.plan_name});
      break;
    case cycle::ImportedKind::targets:
      summary = x.t(MsgId::import_targets_done, {up.filename, n});
      break;
    case cycle::ImportedKind::figures:
      summary = x.t(MsgId::import_done, {up.filename, n, std::to_string(r.figures.units_new),
                                         std::to_string(r.figures.units_superseding)});
      break;
  }
  import_page(x, 200, summary, "");
}

void admin_templates_page(Exchange& x, const Params&) {
  templates_page(x, 200, "", "");
}

void admin_template_upload(Exchange& x, const Params&) {
  Upload up;
  read_upload(x, up);
  auto office = office_templates();
  if (!office) forbidden();
  const std::string& name = up.filename;
  bool plain = name.size() > 4 && name.size() <= 80 && name.compare(name.size() - 4, 4, ".tpl") == 0 &&
               std::all_of(name.begin(), name.end(),
                           [](char c) {
                             return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                    c == '_' || c == '.';
                           }) &&
               name[0] != '.';
  if (!plain) return templates_page(x, 400, "", x.t(MsgId::portal_templates_bad_name, {name}));
  std::ifstream in(up.file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  // Checked as `render` would read it, before anything is replaced.
  try {
    tmpl::Limits limits;
    if (text.str().size() > limits.max_file_bytes)
      fail(ErrorFamily::template_, MsgId::portal_templates_too_big, {name});
    if (text.str() != text::to_nfc(text.str())) fail(ErrorFamily::template_, MsgId::text_not_nfc, {name});
    tmpl::parse_template(tmpl::make_source(name, text.str()), limits);
  } catch (const Error& e) {
    return templates_page(x, 422, "", e.render(x.lang));
  }
  write_file_atomic(*office / name, text.str());
  x.portal.audit(x, "template", "", name);
  templates_page(x, 200, x.t(MsgId::portal_templates_saved, {name}), "");
}

}  // namespace baocao::server
