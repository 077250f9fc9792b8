#include "engine/cycle/result_text.hpp"

#include "engine/model/levels.hpp"
#include "engine/text/vi_date.hpp"

namespace baocao::cycle {

namespace {

std::string join(const std::vector<std::string>& items) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : ", ") + i;
  return s;
}

std::string join_with(const std::vector<std::string>& items, const std::string& sep) {
  std::string s;
  for (const auto& i : items) s += (s.empty() ? "" : sep) + i;
  return s;
}

}  // namespace

std::string run_summary(const RunReport& r, Lang lang) {
  return message(lang, MsgId::run_done,
                 {std::to_string(r.total()), std::to_string(r.changed()),
                  std::to_string(r.total() - r.changed()), r.manifest.string()});
}

std::vector<std::string> run_result_lines(const RunReport& r, Lang lang) {
  std::vector<std::string> lines;
  if (!r.signed_by.empty()) lines.push_back(message(lang, MsgId::run_signed_by, {r.signed_by}));
  if (!r.without_signer.empty()) {
    lines.push_back(message(lang, MsgId::run_no_signer, {std::to_string(r.without_signer.size())}));
    for (const auto& u : r.without_signer)
      lines.push_back(message(lang, MsgId::run_no_signer_item, {u.file, u.unit_code, u.unit_name}));
  }
  lines.push_back(run_summary(r, lang));
  return lines;
}

std::string reason_text(const Reason& r, Lang lang) {
  switch (r.why) {
    case Why::unchanged: return {};
    case Why::new_output: return message(lang, MsgId::why_new_output);
    case Why::file_missing: return message(lang, MsgId::why_file_missing);
    case Why::file_changed: return message(lang, MsgId::why_file_changed);
    case Why::program: return message(lang, MsgId::why_program, {r.what});
    case Why::format: return message(lang, MsgId::why_format, {r.what});
    case Why::fonts: return message(lang, MsgId::why_fonts);
    case Why::template_file: return message(lang, MsgId::why_template, {r.what});
    case Why::issuer: return message(lang, MsgId::why_issuer);
    case Why::wording: return message(lang, MsgId::why_wording);
    case Why::figures: return message(lang, MsgId::why_figures, {r.what});
    case Why::targets: return message(lang, MsgId::why_targets);
    case Why::units: return message(lang, MsgId::why_units);
  }
  return {};
}

std::vector<std::string> run_explain_lines(const RunReport& r, Lang lang) {
  std::vector<std::string> lines;
  for (const OutputEntry& e : r.outputs) {
    if (e.skipped()) {
      lines.push_back(message(lang, MsgId::run_explain_skipped, {e.file}));
      continue;
    }
    std::vector<std::string> why;
    for (const Reason& x : e.why) why.push_back(reason_text(x, lang));
    lines.push_back(message(lang, MsgId::run_explain_produced, {e.file, join_with(why, "; ")}));
  }
  return lines;
}

std::string export_summary(const std::string& month, const ExportReport& r, Lang lang) {
  return message(
      lang, MsgId::export_done,
      {month, std::to_string(r.rows), std::to_string(r.submissions), r.xlsx.string(), r.csv.string()});
}

std::vector<std::string> calendar_lines(const CalendarReport& r, int year, Lang lang) {
  std::vector<std::string> lines{
      message(lang, MsgId::calendar_heading, {std::to_string(year), r.plan.plan.name}),
      message(lang, MsgId::calendar_window, {text::short_date(r.window.from), text::short_date(r.window.to)}),
      ""};
  for (const DeadlineStatus& d : r.deadlines) {
    std::vector<std::string> missing, late;
    for (const auto& s : d.states) {
      if (s.state == model::State::missing) missing.push_back(s.unit->name);
      if (s.state == model::State::late)
        late.push_back(s.unit->name + " (" + text::short_date(*s.received) + ")");
    }
    const DeadlineRule& rule = *d.deadline.rule;
    const bool bodies = model::level_id(rule.from_level) == model::kBodiesTier;
    lines.push_back(message(lang, bodies ? MsgId::calendar_line_bodies : MsgId::calendar_line,
                            {text::short_date(d.deadline.date), rule.from_level, rule.to, rule.what,
                             std::to_string(d.states.size()), std::to_string(d.on_time),
                             std::to_string(d.late), std::to_string(d.missing)}));
    if (!missing.empty()) lines.push_back("    " + message(lang, MsgId::calendar_missing, {join(missing)}));
    if (!late.empty()) lines.push_back("    " + message(lang, MsgId::calendar_late, {join(late)}));
    if (d.pending > 0)
      lines.push_back("    " + message(lang, MsgId::calendar_pending, {std::to_string(d.pending)}));
  }
  return lines;
}

std::vector<std::string> status_lines(const StatusReport& r, const StatusOptions& o, Lang lang) {
  const std::string period = std::to_string(r.period ? r.period : o.period.value_or(0));
  if (r.submitted.empty()) return {message(lang, MsgId::status_nothing, {period})};
  std::vector<std::string> lines{
      message(lang, MsgId::status_summary_line,
              {period, std::to_string(r.submitted.size()), std::to_string(r.expected),
               std::to_string(r.missing.size()), std::to_string(r.late.size())}),
      message(lang, MsgId::status_submitted_heading)};
  // A reporting body is marked, so a clerk tells it from a commune.
  auto mark = [&](const std::string& code) {
    return r.bodies.count(code) ? " " + message(lang, MsgId::status_body_mark) : std::string();
  };
  auto unit = [&](const store::SubmissionInfo& s) {
    lines.push_back(message(lang, MsgId::status_unit_line,
                            {s.unit_code, s.unit_name + mark(s.unit_code), s.source_file,
                             vietnam_time_of(s.imported_at)}));
  };
  for (const auto& s : r.submitted) unit(s);
  if (!r.missing.empty()) {
    lines.push_back(message(lang, MsgId::status_missing_heading));
    for (const auto& u : r.missing)
      lines.push_back(message(lang, MsgId::status_missing_line, {u.code, u.name + mark(u.code)}));
  }
  if (!r.late.empty()) {
    lines.push_back(message(lang, MsgId::status_late_heading, {to_iso(*o.deadline)}));
    for (const auto& s : r.late) unit(s);
  }
  return lines;
}

}  // namespace baocao::cycle
