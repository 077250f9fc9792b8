#include "engine/cycle/verify_report.hpp"

#include "engine/cycle/outputs.hpp"

namespace baocao::cycle {

namespace {

MsgId role_message(sign::Role r) {
  switch (r) {
    case sign::Role::leader:
      return MsgId::role_leader;
    case sign::Role::issuer:
      return MsgId::role_issuer;
    case sign::Role::attachment:
      return MsgId::role_attachment;
    case sign::Role::copy:
      return MsgId::role_copy;
    case sign::Role::document_timestamp:
      return MsgId::role_doc_timestamp;
    case sign::Role::other:
      break;
  }
  return MsgId::role_other;
}

MsgId coverage_message(sign::Coverage c) {
  switch (c) {
    case sign::Coverage::whole_file:
      return MsgId::verify_covers_whole;
    case sign::Coverage::then_signed:
      return MsgId::verify_covers_then_signed;
    case sign::Coverage::modified_after:
      return MsgId::verify_modified_after;
    case sign::Coverage::malformed:
      break;
  }
  return MsgId::verify_byte_range_bad;
}

std::string change_text(const sign::Change& c, Lang lang) {
  switch (c.kind) {
    case sign::Change::Kind::form_fill:
      return message(lang, MsgId::change_form_fill, {c.detail});
    case sign::Change::Kind::signature:
      return message(lang, MsgId::change_signature, {c.detail});
    case sign::Change::Kind::validation_data:
      return message(lang, MsgId::change_dss);
    case sign::Change::Kind::other:
      break;
  }
  return c.detail;
}

void add_signature_lines(const sign::SignatureReport& r, std::size_t number, Lang lang,
                         std::vector<std::string>& lines) {
  auto say = [&](MsgId id, std::vector<std::string> a = {}) { lines.push_back(message(lang, id, a)); };
  say(MsgId::verify_heading, {std::to_string(number), r.field});
  say(MsgId::verify_role, {message(lang, role_message(r.role))});
  say(MsgId::verify_signer, {r.signer});
  if (!r.time.empty()) say(MsgId::verify_time, {r.time});
  if (!r.timestamp.empty()) say(MsgId::verify_timestamp, {r.timestamp});
  say(coverage_message(r.coverage));
  std::string allowed, other;
  for (const sign::Change& c : r.later) {
    std::string& list = c.kind == sign::Change::Kind::other ? other : allowed;
    list += (list.empty() ? "" : "; ") + change_text(c, lang);
  }
  if (!allowed.empty()) say(MsgId::verify_later, {allowed});
  if (!other.empty()) say(MsgId::verify_later_bad, {other});
  if (r.digest_ok)
    say(MsgId::verify_digest_ok);
  else
    say(MsgId::verify_digest_bad, {r.digest_problem});
  if (!r.chain_trusted)
    say(MsgId::verify_chain_unchecked);
  else if (*r.chain_trusted)
    say(MsgId::verify_chain_ok);
  else
    say(MsgId::verify_chain_bad, {r.chain_problem});
}

}  // namespace

VerifyReport verify_file(const std::filesystem::path& pdf, const std::filesystem::path& trust) {
  VerifyReport r;
  r.signatures = sign::verify_pdf(read_bytes(pdf), trust);
  for (const auto& s : r.signatures) r.invalid += !s.valid();
  return r;
}

std::vector<std::string> verify_lines(const VerifyReport& r, Lang lang) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < r.signatures.size(); ++i)
    add_signature_lines(r.signatures[i], i + 1, lang, lines);
  const std::string n = std::to_string(r.signatures.size());
  if (r.signatures.empty())
    lines.push_back(message(lang, MsgId::verify_no_signatures));
  else if (r.invalid == 0)
    lines.push_back(message(lang, MsgId::verify_all_valid, {n}));
  else
    lines.push_back(message(lang, MsgId::verify_some_invalid, {std::to_string(r.invalid), n}));
  return lines;
}

}  // namespace baocao::cycle
