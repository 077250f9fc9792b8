// The page shell every page shares, and the role's menu.
#include "server/html.hpp"
#include "server/portal_state.hpp"
#include "server/view.hpp"

namespace baocao::server {

namespace {

void menu(Exchange& x, Html& h) {
  const store::Account& a = *x.account;
  const std::string u = "/unit/" + url_encode(a.unit_code);
  std::vector<std::pair<std::string, MsgId>> items;
  if (a.role == "clerk") {
    items = {{u, MsgId::portal_menu_deadlines}, {u + "/history", MsgId::portal_menu_history}};
  } else if (a.role == "consolidator") {
    items = {{u + "/deadlines", MsgId::portal_menu_consolidate},
             {u, MsgId::portal_menu_own_unit},
             {u + "/history", MsgId::portal_menu_history}};
  } else if (a.role == "leader") {
    items = {{u + "/sign", MsgId::portal_menu_sign}};
  } else {
    items = {{"/admin/users", MsgId::portal_menu_users},
             {"/admin/import", MsgId::portal_menu_import},
             {"/admin/templates", MsgId::portal_menu_templates},
             {"/admin/audit", MsgId::portal_menu_audit}};
  }
  h.raw("<nav class=\"menu\"><ul>");
  for (const auto& [href, label] : items) {
    bool here = x.path == href || (href != u && x.path.rfind(href, 0) == 0);
    h.raw("<li>").link(href, x.t(label), here ? "aria-current=\"page\"" : "").raw("</li>");
  }
  h.raw("</ul></nav>");
}

}  // namespace

std::string csrf_field(const Exchange& x) {
  return "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(x.session ? x.session->csrf : "") + "\">";
}

std::string home_of(const store::Account& a) {
  const std::string u = "/unit/" + url_encode(a.unit_code);
  if (a.role == "consolidator") return u + "/deadlines";
  if (a.role == "leader") return u + "/sign";
  if (a.role == "admin") return "/admin/users";
  return u;
}

std::string page(Exchange& x, const std::string& title, const std::string& body, int refresh) {
  Html h;
  h.raw("<!DOCTYPE html>\n<html lang=\"").raw(x.lang == Lang::en ? "en" : "vi").raw("\"><head><meta charset=\"utf-8\">");
  h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
  if (refresh > 0) h.raw("<meta http-equiv=\"refresh\" content=\"" + std::to_string(refresh) + "\">");
  h.raw("<title>").text(title).raw(" · ").text(x.t(MsgId::portal_site_short)).raw("</title>");
  h.raw("<link rel=\"stylesheet\" href=\"/static/portal.css\"></head><body>");
  h.raw("<header class=\"top\"><div class=\"wrap\"><a class=\"brand\" href=\"/\">")
      .text(x.t(MsgId::portal_site_name))
      .raw("</a><div class=\"who\">");
  if (x.account) {
    auto units = x.portal.unit_snapshot();
    h.raw("<span class=\"user\">")
        .text(x.account->name)
        .raw("</span> <span class=\"role\">")
        .text(x.t(role_name(x.account->role)))
        .raw(x.account->role == "admin" ? "" : " · " + esc(units->name(x.account->unit_code)))
        .raw("</span>");
    h.raw("<form method=\"post\" action=\"/logout\" class=\"inline\">")
        .raw(csrf_field(x))
        .raw("<button type=\"submit\" class=\"link\">")
        .text(x.t(MsgId::portal_logout))
        .raw("</button></form>");
  }
  h.raw("<span class=\"lang\">");
  if (x.lang == Lang::en)
    h.link(x.path + "?lang=vi", "Tiếng Việt", "lang=\"vi\"");
  else
    h.link(x.path + "?lang=en", "English", "lang=\"en\"");
  h.raw("</span></div></div></header>");
  if (x.account) {
    h.raw("<div class=\"wrap\">");
    menu(x, h);
    h.raw("</div>");
  }
  h.raw("<main class=\"wrap\"><h1>").text(title).raw("</h1>").raw(body).raw("</main>");
  h.raw("<footer class=\"wrap\">").text(x.t(MsgId::portal_footer)).raw("</footer></body></html>\n");
  return h.take();
}

}  // namespace baocao::server
