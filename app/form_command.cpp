// `baocao form`: flags into cycle::FormOptions (engine/cycle/form.hpp).
#include "app/flags.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/form.hpp"
#include "engine/text/normalize.hpp"

namespace baocao::app {

namespace {

class FormCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    auto level = [this](const std::string& v) { o_.level = text::to_nfc(v); };
    f.value("level", "LEVEL", MsgId::opt_form_level, level)
        .text("body", "CODE", MsgId::opt_form_body, o_.body)
        .text("plan", "FILE.json", MsgId::opt_plan, o_.plan)
        .year("period", MsgId::opt_period, o_.period, true)
        .text("out", "FILE.xlsx", MsgId::opt_form_out, o_.out, true);
    f.store(store_);
    f.text("units", "FILE.csv", MsgId::opt_form_units, o_.units)
        .text("scope", "CODE", MsgId::opt_form_scope, o_.scope)
        .text("password", "P", MsgId::opt_form_password, o_.password);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    o_.open_store = [this] { return store_.open(); };
    o_.store_dir = store_.sqlite_dir();
    const cycle::FormReport r = cycle::write_form(o_);
    if (!o_.body.empty())
      ctx.say(MsgId::form_body_done, {o_.out.string(), r.body_name, std::to_string(r.indicators),
                                      std::to_string(r.tasks), std::to_string(o_.period)});
    else
      ctx.say(MsgId::form_done, {o_.out.string(), std::to_string(r.units), r.level_name,
                                 std::to_string(r.indicators), std::to_string(o_.period)});
    return 0;
  }

 private:
  cycle::FormOptions o_;
  cycle::StoreLocation store_;
};

}  // namespace

std::unique_ptr<Command> make_form_command() {
  return std::make_unique<FormCommand>();
}

}  // namespace baocao::app
