// `baocao serve` and `baocao user`: flags into the portal's jobs
// (server/serve_job.hpp).
#include "app/flags.hpp"
#include "app/sign_options.hpp"
#include "server/serve_job.hpp"

namespace baocao::app {

namespace {

class ServeCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    server::PortalOptions& o = job_.portal;
    auto mb = [&o](const std::string& v) { o.max_upload_bytes = std::size_t(parse_bounded("max-upload-mb", v, 1, 1024, "1-1024")) << 20; };
    f.value("listen", "HOST:PORT", MsgId::opt_serve_listen, [&o](const std::string& v) { server::set_listen(o, v); })
        .store(job_.store)
        .text("out", "DIR", MsgId::opt_serve_out, o.out)
        .text("plan", "FILE.json", MsgId::opt_plan, o.plan)
        .text("vars", "VARS.json", MsgId::opt_vars, o.vars)
        .text("trust", "CA.pem", MsgId::opt_serve_trust, o.trust)
        .value("threads", "N", MsgId::opt_serve_threads,
               [&o](const std::string& v) { o.threads = parse_bounded("threads", v, 1, 256, "1-256"); })
        .value("max-upload-mb", "N", MsgId::opt_serve_max_upload, mb)
        .text("access-log", "FILE", MsgId::opt_serve_access_log, job_.access_log)
        .text("now", "ISO-DATETIME", MsgId::opt_schedule_now, job_.now)
        .flag("no-jobs", MsgId::opt_serve_no_jobs, [&o] { o.run_jobs = false; });
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    if (!args.empty()) fail(ErrorFamily::usage, MsgId::app_unexpected_argument, {args.front()});
    server::serve(job_, ctx.out, ctx.err, ctx.lang);
    return 0;
  }

 private:
  server::ServeJob job_;
};

class UserCommand : public FlagCommand {
 public:
  void flags(Flags& f) override {
    f.text("role", "clerk|consolidator|leader|admin", MsgId::opt_user_role, job_.role)
        .text("unit", "CODE", MsgId::opt_user_unit, job_.unit)
        .text("password-env", "VAR", MsgId::opt_user_password_env, job_.password_env)
        .store(job_.store);
  }

  int run(const std::vector<std::string>& args, Context& ctx) override {
    job_.ask_password = [&ctx] {
      return terminal_prompts(ctx).secret(MsgId::user_password_prompt, MsgId::user_password_needed);
    };
    ctx.print(server::run_account_job(job_, args, ctx.lang));
    return 0;
  }

 private:
  server::AccountJob job_;
};

}  // namespace

std::unique_ptr<Command> make_serve_command() {
  return std::make_unique<ServeCommand>();
}
std::unique_ptr<Command> make_user_command() {
  return std::make_unique<UserCommand>();
}

}  // namespace baocao::app
