// `baocao form`: which units (store or units CSV) and which indicators (by
// the level's place in the unit list, from the catalogue) go on the form;
// engine/render/xlsx/form_writer writes it. The units are those in force at
// the end of the period (a year-end report names the units that exist then);
// a level abolished during the year (the districts in 2025) falls back to
// those in force at its start.
#include "app/form_command.hpp"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "app/store_options.hpp"
#include "engine/cycle/body_form.hpp"
#include "engine/cycle/reference_data.hpp"
#include "data-adapters/csv/units_csv.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/core/output_path.hpp"
#include "engine/model/collection_form.hpp"
#include "engine/render/xlsx/form_writer.hpp"
#include "engine/text/normalize.hpp"
#include "engine/text/vi_slug.hpp"

namespace baocao::app {

namespace {

bool in_force(const Unit& u, const CivilDate& day) {
  return (!u.valid_from || *u.valid_from <= day) && (!u.valid_to || day <= *u.valid_to);
}

class FormCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("level", "LEVEL", MsgId::opt_form_level, lang));
    o.addOption(value_option("body", "CODE", MsgId::opt_form_body, lang));
    o.addOption(value_option("plan", "FILE.json", MsgId::opt_plan, lang));
    o.addOption(value_option("period", "YYYY", MsgId::opt_period, lang, true));
    o.addOption(value_option("out", "FILE.xlsx", MsgId::opt_form_out, lang, true));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
    o.addOption(value_option("units", "FILE.csv", MsgId::opt_form_units, lang));
    o.addOption(value_option("scope", "CODE", MsgId::opt_form_scope, lang));
    o.addOption(value_option("password", "P", MsgId::opt_form_password, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "level") level_ = text::slug_vi(text::to_nfc(value)), level_given_ = value;
    if (name == "period") period_ = parse_year_option(name, value);
    if (name == "out") out_ = value;
    if (name == "units") units_ = value;
    if (name == "scope") scope_ = value;
    if (name == "password") password_ = value;
    if (name == "body") body_ = value;
    if (name == "plan") plan_ = value;
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    if (level_given_.empty() == body_.empty()) fail(ErrorFamily::usage, MsgId::form_level_or_body);
    if (!body_.empty()) return body_form(ctx);
    render::FormSpec spec;
    spec.level = level_;
    spec.period = period_;
    spec.password = password_;
    if (!model::is_form_level(level_)) fail(ErrorFamily::usage, MsgId::form_unknown_level, {level_given_});
    const CivilDate year_end{period_, 12, 31}, year_start{period_, 1, 1};
    spec.units = units_.empty() ? store_units(year_end) : csv_units(year_end);
    if (spec.units.empty()) spec.units = units_.empty() ? store_units(year_start) : csv_units(year_start);
    if (spec.units.empty())
      fail(ErrorFamily::data, MsgId::form_no_units,
           {model::level_display_name(level_), std::to_string(period_)});
    // The level's place in the unit list, not its name, says which
    // indicators it reports: the top (no parent) also has its own.
    spec.indicators = model::form_indicators(!level_has_parent_);
    std::sort(spec.units.begin(), spec.units.end(),
              [](const Unit& a, const Unit& b) { return a.code < b.code; });
    // SOURCE_DATE_EPOCH pins the properties' date, for identical bytes.
    const char* sde = std::getenv("SOURCE_DATE_EPOCH");
    spec.created = sde && *sde ? std::atoll(sde)
                               : std::chrono::duration_cast<std::chrono::seconds>(
                                     std::chrono::system_clock::now().time_since_epoch())
                                     .count();
    if (!std::filesystem::path(out_).parent_path().empty())
      prepare_output_dir(std::filesystem::path(out_).parent_path());
    render::write_collection_form(out_, spec, Lang::vi);
    ctx.out << message(ctx.lang, MsgId::form_done,
                       {out_, std::to_string(spec.units.size()), model::level_display_name(level_),
                        std::to_string(spec.indicators.size()), std::to_string(period_)})
            << '\n';
    return 0;
  }

 private:
  // A reporting body's form: its row, its indicators and tasks from the plan.
  int body_form(Context& ctx) {
    store_open_ = store_.open();
    cycle::ensure_reference_data(*store_open_);
    render::FormSpec spec = cycle::body_form_spec(*store_open_, period_, body_, plan_, store_.sqlite_dir());
    spec.password = password_;
    spec.created = created();
    render::write_collection_form(out_, spec, Lang::vi);
    ctx.out << message(ctx.lang, MsgId::form_body_done,
                       {out_, spec.body_name, std::to_string(spec.indicators.size()), std::to_string(spec.tasks.size()),
                        std::to_string(period_)})
            << '\n';
    return 0;
  }

  // SOURCE_DATE_EPOCH pins the properties' date, for identical bytes.
  static long long created() {
    const char* sde = std::getenv("SOURCE_DATE_EPOCH");
    return sde && *sde ? std::atoll(sde)
                       : std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch())
                             .count();
  }

  std::vector<Unit> store_units(const CivilDate& day) {
    if (!store_open_) {
      store_open_ = store_.open();
      cycle::ensure_reference_data(*store_open_);
    }
    std::vector<Unit> out;
    level_has_parent_ = false;
    for (const auto& u : store_open_->units_on(to_iso(day)))
      if (text::slug_vi(u.level) == level_ && (scope_.empty() || u.parent == scope_)) {
        out.push_back({u.code, u.name});
        level_has_parent_ |= !u.parent.empty();
      }
    return out;
  }

  std::vector<Unit> csv_units(const CivilDate& day) {
    if (!csv_loaded_) csv_ = csv::read_units_csv(units_), csv_loaded_ = true;
    std::vector<Unit> out;
    level_has_parent_ = false;
    for (const Unit& u : csv_)
      if (text::slug_vi(u.level) == level_ && in_force(u, day) && (scope_.empty() || u.parent == scope_)) {
        out.push_back({u.code, u.name});
        level_has_parent_ |= !u.parent.empty();
      }
    return out;
  }

  StoreOptions store_;
  std::unique_ptr<store::Store> store_open_;
  std::vector<Unit> csv_;
  bool csv_loaded_ = false;
  bool level_has_parent_ = false;  // of the units last selected
  std::string level_, level_given_, out_, units_, scope_, password_, body_, plan_;
  int period_ = 0;
};

}  // namespace

std::unique_ptr<Command> make_form_command() {
  return std::make_unique<FormCommand>();
}

}  // namespace baocao::app
