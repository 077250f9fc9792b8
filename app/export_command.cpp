// `baocao export`: the month's values as XLSX + CSV (engine/cycle/export.hpp).
#include "app/export_command.hpp"

#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/export.hpp"

namespace baocao::app {

namespace {

class ExportCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("month", "YYYY-MM", MsgId::opt_month, lang, true));
    o.addOption(value_option("out", "DIR", MsgId::opt_out_dir_export, lang, true));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "out") o_.out = value;
    if (name == "month") o_.month = value, cycle::parse_month(value);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    o_.lang = ctx.lang;
    auto store = store_.open(true);
    cycle::ExportReport r = cycle::export_month(*store, o_);
    ctx.out << message(ctx.lang, MsgId::export_done,
                       {o_.month, std::to_string(r.rows), std::to_string(r.submissions), r.xlsx.string(),
                        r.csv.string()})
            << '\n';
    return 0;
  }

 private:
  StoreOptions store_;
  cycle::ExportOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() {
  return std::make_unique<ExportCommand>();
}

}  // namespace baocao::app
