#include "data-adapters/plan/plan_json.hpp"

#include <Poco/JSON/Parser.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include "data-adapters/plan/plan_bodies.hpp"
#include "engine/core/civil_date.hpp"
#include "engine/core/output_path.hpp"
#include "engine/model/levels.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::plan {

namespace {

bool parse_day_month(const std::string& s, int& day, int& month) {
  std::size_t slash = s.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 >= s.size()) return false;
  try {
    std::size_t used = 0;
    day = std::stoi(s.substr(0, slash), &used);
    if (used != slash) return false;
    month = std::stoi(s.substr(slash + 1), &used);
    if (used != s.size() - slash - 1) return false;
  } catch (const std::exception&) {
    return false;
  }
  return is_valid(CivilDate{2024, month, day});  // a leap year: 29/02 is a possible deadline
}

constexpr const char* kConsolidatedTemplate = "bao-cao-tong-hop";
constexpr const char* kReminderTemplate = "cong-van-don-doc";

// The documents of a deadline whose plan names none: what every plan
// produced before plans could say.
std::vector<DocumentSpec> default_documents(const DeadlineRule& r) {
  std::vector<DocumentSpec> out;
  DocumentSpec report{"bao-cao", r.template_name};
  if (r.to_level.empty()) {
    report.recipients = {"{nhan}"};
    out.push_back(report);
    return out;
  }
  report.recipients = {"{nhan}"};
  out.push_back(report);
  DocumentSpec consolidated{"tong-hop", kConsolidatedTemplate, "cap-nhan"};
  out.push_back(consolidated);
  DocumentSpec reminder{"cong-van-don-doc", kReminderTemplate, "cap-nhan"};
  reminder.only_when_missing = true;
  out.push_back(reminder);
  return out;
}

std::vector<std::string> string_list(const Poco::JSON::Object::Ptr& o, const std::string& key) {
  std::vector<std::string> out;
  if (auto a = o->getArray(key))
    for (std::size_t i = 0; i < a->size(); ++i) out.push_back(a->getElement<std::string>(static_cast<unsigned>(i)));
  else if (o->has(key))
    out.push_back(o->getValue<std::string>(key));
  return out;
}

}  // namespace

PlanData read_plan_json(const std::string& path, const model::IndicatorCatalogue* catalogue) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(ErrorFamily::input, MsgId::file_not_found, {path});
  std::stringstream buf;
  buf << in.rdbuf();
  return read_plan_json_text(buf.str(), path, catalogue);
}

