// `baocao status [--period YYYY] [--deadline DATE] [--db PATH | --pg URI]`:
// who submitted for a period, who is missing, who was late
// (engine/cycle/calendar.hpp), printed with Vietnam times.
#include "app/flags.hpp"
#include "app/store_options.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/calendar.hpp"
#include "engine/cycle/result_text.hpp"

namespace baocao::app {

namespace {

class StatusCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.year("period", MsgId::opt_period, o_.period).date("deadline", MsgId::opt_deadline, o_.deadline);
    store_.flags(f);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    auto store = store_.open(true);
    const cycle::StatusReport r = cycle::status(*store, o_);
    ctx.print(cycle::status_lines(r, o_, ctx.lang));
    return 0;
  }

 private:
  StoreOptions store_;
  cycle::StatusOptions o_;
};

}  // namespace

std::unique_ptr<Command> make_status_command() {
  return std::make_unique<StatusCommand>();
}

}  // namespace baocao::app
