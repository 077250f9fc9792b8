// A leader's page: their unit's documents awaiting signature, each shown in
// the page (the browser's own PDF viewer) and downloaded to be signed with
// their token; then the signed PDF is uploaded. It becomes the document of
// record only if every signature verifies, every chain reaches the
// configured trust roots, and what was signed is the draft the portal
// produced: the signed file starts with the draft's exact bytes and adds
// nothing after them but signatures, form filling and validation data.
#include <algorithm>
#include <fstream>
#include <sstream>

#include "engine/core/atomic_file.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/outputs.hpp"
#include "engine/sign/revision_diff.hpp"
#include "engine/sign/verify.hpp"
#include "server/html.hpp"
#include "server/instant.hpp"
#include "server/portal_state.hpp"
#include "server/upload.hpp"

namespace baocao::server {

namespace fs = std::filesystem;

namespace {

std::string unit_url(const std::string& code, const std::string& rest = "") {
  return "/unit/" + url_encode(code) + rest;
}

std::string read_all(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

bool is_pdf(const std::string& file) {
  return file.size() > 4 && file.compare(file.size() - 4, 4, ".pdf") == 0;
}

MsgId kind_name(const std::string& kind) {
  if (kind == "tong-hop") return MsgId::portal_kind_summary;
  if (kind == "cong-van-don-doc") return MsgId::portal_kind_reminder;
  return MsgId::portal_kind_report;
}

// "10/12/2025" for the stored "2025-12-10".
std::string deadline_text(const std::string& iso) {
  return iso.size() == 10 ? iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4) : iso;
}

bool signed_current(const store::DocumentRecord& d) {
  return !d.signed_file.empty() && d.signed_draft_sha256 == d.sha256;
}

void sign_list(Exchange& x, Html& b, const std::string& unit, const std::vector<store::DocumentRecord>& docs,
               const std::string& selected) {
  std::vector<const store::DocumentRecord*> waiting, done;
  for (const auto& d : docs)
    if (is_pdf(d.file)) (signed_current(d) ? done : waiting).push_back(&d);
  auto row = [&](const store::DocumentRecord& d) {
    const std::string file_q = url_encode(d.file);
    b.raw("<li><strong>").text(x.t(kind_name(d.kind))).raw("</strong> · ");
    b.text(x.t(MsgId::portal_deadline_short, {deadline_text(d.deadline)})).raw(" · ");
    b.text(fs::path(d.file).filename().string()).raw("<br>");
    if (signed_current(d)) {
      b.raw("<span class=\"state ok\">").text(x.t(MsgId::portal_signed_by, {d.signed_by})).raw("</span> ");
      b.link(unit_url(unit, "/document?file=" + file_q + "&signed=1"), x.t(MsgId::portal_signed_copy));
    } else {
      b.link(unit_url(unit, "/sign?file=" + file_q), x.t(MsgId::portal_preview_link)).raw(" · ");
      b.link(unit_url(unit, "/document?file=" + file_q), x.t(MsgId::portal_download_for_signing));
    }
    b.raw("</li>");
  };
  b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_awaiting_heading)).raw("</h2>");
  if (waiting.empty()) b.el("p", x.t(MsgId::portal_nothing_to_sign), "class=\"notice\"");
  b.raw("<ul class=\"docs\">");
  for (const auto* d : waiting) row(*d);
  b.raw("</ul></section>");

  const store::DocumentRecord* chosen = nullptr;
  for (const auto& d : docs)
    if (d.file == selected && is_pdf(d.file)) chosen = &d;
  if (chosen) {
    const std::string file_q = url_encode(chosen->file);
    b.raw("<section class=\"card\"><h2>").text(fs::path(chosen->file).filename().string()).raw("</h2>");
    b.raw("<iframe class=\"preview\" title=\"" + esc(x.t(MsgId::portal_preview_link)) + "\" src=\"" +
          esc(unit_url(unit, "/document?inline=1&file=" + file_q)) + "\"></iframe>");
    b.raw("<p>").link(unit_url(unit, "/document?file=" + file_q), x.t(MsgId::portal_download_for_signing),
                      "class=\"button secondary\"");
    b.raw("</p><form method=\"post\" enctype=\"multipart/form-data\" action=\"" + esc(unit_url(unit, "/sign")) + "\">");
    b.raw(csrf_field(x));
    b.raw("<input type=\"hidden\" name=\"doc\" value=\"" + esc(chosen->file) + "\">");
    b.raw("<label for=\"file\">").text(x.t(MsgId::portal_signed_upload_label)).raw("</label>");
    b.raw("<input id=\"file\" name=\"file\" type=\"file\" accept=\".pdf\" required>");
    b.raw("<button type=\"submit\">").text(x.t(MsgId::portal_signed_upload_button)).raw("</button></form>");
    b.el("p", x.t(MsgId::portal_signed_upload_help), "class=\"hint\"");
    b.raw("</section>");
  }
  if (!done.empty()) {
    b.raw("<section class=\"card\"><h2>").text(x.t(MsgId::portal_signed_heading)).raw("</h2><ul class=\"docs\">");
    for (const auto* d : done) row(*d);
    b.raw("</ul></section>");
  }
}