PlanData read_plan_json_text(const std::string& text, const std::string& path,
                             const model::IndicatorCatalogue* catalogue) {
  Location file = at_file(path);
  std::string body = text::gate_file_text(text, path);
  PlanData plan;
  plan.source = path;
  std::vector<Diagnostic> problems;
  try {
    Poco::JSON::Parser parser;
    auto o = parser.parse(body).extract<Poco::JSON::Object::Ptr>();
    plan.name = o->optValue<std::string>("ten", "");
    plan.first_year = o->optValue<int>("tu_nam", 0);
    plan.last_year = o->optValue<int>("den_nam", 0);
    if (auto levels = o->getArray("cap"))
      for (std::size_t i = 0; i < levels->size(); ++i) plan.levels.push_back(levels->getElement<std::string>(static_cast<unsigned>(i)));
    if (plan.levels.empty()) problems.push_back({MsgId::plan_invalid, {"cap"}, file});
    std::string window = o->optValue<std::string>("ky_so_lieu", "lich");
    if (window == "cat_15_12") plan.window.cutoff = true;
    else if (window != "lich") problems.push_back({MsgId::plan_invalid, {"ky_so_lieu: " + window}, file});
    auto known = [&](const std::string& level) {
      return std::find(plan.levels.begin(), plan.levels.end(), level) != plan.levels.end();
    };
    std::string level_list;
    for (const auto& l : plan.levels) level_list += (level_list.empty() ? "" : ", ") + l;
    if (auto deadlines = o->getArray("han_nop")) {
      std::map<std::string, std::size_t> ids;  // id -> its deadline's number, from 1
      for (std::size_t i = 0; i < deadlines->size(); ++i) {
        auto d = deadlines->getObject(static_cast<unsigned>(i));
        if (!d) {
          problems.push_back({MsgId::plan_invalid, {"han_nop[" + std::to_string(i) + "]"}, file});
          continue;
        }
        DeadlineRule r;
        r.id = d->optValue<std::string>("ma", "han-" + std::to_string(i + 1));
        std::string when = d->optValue<std::string>("ngay", "");
        if (!parse_day_month(when, r.day, r.month)) problems.push_back({MsgId::plan_bad_deadline, {when}, file});
        r.from_level = d->optValue<std::string>("tu_cap", "");
        r.to_level = d->optValue<std::string>("den_cap", "");
        r.to = d->optValue<std::string>("den", r.to_level);
        r.what = d->optValue<std::string>("noi_dung", "");
        r.template_name = d->optValue<std::string>("mau", "");
        r.inspection = d->optValue<bool>("kiem_tra", false);
        r.source = file;
        // The id names an output directory and the template a file: one
        // character set for both; one id per deadline, or a run's outputs
        // and manifest entries would collide.
        if (!is_safe_code(r.id))
          problems.push_back({MsgId::code_invalid, {r.id}, file});
        else if (auto [it, fresh] = ids.emplace(r.id, i + 1); !fresh)
          problems.push_back({MsgId::plan_duplicate_id, {r.id, std::to_string(it->second), std::to_string(i + 1)},
                              file});
        if (!r.template_name.empty() && !is_safe_code(r.template_name))
          problems.push_back({MsgId::code_invalid, {r.template_name}, file});
        // The reporting bodies are no level of the plan's "cap" (plan_bodies.hpp).
        const bool from_bodies = model::level_id(r.from_level) == model::kBodiesTier;
        for (const std::string* level : {&r.from_level, &r.to_level})
          if (!level->empty() && !known(*level) && !(level == &r.from_level && from_bodies))
            problems.push_back({MsgId::plan_unknown_level, {*level, level_list}, file});
        if (r.from_level.empty()) problems.push_back({MsgId::plan_invalid, {r.id + ": tu_cap"}, file});
        if (auto docs = d->getArray("van_ban")) {
          for (std::size_t k = 0; k < docs->size(); ++k) {
            auto v = docs->getObject(static_cast<unsigned>(k));
            const std::string at = r.id + ": van_ban[" + std::to_string(k) + "]";
            if (!v) {
              problems.push_back({MsgId::plan_invalid, {at}, file});
              continue;
            }
            DocumentSpec doc;
            doc.kind = v->optValue<std::string>("loai", "bao-cao");
            doc.template_name = v->optValue<std::string>("mau", "");
            doc.issued_by = v->optValue<std::string>("ban_hanh", "don-vi");
            // A body's own report is issued by the body itself ("co-quan" in
            // the issuers register), not by a UBND.
            doc.body = v->optValue<std::string>("co_quan", from_bodies && doc.issued_by == "don-vi" ? "co-quan" : "ubnd");
            doc.days_after = v->optValue<int>("sau_han", 0);
            if (doc.days_after < 0 || doc.days_after > 90 || (doc.days_after != 0 && !from_bodies))
              problems.push_back({MsgId::plan_invalid, {at + ": sau_han"}, file});
            doc.recipients = string_list(v, "noi_nhan");
            doc.only_when_missing = v->optValue<std::string>("khi", "") == "con-don-vi-chua-nop";
            if (doc.template_name.empty()) problems.push_back({MsgId::plan_invalid, {at + ": mau"}, file});
            if (doc.issued_by != "don-vi" && doc.issued_by != "cap-nhan")
              problems.push_back({MsgId::plan_invalid, {at + ": ban_hanh: " + doc.issued_by}, file});
            else if (doc.issued_by == "cap-nhan" && r.to_level.empty())
              problems.push_back({MsgId::plan_invalid, {at + ": ban_hanh cap-nhan (den_cap)"}, file});
            if (doc.kind != "bao-cao" && doc.kind != "tong-hop" && doc.kind != "cong-van-don-doc" &&
                doc.kind != "ke-hoach")
              problems.push_back({MsgId::plan_invalid, {at + ": loai: " + doc.kind}, file});
            r.documents.push_back(std::move(doc));
          }
        } else if (!r.inspection) {
          if (r.template_name.empty()) problems.push_back({MsgId::plan_invalid, {r.id + ": mau"}, file});
          r.documents = default_documents(r);
        }
        plan.deadlines.push_back(std::move(r));
      }
    }
    read_plan_bodies(o, catalogue, plan, problems);
  } catch (const Poco::Exception& e) {
    fail(ErrorFamily::input, MsgId::plan_invalid, {e.displayText()}, file);
  }
  if (!problems.empty()) throw Error(ErrorFamily::data, std::move(problems));
  return plan;
}

}  // namespace baocao::plan
