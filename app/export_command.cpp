// `baocao export`: the month's values as XLSX + CSV (engine/cycle/export.hpp).
#include "app/flags.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/export.hpp"
#include "engine/cycle/result_text.hpp"

namespace baocao::app {

namespace {

class ExportCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto month = [this](const std::string& v) { o_.month = v, cycle::parse_month(v); };
    f.value("month", "YYYY-MM", MsgId::opt_month, month, true)
        .text("out", "DIR", MsgId::opt_out_dir_export, o_.out, true);
    f.store(store_);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    o_.lang = ctx.lang;
    auto store = store_.open(true);
    ctx.out << cycle::export_summary(o_.month, cycle::export_month(*store, o_), ctx.lang) << '\n';
    return 0;
  }

 private:
  cycle::StoreLocation store_;
  cycle::ExportOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_export_command() {
  return std::make_unique<ExportCommand>();
}

}  // namespace baocao::app
