// `baocao export`: the month's values as XLSX + CSV (engine/cycle/export.hpp).
#include "app/command.hpp"

#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/export.hpp"

namespace baocao::app {

namespace {

class ExportCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.value("month", "YYYY-MM", MsgId::opt_month, [this](const std::string& v) { o_.month = v, cycle::parse_month(v); }, true)
        .text("out", "DIR", MsgId::opt_out_dir_export, o_.out, true);
    store_.flags(f);
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

std::unique_ptr<Command> make_export_command() { return std::make_unique<ExportCommand>(); }

}  // namespace baocao::app
