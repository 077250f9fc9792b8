// `baocao user`: the portal's accounts from the server's shell (the first
// admin is made here). A password comes from a prompt with echo off or from
// the environment variable --password-env names, never from the command line.
#include "app/user_command.hpp"

#include <iomanip>
#include <ostream>

#include "app/sign_options.hpp"
#include "app/store_options.hpp"
#include "data-adapters/store/poco_portal_store.hpp"
#include "engine/core/diagnostic.hpp"
#include "engine/cycle/reference_data.hpp"
#include "server/accounts.hpp"
#include "server/instant.hpp"

namespace baocao::app {

namespace {

class UserCommand : public Command {
 public:
  void define_options(Poco::Util::OptionSet& o, Lang lang) override {
    o.addOption(value_option("role", "clerk|consolidator|leader|admin", MsgId::opt_user_role, lang));
    o.addOption(value_option("unit", "CODE", MsgId::opt_user_unit, lang));
    o.addOption(value_option("password-env", "VAR", MsgId::opt_user_password_env, lang));
    o.addOption(value_option("db", "PATH", MsgId::opt_db, lang));
    o.addOption(value_option("pg", "URI", MsgId::opt_pg, lang));
  }

  void set_option(const std::string& name, const std::string& value) override {
    if (store_.set(name, value)) return;
    if (name == "role") role_ = value;
    if (name == "unit") unit_ = value;
    if (name == "password-env") password_env_ = value;
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (args.empty()) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"add|list|disable|enable|reset"});
    const std::string& what = args[0];
    auto need_name = [&] {
      if (args.size() < 2) fail(ErrorFamily::usage, MsgId::app_missing_argument, {"NAME"});
      if (args.size() > 2) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args[2]});
      return args[1];
    };
    auto store = store_.open();
    auto portal = store::portal_store_of(*store);
    if (what == "list") {
      if (args.size() > 1) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args[1]});
      for (const auto& a : portal->accounts())
        ctx.out << std::left << std::setw(24) << a.name << ' ' << std::setw(13) << a.role << ' ' << std::setw(8)
                << a.unit_code << ' ' << message(ctx.lang, a.disabled ? MsgId::portal_user_disabled : MsgId::portal_user_active)
                << '\n';
      return 0;
    }
    if (what == "add") {
      const std::string name = need_name();
      if (role_.empty()) fail(ErrorFamily::usage, MsgId::app_missing_option, {"--role"});
      if (unit_.empty()) fail(ErrorFamily::usage, MsgId::app_missing_option, {"--unit"});
      cycle::ensure_reference_data(*store);
      server::add_account(*store, *portal, name, role_, unit_, password(ctx), server::utc_now());
      ctx.out << message(ctx.lang, MsgId::portal_user_added, {name}) << '\n';
      return 0;
    }
    if (what == "disable" || what == "enable") {
      const std::string name = need_name();
      server::set_disabled(*portal, name, what == "disable");
      ctx.out << message(ctx.lang, MsgId::portal_user_changed, {name}) << '\n';
      return 0;
    }
    if (what == "reset") {
      const std::string name = need_name();
      server::reset_password(*portal, name, password(ctx));
      ctx.out << message(ctx.lang, MsgId::portal_user_changed, {name}) << '\n';
      return 0;
    }
    fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {what});
  }

 private:
  std::string password(Context& ctx) const {
    return password_env_.empty() ? prompt_secret(ctx, MsgId::user_password_prompt, MsgId::user_password_needed)
                                 : secret_from_env(password_env_);
  }

  StoreOptions store_;
  std::string role_, unit_, password_env_;
};

}  // namespace

std::unique_ptr<Command> make_user_command() {
  return std::make_unique<UserCommand>();
}

}  // namespace baocao::app