// Why `signed_pdf` is not accepted as the signed copy of `draft`; "" when it is.
std::string refusal(Exchange& x, const std::string& draft, const std::string& signed_pdf, std::string& signer) {
  if (x.portal.o.trust.empty()) return x.t(MsgId::portal_sign_no_trust);
  if (signed_pdf.size() <= draft.size() || signed_pdf.compare(0, draft.size(), draft) != 0)
    return x.t(MsgId::portal_sign_not_draft);
  std::vector<sign::SignatureReport> reports;
  try {
    reports = sign::verify_pdf(signed_pdf, x.portal.o.trust);
  } catch (const Error& e) {
    return e.render(x.lang);
  }
  if (reports.empty()) return x.t(MsgId::portal_sign_none);
  for (const auto& r : reports) {
    if (!r.digest_ok) return x.t(MsgId::portal_sign_invalid, {r.field, r.digest_problem});
    if (r.coverage != sign::Coverage::whole_file && r.coverage != sign::Coverage::then_signed)
      return x.t(MsgId::portal_sign_modified, {r.field});
    if (!r.chain_trusted.value_or(false)) return x.t(MsgId::portal_sign_untrusted, {r.field, r.signer, r.chain_problem});
  }
  for (const sign::Change& c : sign::changes_since(signed_pdf, draft.size()))
    if (c.kind == sign::Change::Kind::other) return x.t(MsgId::portal_sign_changed, {c.detail});
  auto leader = std::find_if(reports.begin(), reports.end(), [](const auto& r) { return r.role == sign::Role::leader; });
  signer = (leader != reports.end() ? *leader : reports.front()).signer;
  return "";
}

}  // namespace

void sign_page(Exchange& x, const Params& p) {
  std::vector<store::DocumentRecord> docs;
  {
    auto lease = x.portal.pool.acquire();
    docs = lease.portal().documents_of_unit(p[0]);
  }
  Html b;
  sign_list(x, b, p[0], docs, x.query("file"));
  x.send_html(200, page(x, x.t(MsgId::portal_sign_title, {x.portal.unit_snapshot()->name(p[0])}), b.str()));
}

void signed_upload_submit(Exchange& x, const Params& p) {
  Upload up;
  read_upload(x, up);
  const std::string file = up.fields.get("doc", "");
  std::optional<store::DocumentRecord> d;
  {
    auto lease = x.portal.pool.acquire();
    d = lease.portal().document(file);
  }
  // Only this unit's own documents.
  if (!d || d->unit_code != p[0] || !is_pdf(d->file)) not_found();
  const std::string draft = read_all(x.portal.o.out / d->file);
  std::string signer;
  std::string why = cycle::sha256_hex(draft) == d->sha256 ? refusal(x, draft, read_all(up.file), signer)
                                                        : x.t(MsgId::portal_sign_draft_changed);
  Html b;
  if (!why.empty()) {
    x.portal.audit(x, "sign_refused", d->unit_code, d->file + ": " + why);
    b.raw("<section class=\"card\"><p class=\"error\" role=\"alert\">")
        .text(x.t(MsgId::portal_sign_refused, {up.filename}))
        .raw("</p>")
        .el("p", why)
        .raw("</section>");
    std::vector<store::DocumentRecord> docs;
    {
      auto lease = x.portal.pool.acquire();
      docs = lease.portal().documents_of_unit(p[0]);
    }
    sign_list(x, b, p[0], docs, d->file);
    return x.send_html(422, page(x, x.t(MsgId::portal_sign_title, {x.portal.unit_snapshot()->name(p[0])}), b.str()));
  }
  const std::string signed_bytes = read_all(up.file);
  const std::string rel = d->file.substr(0, d->file.size() - 4) + "-da-ky.pdf";
  write_file_atomic(x.portal.o.out / rel, signed_bytes);
  d->signed_file = rel;
  d->signed_sha256 = cycle::sha256_hex(signed_bytes);
  d->signed_draft_sha256 = d->sha256;
  d->signed_by = signer;
  d->signed_at = utc_now();
  d->signed_uploaded_by = x.user();
  {
    auto lease = x.portal.pool.acquire();
    lease.portal().set_signed(*d);
  }
  x.portal.audit(x, "sign", d->unit_code, d->file + " (" + signer + ")");
  b.raw("<section class=\"card\"><p class=\"success\" role=\"status\">")
      .text(x.t(MsgId::portal_sign_accepted, {fs::path(d->file).filename().string(), signer}))
      .raw("</p><p>")
      .link(unit_url(p[0], "/sign"), x.t(MsgId::portal_back_sign))
      .raw("</p></section>");
  x.send_html(200, page(x, x.t(MsgId::portal_sign_title, {x.portal.unit_snapshot()->name(p[0])}), b.str()));
}

}  // namespace baocao::server
